// Excel's 8,192-character formula limit: fitFormula moves the overflow of a long expression into
// helper cells. Law: every formula written (the main one and each helper) fits, and evaluating the
// main formula with the helpers' values gives the original expression's value.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  add,
  cmp,
  div,
  EXCEL_MAX_FORMULA_CHARS,
  type Expr,
  evaluate,
  fitFormula,
  fn,
  iff,
  ifLess,
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

// What the split looks like (the cells a reader finds on the Helpers sheet): helpers named H1, H2 …
// in the order they are made. Lengths are counted by hand for each case.
describe("fitFormula: which parts become helpers", () => {
  const split = (e: Expr, max: number) => {
    const helpers: string[] = [];
    const main = fitFormula(
      e,
      (h) => {
        helpers.push(render(h));
        return `H${helpers.length}`;
      },
      max,
    );
    return { main: render(main), helpers };
  };
  const r = (...ns: string[]) => ns.map(ref);
  const p = add(...r("p1", "p2", "p3")); // "p1+p2+p3": 8 characters
  const q = add(...r("q1", "q2")); // "q1+q2": 5

  it("a sum over the limit is cut into consecutive chunks, each term counted with its '+' (5 + 5 = 10 ≤ 10)", () => {
    // "aaaa+bbbb+cccc+dddd" is 19 > 10: chunks aaaa+bbbb (5 + 5) and cccc+dddd.
    expect(split(add(...r("aaaa", "bbbb", "cccc", "dddd")), 10)).toEqual({
      main: "H1+H2",
      helpers: ["aaaa+bbbb", "cccc+dddd"],
    });
    // At 9 every term is its own chunk, and the sum of the four helpers (11 > 9) is cut again.
    expect(split(add(...r("aaaa", "bbbb", "cccc", "dddd")), 9)).toEqual({
      main: "H5+H6",
      helpers: ["aaaa", "bbbb", "cccc", "dddd", "H1+H2+H3", "H4"],
    });
  });

  it("a sum that fits once its terms are fitted is kept as one sum (no helper for the whole)", () => {
    // "(p1+p2+p3)*(q1+q2)+y" is 20 > 15; its product (18) loses p to H1 ("H1*(q1+q2)", 10), and
    // "H1*(q1+q2)+y" (12) fits.
    expect(split(add(mul(p, q), ref("y")), 15)).toEqual({ main: "H1*(q1+q2)+y", helpers: ["p1+p2+p3"] });
  });

  it("the longest operand goes first, until the formula fits: at the limit exactly it stops", () => {
    // "(p1+p2+p3)*(q1+q2)" is 18: p (8) before q (5); "H1*(q1+q2)" is 10 ≤ 10.
    expect(split(mul(p, q), 10)).toEqual({ main: "H1*(q1+q2)", helpers: ["p1+p2+p3"] });
    // One less and q goes too.
    expect(split(mul(p, q), 9)).toEqual({ main: "H1*H2", helpers: ["p1+p2+p3", "q1+q2"] });
    // The longest first wherever it stands: "(q1+q2)*H1" is 10.
    expect(split(mul(q, p), 10)).toEqual({ main: "(q1+q2)*H1", helpers: ["p1+p2+p3"] });
    expect(split(mul(q, ref("r"), p), 12)).toEqual({ main: "(q1+q2)*r*H1", helpers: ["p1+p2+p3"] });
  });

  it("every kind of operation is split the same way, keeping its operator", () => {
    expect(split(sub(p, q), 10)).toEqual({ main: "H1-(q1+q2)", helpers: ["p1+p2+p3"] });
    expect(split(div(p, q), 10)).toEqual({ main: "H1/(q1+q2)", helpers: ["p1+p2+p3"] });
    expect(split(cmp("<=", p, q), 11)).toEqual({ main: "H1<=(q1+q2)", helpers: ["p1+p2+p3"] });
    expect(split(fn("MAX", p, q, num(0)), 15)).toEqual({ main: "MAX(H1,q1+q2,0)", helpers: ["p1+p2+p3"] });
    // IF(p1+p2+p3<r,q1+q2,0) is 22: p (8) then q (5) go before r and 0 (1 each); 13 ≤ 14.
    expect(split(ifLess(p, ref("r"), q, num(0)), 14)).toEqual({
      main: "IF(H1<r,H2,0)",
      helpers: ["p1+p2+p3", "q1+q2"],
    });
    // IF((p1+p2+p3)<r,q1+q2,0) is 24: the condition (12) goes first; 14 ≤ 16.
    expect(split(iff(cmp("<", p, ref("r")), q, num(0)), 16)).toEqual({
      main: "IF(H1,q1+q2,0)",
      helpers: ["(p1+p2+p3)<r"],
    });
  });

  it("a name or a number is never put in a helper, even when longer than the limit", () => {
    expect(split(ref("a_name_longer_than_ten"), 10)).toEqual({ main: "a_name_longer_than_ten", helpers: [] });
    expect(split(mul(ref("a_name_longer_than_ten"), num(123456789)), 10)).toEqual({
      main: "a_name_longer_than_ten*123456789",
      helpers: [],
    });
  });
});
