/**
 * Demand: what a workload asks of any cluster, before choosing one. Derived once per workload
 * (src/model/derive-demand.ts); sizing and pricing read these numbers, never the workload's units.
 * All rates are bytes/s, sizes bytes, summed over streams.
 */
export interface Demand {
  /** Producer bytes/s into the cluster (before replication), average and peak. */
  ingressBytesPerSec: number;
  peakIngressBytesPerSec: number;
  /** Consumer bytes/s out of the cluster, average and peak. */
  egressBytesPerSec: number;
  peakEgressBytesPerSec: number;
  /** Follower replication bytes/s at peak: Σ peakIngress × (RF − 1). Free on MSK. */
  peakReplicationBytesPerSec: number;
  /** Bytes/s written to broker storage at peak, all replicas: Σ peakIngress × RF. */
  peakStorageWriteBytesPerSec: number;
  /** Bytes held on broker storage (all replicas, local retention), before head-room. */
  localStoredBytes: number;
  /**
   * Bytes held in tiered storage by the tiered option: Σ ingress × total retention over tiered
   * streams, one copy. MSK copies each closed segment to the tier as soon as it closes and keeps it
   * until the total retention expires, so the tier holds the whole retention, not only the part
   * beyond local retention (AWS, "Tiered storage retention rules").
   */
  tieredStoredBytes: number;
  /** Bytes/s consumers read back from tiered storage (Σ tierReads of tiered streams), month average. */
  tierReadBytesPerSec: number;
  /** Producer bytes retained for the full retention, one copy (what Express and Serverless bill). */
  retainedBytes: number;
  /** Leader partitions, and replicas = Σ partitions × RF. */
  partitions: number;
  partitionReplicas: number;
  maxReplicationFactor: number;
  clientConnections: number;
  /** Average bytes/s crossing an AZ boundary between clients and brokers (in-cluster replication excluded). */
  crossAzBytesPerSec: number;
  /** Records per second in and out (bytes ÷ message size), average and peak. */
  recordsInPerSec: number;
  peakRecordsInPerSec: number;
  recordsOutPerSec: number;
  /** Consumer groups reading the whole stream (max over streams), whole: a derived 5.09 counts as 6. */
  consumerGroups: number;
  /** Longest retention and longest local retention over streams, seconds. */
  maxRetentionSeconds: number;
  maxLocalRetentionSeconds: number;
  /** Whether any stream keeps data beyond its local retention (tiered storage needed). */
  tiered: boolean;

  // ── added by issue #4 (sizing needs them; all derived in src/model/derive-demand.ts) ──
  /** Bytes on broker storage when nothing is tiered: Σ ingress × retention × RF (before head-room). */
  fullyLocalStoredBytes: number;
  /** Peak bytes/s leaders upload to tiered storage: Σ peakIngress of tiered streams (I). */
  peakTierUploadBytesPerSec: number;
  /** Highest per-partition peak ingress and egress over streams (even spread over partitions). */
  maxPeakIngressPerPartitionBytesPerSec: number;
  maxPeakEgressPerPartitionBytesPerSec: number;
  /** Largest average message size over streams, bytes. */
  maxMessageSizeBytes: number;
}
