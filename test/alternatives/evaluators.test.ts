// Hand-worked evaluations of whole workloads (numbers derived in the comments from alternatives.md).
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
import type { AlternativeOptionId, OptionResult } from "../../src/plan/types.js";

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
const one = (raw: unknown, id: AlternativeOptionId, inputs?: AlternativeInputs) =>
  run(raw, [id], inputs)[0] as OptionResult;

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
    expect(r.binding).toBe("minimum brokers");
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
    expect((r.configuration?.brokers as number) % 3).toBe(0);
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
  it("outside us-east-1 it is infeasible with the reason, not extrapolated", () => {
    const r = one({ ...ORDERS, region: "eu-west-1" }, "self-managed");
    expect(r).toMatchObject({ feasible: false, monthlyUsd: null });
    expect(r.reasons[0]).toMatch(/no sourced EC2 on-demand prices in eu-west-1/);
  });
});

describe("Kinesis Data Streams", () => {
  it("[AWS-KIN-OLD] inputs, 100 records/s × 35 KB, 1 day: 4 shards, 2 PUT units per record → $43.80 + $7.36 = $51.16", () => {
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
  it("7 consumer groups exceed the shared read limit: enhanced fan-out for all, billed per consumer-shard-hour", () => {
    const r = one(
      {
        streams: [
          {
            name: "fan",
            ingress: "1 MB/s",
            consumerGroups: 7,
            messageSize: "1 kB",
            partitions: 4,
            retention: "1d",
          },
        ],
      },
      "kinesis-provisioned",
    );
    expect(r.configuration).toMatchObject({ shards: 1, readMode: "enhanced fan-out", efoConsumers: 7 });
    const efo = r.lineItems.find((i) => i.unit === "consumer-shard-hours");
    expect(efo?.quantity).toBe(7 * 730);
  });
  it("more than 20 consumer groups, retention over 365 days, or records over 1 MB are infeasible with the reason", () => {
    const base = { name: "s", ingress: "1 MB/s", partitions: 4, retention: "1d" };
    expect(one({ streams: [{ ...base, consumerGroups: 21 }] }, "kinesis-provisioned").reasons[0]).toMatch(
      /21 consumer groups > 20 enhanced fan-out consumers/,
    );
    expect(one({ streams: [{ ...base, retention: "400d" }] }, "kinesis-on-demand").reasons[0]).toMatch(
      /retention 400 days > Kinesis maximum 365 days/,
    );
    expect(one({ streams: [{ ...base, messageSize: "2 MB" }] }, "kinesis-provisioned").reasons[0]).toMatch(
      /record size 2,000,000 bytes > Kinesis maximum/,
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
      /peak write 250 MB\/s > on-demand ceiling 200 MB\/s per stream in us-east-2/,
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
  it("retention over 14 days and FIFO over 300 calls/s are infeasible with the reason", () => {
    expect(
      one({ streams: [{ name: "s", ingress: "1 kB/s", partitions: 1, retention: "15d" }] }, "sqs-standard")
        .reasons[0],
    ).toMatch(/retention 15 days > SQS maximum 14 days/);
    expect(one(ORDERS, "sqs-fifo").reasons[0]).toMatch(
      /976.6 send calls\/s per queue at peak .* > FIFO limit 300/,
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
