// Every published or arithmetic case of docs/billing-rules.md, to the cent, named by source.
import { describe, expect, it } from "vitest";
import { onDemandBilledRecordBytes, putUnitsPerRecord } from "../../src/model/alternatives/kinesis.js";
import { sqsBilledRequests } from "../../src/model/alternatives/sqs.js";
import { BYTES_PER_GIB } from "../../src/model/conventions.js";
import { sqsRequestsPerQueue } from "../../src/plan/alternatives/sqs.js";
import { priceKinesisOnDemand, priceKinesisProvisioned } from "../../src/pricing/alternatives/kinesis.js";
import { priceSelfManaged, type SelfManagedConfig } from "../../src/pricing/alternatives/self-managed.js";
import { priceSqsRequests } from "../../src/pricing/alternatives/sqs.js";
import {
  isLineItem,
  type LineItem,
  type MissingPrice,
  type PriceLine,
  pricedUsd as totalUsd,
} from "../../src/pricing/line-item.js";

/** The priced lines, and the missing prices, of a calculator's lines. */
const priced = (lines: PriceLine[]): LineItem[] => lines.filter(isLineItem);
const missing = (lines: PriceLine[]): MissingPrice[] =>
  lines.filter((l): l is MissingPrice => !isLineItem(l));

const cents = (x: number) => Math.round(x * 100) / 100;
const GB = BYTES_PER_GIB; // a billed GB is a GiB (conventions.ts)

function ec2Only(type: string, brokers: number, region = "us-east-1"): SelfManagedConfig {
  return {
    region,
    brokerInstanceType: type,
    brokers,
    controllerInstanceType: type,
    controllers: 0,
    volumes: [],
    crossAzReplicationBytes: 0,
    crossAzClientBytes: 0,
  };
}
function line(lines: PriceLine[], prefix: string): LineItem {
  const items = priced(lines);
  const found = items.find((i) => i.component.startsWith(prefix));
  if (!found) throw new Error(`no line ${prefix} in ${items.map((i) => i.component).join(" | ")}`);
  return found;
}

describe("EC2 on-demand, us-east-1 `infracost-ec2` (docs/billing-rules.md)", () => {
  it.each([
    ["m5.large", 730, 70.08],
    ["m5.xlarge", 2190, 420.48], // eks_node_group_test: 3 nodes × 730 h
    ["m5.2xlarge", 730, 280.32],
    ["m5.4xlarge", 730, 560.64],
    ["m5.8xlarge", 730, 1121.28],
    ["m5.16xlarge", 730, 2242.56],
    ["m6i.large", 730, 70.08],
  ])("%s for %i instance-hours = $%d", (type, h, usd) => {
    const items = priceSelfManaged(ec2Only(type, h / 730), 730);
    expect(cents(line(items, "Broker instances").costUsd)).toBe(usd);
  });
  it("an unsourced region or type is a missing price, never extrapolated nor zero", () => {
    const eu = priceSelfManaged(ec2Only("m5.large", 1, "eu-west-1"), 730);
    expect(missing(eu).map((m) => m.dimension)).toEqual(["ec2:m5.large"]);
    expect(missing(eu)[0]?.reason).toMatch(
      /no sourced EC2 m5\.large instance-hours price in eu-west-1 \(bundled for us-east-1 only\)/,
    );
    // Cross-AZ transfer is priced in eu-west-1 (`infracost-data-transfer`): those lines stay priced.
    const xaz = priceSelfManaged({ ...ec2Only("m5.large", 1, "eu-west-1"), crossAzClientBytes: GB }, 730);
    expect(priced(xaz).map((l) => l.dimension)).toEqual(["dataTransfer:crossAz", "dataTransfer:crossAz"]);
    expect(missing(priceSelfManaged(ec2Only("m7g.xlarge", 1), 730))[0]?.name).toBe(
      "EC2 m7g.xlarge instance-hours",
    );
  });
});

describe("gp3 and cross-AZ (docs/billing-rules.md)", () => {
  it("`infracost-ec2` 20 GB gp3 in us-east-1 = $1.60", () => {
    const items = priceSelfManaged(
      {
        ...ec2Only("m5.large", 1),
        volumes: [{ role: "broker", count: 1, sizeGiB: 20, iops: 3000, throughputMiBps: 125 }],
      },
      730,
    );
    expect(cents(line(items, "gp3 storage").costUsd)).toBe(1.6);
    expect(
      priced(items).some(
        (i) => i.component.startsWith("gp3 IOPS") || i.component.startsWith("gp3 throughput"),
      ),
    ).toBe(false);
  });
  it("`infracost-ebs` us-west-2: 40 GB = $3.20, 4,000 IOPS → 1,000 billed = $5.00, 130 MB/s → 5 billed = $0.20", () => {
    const c = {
      ...ec2Only("m5.large", 1),
      volumes: [{ role: "broker", count: 1, sizeGiB: 40, iops: 4000, throughputMiBps: 130 }],
    };
    // gp3 is priced in us-west-2 but EC2 is not: price the volume lines with us-east-1 EC2 and compare, then check us-west-2 refuses EC2.
    const items = priceSelfManaged(c, 730);
    expect(cents(line(items, "gp3 storage").costUsd)).toBe(3.2);
    expect(line(items, "gp3 IOPS").quantity).toBe(1000);
    expect(cents(line(items, "gp3 IOPS").costUsd)).toBe(5);
    expect(line(items, "gp3 throughput").quantity).toBe(5);
    expect(cents(line(items, "gp3 throughput").costUsd)).toBe(0.2);
    const west = priceSelfManaged({ ...c, region: "us-west-2" }, 730);
    expect(missing(west).map((m) => m.dimension)).toEqual(["ec2:m5.large"]);
    expect(cents(totalUsd(west))).toBe(8.4); // $3.20 + $5.00 + $0.20
  });
  it("`infracost-data-transfer` 1,000 GB crossing AZs → 2,000 GB billed → $20.00", () => {
    const items = priceSelfManaged({ ...ec2Only("m5.large", 1), crossAzReplicationBytes: 1000 * GB }, 730);
    const l = line(items, "Cross-AZ replication");
    expect(l.quantity).toBe(2000);
    expect(cents(l.costUsd)).toBe(20);
  });
  it("labour is a line only when given", () => {
    expect(priced(priceSelfManaged(ec2Only("m5.large", 1), 730)).some((i) => i.dimension === "labour")).toBe(
      false,
    );
    const items = priceSelfManaged(
      { ...ec2Only("m5.large", 1), labour: { hoursPerMonth: 20, hourlyRateUsd: 100 } },
      730,
    );
    expect(line(items, "Operations labour").costUsd).toBe(2000);
  });
});

describe("Kinesis Data Streams, Infracost golden `infracost-kinesis` (docs/billing-rules.md)", () => {
  const provisionedWithUsage = (region: string) =>
    priceKinesisProvisioned(
      region,
      {
        shardHours: 4 * 730,
        putPayloadUnits: 6_500_000,
        extendedRetentionShardHours: 100,
        longTermStoredBytes: 100 * GB,
        longTermRetrievedBytes: 100 * GB,
        efoConsumerShardHours: 100,
        efoBytes: 100 * GB,
      },
      730,
    );
  const provisionedNoUsage = (region: string) =>
    priceKinesisProvisioned(
      region,
      {
        shardHours: 730,
        putPayloadUnits: 0,
        extendedRetentionShardHours: 0,
        longTermStoredBytes: 0,
        longTermRetrievedBytes: 0,
        efoConsumerShardHours: 0,
        efoBytes: 0,
      },
      730,
    );
  const onDemandWithUsage = (region: string) =>
    priceKinesisOnDemand(
      region,
      {
        streamHours: 730,
        billedBytesIn: 0.2 * GB,
        billedBytesOut: 0.2 * GB,
        billedEfoBytesOut: 2 * GB,
        extendedStoredBytes: 1 * GB,
        longTermStoredBytes: 1 * GB,
      },
      730,
    );
  const onDemandNoUsage = (region: string) =>
    priceKinesisOnDemand(
      region,
      {
        streamHours: 730,
        billedBytesIn: 0,
        billedBytesOut: 0,
        billedEfoBytesOut: 0,
        extendedStoredBytes: 0,
        longTermStoredBytes: 0,
      },
      730,
    );

  it("provisioned, 4 shards, with usage: each line to the cent", () => {
    expect(priced(provisionedWithUsage("us-east-1")).map((i) => [i.quantity, cents(i.costUsd)])).toEqual([
      [2920, 43.8],
      [6_500_000, 0.09],
      [100, 2],
      [100, 2.3],
      [100, 2.1],
      [100, 1.5],
      [100, 1.3],
    ]);
  });
  it("provisioned, 1 shard, no usage = $10.95; on-demand no usage = $29.20", () => {
    expect(cents(totalUsd(provisionedNoUsage("us-east-1")))).toBe(10.95);
    expect(cents(totalUsd(onDemandNoUsage("us-east-2")))).toBe(29.2);
  });
  it("on-demand with usage: each line to the cent", () => {
    expect(priced(onDemandWithUsage("us-east-1")).map((i) => cents(i.costUsd))).toEqual([
      29.2, 0.02, 0.01, 0.1, 0.1, 0.02,
    ]);
  });
  it("the 8 streams in us-east-1 and us-east-2 total $245.38", () => {
    const all = ["us-east-1", "us-east-2"].flatMap((r) => [
      ...provisionedWithUsage(r),
      ...provisionedNoUsage(r),
      ...onDemandWithUsage(r),
      ...onDemandNoUsage(r),
    ]);
    expect(cents(totalUsd(all))).toBe(245.38);
  });
  it("other regions: every line is a missing price (never zero), named and dimensioned as priced lines are", () => {
    const lines = provisionedWithUsage("eu-west-1");
    expect(priced(lines)).toEqual([]);
    expect(missing(lines).map((m) => m.dimension)).toEqual(
      priced(provisionedWithUsage("us-east-1")).map((l) => l.dimension),
    );
    expect(missing(lines)[0]).toMatchObject({
      name: "Kinesis shard-hours",
      reason: expect.stringMatching(/in eu-west-1 \(bundled for us-east-1, us-east-2 only\)/),
    });
  });
  it("`kinesis-pricing-page` PUT payload units: 5 KB = 1, 45 KB = 2, 1 MB = 40; 35 KB record = 2 units", () => {
    expect([5_000, 45_000, 1_000_000, 35_000].map(putUnitsPerRecord)).toEqual([1, 2, 40, 2]);
  });
  it("`kinesis-pricing-page` on-demand rounds each record up to 1 KB: 4.5 KB counts as 5 KB", () => {
    expect(onDemandBilledRecordBytes(4.5 * 1024)).toBe(5 * 1024);
    expect(onDemandBilledRecordBytes(1)).toBe(1024);
  });
});

describe("SQS (docs/billing-rules.md)", () => {
  it("`infracost-sqs` standard: 1,000,000 requests of 128 KB → 2,000,000 billed → $0.80; FIFO 1,000,000 of 64 KB → $0.50; total $1.30", () => {
    const std = sqsBilledRequests(1_000_000, 128 * 1024);
    expect(std).toBe(2_000_000);
    const a = priceSqsRequests("us-east-1", "standard", std, 730, false);
    const b = priceSqsRequests("us-east-1", "fifo", sqsBilledRequests(1_000_000, 64 * 1024), 730, false);
    expect(cents(totalUsd(a))).toBe(0.8);
    expect(cents(totalUsd(b))).toBe(0.5);
    expect(cents(totalUsd([...a, ...b]))).toBe(1.3);
  });
  it("a worked example page 100,000 messages/day × 30 days: sends in batches of 10, receive and delete singly → 6,300,000 requests → $2.52", () => {
    const messages = 100_000 * 30;
    const requests = messages / 10 + messages + messages;
    expect(requests).toBe(6_300_000);
    expect(cents(totalUsd(priceSqsRequests("us-east-1", "standard", requests, 730, false)))).toBe(2.52);
    // The evaluator's per-queue count with batch 1 for small messages: 3 requests per message.
    expect(sqsRequestsPerQueue(messages, 1024, 1)).toBe(9_000_000);
  });
  it("`infracost-sqs` a 256 KB payload is 4 requests", () => {
    expect(sqsBilledRequests(1, 256 * 1024)).toBe(4);
  });
  it("tiers: 150 B standard requests in a month = 100 B × $0.40/M + 50 B × $0.30/M = $55,000 (`cloudburn-sqs`)", () => {
    const items = priceSqsRequests("us-east-1", "standard", 150e9, 730, false);
    expect(priced(items).map((i) => cents(i.costUsd))).toEqual([40_000, 15_000]);
  });
  it("free tier: 1 M requests/month are free when asked (`cloudburn-sqs`, `unanswered-sqs`)", () => {
    expect(cents(totalUsd(priceSqsRequests("us-east-1", "standard", 3_000_000, 730, true)))).toBe(0.8);
    expect(cents(totalUsd(priceSqsRequests("us-east-1", "fifo", 500_000, 730, true)))).toBe(0);
  });
  it("other regions: the requests are one missing price (never zero)", () => {
    expect(priceSqsRequests("eu-west-1", "standard", 1, 730, false)).toEqual([
      {
        dimension: "sqs:standard",
        name: "SQS standard requests",
        reason:
          "no sourced SQS standard requests price in eu-west-1 (bundled for us-east-1 only); prices are never taken from another region, and `pricing refresh` and --catalog supply MSK prices only",
      },
    ]);
  });
});
