/**
 * What a workload asks of any cluster (src/model/demand.ts), summed over its streams, in
 * canonical units. Pure and allocation-light: the planner calls it once per workload, the
 * simulator up to a million times. Each figure is declared once in ./demand-rules.ts (the
 * workbook's formulas come from there); this is the same arithmetic unrolled into one pass over
 * the streams, for speed, held equal to the declarations bit for bit by
 * test/model/demand-declarations.property.test.ts: change a figure there and here together.
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

/** Set every sum of `sums` back to {@link emptySums}'s (a caller deriving demand per scenario reuses one record). */
export function resetSums(sums: DemandSums): DemandSums {
  sums.ingress = 0;
  sums.peakIngress = 0;
  sums.egress = 0;
  sums.peakEgress = 0;
  sums.peakReplication = 0;
  sums.peakStorageWrite = 0;
  sums.localStored = 0;
  sums.fullyLocal = 0;
  sums.tieredStored = 0;
  sums.retained = 0;
  sums.partitions = 0;
  sums.replicas = 0;
  sums.maxRf = 0;
  sums.recordsIn = 0;
  sums.peakRecordsIn = 0;
  sums.recordsOut = 0;
  sums.consumerGroups = 0;
  sums.maxRetention = 0;
  sums.maxLocalRetention = 0;
  sums.tiered = false;
  sums.tierUpload = 0;
  sums.tierReads = 0;
  sums.maxInPerPartition = 0;
  sums.maxOutPerPartition = 0;
  sums.maxMessage = 0;
  return sums;
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

/**
 * {@link deriveDemand} into records the caller keeps (`sums` is scratch, `out` receives every
 * field): the planner's evaluate derives a demand per scenario, a million per sweep, and two fresh
 * records of ~27 numbers each cost it more than the arithmetic. Returns `out`.
 */
export function deriveDemandInto(workload: Workload, sums: DemandSums, out: Demand): Demand {
  return demandInto(workload, addStreams(resetSums(sums), workload.streams), out);
}

/** A Demand record to derive into ({@link demandInto} overwrites every field; fields in Demand's order). */
export function emptyDemand(): Demand {
  return {
    ingressBytesPerSec: 0,
    peakIngressBytesPerSec: 0,
    egressBytesPerSec: 0,
    peakEgressBytesPerSec: 0,
    peakReplicationBytesPerSec: 0,
    peakStorageWriteBytesPerSec: 0,
    localStoredBytes: 0,
    tieredStoredBytes: 0,
    tierReadBytesPerSec: 0,
    retainedBytes: 0,
    partitions: 0,
    partitionReplicas: 0,
    maxReplicationFactor: 0,
    clientConnections: 0,
    crossAzBytesPerSec: 0,
    recordsInPerSec: 0,
    peakRecordsInPerSec: 0,
    recordsOutPerSec: 0,
    consumerGroups: 0,
    maxRetentionSeconds: 0,
    maxLocalRetentionSeconds: 0,
    tiered: false,
    fullyLocalStoredBytes: 0,
    peakTierUploadBytesPerSec: 0,
    maxPeakIngressPerPartitionBytesPerSec: 0,
    maxPeakEgressPerPartitionBytesPerSec: 0,
    maxMessageSizeBytes: 0,
  };
}

/** The {@link Demand} of a workload whose streams add up to `sums`. */
export function demandOf(workload: Workload, sums: DemandSums): Demand {
  return demandInto(workload, sums, emptyDemand());
}

/** {@link demandOf} written into `out` (every field). Returns `out`. */
export function demandInto(workload: Workload, sums: DemandSums, out: Demand): Demand {
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
  out.ingressBytesPerSec = ingress;
  out.peakIngressBytesPerSec = peakIngress;
  out.egressBytesPerSec = egress;
  out.peakEgressBytesPerSec = peakEgress;
  out.peakReplicationBytesPerSec = peakReplication;
  out.peakStorageWriteBytesPerSec = peakStorageWrite;
  out.localStoredBytes = localStored;
  out.tieredStoredBytes = tieredStored;
  out.tierReadBytesPerSec = tierReads;
  out.retainedBytes = retained;
  out.partitions = partitions;
  out.partitionReplicas = replicas;
  out.maxReplicationFactor = maxRf;
  out.clientConnections = workload.clientConnections;
  out.crossAzBytesPerSec = crossAz;
  out.recordsInPerSec = recordsIn;
  out.peakRecordsInPerSec = peakRecordsIn;
  out.recordsOutPerSec = recordsOut;
  out.consumerGroups = consumerGroups;
  out.maxRetentionSeconds = maxRetention;
  out.maxLocalRetentionSeconds = maxLocalRetention;
  out.tiered = tiered;
  out.fullyLocalStoredBytes = fullyLocal;
  out.peakTierUploadBytesPerSec = tierUpload;
  out.maxPeakIngressPerPartitionBytesPerSec = maxInPerPartition;
  out.maxPeakEgressPerPartitionBytesPerSec = maxOutPerPartition;
  out.maxMessageSizeBytes = maxMessage;
  return out;
}
