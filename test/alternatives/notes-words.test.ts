// Every note the alternatives' evaluators write, word for word, with each note's threshold exactly
// at it and one step past it. Notes are what a reader of the plan goes by (the CLI, the Markdown
// and the workbook print them as they are), so a changed word, number or condition is a bug.
// Every workload is built inside its test (a mutant is switched on after the file loads).
// "MB" is 10^6 bytes, a GiB 2^30 bytes, a month 730 h = 2,628,000 s; prices: us-east-1 tables.
import { describe, expect, it } from "vitest";
import { BUNDLED_ALTERNATIVE_PRICES } from "../../src/pricing/alternatives/prices.js";
import { BIG, one, TINY } from "./one-option.js";

const ORDERS = () => ({ streams: [{ name: "orders", ingress: "10 MB/s", partitions: 30, retention: "1d" }] });
const DEFAULT_SIZE =
  "assumption: message size 1024 bytes (default) for orders; it sets records/s, PUT units and SQS requests — give messageSize or --message-size";
const QUOTAS = "Amazon Kinesis Data Streams quotas page";
const GP3 =
  "gp3 limits used: 16,000 IOPS, 1,000 MiB/s, 16,384 GiB per volume (EC2 User Guide, EBS volume types)";
const NO_PARTITION_LIMIT =
  "partitions per broker and client connections are not checked: no sourced limit for self-managed Kafka";
// 10 MB/s × (RF 3 − 1) follower copies in other AZs × 2,628,000 s = 52,560,000,000,000 B ÷ 2^30 = 48,950.3 GiB.
const REPLICATION =
  "cross-AZ replication is billed on EC2 (free on MSK): 48,950 GiB over the period, charged on both sides";

describe("self-managed Kafka's notes", () => {
  it("us-east-1, no labour, three AZs with one lost: the cheapest priced controller type with ≥ 4 GiB (m7g.large)", () => {
    expect(one(ORDERS(), "self-managed").notes).toEqual([
      "infrastructure only: operations labour not included (give --ops-hours-per-month and --ops-hourly-rate)",
      "KRaft controllers: 3 × m7g.large (assumed: no source names a controller type; cheapest priced type with ≥ 4 GiB memory, Confluent KRaft configuration guide), 64 GiB gp3 each",
      REPLICATION,
      GP3,
      NO_PARTITION_LIMIT,
      "sized with the AWS blog Equation 1 flows on EC2 baselines; utilisation is at peak with one of 3 AZs lost",
    ]);
  });
  it("eu-west-1 (no EC2 price) with labour: the first type with ≥ 4 GiB (m5.large), chosen on the priced costs", () => {
    const r = one({ ...ORDERS(), region: "eu-west-1" }, "self-managed", {
      opsHoursPerMonth: 40,
      opsHourlyRateUsd: 100.5,
    });
    expect(r.notes).toEqual([
      "includes operations labour: 40 h/month × $100.5/h (user input)",
      "no EC2 on-demand price in eu-west-1: the broker type is chosen on the priced costs, then the fewest brokers; its instance-hours are listed as a missing price",
      "KRaft controllers: 3 × m5.large (assumed: no source names a controller type; first type with ≥ 4 GiB memory, Confluent KRaft configuration guide), 64 GiB gp3 each",
      REPLICATION,
      GP3,
      NO_PARTITION_LIMIT,
      "sized with the AWS blog Equation 1 flows on EC2 baselines; utilisation is at peak with one of 3 AZs lost",
    ]);
  });
  it("a controller type given is not called assumed; tiered storage is said not modelled; no AZ loss: utilisation at peak only", () => {
    const r = one(
      {
        targets: { tolerateAzLoss: false },
        streams: [
          { name: "orders", ingress: "10 MB/s", partitions: 30, retention: "7d", localRetention: "3d" },
        ],
      },
      "self-managed",
      { controllerInstanceType: "m5.large" },
    );
    // 10 MB/s × 2 copies × 2,628,000 s = 48,950 GiB (as above: retention does not change the transfer).
    expect(r.notes).toEqual([
      "infrastructure only: operations labour not included (give --ops-hours-per-month and --ops-hourly-rate)",
      "KRaft controllers: 3 × m5.large, 64 GiB gp3 each",
      REPLICATION,
      GP3,
      NO_PARTITION_LIMIT,
      "sized with the AWS blog Equation 1 flows on EC2 baselines; utilisation is at peak",
      "tiered storage is not modelled for self-managed Kafka: the full retention is kept on gp3",
    ]);
  });
});

describe("Kinesis provisioned notes", () => {
  const TIP =
    "each consumer group is assumed to read every record once from the tip; long-term retention retrieval is not charged (no replay modelled)";
  it("enhanced fan-out for one stream of one, then one of two (mixed read mode)", () => {
    const alone = one({ streams: [TINY] }, "kinesis-provisioned");
    expect(alone.configuration).toMatchObject({ shards: 1, readMode: "enhanced fan-out", efoConsumers: 20 });
    expect(alone.notes).toEqual([
      "enhanced fan-out for 1 of 1 streams (20 whole consumers): cheaper than more shards for shared reads",
      TIP,
    ]);
    const mixed = one({ streams: [TINY, BIG] }, "kinesis-provisioned");
    expect(mixed.configuration).toMatchObject({ shards: 2, readMode: "mixed", efoConsumers: 20 });
    expect(mixed.notes).toEqual([
      "enhanced fan-out for 1 of 2 streams (20 whole consumers): cheaper than more shards for shared reads",
      TIP,
    ]);
  });
  it("a read mode chosen with a price missing says so: 1 stream, 2 streams", () => {
    const { efoDataGb: _, ...rest } = BUNDLED_ALTERNATIVE_PRICES.kinesis["us-east-1"] ?? {};
    const prices = { ...BUNDLED_ALTERNATIVE_PRICES, kinesis: { "us-east-1": rest } };
    const a = one({ streams: [TINY] }, "kinesis-provisioned", { prices });
    expect(a.notes[1]).toBe(
      "read mode (shared or enhanced fan-out) of 1 stream chosen on the priced costs only: some Kinesis prices are missing in us-east-1",
    );
    const b = one({ streams: [TINY, { ...TINY, name: "t2" }] }, "kinesis-provisioned", { prices });
    expect(b.notes).toEqual([
      "enhanced fan-out for 2 of 2 streams (40 whole consumers): cheaper than more shards for shared reads",
      "read mode (shared or enhanced fan-out) of 2 streams chosen on the priced costs only: some Kinesis prices are missing in us-east-1",
      TIP,
    ]);
  });
  it("30 groups with a price missing: shared reads only (over 20 fan-out consumers), so no priced-only choice is noted", () => {
    const { efoDataGb: _, ...rest } = BUNDLED_ALTERNATIVE_PRICES.kinesis["us-east-1"] ?? {};
    const prices = { ...BUNDLED_ALTERNATIVE_PRICES, kinesis: { "us-east-1": rest } };
    expect(
      one({ streams: [{ ...TINY, consumerGroups: 30 }] }, "kinesis-provisioned", { prices }).notes,
    ).toEqual([
      "shared reads by up to 30 consumer groups: the 5 GetRecords calls/s per shard are shared, so each group polls a shard every 6 s (expect that much latency; enhanced fan-out avoids it at a higher price)",
      TIP,
    ]);
  });
  it("the account's shard quota (1,000 in us-east-2): 1,000 MB/s is 1,000 shards, no note; 1,001 MB/s is 1,001 shards, noted", () => {
    const at = (ingress: string) =>
      one(
        {
          region: "us-east-2",
          streams: [{ name: "w", ingress, messageSize: "1 kB", partitions: 2000, retention: "1d" }],
        },
        "kinesis-provisioned",
      );
    expect(at("1000 MB/s").notes).toEqual([TIP]);
    expect(at("1001 MB/s").notes).toEqual([
      `1,001 shards exceed the default account quota of 1,000 in us-east-2 (adjustable, ${QUOTAS})`,
      TIP,
    ]);
  });
});

describe("Kinesis on-demand notes", () => {
  const PRICES = "On-demand Standard prices (2024); On-demand Advantage prices are not sourced";
  const s = (o: Record<string, string>) => ({
    name: "t",
    messageSize: "1 kB",
    partitions: 4,
    retention: "1d",
    ...o,
  });
  it("a launch above 4 MB/s: exactly 4 MB/s no note, 4.001 MB/s noted", () => {
    expect(one({ streams: [s({ ingress: "4 MB/s" })] }, "kinesis-on-demand").notes).toEqual([PRICES]);
    expect(one({ streams: [s({ ingress: "4.001 MB/s" })] }, "kinesis-on-demand").notes).toEqual([
      `a new on-demand stream starts at 4 MB/s write and scales on the previous 30 days' peak: expect throttling at launch below 4 MB/s (${QUOTAS}; Luca Raveri article on Kinesis on-demand)`,
      PRICES,
    ]);
  });
  it("the launch note reads the largest peak of the streams, and names every throttled stream", () => {
    const r = one(
      {
        streams: [
          s({ name: "a", ingress: "1 MB/s", egress: "2 MB/s", peakEgress: "3 MB/s" }),
          s({ name: "b", ingress: "5 MB/s", egress: "10 MB/s", peakEgress: "11 MB/s" }),
        ],
      },
      "kinesis-on-demand",
    );
    expect(r.notes).toEqual([
      `a new on-demand stream starts at 4 MB/s write and scales on the previous 30 days' peak: expect throttling at launch below 5 MB/s (${QUOTAS}; Luca Raveri article on Kinesis on-demand)`,
      "a, b: peak egress above 2 × peak ingress may be throttled on shared reads (on-demand reads scale to twice the writes)",
      PRICES,
    ]);
  });
  it("streams per account: 50 no note, 51 noted", () => {
    const streams = (n: number) =>
      Array.from({ length: n }, (_, i) => s({ name: `s${i}`, ingress: "1 MB/s" }));
    expect(one({ streams: streams(50) }, "kinesis-on-demand").notes).toEqual([PRICES]);
    expect(one({ streams: streams(51) }, "kinesis-on-demand").notes).toEqual([
      `51 on-demand streams exceed the default 50 per account (adjustable, ${QUOTAS})`,
      PRICES,
    ]);
  });
  it("reads beyond 2 × ingress on average are fan-out; at 2 × on average but above at peak, throttling is noted instead", () => {
    // 1 MB/s in, 2.5 MB/s out: 2 ÷ 2.5 = 0.8 of the reads shared, 0.2 fan-out.
    expect(
      one({ streams: [s({ ingress: "1 MB/s", egress: "2.5 MB/s" })] }, "kinesis-on-demand").notes,
    ).toEqual([
      "enhanced fan-out for 1 of 1 streams: reads beyond 2 × ingress exceed on-demand shared reads (2 × writes) and are billed as enhanced fan-out",
      PRICES,
    ]);
    // Exactly 2 × on average: all shared; a 3 MB/s peak (> 2 × 1 MB/s) may be throttled.
    expect(
      one(
        { streams: [s({ ingress: "1 MB/s", egress: "2 MB/s", peakEgress: "3 MB/s" })] },
        "kinesis-on-demand",
      ).notes,
    ).toEqual([
      "t: peak egress above 2 × peak ingress may be throttled on shared reads (on-demand reads scale to twice the writes)",
      PRICES,
    ]);
    // A 2 MB/s peak (exactly 2 × 1 MB/s): nothing to say.
    expect(one({ streams: [s({ ingress: "1 MB/s", egress: "2 MB/s" })] }, "kinesis-on-demand").notes).toEqual(
      [PRICES],
    );
  });
});

describe("SQS notes", () => {
  const REPLAY =
    "SQS does not offer replay: a message is gone once consumed and deleted; every consumer group needs its own queue";
  const RETENTION = "retention at most 14 days; no compaction";
  it("standard, the batch assumed, no free tier; FIFO's ordering note", () => {
    expect(one(ORDERS(), "sqs-standard").notes).toEqual([
      DEFAULT_SIZE,
      REPLAY,
      "no ordering guarantee and at-least-once delivery (Kafka orders within a partition)",
      RETENTION,
      "batches of 10 messages per send, receive and delete (assumed; set the batch size); each 64 KB of a request's payload is billed as one request",
      "free tier not applied (it is per account; enable it only if nothing else uses it)",
    ]);
    const small = {
      streams: [{ name: "s", messagesPerSec: 10, messageSize: "1 kB", partitions: 1, retention: "1d" }],
    };
    expect(one(small, "sqs-fifo", { sqsBatchSize: 4, sqsFreeTier: true }).notes).toEqual([
      REPLAY,
      "ordering only within a FIFO message group (Kafka orders within a partition)",
      RETENTION,
      "batches of 4 messages per send, receive and delete; each 64 KB of a request's payload is billed as one request",
      "free tier (1 M requests/month) subtracted",
    ]);
  });
  it("every stream whose message size was not given is named, in order", () => {
    const r = one(
      {
        streams: [
          { name: "a", ingress: "1 kB/s", partitions: 1, retention: "1d" },
          { name: "given", ingress: "1 kB/s", messageSize: "2 kB", partitions: 1, retention: "1d" },
          { name: "b", ingress: "1 kB/s", partitions: 1, retention: "1d" },
        ],
      },
      "sqs-standard",
    );
    expect(r.notes[0]).toBe(
      "assumption: message size 1024 bytes (default) for a, b; it sets records/s, PUT units and SQS requests — give messageSize or --message-size",
    );
  });
  it("a batch cut by the 1 MiB limit reads 'up to' the size asked for", () => {
    // ⌊1,048,576 ÷ 512,000⌋ = 2 messages of 500 KiB per batch, fewer than the 10 asked.
    const r = one(
      { streams: [{ name: "s", messagesPerSec: 1, messageSize: "500 KiB", partitions: 1, retention: "1d" }] },
      "sqs-standard",
      { sqsBatchSize: 10 },
    );
    expect(r.configuration).toMatchObject({ batchSize: 2 });
    expect(r.notes[3]).toBe(
      "batches of up to 10 messages per send, receive and delete; each 64 KB of a request's payload is billed as one request",
    );
  });
});
