/**
 * What a workload asks of any cluster (src/model/demand.ts), summed over its streams, in
 * canonical units. Pure and allocation-light: the planner calls it once per workload, the
 * simulator up to a million times.
 *
 * Replication: a broker stores every replica, so storage write = Σ peakIngress × RF; followers
 * fetch (RF − 1) copies. Cross-AZ (docs/billing-rules.md, `aws-msk-sizing-script`): with clients spread evenly over `azs`
 * AZs and leaders spread evenly too, a producer reaches a leader in another AZ (azs − 1)/azs of
 * the time, and so does a consumer unless it fetches from the replica in its own AZ
 * (fetchFromNearestReplica). Replication between brokers crosses AZs but is free on MSK (`msk-pricing-page`),
 * so it is not counted.
 */
import type { Demand } from "./demand.js";
import { ceilTolerant } from "./sizing/common.js";
import type { Workload } from "./workload.js";

/** Derive the {@link Demand} of a workload. */
export function deriveDemand(workload: Workload): Demand {
  let ingress = 0;
  let peakIngress = 0;
  let egress = 0;
  let peakEgress = 0;
  let peakReplication = 0;
  let peakStorageWrite = 0;
  let localStored = 0;
  let fullyLocal = 0;
  let tieredStored = 0;
  let retained = 0;
  let partitions = 0;
  let replicas = 0;
  let maxRf = 0;
  let recordsIn = 0;
  let peakRecordsIn = 0;
  let recordsOut = 0;
  let consumerGroups = 0;
  let maxRetention = 0;
  let maxLocalRetention = 0;
  let tiered = false;
  let tierUpload = 0;
  let tierReads = 0;
  let maxInPerPartition = 0;
  let maxOutPerPartition = 0;
  let maxMessage = 0;
  for (const s of workload.streams) {
    const rf = s.replicationFactor;
    ingress += s.ingressBytesPerSec;
    peakIngress += s.peakIngressBytesPerSec;
    egress += s.egressBytesPerSec;
    peakEgress += s.peakEgressBytesPerSec;
    peakReplication += s.peakIngressBytesPerSec * (rf - 1);
    peakStorageWrite += s.peakIngressBytesPerSec * rf;
    localStored += s.ingressBytesPerSec * s.localRetentionSeconds * rf;
    fullyLocal += s.ingressBytesPerSec * s.retentionSeconds * rf;
    retained += s.ingressBytesPerSec * s.retentionSeconds;
    partitions += s.partitions;
    replicas += s.partitions * rf;
    if (rf > maxRf) maxRf = rf;
    // Records: wire bytes × compression ratio = uncompressed bytes, ÷ message size.
    const perRecord = s.compressionRatio / s.messageSizeBytes;
    recordsIn += s.ingressBytesPerSec * perRecord;
    peakRecordsIn += s.peakIngressBytesPerSec * perRecord;
    recordsOut += s.egressBytesPerSec * perRecord;
    // Whole groups: a group derived from egress ÷ ingress (5.09) is 6 consumers where counted.
    const groups = ceilTolerant(s.consumerGroups);
    if (groups > consumerGroups) consumerGroups = groups;
    if (s.retentionSeconds > maxRetention) maxRetention = s.retentionSeconds;
    if (s.localRetentionSeconds > maxLocalRetention) maxLocalRetention = s.localRetentionSeconds;
    if (s.localRetentionSeconds < s.retentionSeconds) {
      tiered = true;
      tierUpload += s.peakIngressBytesPerSec;
      // The tier holds the whole retention (one copy): each closed segment is copied at once and
      // kept until total retention expires; the local copy only until local retention expires.
      tieredStored += s.ingressBytesPerSec * s.retentionSeconds;
      tierReads += s.tierReadBytesPerSec;
    }
    const inPP = s.peakIngressBytesPerSec / s.partitions;
    const outPP = s.peakEgressBytesPerSec / s.partitions;
    if (inPP > maxInPerPartition) maxInPerPartition = inPP;
    if (outPP > maxOutPerPartition) maxOutPerPartition = outPP;
    if (s.messageSizeBytes > maxMessage) maxMessage = s.messageSizeBytes;
  }
  const otherAz = (workload.azs - 1) / workload.azs;
  const crossAz = ingress * otherAz + (workload.targets.fetchFromNearestReplica ? 0 : egress * otherAz);
  return {
    ingressBytesPerSec: ingress,
    peakIngressBytesPerSec: peakIngress,
    egressBytesPerSec: egress,
    peakEgressBytesPerSec: peakEgress,
    peakReplicationBytesPerSec: peakReplication,
    peakStorageWriteBytesPerSec: peakStorageWrite,
    localStoredBytes: localStored,
    tieredStoredBytes: tieredStored,
    tierReadBytesPerSec: tierReads,
    retainedBytes: retained,
    partitions,
    partitionReplicas: replicas,
    maxReplicationFactor: maxRf,
    clientConnections: workload.clientConnections,
    crossAzBytesPerSec: crossAz,
    recordsInPerSec: recordsIn,
    peakRecordsInPerSec: peakRecordsIn,
    recordsOutPerSec: recordsOut,
    consumerGroups,
    maxRetentionSeconds: maxRetention,
    maxLocalRetentionSeconds: maxLocalRetention,
    tiered,
    fullyLocalStoredBytes: fullyLocal,
    peakTierUploadBytesPerSec: tierUpload,
    maxPeakIngressPerPartitionBytesPerSec: maxInPerPartition,
    maxPeakEgressPerPartitionBytesPerSec: maxOutPerPartition,
    maxMessageSizeBytes: maxMessage,
  };
}
