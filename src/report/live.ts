/**
 * The pieces of a live option sheet, as data: named cells whose formulas (expressions over the
 * Assumptions' and the Instance types sheet's names) size the cluster the way the planner does,
 * and the text cells (instance type, binding resource) that follow them. Built by
 * src/report/live-standard.ts, live-express.ts and live-serverless.ts; written by xlsx-sheets.ts.
 *
 * The sizing rules (broker needs, AZ multiples, loads, storage and PST per broker) are the
 * declarations of src/model/sizing/rules.ts rendered as formulas (./sizing-formulas.ts); the
 * choice of type and the line items mirror src/plan, operation for operation, so
 * the cached value of each cell (evaluated here) equals what the planner computed, and a
 * spreadsheet that recalculates after an edit equals `plan` on the edited inputs.
 */
import * as R from "../model/sizing/rules.js";
import { resourceLabel } from "../plan/infeasibility.js";
import type { Resource } from "../plan/types.js";
import type { ValueFormat } from "./assumptions.js";
import { add, cmp, type Env, type Expr, iff, isNumber, num, ref } from "./expr.js";
import { SIZING_FORMULAS } from "./sizing-formulas.js";

/** A named numeric cell: its formula (or a constant) and how it is shown. */
export interface LiveCell {
  name: string;
  expr: Expr;
  format: ValueFormat;
}

/** A text cell computed by a formula (instance type, binding resource); `value` gives its cached text. */
export interface TextCell {
  name?: string;
  formula: string;
  value: (env: Env) => string;
}

export type LiveEntry = LiveCell | TextCell | { text: string };

/** A block of rows on the option sheet: a title, what it is, a header and rows of entries. */
export interface LiveTable {
  title: string;
  note: string;
  header: string[];
  rows: { label: string; cells: LiveEntry[] }[];
}

/** One potential line item: it bills when `exists` ≠ 0; `priced` = 1 when its price cell holds a number. */
export interface LiveLine {
  dimension: string;
  component: string | TextCell;
  unit: string;
  quantity: Expr;
  /** USD per unit (a missing price reads as 0 here; `priced` says whether it is real). */
  price: Expr;
  priced: Expr;
  exists: Expr;
  source: string;
  sourceUrl: string | null;
}

/** The live sizing of one MSK option. */
export interface LiveSizing {
  /** Configuration rows (label, entry): named numeric cells or text formulas. */
  config: { key: string; label: string; entry: LiveCell | TextCell }[];
  /** Name of the 1/0 feasibility cell. */
  feasible: string;
  /** Text formula: the binding resource in words ("" when infeasible). */
  binding: TextCell;
  lines: LiveLine[];
  tables: LiveTable[];
}

export const isLiveCell = (e: LiveEntry): e is LiveCell => "expr" in e;
export const isTextCell = (e: LiveEntry): e is TextCell => "formula" in e;

export { NO_CAPACITY } from "./sizing-formulas.js";

const F = SIZING_FORMULAS;

/** brokersFor (src/model/sizing/rules.ts) as a formula. */
export const brokersFor = (load: Expr, capacity: Expr): Expr => R.brokersFor(F, load, capacity);

/** roundUpToMultiple (src/model/sizing/rules.ts) as a formula. */
export const roundUpToMultiple = (n: Expr, of: Expr): Expr => R.roundUpToMultiple(F, n, of);

/** ceilTolerant (src/model/sizing/rules.ts) as a formula. */
export const ceilTolerant = (x: Expr): Expr => R.ceilTolerant(F, x);

/** azLossFactor (src/model/sizing/rules.ts) as a formula: `tolerate` is the 1/0 flag cell. */
export const azLossFactor = (azs: Expr, tolerate: Expr): Expr => R.azLossFactor(F, azs, tolerate);

/** Σ of terms in order (0 for none): a spreadsheet adds left to right, as the planner's loops do. */
export function sum(terms: Expr[]): Expr {
  return terms.length ? add(...terms) : num(0);
}

/**
 * The planner's "strictly cheaper replaces" loop over a table in order, in two cells: `least` =
 * the least cost among the eligible (1/0 conditions; null = all), and — given a reference to the
 * cell holding it — `index`, the first (1-based) candidate at that cost, or 0 when none is eligible.
 *
 * A choice is a search, and this is the one place the workbook writes a search again rather than
 * rendering a declaration (docs/design.md, "One declaration per rule"): the planner loops over the
 * candidates (src/model/sizing/standard-choice.ts and standard.ts for the type and the PST count,
 * src/plan/express-option.ts for the Express size), the sheet lays them out and takes MIN. The
 * costs, needs and feasibility it searches over are the declarations' (src/model/sizing/rules.ts,
 * src/pricing/billed-quantities.ts, src/model/demand-rules.ts); the live-edit and live-sizing tests
 * hold the two searches to the same choice.
 */
export function cheapest(
  costs: Expr[],
  eligible: Expr[] | null,
): { least: Expr; index: (least: Expr) => Expr } {
  const big = num(NOT_A_CANDIDATE);
  const masked = costs.map((c, i) => (eligible ? iff(eligible[i] as Expr, c, big) : c));
  return {
    least: costs.length ? fnMin(masked) : big,
    index: (least) =>
      iff(
        cmp("<", least, big),
        fnMin(masked.map((m, i) => iff(cmp("=", m, least), num(i + 1), big))),
        num(0),
      ),
  };
}

/** Unit text beside a bytes/s cell shown in MB/s (format bytesPerSecAsMB): a formula reading it gets bytes/s. */
export const SHOWN_IN_MB = "MB/s (the cell holds bytes/s)";
/** Unit text beside a bytes cell shown in GB (format bytesAsGB). */
export const SHOWN_IN_GB = "GB (the cell holds bytes)";

/**
 * What a line's unit price cell holds when the catalog has no price (its price cell is empty): a
 * negative number no price is, shown as "missing" by its number format (never as $0.00), and never
 * multiplied: a line without a price is not billed, so its cost formula takes the 0 branch.
 */
export const MISSING_PRICE = -1;

/** A price cell's value, or {@link MISSING_PRICE} when it is empty. */
export const orMissing = (price: Expr): Expr => iff(isNumber(price), price, num(MISSING_PRICE));

/** The cost of a candidate that is not one: far above any real cluster's cost (a spreadsheet has no Infinity). */
export const NOT_A_CANDIDATE = 1e15;

function fnMin(xs: Expr[]): Expr {
  return xs.length === 1 ? (xs[0] as Expr) : { kind: "fn", fn: "MIN", args: xs };
}

/** A reference to a named cell. */
export const r = ref;

/** An instance type as a name fragment: `kafka.m5.large` → `kafka_m5_large`. */
export const typeKey = (t: string): string => t.replace(/[^A-Za-z0-9]/g, "_");

/** Text formula: CHOOSE(index, "a", "b", …), "" when the index is 0. */
export function chooseText(indexName: string, texts: readonly string[], name?: string): TextCell {
  const quoted = texts.map((t) => `"${t.replace(/"/g, '""')}"`).join(",");
  return {
    ...(name ? { name } : {}),
    formula: `IF(${indexName}<1,"",CHOOSE(${indexName},${quoted}))`,
    value: (env) => texts[(env.get(indexName) ?? 0) - 1] ?? "",
  };
}

/**
 * Text formula: the binding resource of the chosen type — CHOOSE(chosen, each type's binding cell)
 * when the option is feasible, "" otherwise.
 */
export function chosenBinding(
  feasibleName: string,
  chosenName: string,
  bindings: readonly TextCell[],
): TextCell {
  return {
    formula: `IF(${feasibleName}=1,CHOOSE(${chosenName},${bindings.map((b) => b.name).join(",")}),"")`,
    value: (env) => {
      const b = bindings[(env.get(chosenName) ?? 0) - 1];
      return env.get(feasibleName) === 1 && b ? b.value(env) : "";
    },
  };
}

/**
 * Text formula: the plain words (resourceLabel) of the first largest of `needs` (named cells, each
 * with the resource it measures), as src/plan/option-results.ts `binding` picks it; `override`
 * (a 1/0 condition cell and its resource) wins when set.
 */
export function bindingText(
  name: string,
  needs: readonly (readonly [string, Resource])[],
  override?: { when: string; resource: Resource },
): TextCell {
  const most = `MAX(${needs.map(([n]) => n).join(",")})`;
  const chain = `${needs.map(([n, r]) => `IF(${n}=${most},"${resourceLabel(r)}",`).join("")}""${")".repeat(needs.length)}`;
  return {
    name,
    formula: override ? `IF(${override.when},"${resourceLabel(override.resource)}",${chain})` : chain,
    value: (env) => {
      if (override && (env.get(override.when.replace(/>0$/, "")) ?? 0) > 0)
        return resourceLabel(override.resource);
      let best = needs[0] as readonly [string, Resource];
      for (const x of needs) if ((env.get(x[0]) ?? 0) > (env.get(best[0]) ?? 0)) best = x;
      return resourceLabel(best[1]);
    },
  };
}
