// docs/billing-rules.md "Calculator test cases" D1–D7: derived arithmetic from the us-east-1 unit prices,
// reproduced to the cent. Quantities are billed GB (= GiB, docs/billing-rules.md), so bytes = GB × 2^30.
import { describe, expect, it } from "vitest";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import type { ClusterConfig } from "../../src/pricing/configuration.js";
import { priceConfiguration } from "../../src/pricing/price-configuration.js";

const GB = 2 ** 30;
const MiBps = 2 ** 20;
const cat = bundledCatalog();
const cents = (usd: number | null) => (usd === null ? Number.NaN : Math.round(usd * 100));
const line = (r: ReturnType<typeof priceConfiguration>, dim: string) => {
  const l = r.lineItems.find((i) => i.dimension === dim);
  if (!l) throw new Error(`no line for ${dim}`);
  return l;
};

const d1: ClusterConfig = {
  kind: "standard",
  region: "us-east-1",
  instanceType: "kafka.m5.large",
  brokers: 3,
  storagePerBrokerBytes: 1000 * GB,
};

describe("docs/billing-rules.md worked examples (us-east-1)", () => {
  it("D1: 3 × kafka.m5.large for a 31-day month of 744 h, 1,000 GB each = $768.72", () => {
    // A calendar month of 744 h holds one GB-month per GB provisioned (hoursPerMonth = 744).
    const r = priceConfiguration(d1, cat, { hours: 744, hoursPerMonth: 744 });
    expect(cents(line(r, "broker:kafka.m5.large").costUsd)).toBe(46872); // 3 × 744 × 0.21
    expect(cents(line(r, "storage").costUsd)).toBe(30000); // 3 × 1,000 × 0.10
    expect(cents(r.totalUsd)).toBe(76872);
    expect(r.hours).toBe(744);
  });

  it("D1 under the 730-h convention: 744 h is 744/730 of a storage month (pro rata)", () => {
    const r = priceConfiguration(d1, cat, { hours: 744 });
    expect(cents(line(r, "storage").costUsd)).toBe(cents((3 * 1000 * 744 * 0.1) / 730)); // 305.75
  });

  it("D2: as D1 at 730 h = $759.90", () => {
    const r = priceConfiguration(d1, cat);
    expect(r.hours).toBe(730);
    expect(cents(line(r, "broker:kafka.m5.large").costUsd)).toBe(45990);
    expect(cents(line(r, "storage").costUsd)).toBe(30000);
    expect(cents(r.totalUsd)).toBe(75990);
  });

  it("D3: Serverless, 100 partitions, 1,000 GB in, 2,000 GB out, 500 GB-month = $907.00", () => {
    const r = priceConfiguration(
      {
        kind: "serverless",
        region: "us-east-1",
        partitions: 100,
        dataInBytes: 1000 * GB,
        dataOutBytes: 2000 * GB,
        storedBytes: 500 * GB,
      },
      cat,
    );
    expect(r.lineItems.map((l) => [l.dimension, cents(l.costUsd)])).toEqual([
      ["serverlessCluster", 54750],
      ["serverlessPartition", 10950],
      ["serverlessDataIn", 10000],
      ["serverlessDataOut", 10000],
      ["serverlessStorage", 5000],
    ]);
    expect(cents(r.totalUsd)).toBe(90700);
  });

  it("D4: Express, 3 × express.m7g.large, 1,000 GB written, 500 GB-month stored = $953.52", () => {
    const r = priceConfiguration(
      {
        kind: "express",
        region: "us-east-1",
        instanceType: "express.m7g.large",
        brokers: 3,
        dataWrittenBytes: 1000 * GB,
        storedBytes: 500 * GB,
      },
      cat,
    );
    expect(r.lineItems.map((l) => cents(l.costUsd))).toEqual([89352, 1000, 5000]);
    expect(cents(r.totalUsd)).toBe(95352);
  });

  it("D5: PST, 3 × kafka.m5.4xlarge at 500 MiB/s each, full-amount basis = $120.00/month", () => {
    const r = priceConfiguration(
      { ...d1, instanceType: "kafka.m5.4xlarge", throughputPerBrokerBytesPerSec: 500 * MiBps },
      cat,
    );
    const pst = line(r, "pst");
    expect(pst.quantity).toBe(1500);
    expect(pst.unit).toBe("MiB/s-months");
    expect(cents(pst.costUsd)).toBe(12000);
    expect(pst.component).toMatch(/basis unverified/);
    expect(pst.source).toMatch(/billing basis not confirmed/);
  });

  it("D6: tiered, 3 × kafka.m7g.large, 100 GB EBS each, 5,000 GB in tier = $776.76", () => {
    const r = priceConfiguration(
      {
        kind: "standard",
        region: "us-east-1",
        instanceType: "kafka.m7g.large",
        brokers: 3,
        storagePerBrokerBytes: 100 * GB,
        tieredStoredBytes: 5000 * GB,
      },
      cat,
    );
    expect(r.lineItems.map((l) => [l.dimension, cents(l.costUsd)])).toEqual([
      ["broker:kafka.m7g.large", 44676],
      ["storage", 3000],
      ["tieredStorage", 30000],
    ]);
    expect(cents(r.totalUsd)).toBe(77676);
    expect(line(r, "tieredStorage").source).toMatch(/one secondary source; not checked against AWS/);
  });

  it("D7: MSK Connect, 2 workers × 1 MCU for 730 h = $160.60", () => {
    const base = {
      kind: "serverless",
      region: "us-east-1",
      partitions: 0,
      dataInBytes: 0,
      dataOutBytes: 0,
      storedBytes: 0,
    } as const;
    const r = priceConfiguration({ ...base, connectMcus: 2 }, cat);
    const mcu = line(r, "connectMcu");
    expect(mcu.quantity).toBe(1460);
    expect(mcu.unit).toBe("MCU-hours");
    expect(cents(mcu.costUsd)).toBe(16060);
    expect(cents((r.totalUsd as number) - (priceConfiguration(base, cat).totalUsd as number))).toBe(16060);
  });

  it("billed GB = GiB: 1000 GiB of broker storage costs 1000 × the GB-month price", () => {
    const r = priceConfiguration({ ...d1, brokers: 1 }, cat);
    expect(line(r, "storage").quantity).toBe(1000);
    expect(line(r, "storage").costUsd).toBeCloseTo(100, 10);
  });
});
