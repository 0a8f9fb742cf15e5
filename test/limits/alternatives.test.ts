// The alternatives' limits exactly at the limit and one unit past it, and their billing units at
// sizes where rounding up and rounding to nearest differ. Limits as published (Kinesis Data
// Streams and SQS quota and pricing pages); "MB" in Kinesis limits is 10^6 bytes, a billed GB is
// 2^30 bytes, a month is 730 h = 2,628,000 s.
import { describe, expect, it } from "vitest";
import {
  KINESIS_LIMITS,
  kinesisOnDemandCeiling,
  kinesisShardQuota,
  onDemandBilledRecordBytes,
  putUnitsPerRecord,
} from "../../src/model/alternatives/kinesis.js";
import { SQS_LIMITS, sqsBilledRequests } from "../../src/model/alternatives/sqs.js";
import { deriveDemand } from "../../src/model/derive-demand.js";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { evaluateAlternatives } from "../../src/plan/alternatives/index.js";
import { sqsEffectiveBatch, sqsRequestsPerQueue } from "../../src/plan/alternatives/sqs.js";
import type { AlternativeOptionId, OptionResult, OptionResultOf } from "../../src/plan/types.js";

const SECONDS = 730 * 3600; // 2,628,000
const GiB = 2 ** 30;

function alt<O extends AlternativeOptionId>(
  id: O,
  stream: Record<string, unknown>,
  region = "us-east-1",
): OptionResultOf<O> {
  const workload = parseWorkload({
    region,
    azs: 3,
    streams: [
      { name: "s", ingress: "100000 B/s", partitions: 6, retention: "1d", messageSize: "1000 B", ...stream },
    ],
  });
  const [r] = evaluateAlternatives({ workload, demand: deriveDemand(workload), hours: 730, region }, [id]);
  return r as OptionResultOf<O>;
}
const line = (r: OptionResultOf<AlternativeOptionId>, prefix: string) =>
  r.lineItems.find((i) => i.component.startsWith(prefix));

describe("Kinesis Data Streams limits", () => {
  const both = ["kinesis-provisioned", "kinesis-on-demand"] as const;
  it.each(both)("%s: 365 days of retention (31,536,000 s) fits, one second more does not", (id) => {
    expect(alt(id, { retention: "31536000 s" }).feasible).toBe(true);
    const r = alt(id, { retention: "31536001 s" });
    expect(r.feasible).toBe(false);
    expect(r.reasons).toEqual([
      "s: retention 365 days > 365 days (exactly 31,536,001 > 31,536,000; Kinesis maximum, Amazon Kinesis Data Streams pricing page)",
    ]);
  });
  it("provisioned: 50 consumer groups fit on shared reads (5 GetRecords calls/s × 10,000 records per call ÷ 1,000 records/s), 51 do not (nor as > 20 fan-out consumers)", () => {
    expect(alt("kinesis-provisioned", { consumerGroups: 50 }).feasible).toBe(true);
    const r = alt("kinesis-provisioned", { consumerGroups: 51 });
    expect(r.feasible).toBe(false);
    expect(r.reasons[0]).toMatch(
      /^s: consumer groups 51 > 20 \(enhanced fan-out consumers per stream; and > 50 on shared reads/,
    );
  });
  it("on-demand: 22 consumer groups fit (2 on shared reads, 20 enhanced fan-out consumers), 23 do not", () => {
    expect(alt("kinesis-on-demand", { consumerGroups: 22 }).feasible).toBe(true);
    const r = alt("kinesis-on-demand", { consumerGroups: 23 });
    expect(r.feasible).toBe(false);
    expect(r.reasons[0]).toMatch(
      /^s: consumer groups 21 > 20 \(enhanced fan-out consumers per stream: 23 groups, 2 of them on shared reads/,
    );
  });
  it.each(both)("%s: a record of the default maximum size (1 MiB) fits, one byte more does not", (id) => {
    const max = KINESIS_LIMITS.defaultMaxRecordBytes;
    expect(max).toBe(1_048_576);
    expect(alt(id, { messageSize: `${max} B`, ingress: `${max} B/s` }).feasible).toBe(true);
    const r = alt(id, { messageSize: `${max + 1} B`, ingress: `${max + 1} B/s` });
    expect(r.feasible).toBe(false);
    expect(r.reasons[0]).toMatch(
      /^s: record size [\d,]+ bytes > 1,048,576 bytes \(Kinesis maximum record size/,
    );
  });
  it("provisioned: 5 consumer groups poll every second; the 6th shares the 5 calls/s per shard (each polls every 1.2 s) rather than forcing enhanced fan-out", () => {
    // 100,000 B/s in, 5 or 6 × that out ≤ 0.6 MB/s: one shard carries it shared either way.
    const five = alt("kinesis-provisioned", { consumerGroups: 5 });
    const six = alt("kinesis-provisioned", { consumerGroups: 6 });
    expect(five.configuration?.readMode).toBe("shared");
    expect(six.configuration?.readMode).toBe("shared");
    expect(five.notes.some((n) => n.includes("polls a shard every"))).toBe(false);
    expect(six.notes.some((n) => n.includes("each group polls a shard every 1.2 s"))).toBe(true);
  });
  it("provisioned: 1 MB/s of writes per shard — 4,000,000 B/s is 4 shards, 4,000,001 B/s is 5", () => {
    // 100 KB records keep the record rate (40/s) far from 1,000/s; egress = ingress (one group) needs ≤ 2 shards.
    const s = (b: number) => ({ ingress: `${b} B/s`, messageSize: "100000 B" });
    expect(alt("kinesis-provisioned", s(4_000_000)).configuration?.shards).toBe(4);
    expect(alt("kinesis-provisioned", s(4_000_001)).configuration?.shards).toBe(5);
  });
  it("provisioned: 1,000 records/s per shard — 100-byte records at 100,000 B/s are 1 shard, at 100,100 B/s 2", () => {
    expect(alt("kinesis-provisioned", { messageSize: "100 B" }).configuration?.shards).toBe(1);
    expect(
      alt("kinesis-provisioned", { messageSize: "100 B", ingress: "100100 B/s" }).configuration?.shards,
    ).toBe(2);
  });
  it("provisioned: 24 h of retention is included; 86,401 s bills every shard-hour for extended retention", () => {
    expect(line(alt("kinesis-provisioned", { retention: "86400 s" }), "Extended retention")).toBeUndefined();
    // 1 shard × 730 h.
    expect(line(alt("kinesis-provisioned", { retention: "86401 s" }), "Extended retention")?.quantity).toBe(
      730,
    );
  });
  it("provisioned: 7 days is extended retention; one second more starts long-term storage (1 s × 100,000 B/s)", () => {
    expect(
      line(alt("kinesis-provisioned", { retention: "604800 s" }), "Long-term retention"),
    ).toBeUndefined();
    // 100,000 bytes held beyond 7 days, for one month: 100,000 ÷ 2^30 GB-months.
    expect(
      line(alt("kinesis-provisioned", { retention: "604801 s" }), "Long-term retention")?.quantity,
    ).toBeCloseTo(100_000 / GiB, 15);
  });
  it("provisioned: the default shard quota is 1,000 in us-east-2 and 20,000 in us-east-1 (a note, not a limit)", () => {
    const quotaNote = (r: OptionResult) =>
      r.notes.some((n) => n.includes("exceed the default account quota"));
    // 1 GB/s of 1 MB records needs 1,000 write shards (one group reads it: 500 shared-read shards).
    const s = (b: number) => ({ ingress: `${b} B/s`, messageSize: "1000000 B" });
    const at = alt("kinesis-provisioned", s(1_000_000_000), "us-east-2");
    expect([at.configuration?.shards, quotaNote(at)]).toEqual([1000, false]);
    const past = alt("kinesis-provisioned", s(1_000_000_001), "us-east-2");
    expect([past.configuration?.shards, past.feasible, quotaNote(past)]).toEqual([1001, true, true]);
    expect(quotaNote(alt("kinesis-provisioned", s(1_000_000_001), "us-east-1"))).toBe(false);
  });
  it("on-demand: the per-stream write ceiling is 200 MB/s in us-east-2 and 10 GB/s in us-east-1", () => {
    const s = (b: number) => ({ ingress: `${b} B/s`, messageSize: "1000000 B" });
    expect(alt("kinesis-on-demand", s(200_000_000), "us-east-2").feasible).toBe(true);
    const r = alt("kinesis-on-demand", s(200_000_001), "us-east-2");
    expect(r.feasible).toBe(false);
    expect(r.reasons[0]).toMatch(
      /^s: peak write 200 MB\/s > 200 MB\/s \(exactly 200,000,001 > 200,000,000; on-demand ceiling per stream in us-east-2/,
    );
    expect(alt("kinesis-on-demand", s(10_000_000_000)).feasible).toBe(true);
    expect(alt("kinesis-on-demand", s(10_000_000_001)).feasible).toBe(false);
  });
  it("on-demand: shared reads carry 2 × ingress; at 200 MB/s in, 400,000,000 B/s out is all shared, 400,000,001 B/s bills the byte beyond as enhanced fan-out", () => {
    const s = (b: number) => ({
      ingress: "200000000 B/s",
      egress: `${b} B/s`,
      consumerGroups: 2,
      messageSize: "1000000 B",
    });
    const at = alt("kinesis-on-demand", s(400_000_000), "us-east-2");
    expect(at.feasible).toBe(true);
    expect(at.configuration?.readMode).toBe("shared");
    const past = alt("kinesis-on-demand", s(400_000_001), "us-east-2");
    expect(past.feasible).toBe(true);
    expect(past.configuration?.readMode).toBe("shared and enhanced fan-out");
    expect(past.monthlyUsd as number).toBeGreaterThan(at.monthlyUsd as number);
  });
});

describe("Kinesis per-region quotas", () => {
  it("10 GB/s write, 20 GB/s read and 20,000 shards in us-east-1, us-west-2, eu-west-1; 200 MB/s, 400 MB/s, 1,000 elsewhere", () => {
    for (const r of ["us-east-1", "us-west-2", "eu-west-1"]) {
      expect(kinesisOnDemandCeiling(r), r).toEqual({ writeBytesPerSec: 10e9, readBytesPerSec: 20e9 });
      expect(kinesisShardQuota(r), r).toBe(20_000);
    }
    for (const r of ["us-east-2", "ap-southeast-1", "eu-central-1"]) {
      expect(kinesisOnDemandCeiling(r), r).toEqual({ writeBytesPerSec: 200e6, readBytesPerSec: 400e6 });
      expect(kinesisShardQuota(r), r).toBe(1_000);
    }
  });
});

describe("Kinesis billing units where rounding matters", () => {
  it("PUT payload units are 25,000-byte chunks, rounded up: 25,000 B = 1, 25,001 B = 2, 30,000 B = 2 (nearest would say 1)", () => {
    expect(putUnitsPerRecord(1)).toBe(1);
    expect(putUnitsPerRecord(25_000)).toBe(1);
    expect(putUnitsPerRecord(25_001)).toBe(2); // a 25,600-byte unit would give 1
    expect(putUnitsPerRecord(30_000)).toBe(2);
    expect(putUnitsPerRecord(1_000_000)).toBe(40);
  });
  it("30,000-byte records at 3,000,000 B/s: 100 records/s × 2,628,000 s × 2 units = 525,600,000 PUT units", () => {
    const r = alt("kinesis-provisioned", { ingress: "3000000 B/s", messageSize: "30000 B" });
    expect(r.configuration?.putUnitsPerRecord).toBe(2);
    expect(line(r, "PUT payload units")?.quantity).toBe(100 * SECONDS * 2);
  });
  it("on-demand rounds each record up to 1,024 bytes: 1,024 → 1,024; 1,025 and 1,500 → 2,048 (nearest would give 1,024)", () => {
    expect(onDemandBilledRecordBytes(1)).toBe(1024);
    expect(onDemandBilledRecordBytes(1024)).toBe(1024);
    expect(onDemandBilledRecordBytes(1025)).toBe(2048);
    expect(onDemandBilledRecordBytes(1500)).toBe(2048);
  });
  it("1,500-byte records at 1,500,000 B/s on-demand: 1,000/s × 2,628,000 s × 2,048 B written, in GiB", () => {
    const r = alt("kinesis-on-demand", { ingress: "1500000 B/s", messageSize: "1500 B" });
    expect(r.configuration?.billedRecordBytes).toBe(2048);
    expect(line(r, "Data written")?.quantity).toBeCloseTo((1000 * SECONDS * 2048) / GiB, 9);
  });
});

describe("SQS limits", () => {
  const both = ["sqs-standard", "sqs-fifo"] as const;
  it.each(both)("%s: 14 days of retention (1,209,600 s) fits, one second more does not", (id) => {
    expect(alt(id, { retention: "1209600 s" }).feasible).toBe(true);
    const r = alt(id, { retention: "1209601 s" });
    expect(r.feasible).toBe(false);
    expect(r.reasons[0]).toMatch(
      /^s: retention 14 days > 14 days \(exactly 1,209,601 > 1,209,600; SQS maximum/,
    );
  });
  it.each(both)("%s: a message of the maximum size fits, one byte more does not", (id) => {
    const max = SQS_LIMITS.maxMessageBytes;
    expect(alt(id, { messageSize: `${max} B`, ingress: `${max} B/s` }).feasible).toBe(true);
    const r = alt(id, { messageSize: `${max + 1} B`, ingress: `${max + 1} B/s` });
    expect(r.feasible).toBe(false);
    expect(r.reasons[0]).toMatch(/^s: message size [\d,]+ bytes > [\d,]+ bytes \(SQS maximum/);
  });
  it("FIFO: 300 send calls/s per queue — 3,000 messages/s in batches of 10 fit, 3,000,001 B/s of 1,000 B does not", () => {
    const at = alt("sqs-fifo", { ingress: "3000000 B/s" });
    expect(at.feasible).toBe(true);
    expect(at.utilisation.fifoCallsPerSecond).toBe(1);
    const past = alt("sqs-fifo", { ingress: "3000001 B/s" });
    expect(past.feasible).toBe(false);
    expect(past.reasons[0]).toMatch(
      /FIFO calls per second 300 calls\/s > 300 calls\/s \(exactly 300\.0001 > 300; send calls per queue at peak.*FIFO limit per API action/,
    );
    expect(alt("sqs-standard", { ingress: "3000001 B/s" }).feasible).toBe(true);
  });
  it("a batch holds at most 10 messages and 1 MiB: 104,857-byte messages batch 10, 104,858-byte ones 9", () => {
    // 1,048,576 ÷ 104,857 = 10.00006 → 10; ÷ 104,858 = 9.99996 → 9.
    expect(sqsEffectiveBatch(10, 104_857)).toBe(10);
    expect(sqsEffectiveBatch(10, 104_858)).toBe(9);
    expect(sqsEffectiveBatch(10, 1000)).toBe(10);
    expect(sqsEffectiveBatch(4, 1000)).toBe(4);
    expect(sqsEffectiveBatch(10, 2 * 1_048_576)).toBe(1);
  });
});

describe("SQS billing units where rounding matters", () => {
  it("each 64 KB (65,536 B) chunk of a request's payload is one request, rounded up", () => {
    expect(sqsBilledRequests(1, 0)).toBe(1);
    expect(sqsBilledRequests(1, 65_536)).toBe(1);
    expect(sqsBilledRequests(1, 65_537)).toBe(2);
    expect(sqsBilledRequests(1, 78_643)).toBe(2); // 1.2 chunks: nearest would say 1
    expect(sqsBilledRequests(3, 196_609)).toBe(12); // 3.00002 chunks → 4 each
  });
  it("per queue: send and receive billed by chunks, delete once: 1,000 messages of 7,000 B in batches of 10", () => {
    // 100 calls; payload 70,000 B = 1.07 chunks → 2 billed each for send and receive: 100 × 2 × 2 + 100 deletes = 500.
    expect(sqsRequestsPerQueue(1000, 7000, 10)).toBe(500);
  });
});

describe("self-managed: a given KRaft controller type", () => {
  const run = (controllerInstanceType: string) => {
    const workload = parseWorkload({
      streams: [{ name: "s", ingress: "1 MB/s", partitions: 3, retention: "1d" }],
    });
    const ctx = {
      workload,
      demand: deriveDemand(workload),
      hours: 730,
      region: "us-east-1",
      inputs: { controllerInstanceType },
    };
    return evaluateAlternatives(ctx, ["self-managed"])[0] as OptionResultOf<"self-managed">;
  };
  it("is priced as given: 3 × m5.xlarge × 730 h", () => {
    const r = run("m5.xlarge");
    expect(r.feasible && r.configuration.controllerInstanceType).toBe("m5.xlarge");
    expect(line(r, "KRaft controller instances (EC2 m5.xlarge)")?.quantity).toBe(3 * 730);
  });
  it("an unknown type is bad input naming --controller-instance-type", () => {
    expect(() => run("m9.huge")).toThrow(
      /^--controller-instance-type: expected an EC2 type from .*, got "m9\.huge"$/,
    );
  });
});
