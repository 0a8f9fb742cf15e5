// Law: each alternative's cost-only path (planner.evaluate: what a sweep, Monte Carlo or break-even
// calls per scenario; src/plan/alternatives/*-cost.ts) equals its full evaluator (the `plan`
// result with line items) — same feasibility, same `priced`, monthlyUsd strictly equal (to the
// last bit) — over random workloads that reach every branch: record sizes past the Kinesis and SQS
// limits, retention past 24 h, 7 d, 14 d and 365 d, fractional and many consumer groups, FIFO
// call limits, enhanced fan-out against more shards, regions with some or no prices, one price
// removed from the tables, and every alternative input (labour, gp3 limits, controller type,
// batch size, free tier, Kinesis record size). Seeded by the suite's one fast-check seed
// (test/setup/fast-check.ts; FC_SEED=N replays).
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { EC2_CAPABILITIES, GP3_LIMITS_CURRENT } from "../../src/model/alternatives/ec2.js";
import { deriveDemand } from "../../src/model/derive-demand.js";
import { InputError } from "../../src/model/errors.js";
import type { Stream, Workload } from "../../src/model/workload.js";
import { type AlternativeInputs, evaluateAlternatives } from "../../src/plan/alternatives/index.js";
import { preparePlanner } from "../../src/plan/planner.js";
import { ALTERNATIVE_OPTIONS } from "../../src/plan/types.js";
import {
  BUNDLED_ALTERNATIVE_PRICES as ALT,
  type AlternativePriceTables,
} from "../../src/pricing/alternatives/prices.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import type { Price } from "../../src/pricing/catalog-schema.js";

const catalog = bundledCatalog();
const MiB = 2 ** 20;
const HOUR = 3600;
const DAY = 24 * HOUR;
/** Fully priced (drawn most often), Kinesis and transfer, gp3 and transfer, transfer only, none. */
const REGIONS = ["us-east-1", "us-east-1", "us-east-1", "us-east-2", "us-west-2", "eu-west-1", "ap-south-1"];

const streamArb: fc.Arbitrary<Stream> = fc
  .record({
    ingressMiB: fc.double({ min: 0.001, max: 3000, noNaN: true }),
    peakFactor: fc.double({ min: 1, max: 4, noNaN: true }),
    groups: fc.oneof(fc.integer({ min: 0, max: 60 }), fc.double({ min: 0, max: 8, noNaN: true })),
    peakEgressFactor: fc.double({ min: 1, max: 4, noNaN: true }),
    retention: fc.constantFrom(
      HOUR,
      DAY,
      3 * DAY,
      7 * DAY,
      8 * DAY,
      14 * DAY,
      15 * DAY,
      365 * DAY,
      400 * DAY,
    ),
    rf: fc.constantFrom(1, 2, 3, 4),
    messageSize: fc.oneof(fc.integer({ min: 10, max: 4096 }), fc.integer({ min: 4096, max: 12 * MiB })),
    compression: fc.constantFrom(1, 1, 2.5, 8),
    partitions: fc.integer({ min: 1, max: 5000 }),
  })
  .map((r) => {
    const ingress = r.ingressMiB * MiB;
    const egress = ingress * r.groups;
    return {
      name: "s",
      ingressBytesPerSec: ingress,
      peakIngressBytesPerSec: ingress * r.peakFactor,
      egressBytesPerSec: egress,
      peakEgressBytesPerSec: egress * r.peakEgressFactor,
      retentionSeconds: r.retention,
      localRetentionSeconds: r.retention,
      localRetentionGiven: false,
      replicationFactor: r.rf,
      partitions: r.partitions,
      messageSizeBytes: r.messageSize,
      messageSizeGiven: true,
      compressionRatio: r.compression,
      consumerGroups: r.groups,
      tierReadBytesPerSec: 0,
    };
  });

const workloadArb: fc.Arbitrary<Workload> = fc
  .record({
    streams: fc.array(streamArb, { minLength: 1, maxLength: 4 }),
    region: fc.constantFrom(...REGIONS),
    azs: fc.constantFrom(2 as const, 3 as const),
    tolerateAzLoss: fc.boolean(),
    nearest: fc.boolean(),
    headroom: fc.constantFrom(1, 1.5, 2),
    u: fc.constantFrom(0.5, 0.8),
  })
  .map((r) => ({
    region: r.region,
    azs: r.azs,
    clientConnections: 100,
    sizingModel: "blog" as const,
    targets: {
      maxUtilisation: { standard: r.u, express: 0.75, partitions: 1 },
      storageHeadroom: r.headroom,
      tolerateAzLoss: r.tolerateAzLoss,
      fetchFromNearestReplica: r.nearest,
      tieredLocalRetentionSeconds: DAY,
    },
    streams: r.streams.map((s, i) => ({ ...s, name: `s${i}` })),
  }));

/** Every price entry of the tables, as a path a test can remove. */
function pricePaths(t: AlternativePriceTables): string[][] {
  const out: string[][] = [];
  for (const table of ["ec2Hourly", "gp3", "kinesis", "sqs"] as const)
    for (const [region, entry] of Object.entries(t[table]))
      for (const key of Object.keys(entry))
        if (key !== "freeRequestsPerMonth" && key !== "freeTierSources") out.push([table, region, key]);
  for (const region of Object.keys(t.crossAz)) out.push(["crossAz", region]);
  return out;
}
const PATHS = pricePaths(ALT);

/** The tables with one price removed. */
function without([table, region, key]: string[]): AlternativePriceTables {
  const t = structuredClone(ALT) as unknown as Record<string, Record<string, Record<string, unknown>>>;
  const byRegion = t[table as string] as Record<string, Record<string, unknown>>;
  if (key === undefined) delete byRegion[region as string];
  else delete (byRegion[region as string] as Record<string, unknown>)[key];
  return t as unknown as AlternativePriceTables;
}

const inputsArb: fc.Arbitrary<AlternativeInputs> = fc
  .record(
    {
      labour: fc.tuple(fc.integer({ min: 0, max: 400 }), fc.double({ min: 0, max: 300, noNaN: true })),
      gp3: fc.constant(GP3_LIMITS_CURRENT),
      controller: fc.constantFrom("m5.large", "m6i.xlarge", "r5.large"),
      batch: fc.integer({ min: 1, max: 10 }),
      freeTier: fc.boolean(),
      kinesisMax: fc.constantFrom(MiB, 4 * MiB, 10 * MiB),
      removed: fc.nat({ max: PATHS.length - 1 }),
    },
    { requiredKeys: [] },
  )
  .map((r) => ({
    ...(r.labour ? { opsHoursPerMonth: r.labour[0], opsHourlyRateUsd: r.labour[1] } : {}),
    ...(r.gp3 ? { gp3Limits: r.gp3 } : {}),
    ...(r.controller ? { controllerInstanceType: r.controller } : {}),
    ...(r.batch !== undefined ? { sqsBatchSize: r.batch } : {}),
    ...(r.freeTier !== undefined ? { sqsFreeTier: r.freeTier } : {}),
    ...(r.kinesisMax !== undefined ? { kinesisMaxRecordBytes: r.kinesisMax } : {}),
    ...(r.removed !== undefined ? { prices: without(PATHS[r.removed] as string[]) } : {}),
  }));

function expectAgree(workload: Workload, inputs: AlternativeInputs, hours = 730): void {
  const planner = preparePlanner({
    catalog,
    region: workload.region,
    options: ALTERNATIVE_OPTIONS,
    alternatives: inputs,
    hours,
  });
  const demand = deriveDemand(workload);
  const lean = planner.evaluate(workload, demand);
  const full = evaluateAlternatives({ workload, demand, hours, region: workload.region, inputs });
  expect(lean.map((e) => e.option)).toEqual([...ALTERNATIVE_OPTIONS]);
  lean.forEach((e, i) => {
    const o = full[i];
    expect(e.feasible, e.option).toBe(o?.feasible);
    expect(e.priced, e.option).toBe(o?.priced);
    expect(Object.is(e.monthlyUsd, o?.monthlyUsd), `${e.option}: ${e.monthlyUsd} vs ${o?.monthlyUsd}`).toBe(
      true,
    );
  });
}

describe("the alternatives' cost-only path equals their full evaluation", () => {
  test("law: random workloads, regions, inputs and one price removed: feasible, priced and monthlyUsd equal", () => {
    fc.assert(
      fc.property(workloadArb, inputsArb, fc.constantFrom(730, 24, 0), (w, inputs, hours) =>
        expectAgree(w, inputs, hours),
      ),
      { numRuns: 400 },
    );
  });

  test("law: one prepared planner over a run of workloads (its scratch records reused from call to call) agrees with the full evaluation of each", () => {
    // The cost paths keep their per-stream and per-type records between calls (nothing is
    // allocated per scenario): what one workload leaves there must never reach the next.
    fc.assert(
      fc.property(
        fc.constantFrom(...REGIONS),
        inputsArb,
        fc.constantFrom(730, 24),
        fc.array(workloadArb, { minLength: 2, maxLength: 8 }),
        (region, inputs, hours, run) => {
          const planner = preparePlanner({
            catalog,
            region,
            options: ALTERNATIVE_OPTIONS,
            alternatives: inputs,
            hours,
          });
          for (const w0 of run) {
            const workload = { ...w0, region };
            const demand = deriveDemand(workload);
            const lean = planner.evaluate(workload, demand);
            const full = evaluateAlternatives({ workload, demand, hours, region, inputs });
            lean.forEach((e, i) => {
              const o = full[i];
              expect(e.feasible, e.option).toBe(o?.feasible);
              expect(e.priced, e.option).toBe(o?.priced);
              expect(
                Object.is(e.monthlyUsd, o?.monthlyUsd),
                `${e.option}: ${e.monthlyUsd} vs ${o?.monthlyUsd}`,
              ).toBe(true);
            });
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  test("law: self-managed's cheapest-first stop and skips equal sizing every type: random EC2 prices (ties, zero, a few types), gp3 and transfer prices or none", () => {
    // The cost path sizes the broker types cheapest first, stops once a type's instance line at
    // the fewest brokers exceeds the best total, and skips a type whose storage and network-out
    // needs alone make its instance line dearer; the full evaluator sizes every type in table
    // order. Prices drawn from a small set make equal prices (ties of cost and brokers) common;
    // with "instance only" every other line is free (or unpriced), so the total is the instance
    // line and a bound one broker too high would choose wrongly.
    const typeNames = EC2_CAPABILITIES.map((c) => c.name);
    const usd = fc.constantFrom(0, 0.05, 0.0816, 0.096, 0.096, 0.2, 0.384, 1.5, 4);
    const price = (amount: number): Price => ({ ...(ALT.crossAz["us-east-1"] as Price), amount });
    const caseArb = fc.record({
      ec2: fc.dictionary(fc.constantFrom(...typeNames), usd, { minKeys: 1, maxKeys: typeNames.length }),
      gp3: fc.tuple(usd, usd, usd),
      crossAz: usd,
      instanceOnly: fc.boolean(),
      labour: fc.boolean(),
    });
    fc.assert(
      fc.property(workloadArb, caseArb, fc.constantFrom(730, 24, 0.25), (w, c, hours) => {
        const free = c.instanceOnly;
        const prices: AlternativePriceTables = {
          ...ALT,
          ec2Hourly: {
            "us-east-1": Object.fromEntries(Object.entries(c.ec2).map(([k, v]) => [k, price(v)])),
          },
          gp3: {
            "us-east-1": free
              ? { storage: price(0), iops: price(0), throughput: price(0) }
              : { storage: price(c.gp3[0]), iops: price(c.gp3[1]), throughput: price(c.gp3[2]) },
          },
          crossAz: { "us-east-1": price(free ? 0 : c.crossAz) },
        };
        // Instance only: controllers on a type the table does not price (a missing line, adding nothing).
        const unpriced = typeNames.find((n) => c.ec2[n] === undefined);
        const inputs: AlternativeInputs = {
          prices,
          ...(free && unpriced ? { controllerInstanceType: unpriced } : {}),
          ...(c.labour && !free ? { opsHoursPerMonth: 40, opsHourlyRateUsd: 100 } : {}),
        };
        expectAgree({ ...w, region: "us-east-1" }, inputs, hours);
      }),
      { numRuns: 300 },
    );
  });

  test("the random cases reach every outcome: feasible and not, complete, partial and none", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(workloadArb, inputsArb, (w, inputs) => {
        const planner = preparePlanner({
          catalog,
          region: w.region,
          options: ALTERNATIVE_OPTIONS,
          alternatives: inputs,
        });
        for (const e of planner.evaluate(w)) seen.add(`${e.option} ${e.feasible} ${e.priced}`);
      }),
      { numRuns: 400 },
    );
    for (const o of ALTERNATIVE_OPTIONS)
      expect([...seen].filter((s) => s.startsWith(`${o} true`)).length, o).toBeGreaterThan(0);
    for (const o of ["kinesis-provisioned", "kinesis-on-demand", "sqs-standard", "sqs-fifo"])
      expect(seen.has(`${o} false none`), o).toBe(true);
    for (const status of ["complete", "partial", "none"])
      expect(
        [...seen].some((s) => s.endsWith(`true ${status}`)),
        status,
      ).toBe(true);
  });

  test("bad inputs: both paths throw the same InputError, on every call", () => {
    const w = fc.sample(workloadArb, { numRuns: 1 })[0] as Workload;
    for (const inputs of [
      { controllerInstanceType: "m9.huge" },
      { sqsBatchSize: 11 },
      { opsHoursPerMonth: 10 },
    ]) {
      const planner = preparePlanner({
        catalog,
        region: w.region,
        options: ALTERNATIVE_OPTIONS,
        alternatives: inputs,
      });
      const lean = () => planner.evaluate(w);
      const full = () => planner.plan(w);
      expect(lean).toThrow(InputError);
      expect(lean).toThrow(InputError); // the cost path keeps no half-prepared state
      let leanMessage = "";
      let fullMessage = "";
      try {
        lean();
      } catch (e) {
        leanMessage = (e as Error).message;
      }
      try {
        full();
      } catch (e) {
        fullMessage = (e as Error).message;
      }
      expect(leanMessage).toBe(fullMessage);
    }
  });
});
