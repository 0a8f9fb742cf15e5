// Excel's 8,192-character formula limit: fitFormula moves the overflow of a long expression into
// helper cells. Law: every formula written (the main one and each helper) fits, and evaluating the
// main formula with the helpers' values gives the original expression's value.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  add,
  EXCEL_MAX_FORMULA_CHARS,
  type Expr,
  evaluate,
  fitFormula,
  mul,
  num,
  ref,
  render,
  sub,
} from "../../src/report/expr.js";

/** Fit `e`, evaluating helpers as they are made; returns the texts and the value. */
function fitted(e: Expr, env: Map<string, number>, max = EXCEL_MAX_FORMULA_CHARS) {
  const helpers: string[] = [];
  const main = fitFormula(
    e,
    (h) => {
      const name = `Helper_${helpers.length + 1}`;
      env.set(name, evaluate(h, env));
      helpers.push(render(h));
      return name;
    },
    max,
  );
  return { main: render(main), helpers, value: evaluate(main, env) };
}

/** Σ over n streams of (retention × ingress × RF), as the workbook's storage quantity is built. */
function perStreamSum(n: number, env: Map<string, number>): Expr {
  const terms: Expr[] = [];
  for (let i = 0; i < n; i++) {
    for (const f of ["Retention", "Ingress", "RF"]) env.set(`Stream_${i}_${f}`, (i % 7) + 1.5);
    terms.push(mul(ref(`Stream_${i}_Retention`), ref(`Stream_${i}_Ingress`), ref(`Stream_${i}_RF`)));
  }
  return add(...terms);
}

describe("fitFormula (Excel's formula length limit)", () => {
  it("a 200-stream sum (over 8,192 characters) becomes helpers, each within the limit, same value", () => {
    const env = new Map<string, number>();
    const e = mul(perStreamSum(200, env), num(730));
    expect(render(e).length).toBeGreaterThan(EXCEL_MAX_FORMULA_CHARS);
    const original = evaluate(e, env);
    const f = fitted(e, env);
    expect(f.helpers.length).toBeGreaterThan(1);
    for (const text of [f.main, ...f.helpers])
      expect(text.length).toBeLessThanOrEqual(EXCEL_MAX_FORMULA_CHARS);
    expect(f.value).toBe(original);
  });

  it("a formula exactly at the limit is left alone; one character more is split", () => {
    const env = new Map<string, number>();
    const e = perStreamSum(200, env);
    const text = render(e);
    const f = fitted(e, env, text.length);
    expect(f.helpers).toEqual([]);
    expect(f.main).toBe(text);
    expect(fitted(e, env, text.length - 1).helpers.length).toBeGreaterThan(0);
  });

  it("law: any nesting of sums, products and differences fits any limit ≥ 64 with the same value", () => {
    const leaf = fc.oneof(
      fc.integer({ min: 0, max: 50 }).map((i) => ref(`N${i}`)),
      fc.integer({ min: 1, max: 9 }).map(num),
    );
    const tree = fc.letrec<{ e: Expr }>((tie) => ({
      e: fc.oneof(
        { depthSize: "small" },
        leaf,
        fc.array(tie("e"), { minLength: 2, maxLength: 40 }).map((ts) => add(...ts)),
        fc.array(tie("e"), { minLength: 2, maxLength: 3 }).map((ts) => mul(...ts)),
        fc.tuple(tie("e"), tie("e")).map(([a, b]) => sub(a, b)),
      ),
    })).e;
    fc.assert(
      fc.property(tree, fc.integer({ min: 64, max: 400 }), (e, max) => {
        const env = new Map<string, number>(Array.from({ length: 51 }, (_, i) => [`N${i}`, i + 0.25]));
        const original = evaluate(e, env);
        const f = fitted(e, env, max);
        for (const text of [f.main, ...f.helpers]) expect(text.length).toBeLessThanOrEqual(max);
        expect(f.value).toBe(original);
      }),
      { numRuns: 200 },
    );
  });
});
