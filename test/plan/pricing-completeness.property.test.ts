// Laws of pricing completeness (issue #11): a missing price never decides feasibility, and the
// total without it is a lower bound — removing any one price from the catalog never changes any
// option's `feasible`, and a partly priced option's monthlyUsd never exceeds the fully priced one's.
// The lean path (evaluate) agrees with plan under the reduced catalog too, `priced` included.
// Seeded by the suite's one fast-check seed (test/setup/fast-check.ts; FC_SEED=N replays).
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { Workload } from "../../src/model/workload.js";
import { preparePlanner } from "../../src/plan/planner.js";
import { MSK_OPTIONS } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import type { Catalog } from "../../src/pricing/catalog-schema.js";
import { workloadArb } from "./arbitraries.js";

const full = bundledCatalog();
/** Regions whose prices are in USD (cn-north-1 is CNY: nothing there is priced for a USD total). */
const REGIONS = Object.keys(full.regions).filter((r) =>
  Object.values(full.regions[r] ?? {}).some((p) => p.currency === "USD"),
);

function without(region: string, dimension: string): Catalog {
  const c = bundledCatalog();
  const prices = { ...c.regions[region] };
  delete prices[dimension];
  c.regions[region] = prices;
  return c;
}

const caseArb = fc
  .record({
    w: workloadArb,
    region: fc.constantFrom(...REGIONS),
    pick: fc.nat(),
    model: fc.constantFrom("blog" as const, "aws-script" as const),
  })
  .map(({ w, region, pick, model }) => {
    const dims = Object.keys(full.regions[region] ?? {}).sort();
    const dimension = dims[pick % dims.length] as string;
    const workload: Workload = { ...w, region, sizingModel: model };
    return { workload, region, dimension };
  });

describe("pricing completeness is not feasibility", () => {
  test("law: removing any price never changes feasible; a partial total never exceeds the complete one", () => {
    fc.assert(
      fc.property(caseArb, ({ workload, region, dimension }) => {
        const before = preparePlanner({ catalog: full, region, options: MSK_OPTIONS }).plan(workload);
        const reducedPlanner = preparePlanner({
          catalog: without(region, dimension),
          region,
          options: MSK_OPTIONS,
        });
        const after = reducedPlanner.plan(workload);
        for (const b of before.options) {
          const a = after.options.find((o) => o.option === b.option);
          expect(a?.feasible, `${b.option} without ${dimension} in ${region}`).toBe(b.feasible);
          if (a?.priced === "partial" && b.priced === "complete") {
            // Lower bound: the sizer minimises what is priced, so it can only find a cheaper priced
            // part. 1e-9 relative: the sizer's and the calculators' sums round differently.
            expect(a.monthlyUsd as number).toBeLessThanOrEqual((b.monthlyUsd as number) * (1 + 1e-9));
          }
          if (a?.feasible && a.priced !== "complete") expect(a.missingPrices.length).toBeGreaterThan(0);
          if (a?.priced === "none") expect(a?.monthlyUsd).toBeNull();
        }
        // The lean path agrees under the reduced catalog, completeness included.
        const lean = reducedPlanner.evaluate(workload);
        for (const e of lean) {
          const o = after.options.find((x) => x.option === e.option);
          expect(e.feasible).toBe(o?.feasible);
          expect(e.priced).toBe(o?.priced);
          expect(
            Object.is(e.monthlyUsd, o?.monthlyUsd),
            `${e.option}: ${e.monthlyUsd} vs ${o?.monthlyUsd}`,
          ).toBe(true);
        }
        // The recommendation is feasible and completely priced, or null.
        const rec = after.options.find((o) => o.option === after.recommended);
        if (after.recommended !== null) expect([rec?.feasible, rec?.priced]).toEqual([true, "complete"]);
        else if (after.options.some((o) => o.feasible && o.priced === "complete")) expect.unreachable();
      }),
      { numRuns: 300 },
    );
  });
});
