/**
 * Cluster, account and Serverless quotas, and the planning rules derived from the docs that are
 * not per-instance (per-instance figures live in src/model/instances.ts, and only there).
 * Sources: docs/sizing-model.md (Serverless, `msk-quotas` `#serverless-quota`), (cluster
 * quotas, `msk-quotas`), docs/sizing-model.md notes and conflict C11 (tiered retention); docs/billing-rules.md
 * Quotas change: these are the docs "as of" the date below.
 */
import { BYTES_PER_MB, BYTES_PER_MIB, SECONDS_PER_DAY } from "./conventions.js";
import { citeInWords } from "./sources.js";

/** Which docs these quotas were read from (source `msk-quotas`, read in an undated copy of the 2026 page). */
export const QUOTAS_AS_OF = `${citeInWords("msk-quotas")}, read in an undated copy reflecting the 2026 state`;

/**
 * MSK Serverless quotas per cluster (`msk-quotas` `#serverless-quota`, docs/sizing-model.md). "MBps" is stored as
 * published and converted as 10^6 B/s (conflict C7); the message size is MiB as published.
 */
export const SERVERLESS_QUOTAS = {
  maxIngressMBps: 200,
  maxEgressMBps: 400,
  maxIngressPerPartitionMBps: 5,
  maxEgressPerPartitionMBps: 10,
  /** Leader partitions, non-compacted topics. */
  maxPartitions: 2400,
  maxClientConnections: 3000,
  maxMessageSizeMiB: 8,
  maxConsumerGroups: 500,
} as const;

/** Serverless quotas in canonical units (bytes/s, bytes). */
export const SERVERLESS_LIMITS = {
  ingressBytesPerSec: SERVERLESS_QUOTAS.maxIngressMBps * BYTES_PER_MB,
  egressBytesPerSec: SERVERLESS_QUOTAS.maxEgressMBps * BYTES_PER_MB,
  ingressPerPartitionBytesPerSec: SERVERLESS_QUOTAS.maxIngressPerPartitionMBps * BYTES_PER_MB,
  egressPerPartitionBytesPerSec: SERVERLESS_QUOTAS.maxEgressPerPartitionMBps * BYTES_PER_MB,
  partitions: SERVERLESS_QUOTAS.maxPartitions,
  clientConnections: SERVERLESS_QUOTAS.maxClientConnections,
  messageSizeBytes: SERVERLESS_QUOTAS.maxMessageSizeMiB * BYTES_PER_MIB,
  consumerGroups: SERVERLESS_QUOTAS.maxConsumerGroups,
} as const;

/** Provisioned (Standard and Express) cluster quotas (`msk-quotas`, docs/sizing-model.md; docs/billing-rules.md). */
export const CLUSTER_QUOTAS = {
  /** Brokers per cluster, KRaft (the default mode; adjustable). `aws-msk-sizing-script` also checks 60. */
  maxBrokersKraft: 60,
  /** Brokers per cluster for ZooKeeper-mode clusters, the only mode kafka.t3.small supports (`cfn-msk-broker-node-group`). */
  maxBrokersZookeeper: 30,
  /** TCP connections per broker with IAM authentication. */
  maxConnectionsPerBroker: 3000,
} as const;

/** The one instance type that runs only in ZooKeeper mode (docs/sizing-model.md; docs/billing-rules.md). */
export const ZOOKEEPER_ONLY_INSTANCES: readonly string[] = ["kafka.t3.small"];

/** Broker quota for a cluster of `instanceType` (30 for ZooKeeper-only types, else 60). */
export function maxBrokersFor(instanceType: string): number {
  return ZOOKEEPER_ONLY_INSTANCES.includes(instanceType)
    ? CLUSTER_QUOTAS.maxBrokersZookeeper
    : CLUSTER_QUOTAS.maxBrokersKraft;
}

/** Tiered topics need total `retention.ms` ≥ 3 days (`msk-tiered-storage-topics` China copy, 1src; decision C11). */
export const TIERED_MIN_RETENTION_SECONDS = 3 * SECONDS_PER_DAY;

/** Express: replication factor fixed at 3, three AZs only (`msk-express-best-practices`, `msk-quotas`; docs/sizing-model.md). */
export const EXPRESS_REPLICATION_FACTOR = 3;
export const EXPRESS_AZS = 3;

/** Express: maximum throughput per partition, MB/s (`msk-quotas`, docs/sizing-model.md notes). */
export const EXPRESS_MAX_PARTITION_MBPS = 15;
