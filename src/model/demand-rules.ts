/**
 * What a workload asks of any cluster (src/model/demand.ts), declared once: each {@link Demand}
 * figure as a term per stream, summed or maximised over the streams, plus the one cluster-wide
 * figure (cross-AZ traffic). Each term is written against {@link SizingArithmetic}, so one
 * declaration yields
 * - the planner's numbers, with {@link demandNumbers} over the workload's own streams ({@link demandFigure}), and
 * - the workbook's formulas, with expressions over the Assumptions sheet's stream cells
 *   (src/report/workload-inputs.ts `demandCells`: one named cell per figure, whose cached value is
 *   the planner's own number and whose formula is this declaration; every sheet that needs a
 *   workload figure reads that cell, none derives it again).
 *
 * The per-scenario pass (src/model/derive-demand.ts `addStreams`, up to a million workloads per
 * sweep) keeps its own unrolled loop over the streams, as the sizer does (src/model/sizing/rules.ts):
 * test/model/demand-declarations.property.test.ts holds it equal to these declarations, figure by
 * figure, bit for bit, on random workloads. Operation order is part of a declaration (a sum is
 * added stream by stream from 0, a product left to right), so the formula, the declaration and the
 * unrolled pass give the same floating-point result from the same inputs.
 */
import type { Demand } from "./demand.js";
import { ceilTolerant, type SizingArithmetic, sizingNumbers } from "./sizing/rules.js";
import type { Stream } from "./workload.js";

/** A stream's numeric fields, canonical units (bytes/s, seconds, bytes, counts): what a term reads. */
export type StreamNumbers<T> = { readonly [K in keyof Stream as Stream[K] extends number ? K : never]: T };

/** The arithmetic of a demand declaration: a sizing arithmetic, and how it combines streams. */
export interface DemandArithmetic<T> extends SizingArithmetic<T> {
  /** t₁ + t₂ + … added left to right from 0 (0 for no terms). */
  sum(terms: readonly T[]): T;
  /** max(0, t₁, t₂, …). */
  largest(terms: readonly T[]): T;
}

/** The Demand fields a stream term gives (every numeric one but the cluster-wide ones). */
export type StreamFigureField = Exclude<
  { [K in keyof Demand]: K }[keyof Demand],
  "clientConnections" | "crossAzBytesPerSec"
>;

/** How a figure is read: its unit kind (the workbook's number format follows it). */
export type FigureUnit = "bytesPerSec" | "bytes" | "recordBytes" | "count" | "perSec" | "seconds" | "flag";

/** One Demand figure: a term per stream, combined over the streams. */
export interface StreamFigure {
  field: StreamFigureField;
  /** `sum`: Σ over streams; `max`: the largest (0 with no stream). */
  over: "sum" | "max";
  /** In words (the workbook's label). */
  label: string;
  unit: FigureUnit;
  term<T>(a: SizingArithmetic<T>, s: StreamNumbers<T>): T;
}

/** `x` for a stream whose local retention is below its retention (tiered storage holds the rest), else 0. */
const ifTiered = <T>(a: SizingArithmetic<T>, s: StreamNumbers<T>, x: T): T =>
  a.if(a.gt(s.retentionSeconds, s.localRetentionSeconds), x, a.num(0));

/** Records per wire byte: the compression ratio gives uncompressed bytes, ÷ the message size. */
const perRecord = <T>(a: SizingArithmetic<T>, s: StreamNumbers<T>): T =>
  a.div(s.compressionRatio, s.messageSizeBytes);

/**
 * The per-stream figures, in {@link Demand}'s order. Replication: a broker stores every replica, so
 * storage writes = Σ peak ingress × RF; followers fetch RF − 1 copies. The tier holds the whole
 * retention, one copy: each closed segment is copied at once and kept until total retention
 * expires (AWS, "Tiered storage retention rules"); the local copy only until local retention.
 */
export const STREAM_FIGURES: readonly StreamFigure[] = [
  {
    field: "ingressBytesPerSec",
    over: "sum",
    label: "Producer rate, average",
    unit: "bytesPerSec",
    term: (_a, s) => s.ingressBytesPerSec,
  },
  {
    field: "peakIngressBytesPerSec",
    over: "sum",
    label: "Producer rate, peak",
    unit: "bytesPerSec",
    term: (_a, s) => s.peakIngressBytesPerSec,
  },
  {
    field: "egressBytesPerSec",
    over: "sum",
    label: "Consumer rate, average",
    unit: "bytesPerSec",
    term: (_a, s) => s.egressBytesPerSec,
  },
  {
    field: "peakEgressBytesPerSec",
    over: "sum",
    label: "Consumer rate, peak",
    unit: "bytesPerSec",
    term: (_a, s) => s.peakEgressBytesPerSec,
  },
  {
    field: "peakReplicationBytesPerSec",
    over: "sum",
    label: "Replication, peak (peak producer rate × (RF − 1))",
    unit: "bytesPerSec",
    term: (a, s) => a.mul(s.peakIngressBytesPerSec, a.sub(s.replicationFactor, a.num(1))),
  },
  {
    field: "peakStorageWriteBytesPerSec",
    over: "sum",
    label: "Storage writes, peak (peak producer rate × RF)",
    unit: "bytesPerSec",
    term: (a, s) => a.mul(s.peakIngressBytesPerSec, s.replicationFactor),
  },
  {
    field: "localStoredBytes",
    over: "sum",
    label: "On brokers, tiered (rate × local retention × RF)",
    unit: "bytes",
    term: (a, s) => a.mul(a.mul(s.ingressBytesPerSec, s.localRetentionSeconds), s.replicationFactor),
  },
  {
    field: "tieredStoredBytes",
    over: "sum",
    label: "In tiered storage (tiered streams, one copy)",
    unit: "bytes",
    term: (a, s) => ifTiered(a, s, a.mul(s.ingressBytesPerSec, s.retentionSeconds)),
  },
  {
    field: "tierReadBytesPerSec",
    over: "sum",
    label: "Read back from tiered storage, average",
    unit: "bytesPerSec",
    term: (a, s) => ifTiered(a, s, s.tierReadBytesPerSec),
  },
  {
    field: "retainedBytes",
    over: "sum",
    label: "Retained, one copy (rate × retention)",
    unit: "bytes",
    term: (a, s) => a.mul(s.ingressBytesPerSec, s.retentionSeconds),
  },
  { field: "partitions", over: "sum", label: "Partitions", unit: "count", term: (_a, s) => s.partitions },
  {
    field: "partitionReplicas",
    over: "sum",
    label: "Partition replicas (partitions × RF)",
    unit: "count",
    term: (a, s) => a.mul(s.partitions, s.replicationFactor),
  },
  {
    field: "maxReplicationFactor",
    over: "max",
    label: "Largest replication factor",
    unit: "count",
    term: (_a, s) => s.replicationFactor,
  },
  {
    field: "recordsInPerSec",
    over: "sum",
    label: "Records in per second, average",
    unit: "perSec",
    term: (a, s) => a.mul(s.ingressBytesPerSec, perRecord(a, s)),
  },
  {
    field: "peakRecordsInPerSec",
    over: "sum",
    label: "Records in per second, peak",
    unit: "perSec",
    term: (a, s) => a.mul(s.peakIngressBytesPerSec, perRecord(a, s)),
  },
  {
    field: "recordsOutPerSec",
    over: "sum",
    label: "Records out per second, average",
    unit: "perSec",
    term: (a, s) => a.mul(s.egressBytesPerSec, perRecord(a, s)),
  },
  {
    field: "consumerGroups",
    over: "max",
    label: "Consumer groups, most in one stream (whole)",
    unit: "count",
    // Whole groups: a group derived from egress ÷ ingress (5.09) is 6 consumers where counted.
    term: (a, s) => ceilTolerant(a, s.consumerGroups),
  },
  {
    field: "maxRetentionSeconds",
    over: "max",
    label: "Longest retention",
    unit: "seconds",
    term: (_a, s) => s.retentionSeconds,
  },
  {
    field: "maxLocalRetentionSeconds",
    over: "max",
    label: "Longest local retention",
    unit: "seconds",
    term: (_a, s) => s.localRetentionSeconds,
  },
  {
    field: "tiered",
    over: "max",
    label: "Any stream tiered (local below total retention)",
    unit: "flag",
    term: (a, s) => a.gt(s.retentionSeconds, s.localRetentionSeconds),
  },
  {
    field: "fullyLocalStoredBytes",
    over: "sum",
    label: "On brokers, not tiered (rate × retention × RF)",
    unit: "bytes",
    term: (a, s) => a.mul(a.mul(s.ingressBytesPerSec, s.retentionSeconds), s.replicationFactor),
  },
  {
    field: "peakTierUploadBytesPerSec",
    over: "sum",
    label: "Uploads to tiered storage, peak",
    unit: "bytesPerSec",
    term: (a, s) => ifTiered(a, s, s.peakIngressBytesPerSec),
  },
  {
    field: "maxPeakIngressPerPartitionBytesPerSec",
    over: "max",
    label: "Peak producer rate per partition, largest",
    unit: "bytesPerSec",
    term: (a, s) => a.div(s.peakIngressBytesPerSec, s.partitions),
  },
  {
    field: "maxPeakEgressPerPartitionBytesPerSec",
    over: "max",
    label: "Peak consumer rate per partition, largest",
    unit: "bytesPerSec",
    term: (a, s) => a.div(s.peakEgressBytesPerSec, s.partitions),
  },
  {
    field: "maxMessageSizeBytes",
    over: "max",
    label: "Largest average message size",
    unit: "recordBytes",
    term: (_a, s) => s.messageSizeBytes,
  },
];

/** One figure over the streams: its terms summed from 0, or the largest (0 with no stream). */
export function demandFigure<T>(
  a: DemandArithmetic<T>,
  figure: StreamFigure,
  streams: readonly StreamNumbers<T>[],
): T {
  const terms = streams.map((s) => figure.term(a, s));
  return figure.over === "sum" ? a.sum(terms) : a.largest(terms);
}

/** The figure's value in a {@link Demand} (a flag as 1 or 0). */
export const figureValue = (d: Demand, field: StreamFigureField): number => Number(d[field]);

/**
 * Average bytes/s crossing an AZ boundary between clients and brokers (docs/billing-rules.md,
 * `aws-msk-sizing-script`): with clients and leaders spread evenly over `azs` AZs, a producer
 * reaches a leader in another AZ (azs − 1)/azs of the time, and so does a consumer unless it
 * fetches from the replica in its own AZ (`fetchFromNearestReplica`, 1 or 0). Replication between
 * brokers crosses AZs too but is free on MSK (`msk-pricing-page`), so it is not counted.
 */
export function crossAzBytesPerSec<T>(
  a: SizingArithmetic<T>,
  x: { ingress: T; egress: T; azs: T; fetchFromNearestReplica: T },
): T {
  const otherAz = a.div(a.sub(x.azs, a.num(1)), x.azs);
  return a.add(
    a.mul(x.ingress, otherAz),
    a.if(a.ne(x.fetchFromNearestReplica, a.num(0)), a.num(0), a.mul(x.egress, otherAz)),
  );
}

/** The plain-number arithmetic of the declarations: sums from 0, stream by stream, as addStreams adds. */
export const demandNumbers: DemandArithmetic<number> = {
  ...sizingNumbers,
  sum: (terms) => terms.reduce((s, t) => s + t, 0),
  largest: (terms) => terms.reduce((m, t) => Math.max(t, m), 0),
};
