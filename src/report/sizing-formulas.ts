/**
 * The sizing rules' arithmetic in the workbook: each operation of src/model/sizing/rules.ts as a
 * formula expression over named cells, so a live sheet's sizing formulas are the sizer's own
 * declarations, not a second writing of them (docs/design.md "One declaration per rule").
 *
 * A rule's nested binary sum or product (add(add(a, b), c)) becomes one flat a+b+c, as a
 * spreadsheet reads it: only nodes this arithmetic made are flattened, never an input's own sum
 * (whose terms a spreadsheet adds first), so the text, the value and the helper-cell split of
 * every formula are those of the one operation it stands for.
 */
import type { SizingArithmetic } from "../model/sizing/rules.js";
import { add, and, ceil, cmp, div, type Expr, fn, iff, mul, num, sub } from "./expr.js";

/** A count the spreadsheet shows where the planner has Infinity (no capacity): never within a quota. */
export const NO_CAPACITY = 1e9;

const made = new WeakSet<Expr>();
const mark = (e: Expr): Expr => {
  made.add(e);
  return e;
};

export const SIZING_FORMULAS: SizingArithmetic<Expr> = {
  num,
  add: (a, b) => mark(made.has(a) && a.kind === "add" ? add(...a.terms, b) : add(a, b)),
  sub,
  mul: (a, b) => mark(made.has(a) && a.kind === "mul" ? mul(...a.factors, b) : mul(a, b)),
  div,
  max: (a, b) => fn("MAX", a, b),
  min: (a, b) => fn("MIN", a, b),
  ceil,
  gt: (a, b) => cmp(">", a, b),
  ne: (a, b) => cmp("<>", a, b),
  eq: (a, b) => cmp("=", a, b),
  le: (a, b) => cmp("<=", a, b),
  and: (...conds) => and(...conds),
  if: iff,
  noCapacity: num(NO_CAPACITY),
};
