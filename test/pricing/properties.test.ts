// Laws of the calculators (fast-check), over the bundled catalog. Each test is named by its law.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EXPRESS_INSTANCES, INSTANCES, STANDARD_INSTANCES } from "../../src/model/instances.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import type {
  AddOns,
  ClusterConfig,
  ExpressConfig,
  ServerlessConfig,
  StandardConfig,
} from "../../src/pricing/configuration.js";
import { brokerDimension } from "../../src/pricing/dimensions.js";
import { priceConfiguration } from "../../src/pricing/price-configuration.js";

const cat = bundledCatalog();
const GiB = 2 ** 30;
const MiB = 2 ** 20;
const total = (c: ClusterConfig, hours = 730) => priceConfiguration(c, cat, { hours }).totalUsd as number;
/** Equal up to floating-point rounding of sums. */
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

const gib = (max: number) => fc.integer({ min: 0, max }).map((n) => n * GiB);

const standard: fc.Arbitrary<StandardConfig> = fc
  .record({
    spec: fc.constantFrom(...STANDARD_INSTANCES),
    brokers: fc.integer({ min: 1, max: 60 }),
    storageGiB: fc.integer({ min: 10, max: 16_384 }),
    pstFraction: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
    tiered: fc.option(gib(200_000), { nil: undefined }),
  })
  .map(({ spec, brokers, storageGiB, pstFraction, tiered }) => {
    const c: StandardConfig = {
      kind: "standard",
      region: "us-east-1",
      instanceType: spec.name,
      brokers,
      storagePerBrokerBytes: storageGiB * GiB,
    };
    if (spec.kind === "standard" && spec.pst && pstFraction !== undefined) {
      c.throughputPerBrokerBytesPerSec =
        (spec.pst.minMiBps + pstFraction * (spec.pst.maxMiBps - spec.pst.minMiBps)) * MiB;
    }
    if (spec.kind === "standard" && spec.tieredStorage && tiered !== undefined) c.tieredStoredBytes = tiered;
    return c;
  });

const express: fc.Arbitrary<ExpressConfig> = fc.record({
  kind: fc.constant("express" as const),
  region: fc.constant("us-east-1"),
  instanceType: fc.constantFrom(...EXPRESS_INSTANCES.map((i) => i.name)),
  brokers: fc.integer({ min: 1, max: 60 }),
  dataWrittenBytes: gib(1_000_000),
  storedBytes: gib(1_000_000),
});

const serverless: fc.Arbitrary<ServerlessConfig> = fc.record({
  kind: fc.constant("serverless" as const),
  region: fc.constant("us-east-1"),
  partitions: fc.integer({ min: 0, max: 2400 }),
  dataInBytes: gib(1_000_000),
  dataOutBytes: gib(1_000_000),
  storedBytes: gib(1_000_000),
});

const addOns: fc.Arbitrary<AddOns> = fc.record(
  {
    connectMcus: fc.integer({ min: 0, max: 64 }),
    replicators: fc.integer({ min: 0, max: 15 }),
    replicatedBytes: gib(100_000),
    privateConnectivitySchemes: fc.integer({ min: 0, max: 3 }),
    privateDataBytes: gib(100_000),
    crossAzBytes: gib(100_000),
  },
  { requiredKeys: [] },
);

const anyConfig: fc.Arbitrary<ClusterConfig> = fc
  .tuple(fc.oneof(standard, express, serverless), addOns)
  .map(([c, a]) => ({ ...c, ...a }) as ClusterConfig);
const hours = fc.double({ min: 0, max: 10_000, noNaN: true });

describe("calculator laws (fast-check, bundled catalog)", () => {
  it("costs are finite and non-negative, line by line", () => {
    fc.assert(
      fc.property(anyConfig, hours, (c, h) => {
        const r = priceConfiguration(c, cat, { hours: h });
        for (const l of r.lineItems) {
          expect(Number.isFinite(l.costUsd) && l.costUsd >= 0).toBe(true);
          expect(l.costUsd).toBe(l.quantity * l.unitPriceUsd);
        }
        expect(r.priced).toBe("complete");
        expect(Number.isFinite(r.totalUsd) && (r.totalUsd as number) >= 0).toBe(true);
      }),
    );
  });

  it("the total is the sum of the line items", () => {
    fc.assert(
      fc.property(anyConfig, hours, (c, h) => {
        const r = priceConfiguration(c, cat, { hours: h });
        expect(r.totalUsd).toBe(r.lineItems.reduce((s, l) => s + l.costUsd, 0));
      }),
    );
  });

  it("cost is linear in hours: cost(a + b) + cost(0) = cost(a) + cost(b) (data totals do not scale)", () => {
    fc.assert(
      fc.property(anyConfig, hours, hours, (c, a, b) => {
        expect(close(total(c, a + b) + total(c, 0), total(c, a) + total(c, b))).toBe(true);
      }),
    );
  });

  it("cost is linear in hours for time-based usage: with no data volumes, cost(k·h) = k·cost(h)", () => {
    fc.assert(
      fc.property(standard, hours, fc.integer({ min: 0, max: 12 }), (c, h, k) => {
        expect(close(total(c, k * h), k * total(c, h))).toBe(true);
      }),
    );
  });

  it("more brokers never cost less", () => {
    fc.assert(
      fc.property(fc.oneof(standard, express), fc.integer({ min: 1, max: 30 }), hours, (c, more, h) => {
        expect(total({ ...c, brokers: c.brokers + more }, h)).toBeGreaterThanOrEqual(total(c, h));
      }),
    );
  });

  it("more storage per broker never costs less", () => {
    fc.assert(
      fc.property(standard, fc.integer({ min: 0, max: 16_384 }), (c, extraGiB) => {
        const more = Math.min(c.storagePerBrokerBytes + extraGiB * GiB, 16_384 * GiB);
        expect(total({ ...c, storagePerBrokerBytes: more })).toBeGreaterThanOrEqual(total(c));
      }),
    );
  });

  it("more provisioned storage throughput never costs less (and any PST costs at least none)", () => {
    const pstCapable = standard.filter((c) => c.throughputPerBrokerBytesPerSec !== undefined);
    fc.assert(
      fc.property(pstCapable, fc.double({ min: 0, max: 1, noNaN: true }), (c, f) => {
        const spec = STANDARD_INSTANCES.find((i) => i.name === c.instanceType);
        const max = (spec?.pst?.maxMiBps ?? 0) * MiB;
        const t = c.throughputPerBrokerBytesPerSec as number;
        const more = t + f * (max - t);
        expect(total({ ...c, throughputPerBrokerBytesPerSec: more })).toBeGreaterThanOrEqual(total(c));
        expect(total(c)).toBeGreaterThanOrEqual(total({ ...c, throughputPerBrokerBytesPerSec: undefined }));
      }),
    );
  });

  it("more partitions never cost less (Serverless)", () => {
    fc.assert(
      fc.property(serverless, fc.integer({ min: 0, max: 1000 }), hours, (c, more, h) => {
        expect(total({ ...c, partitions: c.partitions + more }, h)).toBeGreaterThanOrEqual(total(c, h));
      }),
    );
  });

  it("more data (written, stored, in, out, tiered, replicated, cross-AZ) never costs less", () => {
    const volumeKeys = [
      "dataWrittenBytes",
      "storedBytes",
      "dataInBytes",
      "dataOutBytes",
      "tieredStoredBytes",
      "replicatedBytes",
      "privateDataBytes",
      "crossAzBytes",
    ];
    fc.assert(
      fc.property(anyConfig, gib(100_000), hours, (c, extra, h) => {
        for (const key of volumeKeys) {
          const v = (c as unknown as Record<string, number | undefined>)[key];
          if (v === undefined) continue;
          expect(total({ ...c, [key]: v + extra } as ClusterConfig, h)).toBeGreaterThanOrEqual(total(c, h));
        }
      }),
    );
  });

  it("add-ons only add: the base lines are unchanged and the total never falls", () => {
    fc.assert(
      fc.property(fc.oneof(standard, express, serverless), addOns, hours, (c, a, h) => {
        const base = priceConfiguration(c, cat, { hours: h });
        const withAddOns = priceConfiguration({ ...c, ...a } as ClusterConfig, cat, { hours: h });
        expect(withAddOns.lineItems.slice(0, base.lineItems.length)).toEqual(base.lineItems);
        expect(withAddOns.totalUsd).toBeGreaterThanOrEqual(base.totalUsd as number);
      }),
    );
  });

  it("a larger instance of a family never costs less per hour, in every region of the catalog", () => {
    const pairs = INSTANCES.flatMap((a) =>
      INSTANCES.filter((b) => a.kind === b.kind && a.family === b.family && a.sizeRank < b.sizeRank).map(
        (b) => [a, b] as const,
      ),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(cat.regions)),
        fc.constantFrom(...pairs),
        (region, [small, large]) => {
          const prices = cat.regions[region] ?? {};
          const ps = prices[brokerDimension(small.name)];
          const pl = prices[brokerDimension(large.name)];
          if (!ps || !pl || ps.currency !== pl.currency) return;
          expect(pl.amount).toBeGreaterThanOrEqual(ps.amount);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
