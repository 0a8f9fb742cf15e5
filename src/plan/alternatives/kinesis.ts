/**
 * Kinesis Data Streams, one KDS stream per workload stream (docs/billing-rules.md sizing rule):
 *   shards = max(⌈peak MB/s in ÷ 1⌉, ⌈peak records/s in ÷ 1,000⌉, shared reads ⌈MB/s out ÷ 2⌉, ⌈records/s out ÷ 2,000⌉).
 * Consumer groups are whole wherever they are counted or billed: a group count derived from
 * egress ÷ ingress (5.09) is 6 consumers.
 *
 * Provisioned reads: shared-throughput consumers split 2 MB/s and 5 GetRecords calls/s per shard,
 * each call returning up to 10,000 records. G groups share the calls by each polling a shard every
 * max(1, G ÷ 5) s, which holds while a poll's worth of records fits one call: G ≤ 5 × 10,000 ÷
 * 1,000 = 50 (a shard writes at most 1,000 records/s). Above 5 groups that is slower polling
 * (latency, stated in a note), not a cliff in cost: a hard "more than 5 groups need enhanced
 * fan-out" made the price drop as ingress rose past egress ÷ 5 (fewer derived groups). Enhanced
 * fan-out (each consumer its own 2 MB/s per shard, at most 20 per stream) is chosen when cheaper.
 * Shards are sized to peak at 100%: the limits are throttles, and the per-shard figures already
 * are the published maxima.
 *
 * On-demand reads: shared reads scale to twice the writes, so of the bytes read, up to 2 × ingress
 * are billed as shared reads and the rest as enhanced fan-out (the groups beyond two). Split on
 * averages: then more ingress never lowers the bill, since each GB more written ($0.08) outweighs
 * the 2 GB it moves from fan-out to shared reads (2 × $0.01 cheaper).
 */
import {
  KINESIS_LIMITS,
  kinesisOnDemandCeiling,
  kinesisShardQuota,
  onDemandBilledRecordBytes,
  putUnitsPerRecord,
} from "../../model/alternatives/kinesis.js";
import { SECONDS_PER_HOUR } from "../../model/conventions.js";
import { brokersFor, ceilTolerant } from "../../model/sizing/common.js";
import { citeInWords } from "../../model/sources.js";
import type { Stream } from "../../model/workload.js";
import {
  type KinesisOnDemandUsage,
  type KinesisProvisionedUsage,
  priceKinesisOnDemand,
  priceKinesisProvisioned,
} from "../../pricing/alternatives/kinesis.js";
import { BUNDLED_ALTERNATIVE_PRICES } from "../../pricing/alternatives/prices.js";
import { type PriceLine, pricedUsd, splitLines } from "../../pricing/line-item.js";
import { exceeds, type Infeasibility } from "../infeasibility.js";
import type { KinesisReadMode, OptionResult } from "../types.js";
import {
  type AlternativeContext,
  feasible,
  fmt,
  infeasible,
  messageSizeNotes,
  type StreamRecords,
  streamRecords,
  validateInputs,
} from "./common.js";

const L = KINESIS_LIMITS;
/** Full-stream consumer groups on-demand shared reads carry: read capacity = 2 × write (`kinesis-quotas`, inferred). */
const ON_DEMAND_SHARED_GROUPS = 2;

/** Whole consumer groups of a stream (a derived 5.09 is 6 consumers). */
export function wholeGroups(s: Stream): number {
  return ceilTolerant(s.consumerGroups);
}

/** Most shared-throughput groups one shard's 5 GetRecords calls/s can serve (see the module comment). */
const SHARED_MAX_GROUPS =
  (L.getRecordsCallsPerSecPerShard * L.getRecordsMaxRecordsPerCall) / L.writeRecordsPerSecPerShard;

/** The largest record a stream accepts: the --kinesis-max-record-size input, default 1 MiB. */
export function kinesisMaxRecordBytes(inputs: AlternativeContext["inputs"]): number {
  return inputs?.kinesisMaxRecordBytes ?? L.defaultMaxRecordBytes;
}

/** Whether a stream can be a KDS stream at all (record size, retention), in either mode. */
export function streamFitsKinesis(r: StreamRecords, maxRecordBytes: number): boolean {
  return !(r.recordBytes > maxRecordBytes) && !(r.stream.retentionSeconds > L.maxRetentionSeconds);
}

/** Whether provisioned mode can serve a stream's whole groups: shared reads, else enhanced fan-out. */
export function provisionedGroupsFit(groups: number): boolean {
  return !(groups > SHARED_MAX_GROUPS && groups > L.maxEfoConsumersPerStream);
}

/** Whether on-demand mode can take a stream: its write ceiling, and the groups beyond shared reads on fan-out. */
export function onDemandStreamFits(s: Stream, ceilingWriteBytesPerSec: number): boolean {
  return (
    !(s.peakIngressBytesPerSec > ceilingWriteBytesPerSec) &&
    !(wholeGroups(s) - ON_DEMAND_SHARED_GROUPS > L.maxEfoConsumersPerStream)
  );
}

/** Why a stream cannot be a KDS stream at all, in either mode. */
function streamLimitProblems(r: StreamRecords, maxRecordBytes: number): Infeasibility[] {
  const problems: Infeasibility[] = [];
  if (streamFitsKinesis(r, maxRecordBytes)) return problems;
  const stream = r.stream.name;
  if (r.recordBytes > maxRecordBytes)
    problems.push(
      exceeds("recordSize", r.recordBytes, maxRecordBytes, "bytes", {
        basis: `Kinesis maximum record size: ${maxRecordBytes === L.defaultMaxRecordBytes ? "the 1 MiB default; a stream can be set up to 10 MiB: --kinesis-max-record-size" : "--kinesis-max-record-size"}; ${citeInWords("kinesis-large-records")}`,
        stream,
      }),
    );
  if (r.stream.retentionSeconds > L.maxRetentionSeconds)
    problems.push(
      exceeds("retention", r.stream.retentionSeconds, L.maxRetentionSeconds, "days", {
        basis: `Kinesis maximum, ${citeInWords("kinesis-pricing-page")}`,
        stream,
      }),
    );
  return problems;
}

/** Every line priced: only then is a cost comparison a full one. */
function complete(lines: readonly PriceLine[]): boolean {
  return splitLines(lines).missingPrices.length === 0;
}

/** Bytes held in the extended window (24 h–7 d) at steady state. */
function extendedBytes(r: StreamRecords): number {
  const { ingressBytesPerSec: i, retentionSeconds: ret } = r.stream;
  return i * Math.max(0, Math.min(ret, L.extendedRetentionMaxSeconds) - L.includedRetentionSeconds);
}

/** Bytes held in the long-term window (beyond 7 d) at steady state. */
function longTermBytes(r: StreamRecords): number {
  const { ingressBytesPerSec: i, retentionSeconds: ret } = r.stream;
  return i * Math.max(0, ret - L.extendedRetentionMaxSeconds);
}

export const ZERO_P: Readonly<KinesisProvisionedUsage> = {
  shardHours: 0,
  putPayloadUnits: 0,
  extendedRetentionShardHours: 0,
  longTermStoredBytes: 0,
  longTermRetrievedBytes: 0,
  efoConsumerShardHours: 0,
  efoBytes: 0,
};

/**
 * A stream's two provisioned layouts: shared reads (enough shards for the reads too) and enhanced
 * fan-out (write shards, each whole group its own 2 MB/s per shard), with their usage over the
 * period, and whether each may serve the stream's groups.
 */
export interface ProvisionedLayouts {
  groups: number;
  writeShards: number;
  sharedShards: number;
  shared: KinesisProvisionedUsage;
  efo: KinesisProvisionedUsage;
  sharedAllowed: boolean;
  efoAllowed: boolean;
  /** Both allowed and they differ: the cheaper on the priced costs is chosen. */
  compare: boolean;
}

export function provisionedLayouts(r: StreamRecords, hours: number, seconds: number): ProvisionedLayouts {
  return provisionedLayoutsInto(r, hours, seconds, emptyLayouts());
}

/** Layouts of nothing yet: the record provisionedLayoutsInto fills (a cost path reuses one). */
export function emptyLayouts(): ProvisionedLayouts {
  return {
    groups: 0,
    writeShards: 0,
    sharedShards: 0,
    shared: { ...ZERO_P },
    efo: { ...ZERO_P },
    sharedAllowed: false,
    efoAllowed: false,
    compare: false,
  };
}

/** One layout's usage: `shards` shards over the period, with the stream's writes and retention. */
function baseUsage(
  u: KinesisProvisionedUsage,
  r: StreamRecords,
  shards: number,
  hours: number,
  seconds: number,
  longTerm: number,
): void {
  u.shardHours = shards * hours;
  u.putPayloadUnits = r.recordsInPerSec * seconds * putUnitsPerRecord(r.recordBytes);
  u.extendedRetentionShardHours = r.stream.retentionSeconds > L.includedRetentionSeconds ? shards * hours : 0;
  u.longTermStoredBytes = longTerm;
  u.longTermRetrievedBytes = 0;
}

/** provisionedLayouts written into `lay` (its two usage records included); returns `lay`. */
export function provisionedLayoutsInto(
  r: StreamRecords,
  hours: number,
  seconds: number,
  lay: ProvisionedLayouts,
): ProvisionedLayouts {
  const s = r.stream;
  const groups = wholeGroups(s);
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
  const longTerm = longTermBytes(r);
  const sharedAllowed = groups <= SHARED_MAX_GROUPS;
  const efoAllowed = groups <= L.maxEfoConsumersPerStream;
  lay.groups = groups;
  lay.writeShards = writeShards;
  lay.sharedShards = sharedShards;
  baseUsage(lay.shared, r, sharedShards, hours, seconds, longTerm);
  lay.shared.efoConsumerShardHours = 0;
  lay.shared.efoBytes = 0;
  baseUsage(lay.efo, r, writeShards, hours, seconds, longTerm);
  lay.efo.efoConsumerShardHours = groups * writeShards * hours;
  lay.efo.efoBytes = s.egressBytesPerSec * seconds;
  lay.sharedAllowed = sharedAllowed;
  lay.efoAllowed = efoAllowed;
  lay.compare = efoAllowed && sharedAllowed && sharedShards > writeShards;
  return lay;
}

/** Enhanced fan-out when shared reads cannot serve the groups, or when it is the cheaper layout. */
export function usesEfo(lay: ProvisionedLayouts, cheaperEfo: boolean): boolean {
  return lay.efoAllowed && (!lay.sharedAllowed || cheaperEfo);
}

/** Add one stream's usage to the total, field by field. */
export function addProvisioned(total: KinesisProvisionedUsage, u: KinesisProvisionedUsage): void {
  total.shardHours += u.shardHours;
  total.putPayloadUnits += u.putPayloadUnits;
  total.extendedRetentionShardHours += u.extendedRetentionShardHours;
  total.longTermStoredBytes += u.longTermStoredBytes;
  total.longTermRetrievedBytes += u.longTermRetrievedBytes;
  total.efoConsumerShardHours += u.efoConsumerShardHours;
  total.efoBytes += u.efoBytes;
}

export function evaluateKinesisProvisioned(ctx: AlternativeContext): OptionResult {
  const { workload, hours, region } = ctx;
  const notes = messageSizeNotes(workload);
  validateInputs(ctx.inputs);
  const prices = ctx.inputs?.prices ?? BUNDLED_ALTERNATIVE_PRICES;
  const records = workload.streams.map(streamRecords);
  const maxRecord = kinesisMaxRecordBytes(ctx.inputs);
  const problems = records.flatMap((r) => streamLimitProblems(r, maxRecord));
  for (const r of records) {
    const g = wholeGroups(r.stream);
    if (!provisionedGroupsFit(g))
      problems.push(
        exceeds("consumerGroups", g, L.maxEfoConsumersPerStream, "count", {
          basis: `enhanced fan-out consumers per stream; and > ${SHARED_MAX_GROUPS} on shared reads: 5 GetRecords calls/s per shard, 10,000 records per call, ${citeInWords("kinesis-quotas")}; ${citeInWords("kinesis-efo")}`,
          stream: r.stream.name,
        }),
      );
  }
  if (problems.length > 0) return infeasible("kinesis-provisioned", null, problems, notes);
  const seconds = hours * SECONDS_PER_HOUR;
  const total = { ...ZERO_P };
  let shards = 0;
  let efoStreams = 0;
  let efoConsumers = 0;
  let writeBytes = 0;
  let writeRecords = 0;
  let sharedRead = 0;
  let slowPoll = 0;
  let unpricedChoice = 0;
  for (const r of records) {
    const s = r.stream;
    const lay = provisionedLayouts(r, hours, seconds);
    const { groups, writeShards, sharedShards, shared, efo } = lay;
    // Enhanced fan-out when shared reads cannot serve the groups, or when it is cheaper on the
    // priced costs (a missing price counts as 0 here only, as the MSK sizers do: the total is then
    // a lower bound of the fully priced one; with no price at all, shared reads).
    let cheaperEfo = false;
    if (lay.compare) {
      const efoLines = priceKinesisProvisioned(region, efo, hours, prices);
      const sharedLines = priceKinesisProvisioned(region, shared, hours, prices);
      cheaperEfo = pricedUsd(efoLines) < pricedUsd(sharedLines);
      if (!complete(efoLines) || !complete(sharedLines)) unpricedChoice++;
    }
    const useEfo = usesEfo(lay, cheaperEfo);
    const n = useEfo ? writeShards : sharedShards;
    addProvisioned(total, useEfo ? efo : shared);
    shards += n;
    if (useEfo) {
      efoStreams++;
      efoConsumers += groups;
    } else {
      sharedRead = Math.max(sharedRead, s.peakEgressBytesPerSec / (n * L.sharedReadBytesPerSecPerShard));
      if (groups > L.getRecordsCallsPerSecPerShard) slowPoll = Math.max(slowPoll, groups);
    }
    writeBytes = Math.max(writeBytes, s.peakIngressBytesPerSec / (n * L.writeBytesPerSecPerShard));
    writeRecords = Math.max(writeRecords, r.peakRecordsInPerSec / (n * L.writeRecordsPerSecPerShard));
  }
  const utilisation = { writeBytes, writeRecords, sharedReadBytes: sharedRead };
  const keys = Object.keys(utilisation) as (keyof typeof utilisation)[];
  const binding = keys.reduce((a, b) => (utilisation[b] > utilisation[a] ? b : a));
  const quota = kinesisShardQuota(region);
  if (shards > quota)
    notes.push(
      `${fmt(shards, 0)} shards exceed the default account quota of ${fmt(quota, 0)} in ${region} (adjustable, ${citeInWords("kinesis-quotas")})`,
    );
  if (efoStreams > 0)
    notes.push(
      `enhanced fan-out for ${efoStreams} of ${records.length} streams (${efoConsumers} whole consumers): cheaper than more shards for shared reads`,
    );
  if (slowPoll > 0)
    notes.push(
      `shared reads by up to ${fmt(slowPoll, 0)} consumer groups: the 5 GetRecords calls/s per shard are shared, so each group polls a shard every ${fmt(slowPoll / L.getRecordsCallsPerSecPerShard)} s (expect that much latency; enhanced fan-out avoids it at a higher price)`,
    );
  if (unpricedChoice > 0)
    notes.push(
      `read mode (shared or enhanced fan-out) of ${unpricedChoice} stream${unpricedChoice === 1 ? "" : "s"} chosen on the priced costs only: some Kinesis prices are missing in ${region}`,
    );
  notes.push(
    "each consumer group is assumed to read every record once from the tip; long-term retention retrieval is not charged (no replay modelled)",
  );
  return feasible(
    "kinesis-provisioned",
    {
      streams: records.length,
      shards,
      readMode: (efoStreams === 0
        ? "shared"
        : efoStreams === records.length
          ? "enhanced fan-out"
          : "mixed") satisfies KinesisReadMode,
      efoConsumers,
      putUnitsPerRecord: Math.max(...records.map((r) => putUnitsPerRecord(r.recordBytes))),
    },
    priceKinesisProvisioned(region, total, hours, prices),
    utilisation,
    binding,
    notes,
  );
}

/** An on-demand usage total of nothing yet. */
export function zeroOnDemand(): KinesisOnDemandUsage {
  return {
    streamHours: 0,
    billedBytesIn: 0,
    billedBytesOut: 0,
    billedEfoBytesOut: 0,
    extendedStoredBytes: 0,
    longTermStoredBytes: 0,
  };
}

/**
 * Add one on-demand stream's usage over the period to `u`; returns the share of its reads billed
 * as shared throughput (the rest is enhanced fan-out).
 */
export function addOnDemandStream(
  u: KinesisOnDemandUsage,
  r: StreamRecords,
  hours: number,
  seconds: number,
): number {
  const s = r.stream;
  const billedRecord = onDemandBilledRecordBytes(r.recordBytes);
  // On-demand scales on writes and reads twice what it writes (4 MB/s in, 8 MB/s out by default,
  // `kinesis-quotas`): reads up to 2 × ingress are shared; the rest is enhanced fan-out (the
  // groups beyond two). On averages, so the bill is monotone (module comment).
  const sharedShare =
    s.egressBytesPerSec > 0
      ? Math.min(1, (ON_DEMAND_SHARED_GROUPS * s.ingressBytesPerSec) / s.egressBytesPerSec)
      : 1;
  u.streamHours += hours;
  u.billedBytesIn += r.recordsInPerSec * seconds * billedRecord;
  // The 1 KB per-record rounding is stated for writes; reads are rounded the same way (inferred).
  const out = r.recordsOutPerSec * seconds * billedRecord;
  u.billedBytesOut += out * sharedShare;
  if (sharedShare < 1) u.billedEfoBytesOut += out * (1 - sharedShare);
  u.extendedStoredBytes += extendedBytes(r);
  u.longTermStoredBytes += longTermBytes(r);
  return sharedShare;
}

export function evaluateKinesisOnDemand(ctx: AlternativeContext): OptionResult {
  const { workload, hours, region } = ctx;
  const notes = messageSizeNotes(workload);
  validateInputs(ctx.inputs);
  const records = workload.streams.map(streamRecords);
  const ceiling = kinesisOnDemandCeiling(region);
  const maxRecord = kinesisMaxRecordBytes(ctx.inputs);
  const problems = records.flatMap((r) => streamLimitProblems(r, maxRecord));
  for (const r of records) {
    const s = r.stream;
    if (s.peakIngressBytesPerSec > ceiling.writeBytesPerSec)
      problems.push(
        exceeds("writeCeiling", s.peakIngressBytesPerSec, ceiling.writeBytesPerSec, "MB/s", {
          basis: `on-demand ceiling per stream in ${region}, ${citeInWords("kinesis-quotas")}`,
          stream: s.name,
        }),
      );
    const efoGroups = wholeGroups(s) - ON_DEMAND_SHARED_GROUPS;
    if (efoGroups > L.maxEfoConsumersPerStream)
      problems.push(
        exceeds("consumerGroups", efoGroups, L.maxEfoConsumersPerStream, "count", {
          basis: `enhanced fan-out consumers per stream: ${fmt(wholeGroups(s), 0)} groups, ${ON_DEMAND_SHARED_GROUPS} of them on shared reads, ${citeInWords("kinesis-efo")}`,
          stream: s.name,
        }),
      );
  }
  if (problems.length > 0) return infeasible("kinesis-on-demand", null, problems, notes);
  const seconds = hours * SECONDS_PER_HOUR;
  const u = zeroOnDemand();
  let efoStreams = 0;
  const throttled: string[] = [];
  let write = 0;
  let read = 0;
  for (const r of records) {
    const s = r.stream;
    const sharedShare = addOnDemandStream(u, r, hours, seconds);
    if (s.peakEgressBytesPerSec > ON_DEMAND_SHARED_GROUPS * s.peakIngressBytesPerSec && sharedShare === 1)
      throttled.push(s.name);
    if (sharedShare < 1) efoStreams++;
    write = Math.max(write, s.peakIngressBytesPerSec / ceiling.writeBytesPerSec);
    read = Math.max(read, (s.peakEgressBytesPerSec * sharedShare) / ceiling.readBytesPerSec);
  }
  const peak = Math.max(...workload.streams.map((s) => s.peakIngressBytesPerSec));
  if (peak > 4e6)
    notes.push(
      `a new on-demand stream starts at 4 MB/s write and scales on the previous 30 days' peak: expect throttling at launch below ${fmt(peak / 1e6)} MB/s (${citeInWords("kinesis-quotas")}; ${citeInWords("lucaraveri-kinesis")})`,
    );
  if (records.length > 50)
    notes.push(
      `${records.length} on-demand streams exceed the default 50 per account (adjustable, ${citeInWords("kinesis-quotas")})`,
    );
  if (efoStreams > 0)
    notes.push(
      `enhanced fan-out for ${efoStreams} of ${records.length} streams: reads beyond ${ON_DEMAND_SHARED_GROUPS} × ingress exceed on-demand shared reads (2 × writes) and are billed as enhanced fan-out`,
    );
  if (throttled.length > 0)
    notes.push(
      `${throttled.join(", ")}: peak egress above 2 × peak ingress may be throttled on shared reads (on-demand reads scale to twice the writes)`,
    );
  notes.push("On-demand Standard prices (2024); On-demand Advantage prices are not sourced");
  return feasible(
    "kinesis-on-demand",
    {
      streams: records.length,
      readMode: efoStreams === 0 ? "shared" : "shared and enhanced fan-out",
      billedRecordBytes: Math.max(...records.map((r) => onDemandBilledRecordBytes(r.recordBytes))),
    },
    priceKinesisOnDemand(region, u, hours, ctx.inputs?.prices ?? BUNDLED_ALTERNATIVE_PRICES),
    { writeCeiling: write, readCeiling: read },
    write >= read ? "writeCeiling" : "readCeiling",
    notes,
  );
}
