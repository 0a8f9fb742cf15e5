// Laws of pricing completeness (issue #11): a missing price never decides feasibility, and the
// total without it is a lower bound — removing any one price from the catalog never changes any
// option's `feasible`, and a partly priced option's monthlyUsd never exceeds the fully priced one's.
// The lean path (evaluate) agrees with plan under the reduced catalog too, `priced` included.
// The same laws hold for the alternatives (self-managed Kafka on EC2, Kinesis, SQS), removing any
// one price from their tables (AlternativeInputs.prices).
// Seeded by the suite's one fast-check seed (test/setup/fast-check.ts; FC_SEED=N replays).
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { Workload } from "../../src/model/workload.js";
import { preparePlanner } from "../../src/plan/planner.js";
import { ALTERNATIVE_OPTIONS, MSK_OPTIONS } from "../../src/plan/types.js";
import {
  BUNDLED_ALTERNATIVE_PRICES as ALT,
  type AlternativePriceTables,
} from "../../src/pricing/alternatives/prices.js";
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

/** Every price of the alternatives' tables in `region`, as [table, key] to remove. */
function alternativePriceKeys(region: string): [keyof AlternativePriceTables, string | null][] {
  const out: [keyof AlternativePriceTables, string | null][] = [];
  for (const k of Object.keys(ALT.ec2Hourly[region] ?? {})) out.push(["ec2Hourly", k]);
  for (const k of Object.keys(ALT.gp3[region] ?? {})) out.push(["gp3", k]);
  if (ALT.crossAz[region]) out.push(["crossAz", null]);
  for (const k of Object.keys(ALT.kinesis[region] ?? {})) out.push(["kinesis", k]);
  for (const k of ["standard", "fifo"]) if (ALT.sqs[region]?.[k as "standard"]) out.push(["sqs", k]);
  return out.sort();
}

/** The bundled tables without one price (a region's whole entry when `key` is null). */
function withoutAlternative(region: string, table: keyof AlternativePriceTables, key: string | null) {
  const copy = { ...ALT, [table]: { ...ALT[table] } } as AlternativePriceTables;
  const byRegion = copy[table] as Record<string, unknown>;
  if (key === null) delete byRegion[region];
  else {
    const entry = { ...(byRegion[region] as Record<string, unknown>) };
    delete entry[key];
    byRegion[region] = entry;
  }
  return copy;
}

/** Regions where the alternatives have some price: EC2 and Kinesis (us-east-1), Kinesis (us-east-2), gp3 (us-west-2), transfer only (eu-west-1). */
const ALT_REGIONS = ["us-east-1", "us-east-2", "us-west-2", "eu-west-1"];

const altCaseArb = fc
  .record({ w: workloadArb, region: fc.constantFrom(...ALT_REGIONS), pick: fc.nat() })
  .map(({ w, region, pick }) => {
    const keys = alternativePriceKeys(region);
    const [table, key] = keys[pick % keys.length] as [keyof AlternativePriceTables, string | null];
    return { workload: { ...w, region } as Workload, region, table, key };
  });

describe("pricing completeness is not feasibility: the alternatives", () => {
  test("law: removing any price from the alternatives' tables never changes feasible; a partial total never exceeds the complete one", () => {
    fc.assert(
      fc.property(altCaseArb, ({ workload, region, table, key }) => {
        const planner = (prices: AlternativePriceTables) =>
          preparePlanner({ catalog: full, region, options: ALTERNATIVE_OPTIONS, alternatives: { prices } });
        const before = planner(ALT).plan(workload);
        const reduced = planner(withoutAlternative(region, table, key));
        const after = reduced.plan(workload);
        const what = `${table}.${key ?? "*"} in ${region}`;
        for (const b of before.options) {
          const a = after.options.find((o) => o.option === b.option);
          expect(a?.feasible, `${b.option} without ${what}`).toBe(b.feasible);
          if (a?.priced === "partial" && b.priced === "complete")
            expect(a.monthlyUsd as number, `${b.option} without ${what}`).toBeLessThanOrEqual(
              (b.monthlyUsd as number) * (1 + 1e-9),
            );
          if (a?.feasible && a.priced !== "complete") expect(a.missingPrices.length).toBeGreaterThan(0);
          if (a?.priced === "none") expect(a.monthlyUsd).toBeNull();
          // Never infeasible for a price: every reason is about capacity or a limit.
          for (const r of a?.reasons ?? []) expect(r).not.toMatch(/price unavailable|no sourced/);
        }
        for (const e of reduced.evaluate(workload)) {
          const o = after.options.find((x) => x.option === e.option);
          expect([e.feasible, e.priced]).toEqual([o?.feasible, o?.priced]);
          expect(
            Object.is(e.monthlyUsd, o?.monthlyUsd),
            `${e.option}: ${e.monthlyUsd} vs ${o?.monthlyUsd}`,
          ).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});
