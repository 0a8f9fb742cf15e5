/**
 * Kinesis Data Streams capacity limits and billing units (docs/billing-rules.md,
 * docs/sizing-model.md). "MB" in these limits is taken as 10^6 bytes (docs/sizing-model.md convention), the conservative
 * reading: it gives at least as many shards as the MiB reading.
 */
import { BYTES_PER_KIB, BYTES_PER_MB, BYTES_PER_MIB, SECONDS_PER_DAY } from "../conventions.js";
import { citeInWords } from "../sources.js";

/**
 * Kinesis Data Streams quotas the alternatives size against (per shard, per record, retention),
 * each field citing its source. Frozen.
 */
export const KINESIS_LIMITS = Object.freeze({
  /** Write per shard: 1 MB/s or 1,000 records/s, whichever binds first (`kinesis-quotas`, `kinesis-streams`). */
  writeBytesPerSecPerShard: 1 * BYTES_PER_MB,
  writeRecordsPerSecPerShard: 1_000,
  /** Shared-throughput read per shard, shared by all non-EFO consumers: 2 MB/s, 2,000 records/s, 5 GetRecords calls/s. */
  sharedReadBytesPerSecPerShard: 2 * BYTES_PER_MB,
  sharedReadRecordsPerSecPerShard: 2_000,
  getRecordsCallsPerSecPerShard: 5,
  /** One GetRecords call returns at most 10 MiB or 10,000 records (`kinesis-quotas`). */
  getRecordsMaxRecordsPerCall: 10_000,
  /** Each enhanced fan-out consumer: its own 2 MB/s per shard (`kinesis-efo`, `kinesis-efo`). */
  efoReadBytesPerSecPerShard: 2 * BYTES_PER_MB,
  /** EFO consumers per stream, provisioned and On-demand Standard (`kinesis-efo`). */
  maxEfoConsumersPerStream: 20,
  /**
   * Largest record payload, before base64: 1 MiB by default, configurable per stream up to 10 MiB
   * (AWS, Amazon Kinesis Data Streams Developer Guide, "Handle large records",
   * https://docs.aws.amazon.com/streams/latest/dev/large-records.html; UpdateMaxRecordSize takes
   * 1,024–10,240 KiB). The per-shard 1 MB/s write and 2 MB/s read limits stay as they are.
   */
  defaultMaxRecordBytes: BYTES_PER_MIB,
  largestMaxRecordBytes: 10 * BYTES_PER_MIB,
  /** Retention: 24 h included, extended to 7 d, long-term to 365 d (`kinesis-pricing-page`). */
  includedRetentionSeconds: SECONDS_PER_DAY,
  extendedRetentionMaxSeconds: 7 * SECONDS_PER_DAY,
  maxRetentionSeconds: 365 * SECONDS_PER_DAY,
  source: citeInWords("kinesis-quotas", "kinesis-streams", "kinesis-efo", "kinesis-pricing-page"),
});

/**
 * On-demand scaling ceiling per stream (`kinesis-quotas`): 10 GB/s write and 20 GB/s read in
 * us-east-1, us-west-2 and eu-west-1; 200 MB/s and 400 MB/s elsewhere (raised only by ticket).
 */
const ON_DEMAND_HIGH_REGIONS = new Set(["us-east-1", "us-west-2", "eu-west-1"]);
export function kinesisOnDemandCeiling(region: string): {
  writeBytesPerSec: number;
  readBytesPerSec: number;
} {
  return ON_DEMAND_HIGH_REGIONS.has(region)
    ? { writeBytesPerSec: 10_000 * BYTES_PER_MB, readBytesPerSec: 20_000 * BYTES_PER_MB }
    : { writeBytesPerSec: 200 * BYTES_PER_MB, readBytesPerSec: 400 * BYTES_PER_MB };
}

/**
 * Default provisioned-shard quota per account (`kinesis-quotas`): 20,000 in us-east-1, us-west-2,
 * eu-west-1; "1,000 or 6,000" elsewhere (the lower figure is used). Adjustable: a note, not a limit.
 */
export function kinesisShardQuota(region: string): number {
  return ON_DEMAND_HIGH_REGIONS.has(region) ? 20_000 : 1_000;
}

/**
 * A PUT payload unit is a 25 KB chunk of a record (`kinesis-pricing-page`). Which KB is not stated
 * (MISSING); 25,000 bytes is used because the page's own example "1 MB = 40 units" holds exactly
 * with decimal units (1,000,000 / 25,000), and it never gives fewer units than 25,600 would.
 */
export const PUT_PAYLOAD_UNIT_BYTES = 25_000;

/** On-demand bytes are billed per record rounded up to 1 KB = 1,024 bytes (`kinesis-pricing-page`). */
export const ON_DEMAND_RECORD_ROUNDING_BYTES = BYTES_PER_KIB;

/** PUT payload units for one record. */
export function putUnitsPerRecord(recordBytes: number): number {
  return Math.max(1, Math.ceil(recordBytes / PUT_PAYLOAD_UNIT_BYTES));
}

/** Billed bytes of one on-demand record: its size rounded up to the next 1,024 bytes. */
export function onDemandBilledRecordBytes(recordBytes: number): number {
  return (
    Math.max(1, Math.ceil(recordBytes / ON_DEMAND_RECORD_ROUNDING_BYTES)) * ON_DEMAND_RECORD_ROUNDING_BYTES
  );
}
