// Issue #4: "a failing candidate names the constraint and by how much" and "a workload above every
// quota is reported infeasible for that option with its reasons, never priced". Workloads here are
// scaled up to 60× so that every option is pushed past its quotas in a good share of the runs.
import fc from "fast-check";
import { expect, test } from "vitest";
import { preparePlanner } from "../../src/plan/planner.js";
import { MSK_OPTIONS } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import { scaled, workloadArb } from "./arbitraries.js";

const planner = preparePlanner({ catalog: bundledCatalog(), region: "us-east-1" });
// `<constraint> <amount> > <limit>` (src/plan/reasons.ts `exceeds`): "brokers needed 111 > 60 …",
// "peak ingress 419.43 MBps > 200 MBps …", "network out per broker 230.4 MiB/s > 149 MiB/s …".
const NAMES_AMOUNT = /^[a-z][a-zA-Z ()-]* (?:[\d,]+(?:\.\d+)?|∞)(?: [A-Za-z/%]+)? > [\d,]+(?:\.\d+)?/;
// The categorical rules name the rule and its threshold or the workload's value instead: tiered
// storage needs total retention ≥ 3 days (sizing.md C11); Express runs in exactly 3 AZs (§2.3).
const NAMES_RULE = [
  /^no stream can use tiered storage: each needs retention of at least \d+d \(sizing\.md C11\)/,
  /^Express runs in exactly 3 AZs \(sizing\.md §2\.3\); the workload has azs 2$/,
];

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
          expect(o.reasons.length).toBeGreaterThan(0);
          for (const r of o.reasons)
            expect(NAMES_AMOUNT.test(r) || NAMES_RULE.some((x) => x.test(r)), r).toBe(true);
        }
      },
    ),
    { numRuns: 120 },
  );
  // The law was exercised for every MSK option, not vacuously true.
  for (const option of MSK_OPTIONS) expect(seen.get(option) ?? 0, option).toBeGreaterThan(0);
});
