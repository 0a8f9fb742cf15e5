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

/**
 * The running sums and maxima of {@link deriveDemand}'s pass over the streams. Exposed so a caller
 * that changes one stream (sensitivity: one field of one stream at a time) can resume from the sums
 * before that stream instead of starting over: the same additions in the same order, so the same
 * bits as deriving the changed workload from scratch.
 */
export interface DemandSums {
  ingress: number;
  peakIngress: number;
  egress: number;
  peakEgress: number;
  peakReplication: number;
  peakStorageWrite: number;
  localStored: number;
  fullyLocal: number;
  tieredStored: number;
  retained: number;
  partitions: number;
  replicas: number;
  maxRf: number;
  recordsIn: number;
  peakRecordsIn: number;
  recordsOut: number;
  consumerGroups: number;
  maxRetention: number;
  maxLocalRetention: number;
  tiered: boolean;
  tierUpload: number;
  tierReads: number;
  maxInPerPartition: number;
  maxOutPerPartition: number;
  maxMessage: number;
}

/** Sums before any stream. */
export function emptySums(): DemandSums {
  return {
    ingress: 0,
    peakIngress: 0,
    egress: 0,
    peakEgress: 0,
    peakReplication: 0,
    peakStorageWrite: 0,
    localStored: 0,
    fullyLocal: 0,
    tieredStored: 0,
    retained: 0,
    partitions: 0,
    replicas: 0,
    maxRf: 0,
    recordsIn: 0,
    peakRecordsIn: 0,
    recordsOut: 0,
    consumerGroups: 0,
    maxRetention: 0,
    maxLocalRetention: 0,
    tiered: false,
    tierUpload: 0,
    tierReads: 0,
    maxInPerPartition: 0,
    maxOutPerPartition: 0,
    maxMessage: 0,
  };
}

/** Add `streams[from..to)` to `sums`, in order (the additions deriveDemand makes); returns `sums`. */
export function addStreams(
  sums: DemandSums,
  streams: Workload["streams"],
  from = 0,
  to = streams.length,
): DemandSums {
  let ingress = sums.ingress;
  let peakIngress = sums.peakIngress;
  let egress = sums.egress;
  let peakEgress = sums.peakEgress;
  let peakReplication = sums.peakReplication;
  let peakStorageWrite = sums.peakStorageWrite;
  let localStored = sums.localStored;
  let fullyLocal = sums.fullyLocal;
  let tieredStored = sums.tieredStored;
  let retained = sums.retained;
  let partitions = sums.partitions;
  let replicas = sums.replicas;
  let maxRf = sums.maxRf;
  let recordsIn = sums.recordsIn;
  let peakRecordsIn = sums.peakRecordsIn;
  let recordsOut = sums.recordsOut;
  let consumerGroups = sums.consumerGroups;
  let maxRetention = sums.maxRetention;
  let maxLocalRetention = sums.maxLocalRetention;
  let tiered = sums.tiered;
  let tierUpload = sums.tierUpload;
  let tierReads = sums.tierReads;
  let maxInPerPartition = sums.maxInPerPartition;
  let maxOutPerPartition = sums.maxOutPerPartition;
  let maxMessage = sums.maxMessage;
  for (let i = from; i < to; i++) {
    const s = streams[i] as Workload["streams"][number];
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
  sums.ingress = ingress;
  sums.peakIngress = peakIngress;
  sums.egress = egress;
  sums.peakEgress = peakEgress;
  sums.peakReplication = peakReplication;
  sums.peakStorageWrite = peakStorageWrite;
  sums.localStored = localStored;
  sums.fullyLocal = fullyLocal;
  sums.tieredStored = tieredStored;
  sums.retained = retained;
  sums.partitions = partitions;
  sums.replicas = replicas;
  sums.maxRf = maxRf;
  sums.recordsIn = recordsIn;
  sums.peakRecordsIn = peakRecordsIn;
  sums.recordsOut = recordsOut;
  sums.consumerGroups = consumerGroups;
  sums.maxRetention = maxRetention;
  sums.maxLocalRetention = maxLocalRetention;
  sums.tiered = tiered;
  sums.tierUpload = tierUpload;
  sums.tierReads = tierReads;
  sums.maxInPerPartition = maxInPerPartition;
  sums.maxOutPerPartition = maxOutPerPartition;
  sums.maxMessage = maxMessage;
  return sums;
}

/** Derive the {@link Demand} of a workload. */
export function deriveDemand(workload: Workload): Demand {
  return demandOf(workload, addStreams(emptySums(), workload.streams));
}

/** The {@link Demand} of a workload whose streams add up to `sums`. */
export function demandOf(workload: Workload, sums: DemandSums): Demand {
  const {
    ingress,
    peakIngress,
    egress,
    peakEgress,
    peakReplication,
    peakStorageWrite,
    localStored,
    fullyLocal,
    tieredStored,
    retained,
    partitions,
    replicas,
    maxRf,
    recordsIn,
    peakRecordsIn,
    recordsOut,
    consumerGroups,
    maxRetention,
    maxLocalRetention,
    tiered,
    tierUpload,
    tierReads,
    maxInPerPartition,
    maxOutPerPartition,
    maxMessage,
  } = sums;
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
