/**
 * MSK Serverless: no brokers to size; the workload must fit the per-cluster quotas (`msk-quotas`
 * `#serverless-quota`, docs/sizing-model.md, src/model/quotas.ts). Throughput quotas are checked at peak
 * (they throttle above them); per-partition figures assume an even spread over a stream's partitions.
 * Utilisation = demand ÷ quota; the target for each is 1 (AWS manages the capacity behind them).
 */
import type { Demand } from "../demand.js";
import { SERVERLESS_LIMITS } from "../quotas.js";

/** Serverless utilisation per quota, in a fixed order (keys are what reasons and --json show). */
export function serverlessUtilisation(d: Demand) {
  return {
    ingress: d.peakIngressBytesPerSec / SERVERLESS_LIMITS.ingressBytesPerSec,
    egress: d.peakEgressBytesPerSec / SERVERLESS_LIMITS.egressBytesPerSec,
    partitions: d.partitions / SERVERLESS_LIMITS.partitions,
    ingressPerPartition:
      d.maxPeakIngressPerPartitionBytesPerSec / SERVERLESS_LIMITS.ingressPerPartitionBytesPerSec,
    egressPerPartition:
      d.maxPeakEgressPerPartitionBytesPerSec / SERVERLESS_LIMITS.egressPerPartitionBytesPerSec,
    connections: d.clientConnections / SERVERLESS_LIMITS.clientConnections,
    messageSize: d.maxMessageSizeBytes / SERVERLESS_LIMITS.messageSizeBytes,
    consumerGroups: d.consumerGroups / SERVERLESS_LIMITS.consumerGroups,
  };
}

/** Whether the demand fits every Serverless quota (the hot-path check; no allocation). */
export function serverlessFits(d: Demand): boolean {
  return (
    d.peakIngressBytesPerSec <= SERVERLESS_LIMITS.ingressBytesPerSec &&
    d.peakEgressBytesPerSec <= SERVERLESS_LIMITS.egressBytesPerSec &&
    d.partitions <= SERVERLESS_LIMITS.partitions &&
    d.maxPeakIngressPerPartitionBytesPerSec <= SERVERLESS_LIMITS.ingressPerPartitionBytesPerSec &&
    d.maxPeakEgressPerPartitionBytesPerSec <= SERVERLESS_LIMITS.egressPerPartitionBytesPerSec &&
    d.clientConnections <= SERVERLESS_LIMITS.clientConnections &&
    d.maxMessageSizeBytes <= SERVERLESS_LIMITS.messageSizeBytes &&
    d.consumerGroups <= SERVERLESS_LIMITS.consumerGroups
  );
}
