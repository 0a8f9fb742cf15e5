// Every line the alternatives' calculators write, word for word: component, unit, dimension and
// quantity (what a reader of the table and the workbook goes by), lines left out at zero, and the
// missing-price wording. Priced over half a month (365 h, 0.5 month) so that a per-month quantity
// multiplied where it should be divided (or the reverse) shows. Prices by hand (us-east-1 tables).
import { describe, expect, it } from "vitest";
import { BYTES_PER_GIB as GIB } from "../../src/model/conventions.js";
import { ZERO_P, zeroOnDemand } from "../../src/plan/alternatives/kinesis.js";
import { priceKinesisOnDemand, priceKinesisProvisioned } from "../../src/pricing/alternatives/kinesis.js";
import {
  type AlternativePriceTables,
  BUNDLED_ALTERNATIVE_PRICES,
  missingAlternativePrice,
  type RequestTier,
} from "../../src/pricing/alternatives/prices.js";
import { priceSelfManaged, type SelfManagedConfig } from "../../src/pricing/alternatives/self-managed.js";
import { priceSqsRequests } from "../../src/pricing/alternatives/sqs.js";
import { provenanceWords } from "../../src/pricing/catalog.js";
import { isLineItem, type PriceLine } from "../../src/pricing/line-item.js";

const HALF = 365; // hours: 0.5 of a 730-hour month

/** [component, quantity, unit, dimension] of each line; a missing price as [name, "missing", dimension]. */
const words = (lines: PriceLine[]) =>
  lines.map((l) =>
    isLineItem(l) ? [l.component, l.quantity, l.unit, l.dimension] : [l.name, "missing", l.dimension],
  );

const NO_KINESIS_PROVISIONED_USAGE = ZERO_P;
const NO_KINESIS_ON_DEMAND_USAGE = zeroOnDemand();

describe("Kinesis lines, word for word", () => {
  it("provisioned, half a month: GB-months are the GiB held × 0.5, the other quantities as given", () => {
    const lines = priceKinesisProvisioned(
      "us-east-1",
      {
        shardHours: 730, // 2 shards × 365 h
        putPayloadUnits: 1_000,
        extendedRetentionShardHours: 10,
        longTermStoredBytes: 4 * GIB, // 4 GB held × 0.5 month = 2 GB-months
        longTermRetrievedBytes: 3 * GIB,
        efoConsumerShardHours: 5,
        efoBytes: 2 * GIB,
      },
      HALF,
    );
    expect(words(lines)).toEqual([
      ["Kinesis shards (provisioned)", 730, "shard-hours", "kinesis:Storage-ShardHour"],
      ["PUT payload units (25 KB)", 1_000, "units", "kinesis:PutRequestPayloadUnits"],
      ["Extended retention (24 h to 7 days)", 10, "shard-hours", "kinesis:Extended-ShardHour"],
      ["Long-term retention (beyond 7 days)", 2, "GB-months", "kinesis:LongTermRetention-ByteHrs"],
      ["Long-term retention retrieval", 3, "GB", "kinesis:LongTermRetention-ReadBytes"],
      ["Enhanced fan-out consumers", 5, "consumer-shard-hours", "kinesis:EnhancedFanoutHour"],
      ["Enhanced fan-out data retrieval", 2, "GB", "kinesis:ReadBytes"],
    ]);
    // 730 × $0.015 = $10.95 for the shards; 2 GB-months × $0.023 = $0.046.
    expect(lines.filter(isLineItem).map((l) => l.costUsd)).toEqual([
      730 * 0.015,
      1_000 * (0.014 / 1e6),
      10 * 0.02,
      2 * 0.023,
      3 * 0.021,
      5 * 0.015,
      2 * 0.013,
    ]);
  });
  it("on-demand, half a month", () => {
    const lines = priceKinesisOnDemand(
      "us-east-2",
      {
        streamHours: 365,
        billedBytesIn: 6 * GIB,
        billedBytesOut: 5 * GIB,
        billedEfoBytesOut: 4 * GIB,
        extendedStoredBytes: 8 * GIB, // × 0.5 = 4 GB-months
        longTermStoredBytes: 2 * GIB, // × 0.5 = 1 GB-month
      },
      HALF,
    );
    expect(words(lines)).toEqual([
      ["Kinesis on-demand streams", 365, "stream-hours", "kinesis:OnDemand-StreamHour"],
      ["Data written (records rounded up to 1 KB)", 6, "GB", "kinesis:OnDemand-BilledIncomingBytes"],
      ["Data read, shared throughput", 5, "GB", "kinesis:OnDemand-BilledOutgoingBytes"],
      ["Data read, enhanced fan-out", 4, "GB", "kinesis:OnDemand-BilledOutgoingEFOBytes"],
      ["Extended retention (24 h to 7 days)", 4, "GB-months", "kinesis:OnDemand-ExtendedRetention-ByteHrs"],
      ["Long-term retention (beyond 7 days)", 1, "GB-months", "kinesis:OnDemand-LongTermRetention-ByteHrs"],
    ]);
  });
  it("no usage: only the capacity line, even at 0 hours; a usage line appears from its first unit", () => {
    expect(words(priceKinesisProvisioned("us-east-1", NO_KINESIS_PROVISIONED_USAGE, HALF))).toEqual([
      ["Kinesis shards (provisioned)", 0, "shard-hours", "kinesis:Storage-ShardHour"],
    ]);
    expect(words(priceKinesisOnDemand("us-east-1", NO_KINESIS_ON_DEMAND_USAGE, HALF))).toEqual([
      ["Kinesis on-demand streams", 0, "stream-hours", "kinesis:OnDemand-StreamHour"],
    ]);
    const one = priceKinesisProvisioned(
      "us-east-1",
      { ...NO_KINESIS_PROVISIONED_USAGE, putPayloadUnits: 1 },
      HALF,
    );
    expect(words(one).map((w) => w[0])).toEqual([
      "Kinesis shards (provisioned)",
      "PUT payload units (25 KB)",
    ]);
  });
  it("each line cites its price's source in words and its URL", () => {
    const price = BUNDLED_ALTERNATIVE_PRICES.kinesis["us-east-1"]?.shardHour;
    if (!price?.sourceUrl) throw new Error("the bundled shard-hour price has no URL");
    const [shards] = priceKinesisProvisioned(
      "us-east-1",
      { ...NO_KINESIS_PROVISIONED_USAGE, shardHours: 1 },
      730,
    );
    expect(shards).toMatchObject({ source: provenanceWords(price), sourceUrl: price.sourceUrl });
    expect(shards).toMatchObject({ source: expect.stringMatching(/us-east-1, as of 2024-07-01/) });
    const { sourceUrl: _url, ...noUrl } = price;
    const tables: AlternativePriceTables = {
      ...BUNDLED_ALTERNATIVE_PRICES,
      kinesis: { "us-east-1": { shardHour: noUrl } },
    };
    const [own] = priceKinesisProvisioned(
      "us-east-1",
      { ...NO_KINESIS_PROVISIONED_USAGE, shardHours: 1 },
      730,
      tables,
    );
    expect(own).toMatchObject({ sourceUrl: null });
  });
  it("a price missing from the tables: named, its dimension kept, the regions that have it listed", () => {
    const us = BUNDLED_ALTERNATIVE_PRICES.kinesis["us-east-1"];
    const tables: AlternativePriceTables = {
      ...BUNDLED_ALTERNATIVE_PRICES,
      kinesis: {
        "us-east-1": { ...us, putPayloadUnit: undefined },
        "us-west-2": { shardHour: us?.shardHour },
      },
    };
    const lines = priceKinesisProvisioned(
      "us-east-1",
      { ...NO_KINESIS_PROVISIONED_USAGE, shardHours: 1, putPayloadUnits: 1 },
      730,
      tables,
    );
    expect(lines[0]).toMatchObject({ component: "Kinesis shards (provisioned)", quantity: 1 });
    expect(lines[1]).toEqual({
      dimension: "kinesis:PutRequestPayloadUnits",
      name: "Kinesis PUT payload units",
      reason:
        "no sourced Kinesis PUT payload units price in us-east-1 (not bundled for any region); prices are never taken from another region, and `pricing refresh` and --catalog supply MSK prices only",
    });
    const west = priceKinesisProvisioned(
      "us-west-2",
      { ...NO_KINESIS_PROVISIONED_USAGE, shardHours: 1 },
      730,
      tables,
    );
    expect(words(west)).toEqual([
      ["Kinesis shards (provisioned)", 1, "shard-hours", "kinesis:Storage-ShardHour"],
    ]);
  });
  it("missingAlternativePrice sorts the regions it lists (without reordering the caller's list)", () => {
    const regions = ["us-west-2", "eu-west-1"];
    expect(missingAlternativePrice("d", "X", "ap-south-1", regions).reason).toBe(
      "no sourced X price in ap-south-1 (bundled for eu-west-1, us-west-2 only); prices are never taken from another region, and `pricing refresh` and --catalog supply MSK prices only",
    );
    expect(regions).toEqual(["us-west-2", "eu-west-1"]);
  });
});

describe("SQS request lines, word for word", () => {
  it("three tiers in half a month: the tiers are per month, so they end at 50 B and 100 B", () => {
    // 150 B requests in 365 h: 50 B at $0.40/M, 50 B at $0.30/M, 50 B at $0.24/M.
    const lines = priceSqsRequests("us-east-1", "standard", 150e9, HALF, false);
    expect(words(lines)).toEqual([
      ["SQS standard requests (first 100 B/month)", 50e9, "requests", "sqs:standard"],
      ["SQS standard requests (100 B to 200 B/month)", 50e9, "requests", "sqs:standard"],
      ["SQS standard requests (over 200 B/month)", 50e9, "requests", "sqs:standard"],
    ]);
    expect(lines.filter(isLineItem).map((l) => Math.round(l.costUsd))).toEqual([20_000, 15_000, 12_000]);
  });
  it("the free tier comes off the first tier, scaled to the period: 0.5 M free in half a month", () => {
    expect(words(priceSqsRequests("us-east-1", "standard", 3e6, HALF, true))).toEqual([
      [
        "SQS standard requests (first 100 B/month) after 1 M/month free tier",
        2.5e6,
        "requests",
        "sqs:standard",
      ],
    ]);
    // Fewer requests than the free tier: the first tier's line stays, at 0.
    expect(words(priceSqsRequests("us-east-1", "fifo", 400_000, HALF, true))).toEqual([
      ["SQS FIFO requests after 1 M/month free tier", 0, "requests", "sqs:fifo"],
    ]);
    expect(words(priceSqsRequests("us-east-1", "fifo", 400_000, HALF, false))).toEqual([
      ["SQS FIFO requests", 400_000, "requests", "sqs:fifo"],
    ]);
  });
  it("a tier's line from its first request: 100 B + 1 in a month opens the second tier", () => {
    expect(words(priceSqsRequests("us-east-1", "standard", 100e9, 730, false)).length).toBe(1);
    expect(words(priceSqsRequests("us-east-1", "standard", 100e9 + 1, 730, false))).toEqual([
      ["SQS standard requests (first 100 B/month)", 100e9, "requests", "sqs:standard"],
      ["SQS standard requests (100 B to 200 B/month)", 1, "requests", "sqs:standard"],
    ]);
  });
  it("tier bounds in words: from 1e9 in billions, below it in millions", () => {
    const us = BUNDLED_ALTERNATIVE_PRICES.sqs["us-east-1"];
    const price = us?.standard?.[0]?.price;
    if (!us || !price) throw new Error("no bundled SQS price");
    const tiers: RequestTier[] = [
      { fromRequests: 0, price },
      { fromRequests: 999e6, price },
      { fromRequests: 1e9, price },
    ];
    const tables: AlternativePriceTables = {
      ...BUNDLED_ALTERNATIVE_PRICES,
      sqs: { "us-east-1": { ...us, standard: tiers, freeRequestsPerMonth: 2e9 } },
    };
    expect(words(priceSqsRequests("us-east-1", "standard", 5e9, 730, true, tables)).map((w) => w[0])).toEqual(
      [
        "SQS standard requests (first 999 M/month) after 2 B/month free tier",
        "SQS standard requests (999 M to 1 B/month)",
        "SQS standard requests (over 1 B/month)",
      ],
    );
  });
  it("a region whose table has no entry for the queue type at all: missing, and other regions without it skipped", () => {
    const us = BUNDLED_ALTERNATIVE_PRICES.sqs["us-east-1"];
    if (!us) throw new Error("no bundled SQS prices");
    const { fifo: _fifo, ...standardOnly } = us;
    const tables: AlternativePriceTables = {
      ...BUNDLED_ALTERNATIVE_PRICES,
      sqs: { "us-east-1": standardOnly, "eu-west-1": standardOnly },
    };
    expect(priceSqsRequests("us-east-1", "fifo", 1, 730, false, tables)).toEqual([
      {
        dimension: "sqs:fifo",
        name: "SQS FIFO requests",
        reason:
          "no sourced SQS FIFO requests price in us-east-1 (not bundled for any region); prices are never taken from another region, and `pricing refresh` and --catalog supply MSK prices only",
      },
    ]);
  });
  it("a queue type without tiers in the region is one missing price naming where it is priced", () => {
    const us = BUNDLED_ALTERNATIVE_PRICES.sqs["us-east-1"];
    if (!us) throw new Error("no bundled SQS prices");
    const tables: AlternativePriceTables = {
      ...BUNDLED_ALTERNATIVE_PRICES,
      sqs: { "us-east-1": { ...us, fifo: [] }, "eu-west-1": us },
    };
    expect(priceSqsRequests("us-east-1", "fifo", 1, 730, false, tables)).toEqual([
      {
        dimension: "sqs:fifo",
        name: "SQS FIFO requests",
        reason:
          "no sourced SQS FIFO requests price in us-east-1 (bundled for eu-west-1 only); prices are never taken from another region, and `pricing refresh` and --catalog supply MSK prices only",
      },
    ]);
  });
});

describe("self-managed Kafka lines, word for word", () => {
  const base: SelfManagedConfig = {
    region: "us-east-1",
    brokerInstanceType: "m5.large",
    brokers: 3,
    controllerInstanceType: "m6i.large",
    controllers: 1,
    volumes: [
      { role: "broker", count: 3, sizeGiB: 100, iops: 3_001, throughputMiBps: 126 },
      { role: "controller", count: 1, sizeGiB: 64, iops: 3_000, throughputMiBps: 125 },
      { role: "spare", count: 0, sizeGiB: 10, iops: 9_000, throughputMiBps: 500 },
    ],
    crossAzReplicationBytes: 10 * GIB,
    crossAzClientBytes: 3 * GIB,
    labour: { hoursPerMonth: 8, hourlyRateUsd: 100 },
  };
  it("instances, volumes (extra IOPS and throughput from one above the free baseline), cross-AZ, labour", () => {
    const lines = priceSelfManaged(base, HALF);
    expect(words(lines)).toEqual([
      ["Broker instances (EC2 m5.large)", 3 * 365, "instance-hours", "ec2:m5.large"],
      ["KRaft controller instances (EC2 m6i.large)", 365, "instance-hours", "ec2:m6i.large"],
      ["gp3 storage (broker volumes)", 150, "GB-months", "ebs:gp3-storage"], // 3 × 100 GiB × 0.5
      ["gp3 IOPS above 3000 (broker volumes)", 1.5, "IOPS-months", "ebs:gp3-iops"], // 3 × 1 × 0.5
      ["gp3 throughput above 125 MiB/s (broker volumes)", 1.5, "MiBps-months", "ebs:gp3-throughput"],
      ["gp3 storage (controller volumes)", 32, "GB-months", "ebs:gp3-storage"], // at the baseline: no extras
      ["Cross-AZ replication traffic (EC2↔EC2, billed each direction)", 20, "GB", "dataTransfer:crossAz"],
      [
        "Cross-AZ client traffic (producers and consumers, billed each direction)",
        6,
        "GB",
        "dataTransfer:crossAz",
      ],
      ["Operations labour", 4, "hours", "labour"], // 8 h/month × 0.5
    ]);
    const labour = lines.at(-1);
    expect(labour).toMatchObject({
      costUsd: 400,
      source: "your input (--ops-hours-per-month, --ops-hourly-rate)",
      sourceUrl: null,
    });
  });
  it("no controllers: no controller line", () => {
    const lines = priceSelfManaged({ ...base, controllers: 0, volumes: [], labour: undefined }, 730);
    expect(words(lines).map((w) => w[0])).toEqual([
      "Broker instances (EC2 m5.large)",
      "Cross-AZ replication traffic (EC2↔EC2, billed each direction)",
      "Cross-AZ client traffic (producers and consumers, billed each direction)",
    ]);
  });
  it("gp3 and cross-AZ prices missing: each named, with where they are bundled", () => {
    const tables: AlternativePriceTables = {
      ...BUNDLED_ALTERNATIVE_PRICES,
      gp3: { "us-east-1": {}, "eu-west-1": { iops: BUNDLED_ALTERNATIVE_PRICES.gp3["us-east-1"]?.iops } },
      crossAz: {},
    };
    const lines = priceSelfManaged({ ...base, controllers: 0, labour: undefined }, 730, tables);
    expect(lines.filter((l) => !isLineItem(l))).toEqual(
      [
        ["ebs:gp3-storage", "EBS gp3 storage", "not bundled for any region"],
        ["ebs:gp3-iops", "EBS gp3 IOPS", "bundled for eu-west-1 only"],
        ["ebs:gp3-throughput", "EBS gp3 throughput", "not bundled for any region"],
        ["ebs:gp3-storage", "EBS gp3 storage", "not bundled for any region"],
        ["dataTransfer:crossAz", "cross-AZ transfer (EC2)", "not bundled for any region"],
        ["dataTransfer:crossAz", "cross-AZ transfer (EC2)", "not bundled for any region"],
      ].map(([dimension, name, where]) => ({
        dimension,
        name,
        reason: `no sourced ${name} price in us-east-1 (${where}); prices are never taken from another region, and \`pricing refresh\` and --catalog supply MSK prices only`,
      })),
    );
  });
  it("an EC2 type priced in another region only: missing, naming that region", () => {
    const tables: AlternativePriceTables = {
      ...BUNDLED_ALTERNATIVE_PRICES,
      ec2Hourly: { "us-east-1": {}, "eu-west-1": BUNDLED_ALTERNATIVE_PRICES.ec2Hourly["us-east-1"] ?? {} },
    };
    const lines = priceSelfManaged({ ...base, volumes: [], labour: undefined }, 730, tables);
    expect(lines[1]).toEqual({
      dimension: "ec2:m6i.large",
      name: "EC2 m6i.large instance-hours",
      reason:
        "no sourced EC2 m6i.large instance-hours price in us-east-1 (bundled for eu-west-1 only); prices are never taken from another region, and `pricing refresh` and --catalog supply MSK prices only",
    });
  });
});
