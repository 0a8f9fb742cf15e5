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
  | { kind: "ifLess"; a: Expr; b: Expr; then: Expr; otherwise: Expr }
  | { kind: "cmp"; op: CmpOp; a: Expr; b: Expr }
  | { kind: "if"; cond: Expr; then: Expr; otherwise: Expr }
  | { kind: "fn"; fn: Fn; args: Expr[] };

/** Comparisons (a truth value: 1 or 0 in JS, TRUE or FALSE in a spreadsheet; used only as conditions). */
export type CmpOp = "<" | "<=" | ">" | ">=" | "=" | "<>";
/**
 * The few functions the live sizing needs, each evaluated the same way by Excel, LibreOffice and
 * HyperFormula: MAX, MIN, ROUNDUP (away from zero; HyperFormula's INT truncates where Excel's
 * floors, so INT is not used), AND, OR, ISNUMBER (a price cell left empty when the catalog has
 * none) and CHOOSE (the chosen instance type's value by its index).
 */
export type Fn = "MAX" | "MIN" | "ROUNDUP" | "AND" | "OR" | "ISNUMBER" | "CHOOSE";

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

export const cmp = (op: CmpOp, a: Expr, b: Expr): Expr => ({ kind: "cmp", op, a, b });
/** `then` when `cond` holds, else `otherwise` (Excel `IF(cond,then,otherwise)`; only the branch taken is evaluated). */
export const iff = (cond: Expr, then: Expr, otherwise: Expr): Expr => ({ kind: "if", cond, then, otherwise });
export const fn = (f: Fn, ...args: Expr[]): Expr => ({ kind: "fn", fn: f, args });
export const max = (...args: Expr[]): Expr => (args.length === 1 ? (args[0] as Expr) : fn("MAX", ...args));
export const min = (...args: Expr[]): Expr => (args.length === 1 ? (args[0] as Expr) : fn("MIN", ...args));
export const and = (...args: Expr[]): Expr => (args.length === 1 ? (args[0] as Expr) : fn("AND", ...args));
export const or = (...args: Expr[]): Expr => (args.length === 1 ? (args[0] as Expr) : fn("OR", ...args));
/** A price cell holds a number (an empty cell: the catalog has no price). */
export const isNumber = (e: Expr): Expr => fn("ISNUMBER", e);
/** The `index`-th (1-based) of `choices`. */
export const choose = (index: Expr, ...choices: Expr[]): Expr => fn("CHOOSE", index, ...choices);
/**
 * Ceiling of a quantity that is never below −1 (a count less a tolerance): MAX(0, ROUNDUP(x, 0)),
 * which every engine computes alike; ⌈x⌉ for x ≥ 0, and 0 for −1 < x < 0 (where ⌈x⌉ is −0).
 */
export const ceil = (x: Expr): Expr => fn("MAX", num(0), fn("ROUNDUP", x, num(0)));
/** A price that may be missing, as 0 (an empty cell reads as 0 in a spreadsheet; NaN here). */
export const orZero = (price: Expr): Expr => iff(isNumber(price), price, num(0));

/** Value of every name an expression may reference (NaN: an empty cell, e.g. a missing price). */
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
    case "cmp":
      return compare(e.op, evaluate(e.a, env), evaluate(e.b, env)) ? 1 : 0;
    case "if":
      return evaluate(e.cond, env) !== 0 ? evaluate(e.then, env) : evaluate(e.otherwise, env);
    case "fn":
      return call(e.fn, e.args, env);
  }
}

function compare(op: CmpOp, a: number, b: number): boolean {
  switch (op) {
    case "<":
      return a < b;
    case "<=":
      return a <= b;
    case ">":
      return a > b;
    case ">=":
      return a >= b;
    case "=":
      return a === b;
    case "<>":
      return a !== b;
  }
}

function call(f: Fn, args: Expr[], env: Env): number {
  switch (f) {
    case "MAX":
      return Math.max(...args.map((a) => evaluate(a, env)));
    case "MIN":
      return Math.min(...args.map((a) => evaluate(a, env)));
    case "ROUNDUP": {
      // Digits are always 0 here: away from zero to a whole number.
      const x = evaluate(args[0] as Expr, env);
      return x < 0 ? -Math.ceil(-x) : Math.ceil(x);
    }
    case "AND":
      return args.every((a) => evaluate(a, env) !== 0) ? 1 : 0;
    case "OR":
      return args.some((a) => evaluate(a, env) !== 0) ? 1 : 0;
    case "ISNUMBER":
      return Number.isFinite(evaluate(args[0] as Expr, env)) ? 1 : 0;
    case "CHOOSE": {
      const i = evaluate(args[0] as Expr, env);
      const pick = args[Math.trunc(i)];
      if (!(i >= 1) || !pick) throw new Error(`report: CHOOSE index ${i} out of range`);
      return evaluate(pick, env);
    }
  }
}

/**
 * Render as formula text without the leading `=`; every compound operand is parenthesised.
 * `at` may map a name to a cell address (a cell the workbook does not name).
 *
 * A spreadsheet reads `a*b*c` as (a×b)×c and `a+b-c` as (a+b)−c, left to right; {@link evaluate}
 * computes a nested product or sum first. So a product inside a product, or a sum or difference
 * inside a sum, is bracketed wherever it is not the leading operand — `a*(b*c)`, `a+(b-c)` —
 * or a recalculating spreadsheet would multiply in another order than the cached value did (the
 * same number only up to the last bits) and a reader could not tell which grouping was meant. A
 * leading one needs none: `a*b*c` for (a×b)×c is the order both compute.
 */
export function render(e: Expr, at?: (name: string) => string | undefined): string {
  if (at) return renderAt(e, at);
  switch (e.kind) {
    case "num":
      return plainNumber(e.value);
    case "ref":
      return e.name;
    case "add":
      return e.terms
        .map((x, i) => (i > 0 && (x.kind === "add" || x.kind === "sub") ? `(${render(x)})` : render(x)))
        .join("+");
    case "sub":
      return `${render(e.a)}-${paren(e.b)}`;
    case "mul":
      return e.factors.map((x, i) => (i > 0 && x.kind === "mul" ? `(${render(x)})` : paren(x))).join("*");
    case "div":
      // The divisor is bracketed unless atomic: a/(b*c) ≠ a/b*c.
      return `${paren(e.a)}/${atomic(e.b) ? render(e.b) : `(${render(e.b)})`}`;
    case "ifLess":
      return `IF(${render(e.a)}<${render(e.b)},${render(e.then)},${render(e.otherwise)})`;
    case "cmp":
      return `${paren(e.a)}${e.op}${paren(e.b)}`;
    case "if":
      return `IF(${render(e.cond)},${render(e.then)},${render(e.otherwise)})`;
    case "fn":
      return `${e.fn}(${e.args.map((x) => render(x)).join(",")})`;
  }
}

/**
 * The shortest digits that read back as the same number, written without an exponent: 1e-9 as
 * 0.000000001 (HyperFormula does not parse an exponent inside a formula).
 */
export function plainNumber(v: number): string {
  const t = String(v);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(t);
  if (!m) return t;
  const [, sign, lead, rest = "", exp] = m;
  const digits = `${lead}${rest}`;
  const e = Number(exp);
  if (e < 0) return `${sign}0.${"0".repeat(-e - 1)}${digits}`;
  // JS writes an exponent only from 1e21 up, and a double has at most 17 significant digits, so
  // the digits after the point never reach the decimal point: the number is whole.
  return `${sign}${digits}${"0".repeat(e - rest.length)}`;
}

function renderAt(e: Expr, at: (name: string) => string | undefined): string {
  return render(mapRefs(e, (n) => at(n) ?? n));
}

/** The expression with every name replaced by `f(name)` (for rendering names as cell addresses). */
export function mapRefs(e: Expr, f: (name: string) => string): Expr {
  if (e.kind === "ref") return { kind: "ref", name: f(e.name) };
  return withOperands(
    e,
    operands(e).map((x) => mapRefs(x, f)),
  );
}

function atomic(e: Expr): boolean {
  return e.kind === "ref" || (e.kind === "num" && e.value >= 0);
}

function paren(e: Expr): string {
  return e.kind === "add" || e.kind === "sub" || e.kind === "div" || e.kind === "cmp"
    ? `(${render(e)})`
    : render(e);
}

/** Names an expression references (for tests and for checking every name is defined). */
export function names(e: Expr, out = new Set<string>()): Set<string> {
  if (e.kind === "ref") out.add(e.name);
  else for (const x of operands(e)) names(x, out);
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
    case "add": {
      const chunks: Expr[][] = [];
      let current: Expr[] = [];
      let length = 0;
      for (const term of e.terms.map(fit)) {
        // Its text and a "+", and the brackets a sum or difference takes after the first term.
        const l = render(term).length + 1 + (term.kind === "add" || term.kind === "sub" ? 2 : 0);
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
      // Fit each operand, then move the longest ones into helpers until the whole fits (a name or
      // a number has no operands: it is returned as it is).
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
    case "cmp":
      return [e.a, e.b];
    case "if":
      return [e.cond, e.then, e.otherwise];
    case "fn":
      return e.args;
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
    case "cmp":
      return { kind: "cmp", op: e.op, a: p[0] as Expr, b: p[1] as Expr };
    case "if":
      return { kind: "if", cond: p[0] as Expr, then: p[1] as Expr, otherwise: p[2] as Expr };
    case "fn":
      return { kind: "fn", fn: e.fn, args: p };
    default:
      return e;
  }
}
