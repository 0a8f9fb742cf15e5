/**
 * Cluster, account and Serverless quotas, and the planning rules derived from the docs that are
 * not per-instance (per-instance figures live in src/model/instances.ts, and only there).
 * Sources: ../shared/reference/sizing.md §3 (Serverless, [D2] `#serverless-quota`), §4 (cluster
 * quotas, [D2]), §1.2 notes and conflict C11 (tiered retention); pricing.md §4.4, §5.2.
 * Quotas change: these are the docs "as of" the date below.
 */
import { BYTES_PER_MB, BYTES_PER_MIB, SECONDS_PER_DAY } from "./conventions.js";

/** Which docs these quotas were read from: pricing.md [A3] is an undated copy of the 2026 page. */
export const QUOTAS_AS_OF = "MSK quota docs, undated copy reflecting the 2026 state (pricing.md [A3])";

/**
 * MSK Serverless quotas per cluster ([D2] `#serverless-quota`, sizing.md §3). "MBps" is stored as
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

/** Provisioned (Standard and Express) cluster quotas ([D2], sizing.md §4; pricing.md §4.4). */
export const CLUSTER_QUOTAS = {
  /** Brokers per cluster, KRaft (the default mode; adjustable). [A1] also checks 60. */
  maxBrokersKraft: 60,
  /** Brokers per cluster for ZooKeeper-mode clusters, the only mode kafka.t3.small supports ([C1]). */
  maxBrokersZookeeper: 30,
  /** TCP connections per broker with IAM authentication. */
  maxConnectionsPerBroker: 3000,
} as const;

/** The one instance type that runs only in ZooKeeper mode (sizing.md C13; pricing.md §8 #10). */
export const ZOOKEEPER_ONLY_INSTANCES: readonly string[] = ["kafka.t3.small"];

/** Broker quota for a cluster of `instanceType` (30 for ZooKeeper-only types, else 60). */
export function maxBrokersFor(instanceType: string): number {
  return ZOOKEEPER_ONLY_INSTANCES.includes(instanceType)
    ? CLUSTER_QUOTAS.maxBrokersZookeeper
    : CLUSTER_QUOTAS.maxBrokersKraft;
}

/** Tiered topics need total `retention.ms` ≥ 3 days ([D6c] China copy, 1src; decision C11). */
export const TIERED_MIN_RETENTION_SECONDS = 3 * SECONDS_PER_DAY;

/** Express: replication factor fixed at 3, three AZs only ([D5], [D2]; sizing.md §2.3). */
export const EXPRESS_REPLICATION_FACTOR = 3;
export const EXPRESS_AZS = 3;

/** Express: maximum throughput per partition, MB/s ([D2], sizing.md §2.1 notes). */
export const EXPRESS_MAX_PARTITION_MBPS = 15;
