/**
 * Express broker sizing (docs/sizing-model.md; conflicts C1, C4, C7). Express has managed storage,
 * RF fixed at 3 and three AZs, so brokers follow from throughput, partitions and connections:
 *
 * - default ("blog" model setting, docs values per C1): peak ingress ≤ recommended sustained
 *   ingress × maxUtilisation.express and peak egress ≤ recommended sustained egress × the same,
 *   per broker (`msk-quotas` table). Head-room is stated once (docs/express-headroom.md): AWS's recommended
 *   sustained rates already sit below the enforced per-broker maximum by the one-AZ-lost factor
 *   (maximum ingress = 1.5 × recommended at every size; egress 1.875 ×), and AWS sizes its own
 *   example (45 MBps in, 90 out → 3 × express.m7g.large) at 100 % of them. So the default is
 *   maxUtilisation.express = 1 and no AZ-loss factor on throughput; a lower maxUtilisation.express
 *   is the explicit, echoed extra margin. Connections keep the AZ-loss rule (a per-broker quota);
 * - "aws-script" (`aws-msk-sizing-script` compatibility, for cross-checks only, C1): ingress capacity = sustained ×
 *   uExp; egress capacity = 2.5 × sustained ingress with no utilisation factor; no AZ factor.
 *
 * Partitions: replicas (partitions × 3) per broker ≤ recommended × maxUtilisation.partitions, and
 * never above the enforced maximum (`msk-quotas`). Brokers: a multiple of 3, within the 60-broker quota.
 */
import type { Demand } from "../demand.js";
import { EXPRESS_INSTANCES, type ExpressInstance, expressThroughputBytesPerSec } from "../instances.js";
import { CLUSTER_QUOTAS, EXPRESS_AZS, EXPRESS_REPLICATION_FACTOR } from "../quotas.js";
import type { SizingModel, Workload } from "../workload.js";
import { azLossFactor, brokersFor, fitsIn, partitionsPerBroker, roundUpToMultiple } from "./common.js";
import { AWS_SCRIPT_EXPRESS_EGRESS_FACTOR } from "./rules.js";

export interface ExpressCapacity {
  spec: ExpressInstance;
  name: string;
  ingressBytesPerSec: number;
  egressBytesPerSec: number;
  recommendedPartitions: number;
  maxPartitions: number;
  maxBrokers: number;
}

export function expressCapacities(): ExpressCapacity[] {
  return EXPRESS_INSTANCES.map((spec) => {
    const t = expressThroughputBytesPerSec(spec);
    return {
      spec,
      name: spec.name,
      ingressBytesPerSec: t.sustainedIngress,
      egressBytesPerSec: t.sustainedEgress,
      recommendedPartitions: spec.recommendedPartitionsPerBroker,
      maxPartitions: spec.maxPartitionsPerBroker,
      maxBrokers: CLUSTER_QUOTAS.maxBrokersKraft,
    };
  });
}

export interface ExpressLoads {
  ingress: number;
  egress: number;
  replicas: number;
  connections: number;
  utilisation: number;
  partitionShare: number;
  model: SizingModel;
}

export function expressLoads(w: Workload, d: Demand): ExpressLoads {
  return expressLoadsInto(w, d, {} as ExpressLoads);
}

/** {@link expressLoads} written into `out` (every field), so a sweep reuses one record. Returns `out`. */
export function expressLoadsInto(w: Workload, d: Demand, out: ExpressLoads): ExpressLoads {
  // Throughput: no AZ-loss factor (the recommended sustained rates carry it; module comment).
  const f = w.sizingModel === "aws-script" ? 1 : azLossFactor(EXPRESS_AZS, w.targets.tolerateAzLoss);
  out.ingress = d.peakIngressBytesPerSec;
  out.egress = d.peakEgressBytesPerSec;
  out.replicas = d.partitions * EXPRESS_REPLICATION_FACTOR;
  out.connections = d.clientConnections * f;
  out.utilisation = w.targets.maxUtilisation.express;
  out.partitionShare = w.targets.maxUtilisation.partitions;
  out.model = w.sizingModel;
  return out;
}

export interface ExpressNeeds {
  ingress: number;
  egress: number;
  partitions: number;
  connections: number;
  minimum: number;
}

/** Per-broker egress capacity the loads are checked against (depends on the model, C1; ./rules.ts `expressEgressCapacity`). */
export function expressEgressCapacity(c: ExpressCapacity, L: ExpressLoads): number {
  return L.model === "aws-script"
    ? AWS_SCRIPT_EXPRESS_EGRESS_FACTOR * c.ingressBytesPerSec
    : c.egressBytesPerSec * L.utilisation;
}

/** Partition replicas per broker the Express sizer allows: recommended × target, at most the maximum. */
export function expressPartitionsPerBroker(c: ExpressCapacity, L: ExpressLoads): number {
  return partitionsPerBroker(c.recommendedPartitions, L.partitionShare, c.maxPartitions);
}

/** Brokers for one Express size: a multiple of 3; feasible when within the quota and partition maximum. */
export function sizeExpress(
  c: ExpressCapacity,
  L: ExpressLoads,
): { feasible: boolean; brokers: number; need: ExpressNeeds } {
  const need: ExpressNeeds = {
    ingress: brokersFor(L.ingress, c.ingressBytesPerSec * L.utilisation),
    egress: brokersFor(L.egress, expressEgressCapacity(c, L)),
    partitions: brokersFor(L.replicas, expressPartitionsPerBroker(c, L)),
    connections: expressConnectionBrokers(L),
    minimum: EXPRESS_AZS,
  };
  const brokers = roundUpToMultiple(
    Math.max(need.minimum, need.ingress, need.egress, need.partitions, need.connections),
    EXPRESS_AZS,
  );
  return { feasible: brokers <= c.maxBrokers, brokers, need };
}

/**
 * {@link sizeExpress}'s broker count alone, with no record allocated (the sweep path): the same
 * quotients, the same rounding. Feasible when ≤ `c.maxBrokers`.
 */
export function expressBrokers(
  c: ExpressCapacity,
  L: ExpressLoads,
  connectionBrokers = expressConnectionBrokers(L),
): number {
  const n = Math.max(
    EXPRESS_AZS,
    brokersFor(L.ingress, c.ingressBytesPerSec * L.utilisation),
    brokersFor(L.egress, expressEgressCapacity(c, L)),
    connectionBrokers,
  );
  // Partitions usually need no more than throughput: shown by a product, their quotient is not
  // taken (only the maximum counts).
  const partitionCap = expressPartitionsPerBroker(c, L);
  return roundUpToMultiple(
    fitsIn(L.replicas, partitionCap, n) ? n : Math.max(n, brokersFor(L.replicas, partitionCap)),
    EXPRESS_AZS,
  );
}

/** Brokers the client connections need, the same at every size (a caller sizing them all takes it once). */
export function expressConnectionBrokers(L: ExpressLoads): number {
  return brokersFor(L.connections, CLUSTER_QUOTAS.maxConnectionsPerBroker);
}

export function expressUtilisation(
  c: ExpressCapacity,
  L: ExpressLoads,
  brokers: number,
): Record<string, number> {
  return {
    ingress: L.ingress / brokers / c.ingressBytesPerSec,
    egress:
      L.egress /
      brokers /
      (L.model === "aws-script"
        ? AWS_SCRIPT_EXPRESS_EGRESS_FACTOR * c.ingressBytesPerSec
        : c.egressBytesPerSec),
    partitions: L.replicas / brokers / c.recommendedPartitions,
    connections: L.connections / brokers / CLUSTER_QUOTAS.maxConnectionsPerBroker,
    brokers: brokers / c.maxBrokers,
  };
}

export function expressTargets(L: ExpressLoads): Record<string, number> {
  return {
    ingress: L.utilisation,
    egress: L.model === "aws-script" ? 1 : L.utilisation,
    partitions: L.partitionShare,
    connections: 1,
    brokers: 1,
  };
}
