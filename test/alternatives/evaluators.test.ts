// Hand-worked evaluations of whole workloads (numbers derived in the comments from docs/billing-rules.md).
import { describe, expect, it } from "vitest";
import { deriveDemand } from "../../src/model/derive-demand.js";
import { InputError } from "../../src/model/errors.js";
import { parseWorkload } from "../../src/model/workload-schema.js";
import {
  type AlternativeInputs,
  evaluateAlternatives,
  INFRASTRUCTURE_ONLY,
} from "../../src/plan/alternatives/index.js";
import { crossAzReplicaCopies } from "../../src/plan/alternatives/self-managed.js";
import type { AlternativeOptionId, OptionResult, OptionResultOf } from "../../src/plan/types.js";

const cents = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);

function run(
  raw: unknown,
  ids?: AlternativeOptionId[],
  inputs?: AlternativeInputs,
  hours = 730,
): OptionResult[] {
  const workload = parseWorkload(raw);
  return evaluateAlternatives(
    { workload, demand: deriveDemand(workload), hours, region: workload.region, inputs },
    ids,
  );
}
const one = <O extends AlternativeOptionId>(raw: unknown, id: O, inputs?: AlternativeInputs) =>
  run(raw, [id], inputs)[0] as OptionResultOf<O>;

const ORDERS = { streams: [{ name: "orders", ingress: "10 MB/s", partitions: 30, retention: "1d" }] };

describe("self-managed Kafka on EC2", () => {
  it("10 MB/s, RF 3, 1 day: 3 × m7g.large brokers + 3 controllers, 1,610 GiB gp3 each, cross-AZ replication billed = $2,390.85", () => {
    // Equation 1 on m7g.large (78.75 MB/s EBS, 0.937 Gbps): storage 30 MB/s × 1.5 (AZ loss) ÷ (0.5 × 78.75) → 2,
    // network out (10 + 20) MB/s × 1.5 ÷ (0.5 × 117.1) → 1, minimum 3 (one per AZ) binds.
    // Storage 10 MB/s × 86,400 s × 3 × 2 head-room ÷ 3 brokers = 1,609.3 → 1,610 GiB.
    // 3 × 730 h × $0.0816 = $178.704 brokers, same for controllers; gp3 (4,830 + 192) × $0.08 = $401.76;
    // replication 10 MB/s × 2 copies × 2,628,000 s = 48,950.3 GiB × 2 sides × $0.01 = $979.01;
    // clients (⅔ × 10 + ⅔ × 10) MB/s × 2,628,000 s = 32,633.5 GiB × $0.02 = $652.67.
    const r = one(ORDERS, "self-managed");
    expect(r.feasible).toBe(true);
    expect(r.configuration).toMatchObject({
      instanceType: "m7g.large",
      brokers: 3,
      storagePerBrokerGiB: 1610,
      controllers: 3,
      costBasis: INFRASTRUCTURE_ONLY,
      opsHoursPerMonth: null,
    });
    expect(r.lineItems.map((i) => cents(i.costUsd))).toEqual([178.7, 178.7, 386.4, 15.36, 979.01, 652.67]);
    expect(cents(r.monthlyUsd)).toBe(2390.85);
    expect(r.binding).toBe("minimumBrokers");
    expect(r.notes[0]).toMatch(/^infrastructure only: operations labour not included/);
  });
  it("labour is added only when both inputs are given, and says so", () => {
    const r = one(ORDERS, "self-managed", { opsHoursPerMonth: 40, opsHourlyRateUsd: 100 });
    expect(r.configuration).toMatchObject({
      costBasis: "infrastructure + operations labour",
      opsHoursPerMonth: 40,
      opsHourlyRateUsd: 100,
    });
    expect(cents(r.monthlyUsd)).toBe(2390.85 + 4000);
  });
  it("one labour input without the other is an InputError naming the missing flag", () => {
    expect(() => one(ORDERS, "self-managed", { opsHoursPerMonth: 40 })).toThrow(InputError);
    expect(() => one(ORDERS, "self-managed", { opsHoursPerMonth: 40 })).toThrow(
      /^--ops-hourly-rate: expected a value when --ops-hours-per-month is given/,
    );
    expect(() => one(ORDERS, "self-managed", { opsHoursPerMonth: -1, opsHourlyRateUsd: 5 })).toThrow(
      /^--ops-hours-per-month:/,
    );
  });
  it("200 MB/s at peak needs more brokers than the minimum, bound by a throughput limit", () => {
    const r = one(
      { streams: [{ name: "big", ingress: "200 MB/s", partitions: 300, retention: "1d" }] },
      "self-managed",
    );
    expect(r.feasible).toBe(true);
    expect(["storageThroughput", "networkOut", "networkIn", "storageCapacity"]).toContain(r.binding);
    if (!r.feasible) throw new Error("expected a feasible self-managed result");
    expect(r.configuration.brokers % 3).toBe(0);
    expect(Math.max(...Object.values(r.utilisation))).toBeLessThanOrEqual(1);
  });
  it("cross-AZ follower copies: RF − 1 when RF ≤ AZs, RF − RF/AZs above", () => {
    expect([
      crossAzReplicaCopies(3, 3),
      crossAzReplicaCopies(2, 3),
      crossAzReplicaCopies(3, 2),
      crossAzReplicaCopies(1, 3),
    ]).toEqual([2, 1, 1.5, 0]);
  });
  it("outside us-east-1: still feasible, partly priced — EC2 and gp3 listed as missing, cross-AZ transfer priced", () => {
    const r = one({ ...ORDERS, region: "eu-west-1" }, "self-managed");
    expect(r).toMatchObject({ feasible: true, priced: "partial", reasons: [] });
    expect(r.missingPrices.map((m) => m.name)).toEqual(["EC2 m5.large instance-hours", "EBS gp3 storage"]);
    // Cross-AZ transfer does not depend on the broker type: replication $979.01 + clients $652.67
    // (the us-east-1 case above; $0.01 per GB each way in eu-west-1 too, `infracost-data-transfer`).
    expect(r.lineItems.map((l) => l.dimension)).toEqual(["dataTransfer:crossAz", "dataTransfer:crossAz"]);
    expect(cents(r.monthlyUsd)).toBe(1631.68);
    // No EC2 price: chosen on the priced costs (equal for every type), then the fewest brokers (3).
    expect((r.configuration as { brokers: number }).brokers).toBe(3);
    expect(r.notes.join("\n")).toMatch(
      /no EC2 on-demand price in eu-west-1: the broker type is chosen on the priced costs/,
    );
  });
});

describe("Kinesis Data Streams", () => {
  it("`kinesis-pricing-page` inputs, 100 records/s × 35 KB, 1 day: 4 shards, 2 PUT units per record → $43.80 + $7.36 = $51.16", () => {
    // 3.5 MB/s ÷ 1 MB/s → 4 shards (the page's "3.4 MB/s" is its own rounding); 200 units/s × 2,628,000 s × $0.014/M.
    const r = one(
      {
        streams: [
          { name: "clicks", messagesPerSec: 100, messageSize: "35 kB", partitions: 4, retention: "1d" },
        ],
      },
      "kinesis-provisioned",
    );
    expect(r.configuration).toMatchObject({ shards: 4, putUnitsPerRecord: 2, readMode: "shared" });
    expect(r.lineItems.map((i) => [i.quantity, cents(i.costUsd)])).toEqual([
      [2920, 43.8],
      [525_600_000, 7.36],
    ]);
    expect(cents(r.monthlyUsd)).toBe(51.16);
  });
  it("10 MB/s of 1 KiB records: 10 shards, write bytes bind at 100%; the default message size is echoed", () => {
    const r = one(ORDERS, "kinesis-provisioned");
    expect(r.configuration).toMatchObject({ shards: 10 });
    expect(r.binding).toBe("writeBytes");
    expect(r.notes[0]).toMatch(/^assumption: message size 1024 bytes \(default\) for orders/);
  });
  it("shared-read limit, 1 MB/s in of 1 kB records, 1 d: 2 MB/s out fits 1 shard ($10.95 + $36.79 PUT = $47.74); 2.002 MB/s out needs ⌈2.002 ÷ 2⌉ = 2 shards ($21.90 + $36.79 = $58.69)", () => {
    // PUT: 1,000 records/s × 2,628,000 s × 1 unit × $0.014/M = $36.792; shards 730 h × $0.015 each.
    const at = (egress: string) =>
      one(
        {
          streams: [
            { name: "s", ingress: "1 MB/s", egress, messageSize: "1 kB", partitions: 4, retention: "1d" },
          ],
        },
        "kinesis-provisioned",
      );
    const below = at("2 MB/s");
    const above = at("2.002 MB/s");
    expect(below.configuration).toMatchObject({ shards: 1, readMode: "shared" });
    expect(cents(below.monthlyUsd)).toBe(47.74);
    expect(above.configuration).toMatchObject({ shards: 2, readMode: "shared" });
    expect(cents(above.monthlyUsd)).toBe(58.69);
  });
  it("GetRecords calls, 1 MB/s in, 5 vs 6 consumer groups: both on shared reads, ⌈5 ÷ 2⌉ = 3 and ⌈6 ÷ 2⌉ = 3 shards ($32.85 + $36.79 = $69.64); 6 groups each poll every 6 ÷ 5 = 1.2 s", () => {
    const at = (groups: number) =>
      one(
        {
          streams: [
            {
              name: "s",
              ingress: "1 MB/s",
              consumerGroups: groups,
              messageSize: "1 kB",
              partitions: 4,
              retention: "1d",
            },
          ],
        },
        "kinesis-provisioned",
      );
    const five = at(5);
    const six = at(6);
    expect(five.configuration).toMatchObject({ shards: 3, readMode: "shared" });
    expect(six.configuration).toMatchObject({ shards: 3, readMode: "shared" });
    expect(cents(five.monthlyUsd)).toBe(69.64);
    expect(cents(six.monthlyUsd)).toBe(69.64);
    expect(five.notes.join(" ")).not.toMatch(/polls a shard every/);
    expect(six.notes.join(" ")).toMatch(/each group polls a shard every 1\.2 s/);
  });
  it("derived groups are whole: 5.09 (egress ÷ ingress) billed as 6 enhanced fan-out consumers where fan-out is used", () => {
    // Small records bound shared reads on records: fan-out is then cheaper; its consumers are whole.
    const r = one(
      {
        streams: [
          {
            name: "fan",
            ingress: "100 kB/s",
            egress: "509 kB/s",
            messageSize: "100 B",
            partitions: 4,
            retention: "8d",
          },
        ],
      },
      "kinesis-provisioned",
    );
    if (r.configuration?.readMode === "enhanced fan-out") {
      expect(r.configuration.efoConsumers).toBe(6);
      const efo = r.lineItems.find((i) => i.unit === "consumer-shard-hours");
      expect((efo?.quantity as number) % (6 * 730)).toBe(0);
    } else expect(r.configuration?.efoConsumers).toBe(0);
  });
  it("51 consumer groups: > 50 on shared reads (5 calls/s × 10,000 records per call ÷ 1,000 records/s) and > 20 fan-out consumers: infeasible; retention over 365 days too", () => {
    const base = { name: "s", ingress: "1 MB/s", partitions: 4, retention: "1d" };
    expect(one({ streams: [{ ...base, consumerGroups: 50 }] }, "kinesis-provisioned").feasible).toBe(true);
    expect(one({ streams: [{ ...base, consumerGroups: 51 }] }, "kinesis-provisioned").reasons[0]).toMatch(
      /consumer groups 51 > 20 \(enhanced fan-out consumers per stream; and > 50 on shared reads/,
    );
    expect(one({ streams: [{ ...base, retention: "400d" }] }, "kinesis-on-demand").reasons[0]).toMatch(
      /retention 400 days > 365 days \(Kinesis maximum/,
    );
  });
  it("a 1 MiB record fits the default maximum: ⌈1,048,576 ÷ 25,000⌉ = 42 PUT units; 1 MiB + 1 byte does not, unless the stream's maximum is raised (up to 10 MiB)", () => {
    const rec = (messageSize: string) => ({
      streams: [{ name: "s", messagesPerSec: 1, messageSize, partitions: 4, retention: "1d" }],
    });
    const fits = one(rec("1 MiB"), "kinesis-provisioned");
    expect(fits.feasible).toBe(true);
    expect(fits.configuration?.putUnitsPerRecord).toBe(42);
    // 1 record/s × 2,628,000 s × 42 units × $0.014/M = $1.545264; 2 shards (1,048,576 B/s > 1 MB/s) × $10.95.
    expect(cents(fits.monthlyUsd)).toBe(cents(2 * 10.95 + 2_628_000 * 42 * 0.014e-6));
    expect(one(rec("1000 KiB"), "kinesis-on-demand").feasible).toBe(true);
    const over = one(rec("1048577 B"), "kinesis-provisioned");
    expect(over.reasons[0]).toMatch(
      /record size 1,048,577 bytes > 1,048,576 bytes \(Kinesis maximum record size: the 1 MiB default; a stream can be set up to 10 MiB/,
    );
    expect(
      one(rec("1048577 B"), "kinesis-provisioned", { kinesisMaxRecordBytes: 10 * 2 ** 20 }).feasible,
    ).toBe(true);
    expect(one(rec("10 MiB"), "kinesis-on-demand", { kinesisMaxRecordBytes: 10 * 2 ** 20 }).feasible).toBe(
      true,
    );
    expect(() => one(rec("1 KiB"), "kinesis-on-demand", { kinesisMaxRecordBytes: 10 * 2 ** 20 + 1 })).toThrow(
      /^--kinesis-max-record-size: expected a size from 1 MiB to 10 MiB/,
    );
  });
  it("on-demand, 1 MB/s of 1,000-byte records for 1 day: 730 stream-hours + data in/out rounded to 1,024 bytes", () => {
    // 1,000 records/s × 2,628,000 s × 1,024 B = 2,691,072,000,000 B = 2,506.26 GiB; × $0.08 = $200.50; read × $0.04 = $100.25.
    const r = one(
      { streams: [{ name: "s", ingress: "1 MB/s", messageSize: "1 kB", partitions: 4, retention: "1d" }] },
      "kinesis-on-demand",
    );
    expect(r.lineItems.map((i) => cents(i.costUsd))).toEqual([29.2, 200.5, 100.25]);
    expect(cents(r.monthlyUsd)).toBe(329.95);
  });
  it("on-demand over 200 MB/s in us-east-2 is beyond the per-stream ceiling", () => {
    const r = one(
      {
        region: "us-east-2",
        streams: [{ name: "s", ingress: "250 MB/s", partitions: 300, retention: "1d" }],
      },
      "kinesis-on-demand",
    );
    expect(r.feasible).toBe(false);
    expect(r.reasons[0]).toMatch(
      /peak write 250 MB\/s > 200 MB\/s \(on-demand ceiling per stream in us-east-2/,
    );
  });
});

describe("SQS", () => {
  it("10 MB/s of 1 KiB messages, batches of 10: 3 requests per 10 messages = 7,699,218,750 requests = $3,079.69", () => {
    const r = one(ORDERS, "sqs-standard");
    expect(r.configuration).toMatchObject({ queues: 1, batchSize: 10, requestsPerMonth: 7_699_218_750 });
    expect(cents(r.monthlyUsd)).toBe(3079.69);
    expect(r.notes.join(" ")).toMatch(/does not offer replay/);
  });
  it("one queue per consumer group: 3 groups cost 3 times 1", () => {
    const a = one(
      { streams: [{ name: "s", ingress: "100 kB/s", partitions: 4, retention: "1d" }] },
      "sqs-standard",
    );
    const b = one(
      { streams: [{ name: "s", ingress: "100 kB/s", consumerGroups: 3, partitions: 4, retention: "1d" }] },
      "sqs-standard",
    );
    expect(b.configuration?.queues).toBe(3);
    expect(b.monthlyUsd).toBeCloseTo(3 * (a.monthlyUsd as number), 6);
  });
  it("100 KiB messages: batches shrink to the 1 MiB batch limit and each request is billed per 64 KB chunk", () => {
    // 10 × 100 KiB = 1,000 KiB ≤ 1 MiB: batch 10; a 1,000 KiB batch is 16 chunks.
    const r = one(
      {
        streams: [{ name: "s", messagesPerSec: 10, messageSize: "100 KiB", partitions: 4, retention: "1d" }],
      },
      "sqs-standard",
      { sqsBatchSize: 10 },
    );
    // 10 msg/s × 2,628,000 s = 26,280,000 messages → 2,628,000 batches × (16 + 16 + 1) = 86,724,000 requests × $0.40/M.
    expect(r.configuration?.requestsPerMonth).toBe(86_724_000);
    expect(cents(r.monthlyUsd)).toBe(34.69);
  });
  it("a 512 KiB message fits (max 1 MiB since 2025): batches of ⌊1 MiB ÷ 512 KiB⌋ = 2, each 1 MiB request billed as 16 × 64 KB chunks: 1 msg/s for 730 h = 1,314,000 batches × (16 + 16 + 1) = 43,362,000 requests × $0.40/M = $17.34", () => {
    const r = one(
      { streams: [{ name: "s", messagesPerSec: 1, messageSize: "512 KiB", partitions: 4, retention: "1d" }] },
      "sqs-standard",
    );
    expect(r.feasible).toBe(true);
    expect(r.configuration).toMatchObject({ batchSize: 2, requestsPerMonth: 43_362_000 });
    expect(cents(r.monthlyUsd)).toBe(17.34);
  });
  it("the SQS maximum message is 1 MiB: 1,048,576 bytes fit, 1,048,577 do not", () => {
    const msg = (messageSize: string) => ({
      streams: [{ name: "s", messagesPerSec: 1, messageSize, partitions: 4, retention: "1d" }],
    });
    expect(one(msg("1 MiB"), "sqs-standard").feasible).toBe(true);
    expect(one(msg("1048577 B"), "sqs-fifo").reasons[0]).toMatch(
      /message size 1,048,577 bytes > 1,048,576 bytes \(SQS maximum 1 MiB/,
    );
  });
  it("derived groups: 2.5 groups (egress ÷ ingress) are 3 whole queues; requests follow the 2.5 × messages delivered", () => {
    const r = one(
      { streams: [{ name: "s", ingress: "100 kB/s", egress: "250 kB/s", partitions: 4, retention: "1d" }] },
      "sqs-standard",
    );
    const one1 = one(
      { streams: [{ name: "s", ingress: "100 kB/s", partitions: 4, retention: "1d" }] },
      "sqs-standard",
    );
    expect(r.configuration?.queues).toBe(3);
    expect(r.monthlyUsd).toBeCloseTo(2.5 * (one1.monthlyUsd as number), 6);
  });
  it("retention over 14 days and FIFO over 300 calls/s are infeasible with the reason", () => {
    expect(
      one({ streams: [{ name: "s", ingress: "1 kB/s", partitions: 1, retention: "15d" }] }, "sqs-standard")
        .reasons[0],
    ).toMatch(/retention 15 days > 14 days \(SQS maximum/);
    expect(one(ORDERS, "sqs-fifo").reasons[0]).toMatch(
      /FIFO calls per second 976.6 calls\/s > 300 calls\/s \(send calls per queue at peak/,
    );
  });
  it("the free tier is an option; the batch size is validated", () => {
    const w = {
      streams: [{ name: "s", messagesPerSec: 1, messageSize: "1 kB", partitions: 1, retention: "1d" }],
    };
    // 2,628,000 messages ÷ 10 × 3 = 788,400 requests < 1 M free.
    expect(one(w, "sqs-standard", { sqsFreeTier: true }).monthlyUsd).toBe(0);
    expect(() => one(w, "sqs-fifo", { sqsBatchSize: 11 })).toThrow(
      /^--sqs-batch-size: expected a whole number of messages from 1 to 10/,
    );
  });
});
