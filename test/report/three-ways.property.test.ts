// Law: the three renderings of each billing rule agree on random workloads — the planner's fast
// path (`evaluate`: no line items), the line-item calculator (`plan`: Σ line items), and the
// workbook's formulas (each quantity an expression over the Assumptions' named inputs, evaluated
// as a spreadsheet does). Every line item of every feasible MSK option must get a formula (no
// planner quantity copied in as an input), and the three totals agree to the cent. The workload's
// figures the quantities read (the Assumptions sheet's derived cells) are the planner's own
// numbers as cached values, and their formulas (the same declarations over the inputs as shown)
// recalculate to them up to the inputs' conversion to bytes and seconds.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { figureValue, STREAM_FIGURES } from "../../src/model/demand-rules.js";
import { plan, preparePlanner } from "../../src/plan/planner.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import { assumptionEnv } from "../../src/report/assumptions.js";
import { evaluate } from "../../src/report/expr.js";
import { buildReportModel } from "../../src/report/model.js";
import { demandCells, demandName } from "../../src/report/workload-demand.js";
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
        // The derived cells: cached at the planner's demand, bit for bit; recalculated from the
        // inputs as shown (MiB/s, hours), equal to 1e-12 relative.
        const env = assumptionEnv(m.assumptions);
        const cachedOf = (name: string) => m.derived?.find((d) => d.name === name)?.value;
        const cells = demandCells(w.streams.length, undefined);
        expect(m.derived?.map((d) => d.name)).toEqual(cells.map((c) => c.name));
        for (const [i, c] of cells.entries()) {
          const cached = m.derived?.[i]?.value as number;
          const recalculated = evaluate(c.expr, env);
          env.set(c.name, recalculated);
          expect(Math.abs(recalculated - cached), c.name).toBeLessThanOrEqual(
            1e-12 * Math.max(1, Math.abs(cached)),
          );
        }
        for (const f of STREAM_FIGURES)
          expect(Object.is(cachedOf(demandName(f.field)), figureValue(p.demand, f.field)), f.field).toBe(
            true,
          );
        expect(cachedOf(demandName("crossAzBytesPerSec"))).toBe(p.demand.crossAzBytesPerSec);
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
