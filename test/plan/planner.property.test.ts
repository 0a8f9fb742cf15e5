// Property tests of the planner, each named by its law.
import fc from "fast-check";
import { beforeEach, describe, expect, test } from "vitest";
import { deriveDemand } from "../../src/model/derive-demand.js";
import { CLUSTER_QUOTAS } from "../../src/model/quotas.js";
import { expressCapacities, expressLoads, expressTargets } from "../../src/model/sizing/express.js";
import { standardCapacities, standardLoads, standardTargets } from "../../src/model/sizing/standard.js";
import type { Workload } from "../../src/model/workload.js";
import { preparePlanner } from "../../src/plan/planner.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import { scaled, workloadArb } from "./arbitraries.js";

const catalog = bundledCatalog();
let planner: ReturnType<typeof preparePlanner>;
// Prepared and planned in beforeEach, not at load: Stryker switches a mutant on only when the
// tests start, so work done while the file loads never sees it (docs/mutation.md).
beforeEach(() => {
  planner = preparePlanner({ catalog, region: "us-east-1" });
});
const RUNS = { numRuns: 150 };
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function targetsFor(w: Workload, option: string): Record<string, number> {
  const d = deriveDemand(w);
  if (option === "express") return expressTargets(expressLoads(w, d));
  if (option === "serverless") return {};
  return standardTargets(standardLoads(w, d, option === "standard-tiered"));
}

describe("planner laws", () => {
  test("the chosen configuration meets every constraint (utilisation ≤ target, brokers within quota, storage ≤ 16,384 GiB, PST in range)", () => {
    fc.assert(
      fc.property(workloadArb, (w) => {
        for (const o of planner.plan(w).options) {
          if (!o.feasible) continue;
          const t = targetsFor(w, o.option);
          for (const [k, u] of Object.entries(o.utilisation)) {
            expect(u, `${o.option} ${k}`).toBeLessThanOrEqual(
              (o.option === "serverless" ? 1 : (t[k] as number)) + 1e-9,
            );
          }
          const c = o.configuration;
          if ("instanceType" in c) {
            expect(c.brokers).toBeLessThanOrEqual(CLUSTER_QUOTAS.maxBrokersKraft);
            expect(c.brokers).toBeGreaterThanOrEqual(Math.max(...w.streams.map((s) => s.replicationFactor)));
          }
          if ("storagePerBrokerGiB" in c) expect(c.storagePerBrokerGiB).toBeLessThanOrEqual(16_384);
          if ("provisionedThroughputMiBps" in c && c.provisionedThroughputMiBps !== null) {
            const cap = standardCapacities().find((x) => x.name === c.instanceType);
            expect(cap?.pstMaxMiBps).toBeGreaterThanOrEqual(c.provisionedThroughputMiBps);
            expect(c.provisionedThroughputMiBps).toBeGreaterThanOrEqual(250);
            expect(c.storagePerBrokerGiB).toBeGreaterThanOrEqual(10);
          }
        }
      }),
      RUNS,
    );
  });

  test("brokers are a multiple of the AZ count (Express: of 3)", () => {
    fc.assert(
      fc.property(workloadArb, (w) => {
        for (const o of planner.plan(w).options) {
          const b = o.configuration && "brokers" in o.configuration ? o.configuration.brokers : undefined;
          if (typeof b === "number") expect(b % (o.option === "express" ? 3 : w.azs)).toBe(0);
        }
      }),
      RUNS,
    );
  });

  test("no option is both infeasible and priced; a feasible option's cost is the sum of its line items", () => {
    fc.assert(
      fc.property(workloadArb, (w) => {
        for (const o of planner.plan(w).options) {
          if (!o.feasible) {
            expect(o.monthlyUsd).toBeNull();
            expect(o.lineItems).toEqual([]);
            expect(o.reasons.length).toBeGreaterThan(0);
          } else {
            expect(o.reasons).toEqual([]);
            expect(
              close(
                o.monthlyUsd as number,
                o.lineItems.reduce((s, l) => s + l.costUsd, 0),
              ),
            ).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  test("evaluate (the sweep path) gives the same feasibility and, to the last bit, the same cost as plan", () => {
    fc.assert(
      fc.property(workloadArb, (w) => {
        const full = new Map(planner.plan(w).options.map((o) => [o.option, o]));
        for (const e of planner.evaluate(w)) {
          const o = full.get(e.option);
          expect(e.feasible).toBe(o?.feasible);
          if (e.feasible) expect(e.monthlyUsd, e.option).toBe(o?.monthlyUsd);
          else expect(e.monthlyUsd).toBeNull();
        }
      }),
      RUNS,
    );
  });

  test("options are ranked complete by cost, then partly priced by lower bound, then infeasible; recommended is the cheapest completely priced or null", () => {
    fc.assert(
      fc.property(workloadArb, (w) => {
        const r = planner.plan(w);
        const complete = r.options.filter((o) => o.feasible && o.priced === "complete");
        const partial = r.options.filter((o) => o.feasible && o.priced === "partial");
        const unpriced = r.options.filter((o) => o.feasible && o.priced === "none");
        const infeasible = r.options.filter((o) => !o.feasible);
        expect(r.options).toEqual([...complete, ...partial, ...unpriced, ...infeasible]);
        for (const group of [complete, partial])
          for (let i = 1; i < group.length; i++)
            expect(group[i - 1]?.monthlyUsd as number).toBeLessThanOrEqual(group[i]?.monthlyUsd as number);
        expect(r.recommended).toBe(complete[0]?.option ?? null);
      }),
      RUNS,
    );
  });

  for (const field of ["ingress", "egress", "retention", "partitions"] as const) {
    test(`more ${field} never costs less (per option, where both are feasible)`, () => {
      fc.assert(
        fc.property(workloadArb, fc.double({ min: 1, max: 4, noNaN: true }), (w, k) => {
          const before = planner.evaluate(w);
          const after = planner.evaluate(scaled(w, field, k));
          for (let i = 0; i < before.length; i++) {
            const a = before[i];
            const b = after[i];
            if (a?.feasible && b?.feasible)
              expect(a.monthlyUsd as number).toBeLessThanOrEqual((b.monthlyUsd as number) * (1 + 1e-12));
          }
        }),
        RUNS,
      );
    });
  }
});

test("Express capacities come from the instance table", () => {
  expect(expressCapacities().map((c) => c.name)).toContain("express.m7g.16xlarge");
});
