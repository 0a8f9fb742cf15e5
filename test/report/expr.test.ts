// Laws of the formula expressions: what the workbook's cells compute (HyperFormula) is what the
// report caches (evaluate), for any expression over any named values.
import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { describe, expect, it } from "vitest";
import { add, div, type Expr, evaluate, mul, names, num, ref, render, sub } from "../../src/report/expr.js";

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
          expect(Math.abs(got - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
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
