/**
 * A tiny arithmetic expression type for the workbook's live formulas. One expression is both
 * rendered as an Excel formula (over defined names) and evaluated in JS for the cached result,
 * so the formula a reader sees and the number a non-recalculating viewer shows cannot disagree.
 * Only + − × ÷ over numbers and named cells, and one comparison (IF(a<b, …)): the subset every
 * spreadsheet evaluates the same way.
 */

export type Expr =
  | { kind: "num"; value: number }
  | { kind: "ref"; name: string }
  | { kind: "add"; terms: Expr[] }
  | { kind: "sub"; a: Expr; b: Expr }
  | { kind: "mul"; factors: Expr[] }
  | { kind: "div"; a: Expr; b: Expr }
  | { kind: "ifLess"; a: Expr; b: Expr; then: Expr; otherwise: Expr };

export const num = (value: number): Expr => ({ kind: "num", value });
export const ref = (name: string): Expr => ({ kind: "ref", name });
export const add = (...terms: Expr[]): Expr =>
  terms.length === 1 ? (terms[0] as Expr) : { kind: "add", terms };
export const sub = (a: Expr, b: Expr): Expr => ({ kind: "sub", a, b });
export const mul = (...factors: Expr[]): Expr =>
  factors.length === 1 ? (factors[0] as Expr) : { kind: "mul", factors };
export const div = (a: Expr, b: Expr): Expr => ({ kind: "div", a, b });
/** `then` when a < b, else `otherwise` (Excel `IF(a<b,then,otherwise)`). */
export const ifLess = (a: Expr, b: Expr, then: Expr, otherwise: Expr): Expr => ({
  kind: "ifLess",
  a,
  b,
  then,
  otherwise,
});

/** Value of every name an expression may reference. */
export type Env = ReadonlyMap<string, number>;

/** Evaluate in JS (left to right, as a spreadsheet does, so the floating-point result is the same). */
export function evaluate(e: Expr, env: Env): number {
  switch (e.kind) {
    case "num":
      return e.value;
    case "ref": {
      const v = env.get(e.name);
      if (v === undefined) throw new Error(`report: no value for name ${e.name}`);
      return v;
    }
    case "add":
      return e.terms.reduce((s, t) => s + evaluate(t, env), 0);
    case "sub":
      return evaluate(e.a, env) - evaluate(e.b, env);
    case "mul":
      return e.factors.reduce((p, f) => p * evaluate(f, env), 1);
    case "div":
      return evaluate(e.a, env) / evaluate(e.b, env);
    case "ifLess":
      return evaluate(e.a, env) < evaluate(e.b, env) ? evaluate(e.then, env) : evaluate(e.otherwise, env);
  }
}

/** Render as formula text without the leading `=`; every compound operand is parenthesised. */
export function render(e: Expr): string {
  switch (e.kind) {
    case "num":
      return Number.isInteger(e.value) ? String(e.value) : e.value.toPrecision(17).replace(/\.?0+$/, "");
    case "ref":
      return e.name;
    case "add":
      return e.terms.map(render).join("+");
    case "sub":
      return `${render(e.a)}-${paren(e.b)}`;
    case "mul":
      return e.factors.map(paren).join("*");
    case "div":
      // The divisor is bracketed unless atomic: a/(b*c) ≠ a/b*c.
      return `${paren(e.a)}/${atomic(e.b) ? render(e.b) : `(${render(e.b)})`}`;
    case "ifLess":
      return `IF(${render(e.a)}<${render(e.b)},${render(e.then)},${render(e.otherwise)})`;
  }
}

function atomic(e: Expr): boolean {
  return e.kind === "ref" || (e.kind === "num" && e.value >= 0);
}

function paren(e: Expr): string {
  return e.kind === "add" || e.kind === "sub" || e.kind === "div" ? `(${render(e)})` : render(e);
}

/** Names an expression references (for tests and for checking every name is defined). */
export function names(e: Expr, out = new Set<string>()): Set<string> {
  if (e.kind === "ref") out.add(e.name);
  else if (e.kind === "add") for (const t of e.terms) names(t, out);
  else if (e.kind === "mul") for (const f of e.factors) names(f, out);
  else if (e.kind === "sub" || e.kind === "div") {
    names(e.a, out);
    names(e.b, out);
  } else if (e.kind === "ifLess") {
    for (const x of [e.a, e.b, e.then, e.otherwise]) names(x, out);
  }
  return out;
}

/** Excel's limit on the length of a formula's text (Excel specifications and limits: 8,192 characters). */
export const EXCEL_MAX_FORMULA_CHARS = 8192;

/**
 * An expression whose formula text fits in `max` characters, with the overflow moved into helper
 * cells. A workload of many streams makes sums (Σ per-stream storage, …) whose formulas exceed
 * Excel's limit; this splits a long sum into partial sums of consecutive terms, each a helper, and
 * replaces any other over-long operand by a helper, children first.
 *
 * `helper(expr)` must put `expr` in a cell (e.g. on a helper sheet), define a name for it and
 * return that name; it is called in dependency order, so evaluating each helper as it is created
 * (with the names created before it in the environment) gives every helper's value.
 * Usage in the workbook: through `fitWithHelpers` (src/report/helper-cells.ts), which names each
 * helper, computes its value and lists it for the Helpers sheet.
 */
export function fitFormula(e: Expr, helper: (e: Expr) => string, max = EXCEL_MAX_FORMULA_CHARS): Expr {
  if (render(e).length <= max) return e;
  const fit = (x: Expr) => fitFormula(x, helper, max);
  switch (e.kind) {
    case "num":
    case "ref":
      return e;
    case "add": {
      const chunks: Expr[][] = [];
      let current: Expr[] = [];
      let length = 0;
      for (const term of e.terms.map(fit)) {
        const l = render(term).length + 1;
        if (current.length && length + l > max) {
          chunks.push(current);
          current = [];
          length = 0;
        }
        current.push(term);
        length += l;
      }
      chunks.push(current);
      if (chunks.length === 1) return add(...(chunks[0] as Expr[]));
      return fit(add(...chunks.map((c) => ref(helper(add(...c))))));
    }
    default: {
      // Fit each operand, then move the longest ones into helpers until the whole fits.
      const parts = operands(e).map(fit);
      const rebuilt = () => withOperands(e, parts);
      const order = parts.map((p, i) => [render(p).length, i] as const).sort((a, b) => b[0] - a[0]);
      for (const [, i] of order) {
        if (render(rebuilt()).length <= max) break;
        const p = parts[i] as Expr;
        if (p.kind !== "num" && p.kind !== "ref") parts[i] = ref(helper(p));
      }
      return rebuilt();
    }
  }
}

function operands(e: Expr): Expr[] {
  switch (e.kind) {
    case "add":
      return e.terms;
    case "mul":
      return e.factors;
    case "sub":
    case "div":
      return [e.a, e.b];
    case "ifLess":
      return [e.a, e.b, e.then, e.otherwise];
    default:
      return [];
  }
}

function withOperands(e: Expr, p: Expr[]): Expr {
  switch (e.kind) {
    case "add":
      return { kind: "add", terms: p };
    case "mul":
      return { kind: "mul", factors: p };
    case "sub":
      return { kind: "sub", a: p[0] as Expr, b: p[1] as Expr };
    case "div":
      return { kind: "div", a: p[0] as Expr, b: p[1] as Expr };
    case "ifLess":
      return {
        kind: "ifLess",
        a: p[0] as Expr,
        b: p[1] as Expr,
        then: p[2] as Expr,
        otherwise: p[3] as Expr,
      };
    default:
      return e;
  }
}
