/**
 * Kinesis Data Streams, one KDS stream per workload stream (alternatives.md §2.3 sizing rule):
 *   shards = max(⌈peak MB/s in ÷ 1⌉, ⌈peak records/s in ÷ 1,000⌉, shared reads ⌈MB/s out ÷ 2⌉, ⌈records/s out ÷ 2,000⌉).
 * Shared-throughput consumers split 2 MB/s and 5 GetRecords calls/s per shard; a group polling
 * once a second takes one call, so more than 5 groups exceed the shared read limit (inferred) and
 * every group uses enhanced fan-out (its own 2 MB/s per shard, at most 20 per stream). With ≤ 5
 * groups the cheaper of "more shards" and "enhanced fan-out" is chosen. Shards are sized to peak
 * at 100%: the limits are throttles, and the per-shard figures already are the published maxima.
 */
import {
  KINESIS_LIMITS,
  kinesisOnDemandCeiling,
  kinesisShardQuota,
  onDemandBilledRecordBytes,
  putUnitsPerRecord,
} from "../../model/alternatives/kinesis.js";
import { SECONDS_PER_DAY, SECONDS_PER_HOUR } from "../../model/conventions.js";
import { brokersFor } from "../../model/sizing/common.js";
import {
  type KinesisOnDemandUsage,
  type KinesisProvisionedUsage,
  priceKinesisOnDemand,
  priceKinesisProvisioned,
} from "../../pricing/alternatives/kinesis.js";
import { KINESIS_PRICES } from "../../pricing/alternatives/prices.js";
import { totalUsd } from "../../pricing/line-item.js";
import type { OptionResult } from "../types.js";
import {
  type AlternativeContext,
  feasible,
  fmt,
  infeasible,
  messageSizeNotes,
  type StreamRecords,
  streamRecords,
} from "./common.js";

const L = KINESIS_LIMITS;
/** Full-stream consumer groups on-demand shared reads carry: read capacity = 2 × write ([AWS-KDS-QUOTA], inferred). */
const ON_DEMAND_SHARED_GROUPS = 2;

/** Reasons a stream cannot be a KDS stream at all, in either mode. */
function streamLimitReasons(r: StreamRecords): string[] {
  const reasons: string[] = [];
  const s = r.stream;
  if (r.recordBytes > L.maxRecordBytes)
    reasons.push(
      `${s.name}: record size ${fmt(r.recordBytes, 0)} bytes > Kinesis maximum ${fmt(L.maxRecordBytes, 0)} bytes ([AWS-KDS-QUOTA])`,
    );
  if (s.retentionSeconds > L.maxRetentionSeconds)
    reasons.push(
      `${s.name}: retention ${fmt(s.retentionSeconds / SECONDS_PER_DAY)} days > Kinesis maximum 365 days ([AWS-KDS-PRICE])`,
    );
  if (s.consumerGroups > L.maxEfoConsumersPerStream)
    reasons.push(
      `${s.name}: ${s.consumerGroups} consumer groups > ${L.maxEfoConsumersPerStream} enhanced fan-out consumers per stream, and more than ${L.getRecordsCallsPerSecPerShard} exceed the shared read limit ([AWS-KDS-EFO])`,
    );
  return reasons;
}

/** Bytes held in the extended (24 h–7 d) and long-term (> 7 d) windows at steady state. */
function retentionBytes(r: StreamRecords): { extended: number; longTerm: number } {
  const { ingressBytesPerSec: i, retentionSeconds: ret } = r.stream;
  return {
    extended: i * Math.max(0, Math.min(ret, L.extendedRetentionMaxSeconds) - L.includedRetentionSeconds),
    longTerm: i * Math.max(0, ret - L.extendedRetentionMaxSeconds),
  };
}

const ZERO_P: KinesisProvisionedUsage = {
  shardHours: 0,
  putPayloadUnits: 0,
  extendedRetentionShardHours: 0,
  longTermStoredBytes: 0,
  longTermRetrievedBytes: 0,
  efoConsumerShardHours: 0,
  efoBytes: 0,
};

function addP(a: KinesisProvisionedUsage, b: KinesisProvisionedUsage): KinesisProvisionedUsage {
  const out = { ...a };
  for (const k of Object.keys(b) as (keyof KinesisProvisionedUsage)[]) out[k] += b[k];
  return out;
}

export function evaluateKinesisProvisioned(ctx: AlternativeContext): OptionResult {
  const { workload, hours, region } = ctx;
  const notes = messageSizeNotes(workload);
  if (!KINESIS_PRICES[region])
    return infeasible(
      "kinesis-provisioned",
      null,
      [
        `no sourced Kinesis Data Streams prices in ${region}: priced in ${Object.keys(KINESIS_PRICES).join(", ")} only (alternatives.md §2.1)`,
      ],
      notes,
    );
  const records = workload.streams.map(streamRecords);
  const reasons = records.flatMap(streamLimitReasons);
  if (reasons.length > 0) return infeasible("kinesis-provisioned", null, reasons, notes, "limits");
  const seconds = hours * SECONDS_PER_HOUR;
  let total = ZERO_P;
  let shards = 0;
  let efoStreams = 0;
  let efoConsumers = 0;
  let writeBytes = 0;
  let writeRecords = 0;
  let sharedRead = 0;
  for (const r of records) {
    const s = r.stream;
    const writeShards = Math.max(
      1,
      brokersFor(s.peakIngressBytesPerSec, L.writeBytesPerSecPerShard),
      brokersFor(r.peakRecordsInPerSec, L.writeRecordsPerSecPerShard),
    );
    const sharedShards = Math.max(
      writeShards,
      brokersFor(s.peakEgressBytesPerSec, L.sharedReadBytesPerSecPerShard),
      brokersFor(r.peakRecordsOutPerSec, L.sharedReadRecordsPerSecPerShard),
    );
    const ret = retentionBytes(r);
    const base = (n: number): KinesisProvisionedUsage => ({
      ...ZERO_P,
      shardHours: n * hours,
      putPayloadUnits: r.recordsInPerSec * seconds * putUnitsPerRecord(r.recordBytes),
      extendedRetentionShardHours: s.retentionSeconds > L.includedRetentionSeconds ? n * hours : 0,
      longTermStoredBytes: ret.longTerm,
    });
    const shared = base(sharedShards);
    const efo: KinesisProvisionedUsage = {
      ...base(writeShards),
      efoConsumerShardHours: s.consumerGroups * writeShards * hours,
      efoBytes: s.egressBytesPerSec * seconds,
    };
    const sharedAllowed = s.consumerGroups <= L.getRecordsCallsPerSecPerShard;
    const useEfo =
      !sharedAllowed ||
      (sharedShards > writeShards &&
        totalUsd(priceKinesisProvisioned(region, efo, hours)) <
          totalUsd(priceKinesisProvisioned(region, shared, hours)));
    const n = useEfo ? writeShards : sharedShards;
    total = addP(total, useEfo ? efo : shared);
    shards += n;
    if (useEfo) {
      efoStreams++;
      efoConsumers += s.consumerGroups;
    } else sharedRead = Math.max(sharedRead, s.peakEgressBytesPerSec / (n * L.sharedReadBytesPerSecPerShard));
    writeBytes = Math.max(writeBytes, s.peakIngressBytesPerSec / (n * L.writeBytesPerSecPerShard));
    writeRecords = Math.max(writeRecords, r.peakRecordsInPerSec / (n * L.writeRecordsPerSecPerShard));
  }
  const utilisation: Record<string, number> = { writeBytes, writeRecords, sharedReadBytes: sharedRead };
  const binding = Object.entries(utilisation).reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  const quota = kinesisShardQuota(region);
  if (shards > quota)
    notes.push(
      `${fmt(shards, 0)} shards exceed the default account quota of ${fmt(quota, 0)} in ${region} (adjustable, [AWS-KDS-QUOTA])`,
    );
  if (efoStreams > 0)
    notes.push(
      `enhanced fan-out for ${efoStreams} of ${records.length} streams (${efoConsumers} consumers): more than ${L.getRecordsCallsPerSecPerShard} consumer groups exceed the shared read limit, or it is cheaper than more shards`,
    );
  notes.push(
    "each consumer group is assumed to read every record once from the tip; long-term retention retrieval is not charged (no replay modelled)",
  );
  return feasible(
    "kinesis-provisioned",
    {
      streams: records.length,
      shards,
      readMode: efoStreams === 0 ? "shared" : efoStreams === records.length ? "enhanced fan-out" : "mixed",
      efoConsumers,
      putUnitsPerRecord: Math.max(...records.map((r) => putUnitsPerRecord(r.recordBytes))),
    },
    priceKinesisProvisioned(region, total, hours),
    utilisation,
    binding,
    notes,
  );
}

export function evaluateKinesisOnDemand(ctx: AlternativeContext): OptionResult {
  const { workload, hours, region } = ctx;
  const notes = messageSizeNotes(workload);
  if (!KINESIS_PRICES[region])
    return infeasible(
      "kinesis-on-demand",
      null,
      [
        `no sourced Kinesis Data Streams prices in ${region}: priced in ${Object.keys(KINESIS_PRICES).join(", ")} only (alternatives.md §2.1)`,
      ],
      notes,
    );
  const records = workload.streams.map(streamRecords);
  const ceiling = kinesisOnDemandCeiling(region);
  const reasons = records.flatMap(streamLimitReasons);
  for (const r of records) {
    const s = r.stream;
    if (s.peakIngressBytesPerSec > ceiling.writeBytesPerSec)
      reasons.push(
        `${s.name}: peak write ${fmt(s.peakIngressBytesPerSec / 1e6)} MB/s > on-demand ceiling ${fmt(ceiling.writeBytesPerSec / 1e6, 0)} MB/s per stream in ${region} ([AWS-KDS-QUOTA])`,
      );
    if (s.consumerGroups <= ON_DEMAND_SHARED_GROUPS && s.peakEgressBytesPerSec > ceiling.readBytesPerSec)
      reasons.push(
        `${s.name}: peak shared read ${fmt(s.peakEgressBytesPerSec / 1e6)} MB/s > on-demand ceiling ${fmt(ceiling.readBytesPerSec / 1e6, 0)} MB/s per stream in ${region} ([AWS-KDS-QUOTA])`,
      );
  }
  if (reasons.length > 0) return infeasible("kinesis-on-demand", null, reasons, notes, "limits");
  const seconds = hours * SECONDS_PER_HOUR;
  const u: KinesisOnDemandUsage = {
    streamHours: 0,
    billedBytesIn: 0,
    billedBytesOut: 0,
    billedEfoBytesOut: 0,
    extendedStoredBytes: 0,
    longTermStoredBytes: 0,
  };
  let efoStreams = 0;
  const throttled: string[] = [];
  let write = 0;
  let read = 0;
  for (const r of records) {
    const s = r.stream;
    const billedRecord = onDemandBilledRecordBytes(r.recordBytes);
    // On-demand scales on writes and reads twice what it writes (4 MB/s in, 8 MB/s out by default,
    // [AWS-KDS-QUOTA]): two full-stream groups fit in shared reads (inferred); more use enhanced
    // fan-out. Decided by the group count alone, so cost stays monotone in ingress and egress.
    const shared = s.consumerGroups <= ON_DEMAND_SHARED_GROUPS;
    if (shared && s.peakEgressBytesPerSec > 2 * s.peakIngressBytesPerSec) throttled.push(s.name);
    u.streamHours += hours;
    u.billedBytesIn += r.recordsInPerSec * seconds * billedRecord;
    // The 1 KB per-record rounding is stated for writes; reads are rounded the same way (inferred).
    if (shared) u.billedBytesOut += r.recordsOutPerSec * seconds * billedRecord;
    else {
      u.billedEfoBytesOut += r.recordsOutPerSec * seconds * billedRecord;
      efoStreams++;
    }
    const ret = retentionBytes(r);
    u.extendedStoredBytes += ret.extended;
    u.longTermStoredBytes += ret.longTerm;
    write = Math.max(write, s.peakIngressBytesPerSec / ceiling.writeBytesPerSec);
    if (shared) read = Math.max(read, s.peakEgressBytesPerSec / ceiling.readBytesPerSec);
  }
  const peak = Math.max(...workload.streams.map((s) => s.peakIngressBytesPerSec));
  if (peak > 4e6)
    notes.push(
      `a new on-demand stream starts at 4 MB/s write and scales on the previous 30 days' peak: expect throttling at launch below ${fmt(peak / 1e6)} MB/s ([AWS-KDS-QUOTA], [LUCARAVERI])`,
    );
  if (records.length > 50)
    notes.push(
      `${records.length} on-demand streams exceed the default 50 per account (adjustable, [AWS-KDS-QUOTA])`,
    );
  if (efoStreams > 0)
    notes.push(
      `enhanced fan-out for ${efoStreams} of ${records.length} streams: more than ${ON_DEMAND_SHARED_GROUPS} consumer groups exceed on-demand shared reads (2 × writes)`,
    );
  if (throttled.length > 0)
    notes.push(
      `${throttled.join(", ")}: peak egress above 2 × peak ingress may be throttled on shared reads (on-demand reads scale to twice the writes)`,
    );
  notes.push(
    "On-demand Standard prices (2024); On-demand Advantage prices are not sourced (alternatives.md §2.3)",
  );
  return feasible(
    "kinesis-on-demand",
    {
      streams: records.length,
      readMode: efoStreams === 0 ? "shared" : efoStreams === records.length ? "enhanced fan-out" : "mixed",
      billedRecordBytes: Math.max(...records.map((r) => onDemandBilledRecordBytes(r.recordBytes))),
    },
    priceKinesisOnDemand(region, u, hours),
    { writeCeiling: write, readCeiling: read },
    write >= read ? "writeCeiling" : "readCeiling",
    notes,
  );
}
