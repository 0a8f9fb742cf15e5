/**
 * A workload in canonical units, after parsing and defaults: what demand derivation, sizing,
 * planning and simulation work on. Users write the human-unit form (src/model/workload-schema.ts,
 * zod, YAML/JSON, field names matching the CLI flags); that schema's output is this type.
 * The field names here carry their units so no number is ever read in the wrong one.
 */

export type AzCount = 2 | 3;

/**
 * One stream (topic or group of topics) of a canonical {@link Workload}: rates in bytes per
 * second, durations in seconds, sizes in bytes, defaults applied.
 */
export interface Stream {
  name: string;
  description?: string;
  /** Producer bytes/s into the stream, before replication: average and peak. */
  ingressBytesPerSec: number;
  peakIngressBytesPerSec: number;
  /** Consumer bytes/s out of the stream (all consumer groups together): average and peak. */
  egressBytesPerSec: number;
  peakEgressBytesPerSec: number;
  /** Total retention, seconds. */
  retentionSeconds: number;
  /**
   * Retention on broker storage, seconds, for the options that use tiered storage; equal to
   * retentionSeconds when the stream is not tiered. Options without tiered storage keep the full
   * retention locally whatever this says.
   */
  localRetentionSeconds: number;
  /**
   * Added: whether localRetention was given. When absent, a stream with retention ≥ 3 days gets
   * min(retention, targets.tieredLocalRetentionSeconds) for the tiered option (docs/sizing-model.md).
   */
  localRetentionGiven: boolean;
  replicationFactor: number;
  /** Leader partitions; replicas = partitions × replicationFactor. */
  partitions: number;
  /** Average message size in bytes (records per second = bytes/s ÷ message size). */
  messageSizeBytes: number;
  /** Whether messageSizeBytes was given (false: the documented default, echoed as an assumption). */
  messageSizeGiven: boolean;
  /** Producer-side compression ratio (uncompressed ÷ compressed); rates above are as sent on the wire. */
  compressionRatio: number;
  /** Consumer groups reading the full stream (egress ÷ ingress when not given). */
  consumerGroups: number;
  /**
   * Added (issue #12): the part of egress that reads data older than local retention, bytes/s
   * averaged over a 730-hour month (`tierReads: 2 TiB/month`). Default 0. On the tiered option a
   * tiered stream's reads of this much come back from tiered storage (retrieval is priced, and the
   * brokers fetch it: network in); elsewhere the same reads come from broker storage and are
   * already in egress. At most egress.
   */
  tierReadBytesPerSec: number;
}

/**
 * How much head-room the planner keeps: utilisation targets per resource, storage head-room,
 * tiered local retention, AZ-loss tolerance and nearest-replica fetching.
 */
export interface PlanningTargets {
  /** Maximum utilisation per resource at peak, as fractions (docs/sizing-model.md). */
  maxUtilisation: {
    /** Standard brokers: network and storage throughput. Default 0.5 (AWS msk_sizing.py uStd). */
    standard: number;
    /**
     * Express brokers: share of AWS's recommended sustained throughput. Default 1.0: those rates
     * already leave the one-AZ-lost head-room below the enforced maximum (docs/express-headroom.md);
     * AWS's msk_sizing.py uses 0.75 (set it to reproduce the script).
     */
    express: number;
    /** Partitions per broker against the recommended limit. Default 1.0. */
    partitions: number;
  };
  /** Provisioned broker storage ÷ bytes retained locally (docs/sizing-model.md). Default 2.0 (msk_sizing.py). */
  storageHeadroom: number;
  /** Size so the cluster keeps serving with one AZ lost. Default true. */
  tolerateAzLoss: boolean;
  /** Consumers fetch from the replica in their own AZ (rack awareness). Default false. */
  fetchFromNearestReplica: boolean;
  /**
   * Added: local retention the standard-tiered option assumes for streams that do not set
   * localRetention. Default 1 day (a planning assumption, not a sourced figure; echoed in --json).
   */
  tieredLocalRetentionSeconds: number;
}

/**
 * Which published throughput model sizes Standard brokers: `blog` (default) or `aws-script`
 * (docs/sizing-model.md).
 */
export type SizingModel = "blog" | "aws-script";

/**
 * A workload in canonical units with every default applied: the planner's input, made by {@link
 * parseWorkload} from the human-unit file.
 */
export interface Workload {
  region: string;
  azs: AzCount;
  /** Client connections to the cluster, all clients together. */
  clientConnections: number;
  targets: PlanningTargets;
  /** Which published throughput model sizes Standard brokers (docs/sizing-model.md). Default "blog". */
  sizingModel: SizingModel;
  /**
   * Broker types the planner may size, when the workload restricts them (names resolved from the
   * input's names and patterns, table order); absent = every non-burstable type.
   */
  instanceTypes?: string[];
  streams: Stream[];
}
