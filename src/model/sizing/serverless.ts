/**
 * MSK Serverless: no brokers to size; the workload must fit the per-cluster quotas (`msk-quotas`
 * `#serverless-quota`, docs/sizing-model.md, src/model/quotas.ts). Throughput quotas are checked at peak
 * (they throttle above them); per-partition figures assume an even spread over a stream's partitions.
 * Utilisation = demand ÷ quota; the target for each is 1 (AWS manages the capacity behind them).
 */
import { BYTES_PER_MB, BYTES_PER_MIB } from "../conventions.js";
import type { Demand } from "../demand.js";
import { SERVERLESS_LIMITS, SERVERLESS_QUOTAS } from "../quotas.js";
import {
  SERVERLESS_QUOTA_RULES,
  type ServerlessDemand,
  type ServerlessQuotaRule,
  type ServerlessQuotaValues,
  serverlessShare,
  sizingNumbers,
} from "./rules.js";

/** The Serverless quotas as published, with the byte conversions (the declarations' {@link ServerlessQuotaValues}). */
export const SERVERLESS_QUOTA_VALUES: ServerlessQuotaValues<number> = {
  ...SERVERLESS_QUOTAS,
  bytesPerMB: BYTES_PER_MB,
  bytesPerMiB: BYTES_PER_MIB,
};

/** The demand the Serverless quotas bound, from a workload's {@link Demand}. */
export function serverlessDemand(d: Demand): ServerlessDemand<number> {
  return {
    peakIngress: d.peakIngressBytesPerSec,
    peakEgress: d.peakEgressBytesPerSec,
    partitions: d.partitions,
    maxPeakIngressPerPartition: d.maxPeakIngressPerPartitionBytesPerSec,
    maxPeakEgressPerPartition: d.maxPeakEgressPerPartitionBytesPerSec,
    connections: d.clientConnections,
    maxMessageSize: d.maxMessageSizeBytes,
    consumerGroups: d.consumerGroups,
  };
}

/**
 * Serverless utilisation per quota, in a fixed order (keys are what reasons and --json show): each
 * quota's share as declared in ./rules.ts (SERVERLESS_QUOTA_RULES), the workbook's formulas' source too.
 */
export function serverlessUtilisation(d: Demand): Record<ServerlessQuotaRule["resource"], number> {
  const x = serverlessDemand(d);
  const out = {} as Record<ServerlessQuotaRule["resource"], number>;
  for (const r of SERVERLESS_QUOTA_RULES)
    out[r.resource] = serverlessShare(sizingNumbers, r, x, SERVERLESS_QUOTA_VALUES);
  return out;
}

/**
 * Whether the demand fits every Serverless quota (the hot-path check; no allocation): ./rules.ts
 * `serverlessFitsAll` unrolled, held equal to it by test/report/sizing-declarations.property.test.ts.
 */
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
