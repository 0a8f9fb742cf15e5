// Every line a calculator writes, pinned as a user sees it in `msk-planner price` (component, unit,
// quantity, unit price, cost): the names and units are what a reader of the table and the workbook
// goes by, so a line with the right cost but the wrong label is a wrong answer too. Prices are the
// bundled catalog's (ap-southeast-1, where every Standard dimension including tiered retrieval is
// priced, and us-east-1); quantities are billed GB (= GiB), so bytes = GB × 2^30. 730 h = 1 month.
import { describe, expect, it } from "vitest";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import type { ClusterConfig, PriceResult } from "../../src/pricing/configuration.js";
import {
  type LineItem,
  type MissingPrice,
  pricedStatus,
  pricedUsd,
  splitLines,
} from "../../src/pricing/line-item.js";
import { priceAddOnConfiguration, priceConfiguration } from "../../src/pricing/price-configuration.js";
import { thrownInputError } from "../helpers/thrown.js";

const GB = 2 ** 30;
const cat = bundledCatalog();
const cents = (usd: number) => Math.round(usd * 100);
/** [component, unit, quantity, unit price, cost in cents] of each priced line. */
const rows = (r: PriceResult) =>
  r.lineItems.map((l) => [l.component, l.unit, l.quantity, l.unitPriceUsd, cents(l.costUsd)]);
const missing = (r: PriceResult) => r.missingPrices.map((m) => [m.dimension, m.name]);

const standard: ClusterConfig = {
  kind: "standard",
  region: "ap-southeast-1",
  instanceType: "kafka.m7g.large",
  brokers: 3,
  storagePerBrokerBytes: 100 * GB,
  tieredStoredBytes: 1000 * GB,
  tieredRetrievedBytes: 50 * GB,
};

describe("Standard lines (ap-southeast-1)", () => {
  it("3 × kafka.m7g.large, 100 GB each, 1,000 GB tiered, 50 GB retrieved = $659.74", () => {
    const r = priceConfiguration(standard, cat);
    expect(rows(r)).toEqual([
      ["Broker instances (kafka.m7g.large)", "broker-hours", 2190, 0.255, 55845], // 3 × 730 × 0.255
      ["Broker storage (EBS, provisioned)", "GB-months", 300, 0.12, 3600], // 3 × 100 × 0.12
      ["Tiered storage", "GB-months", 1000, 0.0652, 6520], // 1,000 × 0.0652
      ["Tiered storage retrieval", "GB", 50, 0.0018, 9], // 50 × 0.0018 = 0.09
    ]);
    expect(r.lineItems.map((l) => l.dimension)).toEqual([
      "broker:kafka.m7g.large",
      "storage",
      "tieredStorage",
      "tieredRetrieval",
    ]);
    expect(r.priced).toBe("complete");
    expect(cents(r.totalUsd as number)).toBe(55845 + 3600 + 6520 + 9); // 65974
  });

  it("retrieval is charged per GB retrieved, not per month: 365 h still bills 50 GB", () => {
    const r = priceConfiguration(standard, cat, { hours: 365 });
    expect(rows(r)).toEqual([
      ["Broker instances (kafka.m7g.large)", "broker-hours", 1095, 0.255, 27923], // 3 × 365 × 0.255 = 279.225
      ["Broker storage (EBS, provisioned)", "GB-months", 150, 0.12, 1800], // 300 × ½ month
      ["Tiered storage", "GB-months", 500, 0.0652, 3260], // 1,000 × ½ month
      ["Tiered storage retrieval", "GB", 50, 0.0018, 9],
    ]);
  });

  it("no tiered lines when nothing is tiered; 1 byte retrieved is a line (2^-30 GB)", () => {
    const plain = { ...standard, tieredStoredBytes: 0, tieredRetrievedBytes: 0 };
    expect(rows(priceConfiguration(plain, cat)).map((l) => l[0])).toEqual([
      "Broker instances (kafka.m7g.large)",
      "Broker storage (EBS, provisioned)",
    ]);
    const one = priceConfiguration({ ...plain, tieredRetrievedBytes: 1 }, cat);
    expect(one.lineItems.map((l) => [l.dimension, l.quantity])).toEqual([
      ["broker:kafka.m7g.large", 2190],
      ["storage", 300],
      ["tieredRetrieval", 2 ** -30],
    ]);
  });

  it("us-east-1 has no tiered-retrieval price: listed as missing, the total a lower bound", () => {
    const r = priceConfiguration({ ...standard, region: "us-east-1" }, cat);
    expect(rows(r)).toEqual([
      ["Broker instances (kafka.m7g.large)", "broker-hours", 2190, 0.204, 44676], // 3 × 730 × 0.204
      ["Broker storage (EBS, provisioned)", "GB-months", 300, 0.1, 3000],
      ["Tiered storage", "GB-months", 1000, 0.06, 6000],
    ]);
    expect(missing(r)).toEqual([["tieredRetrieval", "tiered storage retrieval"]]);
    expect(r.missingPrices[0]?.reason).toMatch(/no sourced price for Tiered storage retriev.* in us-east-1/);
    expect(r.priced).toBe("partial");
    expect(cents(r.totalUsd as number)).toBe(44676 + 3000 + 6000); // 536.76, without retrieval
  });
});

describe("Express and Serverless lines (ap-southeast-1)", () => {
  it("Express: 3 × express.m7g.large, 1,000 GB written, 500 GB stored = $1,189.40", () => {
    const r = priceConfiguration(
      {
        kind: "express",
        region: "ap-southeast-1",
        instanceType: "express.m7g.large",
        brokers: 3,
        dataWrittenBytes: 1000 * GB,
        storedBytes: 500 * GB,
      },
      cat,
    );
    expect(rows(r)).toEqual([
      ["Broker instances (express.m7g.large)", "broker-hours", 2190, 0.51, 111690], // 3 × 730 × 0.51
      ["Express data written (producer bytes, before replication)", "GB", 1000, 0.0125, 1250],
      ["Express storage", "GB-months", 500, 0.12, 6000],
    ]);
    expect(cents(r.totalUsd as number)).toBe(118940);
  });

  it("Serverless: 100 partitions, 1,000 GB in, 2,000 GB out, 500 GB stored = $1,131.25", () => {
    const r = priceConfiguration(
      {
        kind: "serverless",
        region: "ap-southeast-1",
        partitions: 100,
        dataInBytes: 1000 * GB,
        dataOutBytes: 2000 * GB,
        storedBytes: 500 * GB,
      },
      cat,
    );
    expect(rows(r)).toEqual([
      ["Serverless cluster", "cluster-hours", 730, 0.9375, 68438], // 730 × 0.9375 = 684.375
      ["Serverless partitions", "partition-hours", 73000, 0.001875, 13688], // 100 × 730 × 0.001875 = 136.875
      ["Serverless data in", "GB", 1000, 0.125, 12500],
      ["Serverless data out", "GB", 2000, 0.0625, 12500],
      ["Serverless storage", "GB-months", 500, 0.12, 6000],
    ]);
    expect(r.totalUsd).toBeCloseTo(684.375 + 136.875 + 125 + 125 + 60, 9); // 1,131.25
  });
});

describe("add-on lines", () => {
  const all = {
    connectMcus: 2,
    replicators: 1,
    replicatedBytes: 100 * GB,
    privateConnectivitySchemes: 2,
    privateDataBytes: 1000 * GB,
    crossAzBytes: 500 * GB,
  };

  it("us-east-1, every add-on = $436.45", () => {
    const r = priceAddOnConfiguration(all, "us-east-1", cat);
    expect(rows(r)).toEqual([
      ["MSK Connect", "MCU-hours", 1460, 0.11, 16060], // 2 × 730 × 0.11
      ["MSK Replicator", "replicator-hours", 730, 0.3, 21900], // 1 × 730 × 0.30
      ["MSK Replicator data replicated", "GB", 100, 0.08, 800],
      ["Multi-VPC private connectivity", "scheme-hours", 1460, 0.0225, 3285], // 2 × 730 × 0.0225
      ["Multi-VPC private connectivity data", "GB", 1000, 0.006, 600],
      ["Cross-AZ data transfer", "GB", 500, 0.02, 1000], // $0.01 each direction
    ]);
    expect(cents(r.totalUsd as number)).toBe(16060 + 21900 + 800 + 3285 + 600 + 1000); // 43645
  });

  it("each add-on alone gives exactly its own line; a zero quantity gives none", () => {
    const dims = (a: object) =>
      priceAddOnConfiguration(a, "us-east-1", cat).lineItems.map((l) => l.dimension);
    expect(dims({})).toEqual([]);
    expect(dims({ connectMcus: 1 })).toEqual(["connectMcu"]);
    expect(dims({ replicators: 1 })).toEqual(["replicatorHour"]);
    expect(dims({ replicatedBytes: GB })).toEqual(["replicatorData"]);
    expect(dims({ privateConnectivitySchemes: 1 })).toEqual(["privateConnectivityHour"]);
    expect(dims({ privateDataBytes: GB })).toEqual(["privateConnectivityData"]);
    expect(dims({ crossAzBytes: GB })).toEqual(["crossAz"]);
    expect(
      dims({
        connectMcus: 0,
        replicators: 0,
        replicatedBytes: 0,
        privateConnectivitySchemes: 0,
        privateDataBytes: 0,
        crossAzBytes: 0,
      }),
    ).toEqual([]);
  });

  it("ap-southeast-1 lacks Replicator and private-data prices: 3 missing, $248.27 priced", () => {
    const r = priceAddOnConfiguration(all, "ap-southeast-1", cat);
    expect(rows(r)).toEqual([
      ["MSK Connect", "MCU-hours", 1460, 0.138, 20148], // 2 × 730 × 0.138
      ["Multi-VPC private connectivity", "scheme-hours", 1460, 0.0252, 3679], // 2 × 730 × 0.0252 = 36.792
      ["Cross-AZ data transfer", "GB", 500, 0.02, 1000],
    ]);
    expect(missing(r)).toEqual([
      ["replicatorHour", "MSK Replicator hours"],
      ["replicatorData", "MSK Replicator data"],
      ["privateConnectivityData", "multi-VPC private connectivity data"],
    ]);
    expect(r.priced).toBe("partial");
    expect(r.totalUsd).toBeCloseTo(201.48 + 36.792 + 10, 9);
  });

  it("nothing priced: status none and a null total, never $0", () => {
    const r = priceAddOnConfiguration({ replicators: 1, replicatedBytes: GB }, "ap-southeast-1", cat);
    expect(r.lineItems).toEqual([]);
    expect(missing(r)).toEqual([
      ["replicatorHour", "MSK Replicator hours"],
      ["replicatorData", "MSK Replicator data"],
    ]);
    expect(r.priced).toBe("none");
    expect(r.totalUsd).toBeNull();
  });
});

describe("line-item helpers", () => {
  const item = (dimension: string, costUsd: number): LineItem => ({
    component: dimension,
    quantity: 1,
    unit: "GB",
    unitPriceUsd: costUsd,
    costUsd,
    source: "s",
    sourceUrl: null,
    dimension,
  });
  const gap = (dimension: string, reason: string): MissingPrice => ({ dimension, name: dimension, reason });

  it("pricedStatus: complete with no gap, none with nothing priced, partial otherwise", () => {
    expect(pricedStatus(3, 0)).toBe("complete");
    expect(pricedStatus(0, 0)).toBe("complete");
    expect(pricedStatus(0, 1)).toBe("none");
    expect(pricedStatus(1, 1)).toBe("partial");
  });

  it("pricedUsd sums the priced lines only: 2.5 + 4 = 6.5", () => {
    expect(pricedUsd([item("a", 2.5), gap("b", "x"), item("c", 4)])).toBe(6.5);
    expect(pricedUsd([gap("b", "x")])).toBe(0);
  });

  it("splitLines keeps order and lists a missing dimension once (the first reason)", () => {
    const { lineItems, missingPrices } = splitLines([
      gap("x", "first"),
      item("a", 1),
      gap("y", "other"),
      gap("x", "second"),
      item("b", 2),
    ]);
    expect(lineItems.map((l) => l.dimension)).toEqual(["a", "b"]);
    expect(missingPrices.map((m) => [m.dimension, m.reason])).toEqual([
      ["x", "first"],
      ["y", "other"],
    ]);
  });
});

describe("the billing period", () => {
  const serverless: ClusterConfig = {
    kind: "serverless",
    region: "us-east-1",
    partitions: 0,
    dataInBytes: 0,
    dataOutBytes: 0,
    storedBytes: 0,
  };

  it("0 hours is a period (everything $0 but data), one step below is refused naming hours", () => {
    const r = priceConfiguration(serverless, cat, { hours: 0 });
    expect(r.hours).toBe(0);
    expect(r.lineItems.map((l) => [l.dimension, l.quantity])).toEqual([
      ["serverlessCluster", 0],
      ["serverlessPartition", 0],
      ["serverlessDataIn", 0],
      ["serverlessDataOut", 0],
      ["serverlessStorage", 0],
    ]);
    for (const hours of [
      -1,
      -Number.MIN_VALUE,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      "730" as unknown as number,
    ]) {
      const e = thrownInputError(() => priceConfiguration(serverless, cat, { hours }));
      expect(e.path).toBe("hours");
      expect(e.message).toBe(`hours: expected a non-negative number of hours, got ${JSON.stringify(hours)}`);
      expect(() => priceAddOnConfiguration({}, "us-east-1", cat, { hours })).toThrow(/^hours: /);
    }
  });

  it("hoursPerMonth must be positive: 1 h prices 730 GB-months per GB over 730 h; 0 is refused", () => {
    const r = priceConfiguration({ ...serverless, storedBytes: GB }, cat, { hoursPerMonth: 1 });
    expect(r.lineItems.find((l) => l.dimension === "serverlessStorage")?.quantity).toBe(730);
    for (const hoursPerMonth of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, "730" as unknown as number]) {
      const e = thrownInputError(() => priceConfiguration(serverless, cat, { hoursPerMonth }));
      expect(e.path).toBe("hoursPerMonth");
      expect(e.message).toBe(
        `hoursPerMonth: expected a positive number of hours, got ${JSON.stringify(hoursPerMonth)}`,
      );
    }
  });

  it("the result names the catalog it was priced from", () => {
    const r = priceConfiguration(serverless, cat);
    expect(r.catalog).toEqual({ source: "bundled", date: cat.date });
    expect(r.region).toBe("us-east-1");
  });
});
