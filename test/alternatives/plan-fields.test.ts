// What the alternatives' plans report beside their totals (read mode, shards, utilisation, the
// binding resource, line quantities, the option of an infeasible result), worked by hand; and the
// cost-only paths (what a sweep or simulation calls) exactly at each limit and one step past it.
// Every workload is built inside its test (a mutant is switched on after the file loads).
// "MB" is 10^6 bytes, a GiB 2^30 bytes, a month 730 h = 2,628,000 s; prices: us-east-1 tables.
import { describe, expect, it } from "vitest";
import { deriveDemand } from "../../src/model/derive-demand.js";
import { parseWorkload } from "../../src/model/workload-schema.js";
import {
  prepareKinesisOnDemandCost,
  prepareKinesisProvisionedCost,
} from "../../src/plan/alternatives/kinesis-cost.js";
import { prepareSqsCost } from "../../src/plan/alternatives/sqs-cost.js";
import { BUNDLED_ALTERNATIVE_PRICES } from "../../src/pricing/alternatives/prices.js";
import { BIG, one, TINY } from "./one-option.js";

/** The cost path's feasibility for a one-stream workload. */
function costFeasible(
  prepare: (
    region: string,
    hours: number,
  ) => (w: ReturnType<typeof parseWorkload>, d: ReturnType<typeof deriveDemand>) => { feasible: boolean },
  stream: Record<string, unknown>,
  region = "us-east-1",
): boolean {
  const workload = parseWorkload({
    region,
    streams: [{ name: "s", partitions: 4, retention: "1d", ...stream }],
  });
  return prepare(region, 730)(workload, deriveDemand(workload)).feasible;
}

describe("Kinesis provisioned plan fields", () => {
  it("2,000 records/s of 10 B, 20 groups: 2 write shards, fan-out: 20 × 2 × 730 = 29,200 consumer-shard-hours; 20 × 20,000 B/s × 2,628,000 s = 979.0 GiB fanned out", () => {
    // Shared: ⌈20 × 2,000 ÷ 2,000⌉ = 20 shards × ($0.015 + $0.02) = $0.70/h; fan-out 2 × $0.035 + 40 × $0.015 = $0.67/h + data.
    const r = one({ streams: [{ ...TINY, messagesPerSec: 2000 }] }, "kinesis-provisioned");
    if (!r.feasible) throw new Error("expected feasible");
    expect(r.configuration).toMatchObject({ shards: 2, readMode: "enhanced fan-out", efoConsumers: 20 });
    const q = (unit: string) => r.lineItems.find((l) => l.unit === unit)?.quantity;
    expect(q("consumer-shard-hours")).toBe(29_200);
    expect(q("GB")).toBeCloseTo((20 * 20_000 * 2_628_000) / 2 ** 30, 9);
    // 2,000 records/s on 2 shards of 1,000: records bind at 100 %; 20 kB/s of 2 MB/s of bytes.
    expect(r.utilisation).toEqual({ writeBytes: 20_000 / 2e6, writeRecords: 1, sharedReadBytes: 0 });
    expect(r.binding).toBe("writeRecords");
  });
  it("30 groups: more than the 20 fan-out consumers, so shared reads (15 shards) even though fan-out would cost less", () => {
    // Shared ⌈30 × 1,000 ÷ 2,000⌉ = 15 shards × $0.035 = $0.525/h; fan-out 1 × $0.035 + 30 × $0.015 = $0.485/h.
    const r = one({ streams: [{ ...TINY, consumerGroups: 30 }] }, "kinesis-provisioned");
    expect(r.configuration).toMatchObject({ shards: 15, readMode: "shared", efoConsumers: 0 });
  });
  it("mixed: utilisation is the largest over the streams; equal write bytes and records keep the first (writeBytes)", () => {
    const r = one({ streams: [TINY, BIG] }, "kinesis-provisioned");
    // BIG on 1 shard: 1 MB/s ÷ 1 MB/s = 1, 1,000 ÷ 1,000 = 1, reads 1 MB/s ÷ 2 MB/s = 0.5; TINY on fan-out: records 1.
    expect(r.utilisation).toEqual({ writeBytes: 1, writeRecords: 1, sharedReadBytes: 0.5 });
    expect(r.binding).toBe("writeBytes");
  });
  it("PUT units per record is the largest over the streams: 35 kB is ⌈35,000 ÷ 25,000⌉ = 2, 1 kB is 1", () => {
    const r = one(
      {
        streams: [
          BIG,
          { ...BIG, name: "wide", messagesPerSec: 10, ingress: undefined, messageSize: "35 kB" },
        ],
      },
      "kinesis-provisioned",
    );
    expect(r.configuration).toMatchObject({ putUnitsPerRecord: 2 });
  });
  it("a missing price with nothing to choose (shared shards = write shards) is not called a priced-only choice", () => {
    const { efoDataGb: _, ...rest } = BUNDLED_ALTERNATIVE_PRICES.kinesis["us-east-1"] ?? {};
    const prices = { ...BUNDLED_ALTERNATIVE_PRICES, kinesis: { "us-east-1": rest } };
    expect(one({ streams: [BIG] }, "kinesis-provisioned", { prices }).notes.join("\n")).not.toMatch(
      /read mode/,
    );
  });
  it("infeasible results name their option; a raised maximum is named as the flag; each limit alone at its value", () => {
    const over = one({ streams: [{ ...BIG, retention: "400d" }] }, "kinesis-provisioned");
    expect(over.option).toBe("kinesis-provisioned");
    expect(one({ streams: [{ ...BIG, retention: "400d" }] }, "kinesis-on-demand").option).toBe(
      "kinesis-on-demand",
    );
    // A record of exactly 1 MiB with 366 days: only the retention is past its limit.
    const r = one(
      {
        streams: [{ ...BIG, ingress: undefined, messagesPerSec: 1, messageSize: "1 MiB", retention: "366d" }],
      },
      "kinesis-provisioned",
    );
    expect(r.reasons.length).toBe(1);
    expect(r.reasons[0]).toMatch(/^big: retention 366 days > 365 days/);
    // 2 MiB + 1 byte with a 2 MiB maximum and exactly 365 days: only the record size.
    const big = one(
      {
        streams: [
          { ...BIG, ingress: undefined, messagesPerSec: 1, messageSize: "2097153 B", retention: "365d" },
        ],
      },
      "kinesis-provisioned",
      { kinesisMaxRecordBytes: 2 * 2 ** 20 },
    );
    expect(big.reasons).toEqual([
      "big: record size 2,097,153 bytes > 2,097,152 bytes (Kinesis maximum record size: --kinesis-max-record-size; Amazon Kinesis Data Streams large records page)",
    ]);
  });
});

describe("Kinesis on-demand plan fields", () => {
  it("us-east-1 ceilings 10,000 MB/s write, 20,000 MB/s read: 1 MB/s in, 2 MB/s out ties (writeCeiling); 3 MB/s peak out at 0.8 shared reads → readCeiling", () => {
    const tie = one({ streams: [{ ...BIG, egress: "2 MB/s" }] }, "kinesis-on-demand");
    expect(tie.utilisation).toEqual({ writeCeiling: 1e6 / 1e10, readCeiling: 2e6 / 2e10 });
    expect(tie.binding).toBe("writeCeiling");
    // 2 ÷ 2.5 = 0.8 shared; 3 MB/s × 0.8 = 2.4 MB/s of 20,000 MB/s.
    const read = one(
      { streams: [{ ...BIG, egress: "2.5 MB/s", peakEgress: "3 MB/s" }] },
      "kinesis-on-demand",
    );
    expect(read.utilisation).toEqual({ writeCeiling: 1e6 / 1e10, readCeiling: (3e6 * 0.8) / 2e10 });
    expect(read.binding).toBe("readCeiling");
    expect(read.configuration).toMatchObject({ readMode: "shared and enhanced fan-out" });
  });
  it("two streams: the largest utilisation and billed record (1 kB → 1,024 B; 1,025 B → 2,048 B)", () => {
    const r = one(
      {
        streams: [
          { ...BIG, ingress: "2 MB/s" },
          { ...BIG, name: "b", messageSize: "1025 B" },
        ],
      },
      "kinesis-on-demand",
    );
    expect(r.configuration).toMatchObject({ streams: 2, readMode: "shared", billedRecordBytes: 2048 });
    expect(r.utilisation).toEqual({ writeCeiling: 2e6 / 1e10, readCeiling: 2e6 / 2e10 });
  });
});

describe("SQS plan fields", () => {
  it("standard: no utilisation, requests bind; FIFO: send calls per queue ÷ 300 at peak", () => {
    const w = {
      streams: [{ name: "s", messagesPerSec: 1500, messageSize: "1 kB", partitions: 1, retention: "1d" }],
    };
    const std = one(w, "sqs-standard");
    expect([std.utilisation, std.binding]).toEqual([{}, "requests"]);
    // 1,500 messages/s ÷ 10 per batch = 150 calls/s of 300.
    const fifo = one(w, "sqs-fifo");
    expect([fifo.utilisation, fifo.binding]).toEqual([{ fifoCallsPerSecond: 0.5 }, "fifoCallsPerSecond"]);
  });
});

describe("self-managed plan fields", () => {
  it("2 AZs and RF 3: at least ⌈3 ÷ 2⌉ × 2 = 4 brokers (one per replica, a multiple of the AZs)", () => {
    const r = one(
      {
        azs: 2,
        streams: [{ name: "s", ingress: "1 MB/s", partitions: 4, retention: "1d", replicationFactor: 3 }],
      },
      "self-managed",
    );
    expect(r.configuration).toMatchObject({ brokers: 4 });
    expect(r.binding).toBe("minimumBrokers");
  });
  it("line components name the broker and controller roles", () => {
    const r = one(
      { streams: [{ name: "s", ingress: "10 MB/s", partitions: 30, retention: "1d" }] },
      "self-managed",
    );
    expect(r.lineItems.map((l) => l.component).slice(0, 4)).toEqual([
      "Broker instances (EC2 m7g.large)",
      "KRaft controller instances (EC2 m7g.large)",
      "gp3 storage (broker volumes)",
      "gp3 storage (controller volumes)",
    ]);
  });
});

describe("cost-only paths at each limit", () => {
  it("SQS: a 1 MiB message fits, one byte more does not; FIFO 3,000 messages/s in batches of 10 is 300 calls/s (fits), 3,001 does not", () => {
    const std = (region: string, hours: number) => prepareSqsCost("sqs-standard", "standard", region, hours);
    const fifo = (region: string, hours: number) => prepareSqsCost("sqs-fifo", "fifo", region, hours);
    expect(costFeasible(std, { messagesPerSec: 1, messageSize: "1 MiB" })).toBe(true);
    expect(costFeasible(std, { messagesPerSec: 1, messageSize: "1048577 B" })).toBe(false);
    expect(costFeasible(fifo, { messagesPerSec: 3000, messageSize: "1 kB" })).toBe(true);
    expect(costFeasible(fifo, { messagesPerSec: 3001, messageSize: "1 kB" })).toBe(false);
  });
  it("SQS in a region with no SQS price, or none for the queue type: feasible, unpriced", () => {
    const workload = parseWorkload({
      streams: [{ name: "s", messagesPerSec: 1, messageSize: "1 kB", partitions: 1, retention: "1d" }],
    });
    const demand = deriveDemand(workload);
    expect(prepareSqsCost("sqs-standard", "standard", "xx-nowhere-1", 730)(workload, demand)).toEqual({
      option: "sqs-standard",
      feasible: true,
      monthlyUsd: null,
      priced: "none",
    });
    const { fifo: _, ...standardOnly } = BUNDLED_ALTERNATIVE_PRICES.sqs["us-east-1"] as never as Record<
      string,
      unknown
    >;
    const prices = { ...BUNDLED_ALTERNATIVE_PRICES, sqs: { "us-east-1": standardOnly } } as never;
    expect(prepareSqsCost("sqs-fifo", "fifo", "us-east-1", 730, { prices })(workload, demand)).toMatchObject({
      feasible: true,
      monthlyUsd: null,
      priced: "none",
    });
  });
  it("Kinesis: a 1 MiB record fits, one byte more does not; provisioned 50 groups fit, 51 do not; on-demand 200 MB/s in us-east-2 fits, 200.001 does not, 22 groups fit, 23 do not", () => {
    const p = prepareKinesisProvisionedCost;
    const d = prepareKinesisOnDemandCost;
    expect(costFeasible(p, { messagesPerSec: 1, messageSize: "1 MiB" })).toBe(true);
    expect(costFeasible(p, { messagesPerSec: 1, messageSize: "1048577 B" })).toBe(false);
    expect(costFeasible(p, { ingress: "1 MB/s", consumerGroups: 50 })).toBe(true);
    expect(costFeasible(p, { ingress: "1 MB/s", consumerGroups: 51 })).toBe(false);
    expect(costFeasible(d, { ingress: "200 MB/s", partitions: 200 }, "us-east-2")).toBe(true);
    expect(costFeasible(d, { ingress: "200.001 MB/s", partitions: 200 }, "us-east-2")).toBe(false);
    expect(costFeasible(d, { ingress: "1 MB/s", consumerGroups: 22 })).toBe(true);
    expect(costFeasible(d, { ingress: "1 MB/s", consumerGroups: 23 })).toBe(false);
  });
});
