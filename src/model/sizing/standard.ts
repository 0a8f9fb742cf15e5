/**
 * Standard broker sizing: loads (what the workload asks, cluster-wide, in bytes/s) against
 * per-broker capacity (from the instance table), for one instance type at a time.
 *
 * Two published throughput models (docs/sizing-model.md, conflict C5), chosen by `workload.sizingModel`:
 *
 * - **blog** (default): AWS Big Data Blog "Equation 1" `aws-blog-right-sizing`, per-broker flows at peak —
 *   storage write = EBS link = ingress × r; EC2 network out = ingress × (c + r − 1) — plus
 *   network in (ingress × r: producer bytes and follower fetches in, a duplex check the blog omits)
 *   and, for tiered storage, leaders' uploads on network out (I) and reads back from the tier on
 *   network in (tierReads, a month average: the broker fetches them before serving them). One-AZ-loss head-room: with
 *   tolerateAzLoss the survivors carry the load, × azs/(azs − 1). Why default: it is derived from
 *   hardware flows, takes RF and fan-out into account, and keeps volume throughput separate from the
 *   instance's EBS link (C6), so PST can be modelled; the script's fixed factors ignore RF.
 * - **aws-script**: AWS msk_sizing.py `aws-msk-sizing-script` factors: storage I/O = peak ingress × (6.5 + 1.5 if
 *   tiered); network out = peak ingress × (5.7 + 1.5 if tiered + 1.5 × fan-out). Its 1-AZ-down
 *   scaling is inside those factors, so no separate AZ factor. Applied to this project's capacities
 *   (C6, C8), not to `aws-msk-sizing-script`'s own EBS/NIC table.
 *
 * Both then size against: capacity × maxUtilisation.standard (C10); storage throughput per broker =
 * min(EC2 EBS baseline, volume throughput: 250 MiB/s default or PST) (C6); partitions per broker ≤
 * recommended × maxUtilisation.partitions, never above the size's maximum (`msk-standard-best-practices`); storage per broker ≤ 16,384 GiB after head-room
 * (C9); 3,000 connections per broker (`msk-quotas`); brokers ≥ max RF, a multiple of the AZ count, within the
 * broker quota (60 KRaft, 30 for ZooKeeper-only t3.small; docs/sizing-model.md). Where storage throughput
 * binds and the type supports PST, fewer brokers with PST are priced against more brokers without.
 */
import { BYTES_PER_GIB, BYTES_PER_MIB } from "../conventions.js";
import type { Demand } from "../demand.js";
import {
  DEFAULT_VOLUME_THROUGHPUT_MIB_PER_SEC,
  ebsBaselineBytesPerSec,
  networkBaselineBytesPerSec,
  PST_MIN_VOLUME_GIB,
  pstMaxBytesPerSec,
  STANDARD_INSTANCES,
  type StandardInstance,
  storageBoundsBytes,
} from "../instances.js";
import { CLUSTER_QUOTAS, maxBrokersFor } from "../quotas.js";
import type { Workload } from "../workload.js";
import { azLossFactor, brokersFor, ceilTolerant, partitionsPerBroker, roundUpToMultiple } from "./common.js";

/** Per-broker capacity of one Standard type, as plain numbers (prepared once). */
export interface StandardCapacity {
  spec: StandardInstance;
  name: string;
  networkBytesPerSec: number;
  ebsBytesPerSec: number;
  /** Volume throughput without PST: 250 MiB/s (`msk-storage-throughput-management`). */
  defaultVolumeBytesPerSec: number;
  /** Highest PST, bytes/s; 0 when the type has none. */
  pstMaxBytesPerSec: number;
  pstMinMiBps: number;
  pstMaxMiBps: number;
  recommendedPartitions: number;
  maxPartitions: number;
  storageMinGiB: number;
  storageMaxBytes: number;
  maxBrokers: number;
  tieredStorage: boolean;
}

/** The capacity table for every Standard type, from src/model/instances.ts. */
export function standardCapacities(): StandardCapacity[] {
  return STANDARD_INSTANCES.map((spec) => ({
    spec,
    name: spec.name,
    networkBytesPerSec: networkBaselineBytesPerSec(spec),
    ebsBytesPerSec: ebsBaselineBytesPerSec(spec),
    defaultVolumeBytesPerSec: DEFAULT_VOLUME_THROUGHPUT_MIB_PER_SEC * BYTES_PER_MIB,
    pstMaxBytesPerSec: pstMaxBytesPerSec(spec) ?? 0,
    pstMinMiBps: spec.pst?.minMiBps ?? 0,
    pstMaxMiBps: spec.pst?.maxMiBps ?? 0,
    recommendedPartitions: spec.recommendedPartitionsPerBroker,
    maxPartitions: spec.maxPartitionsPerBroker,
    storageMinGiB: spec.storageMinGiB,
    storageMaxBytes: storageBoundsBytes(spec).max,
    maxBrokers: maxBrokersFor(spec.name),
    tieredStorage: spec.tieredStorage,
  }));
}

/** Cluster-wide loads a workload puts on Standard brokers (bytes/s, bytes, counts). */
export interface StandardLoads {
  /** Network out and in, storage write at peak, incl. the model's factors and AZ-loss head-room. */
  networkOut: number;
  networkIn: number;
  storageWrite: number;
  /** Local bytes to provision for, after storage head-room. */
  provisionBytes: number;
  /** Local bytes held (before head-room), for the storage fill figure. */
  localBytes: number;
  replicas: number;
  connections: number;
  minBrokers: number;
  azs: number;
  utilisation: number;
  partitionShare: number;
}

/** Loads for the Standard options; `tiered` = the standard-tiered option (local retention only on EBS). */
export function standardLoads(w: Workload, d: Demand, tiered: boolean): StandardLoads {
  return standardLoadsInto(w, d, tiered, {} as StandardLoads);
}

/** {@link standardLoads} written into `out` (every field), so a sweep reuses one record. Returns `out`. */
export function standardLoadsInto(
  w: Workload,
  d: Demand,
  tiered: boolean,
  out: StandardLoads,
): StandardLoads {
  const f = azLossFactor(w.azs, w.targets.tolerateAzLoss);
  let networkOut: number;
  let networkIn: number;
  let storageWrite: number;
  if (w.sizingModel === "aws-script") {
    // `aws-msk-sizing-script`: fanout = outPeak ÷ inPeak; fStorage = 6.5 (+1.5 tiered); fNet = 5.7 (+1.5 tiered) + 1.5 × fanout.
    const fanout = d.peakIngressBytesPerSec > 0 ? d.peakEgressBytesPerSec / d.peakIngressBytesPerSec : 0;
    // The script has one NIC figure; tier reads (fetched from the tier, beyond its flat +1.5) join it.
    storageWrite = d.peakIngressBytesPerSec * (6.5 + (tiered ? 1.5 : 0));
    networkOut =
      d.peakIngressBytesPerSec * (5.7 + (tiered ? 1.5 : 0) + 1.5 * fanout) +
      (tiered ? d.tierReadBytesPerSec : 0);
    networkIn = 0;
  } else {
    storageWrite = d.peakStorageWriteBytesPerSec * f;
    networkOut =
      (d.peakEgressBytesPerSec + d.peakReplicationBytesPerSec + (tiered ? d.peakTierUploadBytesPerSec : 0)) *
      f;
    // Tier reads: brokers fetch that data from the tier (network in) before serving it (already in egress).
    networkIn =
      (d.peakIngressBytesPerSec + d.peakReplicationBytesPerSec + (tiered ? d.tierReadBytesPerSec : 0)) * f;
  }
  const localBytes = tiered ? d.localStoredBytes : d.fullyLocalStoredBytes;
  out.networkOut = networkOut;
  out.networkIn = networkIn;
  out.storageWrite = storageWrite;
  out.provisionBytes = localBytes * w.targets.storageHeadroom;
  out.localBytes = localBytes;
  out.replicas = d.partitionReplicas;
  out.connections = d.clientConnections * f;
  out.minBrokers = Math.max(d.maxReplicationFactor, w.azs);
  out.azs = w.azs;
  out.utilisation = w.targets.maxUtilisation.standard;
  out.partitionShare = w.targets.maxUtilisation.partitions;
  return out;
}

/**
 * Whether type `k` makes type `j` redundant for every workload (so a planner may drop `j` when
 * preparing): for any loads, {@link sizeStandardInto} prices `k` strictly below `j` whenever `j`
 * fits. Sufficient conditions (with `b` the broker price per period, `s` per GiB, `p` per MiB/s):
 * - `k` has at least `j`'s capacity on every constraint (network, storage throughput without PST,
 *   partitions, storage, broker quota; with PST: ceiling at least, minimum at most), so it needs
 *   no more brokers on any of them and every configuration `j` could pick is open to `k`;
 * - at the same broker count `k` costs less: b_k < b_j, and by more than p when `j` has PST (at the
 *   same count `k`'s least PST can exceed `j`'s capped one by under 1 MiB/s);
 * - with fewer brokers `k` costs less: per broker `k` rounds storage up by under 1 GiB, so n_k
 *   brokers cost at most n_k × (b_k + s) more than the bytes stored, while `j` needs at least one AZ
 *   multiple (≥ 2) more brokers: b_j ≥ maxBrokers_k × s suffices with a factor of 2 to spare.
 * Both prices must be known (a missing price counts as 0 in the sizer, and nothing is dropped then).
 */
export function dominates(
  k: StandardCapacity,
  kCost: StandardUnitCosts,
  j: StandardCapacity,
  jCost: StandardUnitCosts,
): boolean {
  if (!(kCost.broker < jCost.broker) || !(jCost.broker >= k.maxBrokers * kCost.storageGiB)) return false;
  if (kCost.storageGiB !== jCost.storageGiB || !(kCost.storageGiB >= 0)) return false;
  if (
    k.networkBytesPerSec < j.networkBytesPerSec ||
    Math.min(k.ebsBytesPerSec, k.defaultVolumeBytesPerSec) <
      Math.min(j.ebsBytesPerSec, j.defaultVolumeBytesPerSec) ||
    k.recommendedPartitions < j.recommendedPartitions ||
    k.maxPartitions < j.maxPartitions ||
    k.storageMaxBytes < j.storageMaxBytes ||
    k.storageMinGiB > j.storageMinGiB ||
    k.maxBrokers < j.maxBrokers
  )
    return false;
  if (j.pstMaxBytesPerSec > 0 && Number.isFinite(jCost.pstMiBps)) {
    if (kCost.pstMiBps !== jCost.pstMiBps || !(jCost.broker - kCost.broker > jCost.pstMiBps)) return false;
    if (
      !(k.pstMaxBytesPerSec > 0) ||
      Math.min(k.ebsBytesPerSec, k.pstMaxBytesPerSec) < Math.min(j.ebsBytesPerSec, j.pstMaxBytesPerSec) ||
      k.pstMinMiBps > j.pstMinMiBps ||
      k.storageMinGiB > PST_MIN_VOLUME_GIB
    )
      return false;
  }
  return true;
}

/** Partition replicas per broker the Standard sizer allows: recommended × target, at most the maximum. */
export function standardPartitionsPerBroker(c: StandardCapacity, L: StandardLoads): number {
  return partitionsPerBroker(c.recommendedPartitions, L.partitionShare, c.maxPartitions);
}

/** Period prices the sizer trades off (USD per broker, per GiB provisioned, per MiB/s of PST). */
export interface StandardUnitCosts {
  broker: number;
  storageGiB: number;
  /** NaN when the catalog has no PST price in the region: PST is then not considered. */
  pstMiBps: number;
}

/** The chosen size for one instance type. */
export interface StandardSizing {
  feasible: boolean;
  brokers: number;
  storagePerBrokerGiB: number;
  /** Provisioned storage throughput per broker, MiB/s; 0 = the default volume throughput (not billed). */
  pstMiBps: number;
  /** Cost of brokers + storage + PST for the period (the sizer's objective). */
  clusterUsd: number;
  /** Brokers each constraint needs (before rounding to the AZ multiple). */
  need: StandardNeeds;
}

export interface StandardNeeds {
  networkOut: number;
  networkIn: number;
  storageThroughput: number;
  partitions: number;
  storage: number;
  connections: number;
  minimum: number;
}

/** A sizing record to size into ({@link sizeStandardInto} overwrites every field). */
export function emptyStandardSizing(): StandardSizing {
  return {
    feasible: false,
    brokers: 0,
    storagePerBrokerGiB: 0,
    pstMiBps: 0,
    clusterUsd: Number.POSITIVE_INFINITY,
    need: {
      networkOut: 0,
      networkIn: 0,
      storageThroughput: 0,
      partitions: 0,
      storage: 0,
      connections: 0,
      minimum: 0,
    },
  };
}

/**
 * Per-type constants of a list of Standard types and their unit costs, one typed array per figure
 * (prepared once): the sizer reads these in its inner loop rather than objects, and the values
 * derived from two capacity figures (volume throughput without PST, the PST ceiling) are taken once.
 */
export interface StandardTable {
  readonly size: number;
  /** Network baseline, bytes/s. */
  readonly network: Float64Array;
  /** Storage throughput per broker without PST: min(EBS link, default volume throughput), bytes/s. */
  readonly volume: Float64Array;
  /** With PST: min(EBS link, highest PST), bytes/s; pstMaxBytes 0 = no PST. */
  readonly pstCeiling: Float64Array;
  readonly pstMaxBytes: Float64Array;
  readonly pstMinMiBps: Float64Array;
  readonly pstMaxMiBps: Float64Array;
  readonly recommendedPartitions: Float64Array;
  readonly maxPartitions: Float64Array;
  readonly storageMaxBytes: Float64Array;
  readonly storageMinGiB: Float64Array;
  readonly maxBrokers: Float64Array;
  /** {@link StandardUnitCosts} per type. */
  readonly broker: Float64Array;
  readonly storageGiB: Float64Array;
  readonly pstMiBps: Float64Array;
  /** USD per byte provisioned, a little under storageGiB ÷ 1 GiB: see {@link costFloor}; 0 when that does not hold. */
  readonly storageFloorPerByte: Float64Array;
}

/** The {@link StandardTable} of `caps[i]` at `costs[i]`. */
export function standardTable(
  caps: readonly StandardCapacity[],
  costs: readonly StandardUnitCosts[],
): StandardTable {
  const col = (f: (c: StandardCapacity, k: StandardUnitCosts) => number) =>
    Float64Array.from(caps, (c, i) => f(c, costs[i] as StandardUnitCosts));
  return {
    size: caps.length,
    network: col((c) => c.networkBytesPerSec),
    volume: col((c) => Math.min(c.ebsBytesPerSec, c.defaultVolumeBytesPerSec)),
    pstCeiling: col((c) => Math.min(c.ebsBytesPerSec, c.pstMaxBytesPerSec)),
    pstMaxBytes: col((c) => c.pstMaxBytesPerSec),
    pstMinMiBps: col((c) => c.pstMinMiBps),
    pstMaxMiBps: col((c) => c.pstMaxMiBps),
    recommendedPartitions: col((c) => c.recommendedPartitions),
    maxPartitions: col((c) => c.maxPartitions),
    storageMaxBytes: col((c) => c.storageMaxBytes),
    storageMinGiB: col((c) => c.storageMinGiB),
    maxBrokers: col((c) => c.maxBrokers),
    broker: col((_, k) => k.broker),
    storageGiB: col((_, k) => k.storageGiB),
    pstMiBps: col((_, k) => k.pstMiBps),
    // Whole GiB per broker, at least 1, round a broker's share up to under 1e-9 below it, so any
    // count provisions at least bytes × (1 − 1e-9); the margin 1e-6 absorbs that and the float
    // rounding. Without a 1 GiB minimum a tiny share can round to 0 GiB: no floor then.
    storageFloorPerByte: col((c, k) =>
      c.storageMinGiB >= 1 && k.storageGiB >= 0 ? (k.storageGiB / BYTES_PER_GIB) * (1 - 1e-6) : 0,
    ),
  };
}

/**
 * A lower bound on what `n` (or more) brokers of a type cost with every configuration the sizer
 * may pick: n × the broker price + a floor under the storage the loads provision (the same GiB
 * in total however many brokers share them, rounded up per broker), shaved by 1e-12 so the float
 * rounding of either side cannot put the bound above a cost. The sizer stops a type once this
 * reaches a cutoff: with storage counted, a type whose brokers alone are cheaper than the best but
 * whose brokers and storage are not is stopped before its quotients.
 */
export function costFloor(n: number, broker: number, storageFloorUsd: number): number {
  return (n * broker + storageFloorUsd) * (1 - 1e-12);
}

/** Size one Standard type for the loads: cheapest broker count (and PST) meeting every constraint. */
export function sizeStandard(c: StandardCapacity, L: StandardLoads, cost: StandardUnitCosts): StandardSizing {
  return sizeStandardInto(c, L, cost, emptyStandardSizing());
}

/**
 * {@link sizeStandard} writing into `out` (and `out.need`) instead of allocating; `cutoffUsd` as in
 * {@link sizeStandardAt}. Returns `out`.
 */
export function sizeStandardInto(
  c: StandardCapacity,
  L: StandardLoads,
  cost: StandardUnitCosts,
  out: StandardSizing,
  cutoffUsd = Number.POSITIVE_INFINITY,
): StandardSizing {
  return sizeStandardAt(standardTable([c], [cost]), 0, L, out, cutoffUsd);
}

/**
 * Size type `i` of table `T` for the loads, writing into `out` (and `out.need`) instead of
 * allocating: the planner sizes every instance type per scenario, a million scenarios per sweep.
 * Returns `out`.
 *
 * `cutoffUsd` and `prune` (for a caller that only wants a feasible type strictly cheaper than one
 * it has): once the brokers every constraint but storage throughput needs cost at least the cutoff
 * at the broker price and the storage floor ({@link costFloor}), or (with `prune`, the default when
 * a cutoff is given) exceed the broker quota, stop with `out.feasible = false` and
 * `out.clusterUsd = Infinity` — exact, since PST costs ≥ 0, more brokers only cost more, and no
 * configuration has fewer brokers than those. `out.need` and `out.brokers` are complete only when
 * not cut off.
 */
export function sizeStandardAt(
  T: StandardTable,
  i: number,
  L: StandardLoads,
  out: StandardSizing,
  cutoffUsd = Number.POSITIVE_INFINITY,
  prune = cutoffUsd !== Number.POSITIVE_INFINITY,
): StandardSizing {
  const u = L.utilisation;
  const azs = L.azs;
  const broker = T.broker[i] as number;
  const netCap = (T.network[i] as number) * u;
  const need = out.need;
  const nOut = brokersFor(L.networkOut, netCap);
  const nIn = brokersFor(L.networkIn, netCap);
  need.networkOut = nOut;
  need.networkIn = nIn;
  // The network alone often shows a type cannot beat the cutoff: stop before the other quotients
  // (exact: the count below is at most nOther, and more brokers only cost more).
  const maxBrokers = T.maxBrokers[i] as number;
  const atLeast = roundUpToMultiple(Math.max(L.minBrokers, nOut, nIn, 1), azs);
  const storageFloorUsd = L.provisionBytes * (T.storageFloorPerByte[i] as number);
  if (prune && (atLeast > maxBrokers || costFloor(atLeast, broker, storageFloorUsd) >= cutoffUsd))
    return cutOff(out);
  const nThroughput = brokersFor(L.storageWrite, (T.volume[i] as number) * u);
  const nPartitions = brokersFor(
    L.replicas,
    partitionsPerBroker(T.recommendedPartitions[i] as number, L.partitionShare, T.maxPartitions[i] as number),
  );
  const nStorage = brokersFor(L.provisionBytes, T.storageMaxBytes[i] as number);
  const nConnections = brokersFor(L.connections, CLUSTER_QUOTAS.maxConnectionsPerBroker);
  need.storageThroughput = nThroughput;
  need.partitions = nPartitions;
  need.storage = nStorage;
  need.connections = nConnections;
  need.minimum = L.minBrokers;
  // Every count is whole, so when the other needs are within atLeast (already a multiple of the
  // AZ count) rounding their maximum up gives atLeast itself: no second quotient (the same below).
  const nOther =
    Math.max(nPartitions, nStorage, nConnections) <= atLeast
      ? atLeast
      : roundUpToMultiple(Math.max(L.minBrokers, nOut, nIn, nPartitions, nStorage, nConnections, 1), azs);
  if (costFloor(nOther, broker, storageFloorUsd) >= cutoffUsd || (prune && nOther > maxBrokers))
    return cutOff(out);
  const nDefault = nThroughput <= nOther ? nOther : roundUpToMultiple(Math.max(nOther, nThroughput), azs);
  const storageMinGiB = T.storageMinGiB[i] as number;
  const storageGiB = T.storageGiB[i] as number;
  const provision = L.provisionBytes;
  let brokers = nDefault;
  let pst = 0;
  // A count above the broker quota is never "cheaper" than one within it: otherwise a low (or
  // missing, hence zero) price could hide the PST configuration that fits, and feasibility would
  // depend on prices — it must depend on capacity and quotas alone.
  const defaultGiB = storagePerBroker(nDefault, provision, storageMinGiB);
  let best =
    nDefault <= maxBrokers ? nDefault * (broker + defaultGiB * storageGiB) : Number.POSITIVE_INFINITY;
  const pstUsd = T.pstMiBps[i] as number;
  if ((T.pstMaxBytes[i] as number) > 0 && nDefault > nOther && Number.isFinite(pstUsd)) {
    const ceiling = T.pstCeiling[i] as number;
    const pstMin = T.pstMinMiBps[i] as number;
    const pstMax = T.pstMaxMiBps[i] as number;
    for (let n = nOther; n < nDefault && n <= maxBrokers; n += azs) {
      // n brokers cost at least costFloor(n), which only grows with n: once it reaches the best,
      // no larger count with PST can be cheaper (exact, not a heuristic).
      if (costFloor(n, broker, storageFloorUsd) >= best) break;
      const perBroker = L.storageWrite / (n * u);
      if (perBroker > ceiling * (1 + 1e-12)) continue;
      const mibps = Math.min(pstMax, Math.max(pstMin, ceilTolerant(perBroker / BYTES_PER_MIB)));
      const gib = storagePerBroker(n, provision, mibps > 0 ? PST_MIN_VOLUME_GIB : storageMinGiB);
      const usd = n * (broker + gib * storageGiB + (mibps > 0 ? mibps * pstUsd : 0));
      if (usd < best) {
        best = usd;
        brokers = n;
        pst = mibps;
      }
    }
  }
  out.feasible = brokers <= maxBrokers && Number.isFinite(brokers);
  out.brokers = brokers;
  out.storagePerBrokerGiB =
    brokers === nDefault && pst === 0
      ? defaultGiB
      : storagePerBroker(brokers, provision, pst > 0 ? PST_MIN_VOLUME_GIB : storageMinGiB);
  out.pstMiBps = pst;
  out.clusterUsd = best;
  return out;
}

/** A type that cannot beat the cutoff: infeasible for the caller, at no price. */
function cutOff(out: StandardSizing): StandardSizing {
  out.feasible = false;
  out.brokers = 0;
  out.storagePerBrokerGiB = 0;
  out.pstMiBps = 0;
  out.clusterUsd = Number.POSITIVE_INFINITY;
  return out;
}

/** Whole GiB per broker for `bytes` over `n` brokers, at least `minGiB` (the volume's minimum). */
export function storagePerBroker(n: number, bytes: number, minGiB: number): number {
  return Math.max(minGiB, ceilTolerant(bytes / n / BYTES_PER_GIB));
}

/** Utilisation per resource of a sized cluster, as fractions of capacity (at peak, with one AZ lost when tolerated). */
export function standardUtilisation(
  c: StandardCapacity,
  L: StandardLoads,
  s: Pick<StandardSizing, "brokers" | "storagePerBrokerGiB" | "pstMiBps">,
): Record<string, number> {
  const n = s.brokers;
  const volume = s.pstMiBps > 0 ? s.pstMiBps * BYTES_PER_MIB : c.defaultVolumeBytesPerSec;
  const out: Record<string, number> = {
    networkOut: L.networkOut / n / c.networkBytesPerSec,
    storageThroughput: L.storageWrite / n / Math.min(c.ebsBytesPerSec, volume),
    partitions: L.replicas / n / c.recommendedPartitions,
    storage: L.localBytes / (n * s.storagePerBrokerGiB * BYTES_PER_GIB),
    connections: L.connections / n / CLUSTER_QUOTAS.maxConnectionsPerBroker,
    brokers: n / c.maxBrokers,
  };
  if (L.networkIn > 0) out.networkIn = L.networkIn / n / c.networkBytesPerSec;
  return out;
}

/** Per-resource targets matching {@link standardUtilisation}'s keys. */
export function standardTargets(L: StandardLoads): Record<string, number> {
  return {
    networkOut: L.utilisation,
    networkIn: L.utilisation,
    storageThroughput: L.utilisation,
    partitions: L.partitionShare,
    storage: L.provisionBytes > 0 ? L.localBytes / L.provisionBytes : 1,
    connections: 1,
    brokers: 1,
  };
}
