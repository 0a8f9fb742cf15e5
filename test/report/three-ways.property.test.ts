// Law: the three renderings of each billing rule agree on random workloads — the planner's fast
// path (`evaluate`: no line items), the line-item calculator (`plan`: Σ line items), and the
// workbook's formulas (each quantity an expression over the Assumptions' named inputs, evaluated
// as a spreadsheet does). Every line item of every feasible MSK option must get a formula (no
// planner quantity copied in as an input), and the three totals agree to the cent.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plan, preparePlanner } from "../../src/plan/planner.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import { buildReportModel } from "../../src/report/model.js";
import { workloadArb } from "../plan/arbitraries.js";
import { REPORT_OPTS } from "./fixture.js";

const catalog = bundledCatalog();
const planner = preparePlanner({ catalog, region: "us-east-1" });
const cents = (x: number) => Math.round(x * 100);

describe("law: fast path, line-item calculator and workbook formulas agree", () => {
  it("for random workloads, every MSK line item has a formula and the three totals are equal to the cent", () => {
    fc.assert(
      fc.property(workloadArb, (w) => {
        const fast = planner.evaluate(w);
        const p = plan(w, { catalog });
        const m = buildReportModel(p, REPORT_OPTS);
        for (const o of p.options) {
          const lean = fast.find((e) => e.option === o.option);
          const sheet = m.options.find((s) => s.id === o.option);
          expect(lean?.feasible, o.option).toBe(o.feasible);
          if (!o.feasible) continue;
          const calculator = o.lineItems.reduce((t, l) => t + l.costUsd, 0);
          expect(
            sheet?.lines.filter((l) => l.quantityExpr === null).map((l) => l.dimension),
            o.option,
          ).toEqual([]);
          expect(cents(lean?.monthlyUsd as number), o.option).toBe(cents(calculator));
          expect(cents(sheet?.totalUsd as number), o.option).toBe(cents(calculator));
        }
      }),
      { numRuns: 150 },
    );
  });
});
