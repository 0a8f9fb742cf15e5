// Laws of the formula expressions: what the workbook's cells compute (HyperFormula) is what the
// report caches (evaluate), for any expression over any named values.
import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { describe, expect, it } from "vitest";
import {
  add,
  div,
  type Expr,
  evaluate,
  ifLess,
  mul,
  names,
  num,
  ref,
  render,
  sub,
} from "../../src/report/expr.js";

const NAMES = ["hours", "stream1_ingress_MBps", "price_broker_kafka_m5_large", "bytes_per_billed_gb"];

const exprArb: fc.Arbitrary<Expr> = fc.letrec<{ e: Expr }>((tie) => ({
  e: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.double({ min: 0.001, max: 1e6, noNaN: true }).map(num),
    fc.integer({ min: 0, max: 1000 }).map(num),
    fc.constantFrom(...NAMES).map(ref),
    fc.array(tie("e"), { minLength: 2, maxLength: 3 }).map((t) => add(...t)),
    fc.array(tie("e"), { minLength: 2, maxLength: 3 }).map((f) => mul(...f)),
    fc.tuple(tie("e"), tie("e")).map(([a, b]) => sub(a, b)),
    fc.tuple(tie("e"), tie("e")).map(([a, b]) => div(a, b)),
  ),
})).e;

/** A HyperFormula sheet whose first row holds `values` under `names`; returns a formula's value there. */
function namedCells(sheetName: string, names: string[], values: number[]): (formula: string) => unknown {
  const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", smartRounding: false });
  const sheet = hf.getSheetId(hf.addSheet(sheetName)) as number;
  hf.setSheetContent(sheet, [values]);
  names.forEach((n, i) => {
    hf.addNamedExpression(n, `=${sheetName}!$${String.fromCharCode(65 + i)}$1`);
  });
  return (formula) => {
    hf.setCellContents({ sheet, row: 1, col: 0 }, `=${formula}`);
    return hf.getCellValue({ sheet, row: 1, col: 0 });
  };
}

describe("formula expressions", () => {
  it("law: a rendered formula evaluates in a spreadsheet engine to the value cached for it", () => {
    const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", smartRounding: false });
    const sheet = hf.getSheetId(hf.addSheet("A")) as number;
    fc.assert(
      fc.property(
        exprArb,
        fc.array(fc.double({ min: 0.5, max: 1e4, noNaN: true }), { minLength: 4, maxLength: 4 }),
        (e, vals) => {
          const env = new Map(NAMES.map((n, i) => [n, vals[i] as number]));
          const expected = evaluate(e, env);
          fc.pre(Number.isFinite(expected));
          hf.setSheetContent(sheet, [NAMES.map((_, i) => vals[i] as number), [`=${render(e)}`]]);
          for (const [i, n] of NAMES.entries()) {
            if (!hf.isItPossibleToAddNamedExpression(n, "=0")) hf.removeNamedExpression(n);
            hf.addNamedExpression(n, `=A!$${String.fromCharCode(65 + i)}$1`);
          }
          const got = hf.getCellValue({ sheet, row: 1, col: 0 }) as number;
          // The same operations in the same order: the same number to the last bit (a nested
          // product or sum is bracketed, so the spreadsheet groups it as evaluate() does).
          expect(got).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("law: names() lists exactly the names render() references", () => {
    fc.assert(
      fc.property(exprArb, (e) => {
        const inText = new Set(
          NAMES.filter((n) => new RegExp(`(^|[^A-Za-z0-9_])${n}($|[^A-Za-z0-9_])`).test(render(e))),
        );
        expect(names(e)).toEqual(inText);
      }),
      { numRuns: 300 },
    );
  });
});

// Hand-worked cases for what the random expressions above never produce: IF (the tiered-stream
// switch, local retention < retention) and negative constants. The tiered quantity depends on the
// strict comparison: a stream whose local retention equals its retention is not tiered.
describe("formula expressions, by hand", () => {
  const env = new Map([
    ["local_h", 24],
    ["retention_h", 72],
    ["x", 10],
  ]);
  const tiered = (local: string) => ifLess(ref(local), ref("retention_h"), ref("x"), num(0));

  it("IF(a<b, then, otherwise): 24 < 72 → then (10); 72 < 72 → otherwise (0); 80 < 72 → otherwise", () => {
    expect(evaluate(tiered("local_h"), env)).toBe(10);
    expect(evaluate(tiered("retention_h"), env)).toBe(0);
    expect(evaluate(ifLess(num(80), ref("retention_h"), ref("x"), num(-1)), env)).toBe(-1);
    expect(render(tiered("local_h"))).toBe("IF(local_h<retention_h,x,0)");
    expect([...names(tiered("local_h"))].sort()).toEqual(["local_h", "retention_h", "x"]);
  });

  it("renders operators with the brackets arithmetic needs, and a spreadsheet agrees", () => {
    const cases: [Expr, string, number][] = [
      // 10 − (72 − 24) = −38: the subtrahend is bracketed.
      [sub(ref("x"), sub(ref("retention_h"), ref("local_h"))), "x-(retention_h-local_h)", -38],
      // (72 − 24) − 10 = 38: a leading difference needs none.
      [sub(sub(ref("retention_h"), ref("local_h")), ref("x")), "retention_h-local_h-x", 38],
      // 72 ÷ (24 × 10) = 0.3: a product divisor is bracketed.
      [div(ref("retention_h"), mul(ref("local_h"), ref("x"))), "retention_h/(local_h*x)", 0.3],
      // 72 ÷ −4 = −18: a negative constant divisor is bracketed.
      [div(ref("retention_h"), num(-4)), "retention_h/(-4)", -18],
      // (72 + 24) × 10 = 960; (72 ÷ 24) × 10 = 30.
      [mul(add(ref("retention_h"), ref("local_h")), ref("x")), "(retention_h+local_h)*x", 960],
      [mul(div(ref("retention_h"), ref("local_h")), ref("x")), "(retention_h/local_h)*x", 30],
      // A number as the shortest digits that read back as it, never with an exponent (HyperFormula
      // does not parse one): 0.1 as 0.1, 2.5 as 2.5, 1e-9 as 0.000000001.
      [mul(num(2.5), ref("x")), "2.5*x", 25],
      [add(num(0.1), num(-3)), "0.1+-3", -2.9],
      [mul(num(1e-9), ref("x")), "0.000000001*x", 1e-8],
    ];
    const spreadsheet = namedCells("B", ["local_h", "retention_h", "x"], [24, 72, 10]);
    for (const [e, text, value] of cases) {
      expect(render(e)).toBe(text);
      expect(evaluate(e, env)).toBeCloseTo(value, 12);
      expect(spreadsheet(text) as number, text).toBeCloseTo(value, 12);
    }
  });

  it("a nested product or sum is bracketed where it is not the leading operand, so a spreadsheet multiplies and adds in the cached order", () => {
    // 0.1 × (0.2 × 0.3) = 0.006 but (0.1 × 0.2) × 0.3 = 0.006000000000000001; likewise
    // 0.1 + (0.2 + 0.3) = 0.6 but (0.1 + 0.2) + 0.3 = 0.6000000000000001.
    const env3 = new Map([
      ["a", 0.1],
      ["b", 0.2],
      ["c", 0.3],
    ]);
    const [a, b, c] = [ref("a"), ref("b"), ref("c")];
    const cases: [Expr, string, number][] = [
      [mul(a, mul(b, c)), "a*(b*c)", 0.006],
      [mul(mul(a, b), c), "a*b*c", 0.006000000000000001],
      [add(a, add(b, c)), "a+(b+c)", 0.6],
      [add(add(a, b), c), "a+b+c", 0.6000000000000001],
      // a + (b − c) and (a + b) − c: 0.1 + (0.2 − 0.3) = −0.09999999999999998 (the leading sum needs no bracket).
      [add(a, sub(b, c)), "a+(b-c)", 0.1 + (0.2 - 0.3)],
      [sub(add(a, b), c), "a+b-c", 0.1 + 0.2 - 0.3],
      // A product after a division is bracketed too: a ÷ b × (b × c) is not (a ÷ b × b) × c.
      [mul(div(a, b), mul(b, c)), "(a/b)*(b*c)", (0.1 / 0.2) * (0.2 * 0.3)],
    ];
    const spreadsheet = namedCells("C", ["a", "b", "c"], [0.1, 0.2, 0.3]);
    for (const [e, text, value] of cases) {
      expect(render(e)).toBe(text);
      expect(evaluate(e, env3), text).toBe(value);
      expect(spreadsheet(text), text).toBe(value);
    }
  });

  it("a name without a value is an error, not a zero", () => {
    expect(() => evaluate(ref("nope"), env)).toThrow("report: no value for name nope");
  });
});
