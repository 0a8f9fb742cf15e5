/**
 * Helper cells: how the workbook keeps every formula within Excel's 8,192-character limit (Excel
 * specifications and limits). A formula that grows with the workload — a sum over 200 streams is
 * about 27,000 characters — is split by `fitFormula` (src/report/expr.ts) into partial sums, each
 * in a named cell on the Helpers sheet; the formula then references those names. The split is
 * done in the report model (pure), so each helper's cached value is computed over the same
 * environment as the formula that uses it, and the writers only write cells.
 *
 * For a new formula that can grow with the number of streams (or any other list), build it as an
 * Expr and pass it through `fitWithHelpers` before rendering it into a cell.
 */
import { type Env, EXCEL_MAX_FORMULA_CHARS, type Expr, evaluate, fitFormula, render } from "./expr.js";

/** One helper cell: its defined name, formula (without `=`), cached value, and what it is part of. */
export interface HelperCell {
  name: string;
  formula: string;
  value: number;
  /** In words: "Express: part of the quantity of Storage". */
  partOf: string;
}

/**
 * `e` unchanged when its formula fits; otherwise the same value as an expression over helper
 * cells named `${base}_part1`, `${base}_part2` … (appended to `out`, each evaluated over `env`,
 * which gains their values so later formulas can be evaluated too).
 */
export function fitWithHelpers(
  e: Expr,
  base: string,
  env: Map<string, number> & Env,
  out: HelperCell[],
  partOf: string,
): Expr {
  let k = 0;
  // One below the limit, so the formula fits even counting the "=" shown in the formula bar.
  return fitFormula(
    e,
    (part) => {
      const name = `${base}_part${++k}`;
      const value = evaluate(part, env);
      env.set(name, value);
      out.push({ name, formula: render(part), value, partOf });
      return name;
    },
    EXCEL_MAX_FORMULA_CHARS - 1,
  );
}
