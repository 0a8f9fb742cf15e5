// The planner drops a Standard type when another dominates it (src/model/sizing/standard.ts
// `dominates`), so it sizes fewer types per scenario. That must never change the choice: checked
// against every type sized one by one, over random workloads and random broker prices (so types
// are dropped in some catalogs and kept in others), with the sizer's own tie rule (first in table order).
import fc from "fast-check";
import { expect, test } from "vitest";
import { deriveDemand } from "../../src/model/derive-demand.js";
import { DEFAULT_INSTANCE_TYPES } from "../../src/model/instance-types.js";
import {
  dominates,
  sizeStandard,
  standardCapacities,
  standardLoads,
} from "../../src/model/sizing/standard.js";
import { preparePlanner } from "../../src/plan/planner.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import type { Catalog } from "../../src/pricing/catalog-schema.js";
import { workloadArb } from "./arbitraries.js";

const REGION = "us-east-1";
const base = bundledCatalog();
const types = standardCapacities().filter((c) => DEFAULT_INSTANCE_TYPES.includes(c.name));

/** The bundled catalog with each Standard broker price multiplied by its factor. */
function withBrokerPrices(factors: number[]): Catalog {
  const c = structuredClone(base);
  const prices = c.regions[REGION] as Record<string, { amount: number }>;
  types.forEach((t, i) => {
    const p = prices[`broker:${t.name}`];
    if (p) p.amount *= factors[i] as number;
  });
  return c;
}

test("the bundled us-east-1 prices drop m5 types that an m7g type dominates, and keep kafka.m5.large", () => {
  const prices = base.regions[REGION] as Record<string, { amount: number }>;
  const cost = (name: string) => ({
    broker: (prices[`broker:${name}`] as { amount: number }).amount * 730,
    storageGiB: (prices.storage as { amount: number }).amount,
    pstMiBps: (prices.pst as { amount: number }).amount,
  });
  const cap = (name: string) => types.find((t) => t.name === name) as (typeof types)[number];
  const m7g4 = cap("kafka.m7g.4xlarge");
  const m54 = cap("kafka.m5.4xlarge");
  expect(dominates(m7g4, cost(m7g4.name), m54, cost(m54.name))).toBe(true);
  // m7g.large has the cheaper broker but less EBS throughput than m5.large: not dominated.
  expect(
    dominates(cap("kafka.m7g.large"), cost("kafka.m7g.large"), cap("kafka.m5.large"), cost("kafka.m5.large")),
  ).toBe(false);
  // A type never dominates itself (strictly cheaper is required).
  expect(dominates(m54, cost(m54.name), m54, cost(m54.name))).toBe(false);
});

test("law: dropping dominated types never changes the type, count or cost chosen (random workloads and prices)", () => {
  fc.assert(
    fc.property(
      workloadArb,
      fc.array(fc.constantFrom(0.6, 0.9, 0.97, 1, 1, 1.03, 1.1, 1.6), {
        minLength: types.length,
        maxLength: types.length,
      }),
      (w, factors) => {
        const catalog = withBrokerPrices(factors);
        const prices = catalog.regions[REGION] as Record<string, { amount: number }>;
        const planner = preparePlanner({ catalog, region: REGION, options: ["standard", "standard-tiered"] });
        const d = deriveDemand({ ...w, region: REGION });
        const result = planner.plan({ ...w, region: REGION }, d);
        for (const tiered of [false, true]) {
          if (tiered && !d.tiered) continue;
          const L = standardLoads(w, d, tiered);
          // Every type, sized one by one: the cheapest feasible, the first in table order on a tie.
          let best: { name: string; brokers: number; usd: number } | null = null;
          for (const c of types) {
            if (tiered && !c.tieredStorage) continue;
            const cost = {
              broker: (prices[`broker:${c.name}`] as { amount: number }).amount * 730,
              storageGiB: (prices.storage as { amount: number }).amount,
              pstMiBps: (prices.pst as { amount: number }).amount,
            };
            const s = sizeStandard(c, L, cost);
            if (s.feasible && (!best || s.clusterUsd < best.usd))
              best = { name: c.name, brokers: s.brokers, usd: s.clusterUsd };
          }
          const o = result.options.find((x) => x.option === (tiered ? "standard-tiered" : "standard"));
          if (!o) throw new Error("option missing");
          expect(o.feasible).toBe(best !== null);
          if (o.feasible && best) {
            const conf = o.configuration as { instanceType: string; brokers: number };
            expect({ type: conf.instanceType, brokers: conf.brokers }).toEqual({
              type: best.name,
              brokers: best.brokers,
            });
          }
        }
      },
    ),
    { numRuns: 150, verbose: true },
  );
});
