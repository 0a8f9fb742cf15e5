// Issue #4: "a failing candidate names the constraint and by how much" and "a workload above every
// quota is reported infeasible for that option with its reasons, never priced". Workloads here are
// scaled up to 60× so that every option is pushed past its quotas in a good share of the runs.
import fc from "fast-check";
import { beforeEach, expect, test } from "vitest";
import {
  describeInfeasibility,
  formatQuantity,
  type Infeasibility,
  resourceLabel,
} from "../../src/plan/infeasibility.js";
import { preparePlanner } from "../../src/plan/planner.js";
import { MSK_OPTIONS } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import { scaled, workloadArb } from "./arbitraries.js";

let planner: ReturnType<typeof preparePlanner>;
// Prepared and planned in beforeEach, not at load: Stryker switches a mutant on only when the
// tests start, so work done while the file loads never sees it (docs/mutation.md).
beforeEach(() => {
  planner = preparePlanner({ catalog: bundledCatalog(), region: "us-east-1" });
});
// Each problem is data (src/plan/infeasibility.ts): a resource, the actual value, the limit and the
// unit, and the law its code states holds of the numbers; each reason is that problem worded.
function holds(p: Infeasibility): boolean {
  switch (p.code) {
    case "exceeds":
      return p.actual > p.limit;
    case "below":
      return p.actual < p.limit;
    case "mismatch":
      return p.actual !== p.limit;
    case "rule":
      return Number.isFinite(p.limit) && (p.basis ?? "").length > 0;
  }
}

test("every reason an MSK option is infeasible names its constraint and by how much; such an option is never priced", () => {
  const seen = new Map<string, number>();
  fc.assert(
    fc.property(
      workloadArb,
      fc.double({ min: 1, max: 60, noNaN: true }),
      fc.integer({ min: 1, max: 8 }),
      (w, k, p) => {
        const big = scaled(scaled(w, "ingress", k), "partitions", p);
        for (const o of planner.plan(big).options) {
          if (o.feasible) continue;
          seen.set(o.option, (seen.get(o.option) ?? 0) + 1);
          expect(o.monthlyUsd).toBeNull();
          expect(o.lineItems).toEqual([]);
          expect(o.problems.length).toBeGreaterThan(0);
          expect(o.reasons).toEqual(o.problems.map(describeInfeasibility));
          for (const p of o.problems) {
            expect(holds(p), JSON.stringify(p)).toBe(true);
            // the words name the resource and, for a limit, both numbers
            const r = describeInfeasibility(p);
            expect(r).toContain(resourceLabel(p.resource));
            expect(r).toContain(formatQuantity(p.limit, p.unit));
            expect(r).toContain(formatQuantity(p.actual, p.unit));
          }
        }
      },
    ),
    { numRuns: 120 },
  );
  // The law was exercised for every MSK option, not vacuously true.
  for (const option of MSK_OPTIONS) expect(seen.get(option) ?? 0, option).toBeGreaterThan(0);
});
