/**
 * The sizing rules, declared once (docs/sizing-model.md): each is an expression over
 * {@link SizingArithmetic}, so one declaration yields
 * - the sizer's numbers, with {@link sizingNumbers}, and
 * - the workbook's live formulas, with expressions over named cells (src/report/live-*.ts binds
 *   each argument to a cell of the Assumptions or Instance types sheet), so a live sheet cannot
 *   size differently from these rules.
 * The sizer's inner loop (src/model/sizing/common.ts, standard.ts, express.ts: per instance type,
 * per scenario of a sweep) keeps its own unrolled plain arithmetic: calling these through an
 * arithmetic object there, or compiled to plain functions, measured 0.77–0.80× the planner's
 * evaluate() throughput. test/report/sizing-declarations.property.test.ts holds every rule's formula
 * equal to its numbers, and the sizer's functions equal to the rules, bit for bit, on random inputs.
 *
 * Operation order is part of a declaration: JS and a spreadsheet evaluate each operation alike,
 * so the formula and the sizer give the same floating-point result from the same inputs.
 *
 * Not declared here: the choices (the cheapest feasible instance type, the PST broker count). A
 * choice is a search over candidates sized by these rules — a loop in the planner
 * (standard-choice.ts, standard.ts, src/plan/express-option.ts), a table with MIN formulas on the
 * sheet (src/report/live.ts `cheapest`) — and the live-edit tests hold the two to the same choice.
 * What a workload asks of any cluster (the loads' inputs) is declared in ../demand-rules.ts.
 */

/** The operations a sizing rule is written with. Conditions are numbers: 1 true, 0 false. */
export interface SizingArithmetic<T> {
  num(v: number): T;
  add(a: T, b: T): T;
  sub(a: T, b: T): T;
  mul(a: T, b: T): T;
  div(a: T, b: T): T;
  max(a: T, b: T): T;
  min(a: T, b: T): T;
  /** ⌈x⌉ (x > −1 wherever a rule takes it: a count less a tolerance). */
  ceil(x: T): T;
  /** a > b. */
  gt(a: T, b: T): T;
  /** a ≠ b. */
  ne(a: T, b: T): T;
  /** a = b. */
  eq(a: T, b: T): T;
  /** a ≤ b. */
  le(a: T, b: T): T;
  /** Every condition holds (1), else 0. */
  and(...conds: T[]): T;
  /** `then` when `cond` holds, else `otherwise`. */
  if(cond: T, then: T, otherwise: T): T;
  /** What "no capacity at all" counts as in brokers: Infinity for the sizer; a finite stand-in in a sheet. */
  noCapacity: T;
}

/** The sizer's arithmetic: plain numbers. */
export const sizingNumbers: SizingArithmetic<number> = {
  num: (v) => v,
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  div: (a, b) => a / b,
  max: (a, b) => Math.max(a, b),
  min: (a, b) => Math.min(a, b),
  ceil: (x) => Math.ceil(x),
  gt: (a, b) => (a > b ? 1 : 0),
  ne: (a, b) => (a !== b ? 1 : 0),
  eq: (a, b) => (a === b ? 1 : 0),
  le: (a, b) => (a <= b ? 1 : 0),
  and: (...conds) => (conds.every((c) => c !== 0) ? 1 : 0),
  if: (cond, then, otherwise) => (cond !== 0 ? then : otherwise),
  noCapacity: Number.POSITIVE_INFINITY,
};

/** Relative slack for ceil() of quotients that are integers in exact arithmetic (45 MBps ÷ 15 MBps = 3). */
export const EPS = 1e-9;

/** Brokers needed to carry `load` at `capacityPerBroker` each: 0 for no load, no capacity → noCapacity, else ⌈load ÷ capacity − ε⌉. */
export function brokersFor<T>(a: SizingArithmetic<T>, load: T, capacityPerBroker: T): T {
  const zero = a.num(0);
  return a.if(
    a.gt(load, zero),
    a.if(
      a.gt(capacityPerBroker, zero),
      a.ceil(a.sub(a.div(load, capacityPerBroker), a.num(EPS))),
      a.noCapacity,
    ),
    zero,
  );
}

/** A broker count rounded up to a multiple of the AZ count (brokers spread evenly): ⌈n ÷ of − ε⌉ × of. */
export function roundUpToMultiple<T>(a: SizingArithmetic<T>, n: T, of: T): T {
  return a.mul(a.ceil(a.sub(a.div(n, of), a.num(EPS))), of);
}

/** ⌈x − ε × max(1, x)⌉ for whole GiB and whole MiB/s (x ≥ 0). */
export function ceilTolerant<T>(a: SizingArithmetic<T>, x: T): T {
  return a.ceil(a.sub(x, a.mul(a.num(EPS), a.max(a.num(1), x))));
}

/**
 * Load on the surviving brokers when one of `azs` AZs is lost: × azs ÷ (azs − 1) when `tolerate`
 * (1 or 0) is set, else 1.
 */
export function azLossFactor<T>(a: SizingArithmetic<T>, azs: T, tolerate: T): T {
  return a.if(a.ne(tolerate, a.num(0)), a.div(azs, a.sub(azs, a.num(1))), a.num(1));
}

/**
 * Partition replicas one broker may hold: the recommended count × the partitions target, never
 * above the size's maximum. MSK's best practices give both figures per size (leaders and followers);
 * the recommended one may be exceeded after testing (a target above 100 %), the maximum not: above it
 * MSK blocks update operations on Standard brokers and refuses partitions on Express.
 */
export function partitionsPerBroker<T>(a: SizingArithmetic<T>, recommended: T, share: T, maximum: T): T {
  return a.min(a.mul(recommended, share), maximum);
}

/**
 * Brokers a throughput load needs: ⌈load ÷ (per-broker capacity × utilisation target)⌉ (network
 * out and in, storage throughput; Express ingress and egress).
 */
export function throughputBrokers<T>(a: SizingArithmetic<T>, load: T, perBroker: T, target: T): T {
  return brokersFor(a, load, a.mul(perBroker, target));
}

/** Brokers the partition replicas need at {@link partitionsPerBroker} each. */
export function partitionBrokers<T>(
  a: SizingArithmetic<T>,
  replicas: T,
  recommended: T,
  share: T,
  maximum: T,
): T {
  return brokersFor(a, replicas, partitionsPerBroker(a, recommended, share, maximum));
}

/**
 * Cluster-wide loads on Standard brokers at peak, bytes/s (docs/sizing-model.md), in the default
 * "blog" model: storage writes = the producers' bytes × RF; network out = consumers + replication
 * (+ leaders' uploads to the tier); network in = producers + replication (+ reads back from the
 * tier) — each × the AZ-loss factor `f`. `tiered` (the standard-tiered option) adds the tier terms.
 */
export const standardBlogLoads = {
  storageWrite: <T>(a: SizingArithmetic<T>, x: { storageWrite: T; f: T }): T => a.mul(x.storageWrite, x.f),
  networkOut: <T>(
    a: SizingArithmetic<T>,
    x: { egress: T; replication: T; tierUpload: T; f: T },
    tiered: boolean,
  ): T => {
    const base = a.add(x.egress, x.replication);
    return a.mul(tiered ? a.add(base, x.tierUpload) : base, x.f);
  },
  networkIn: <T>(
    a: SizingArithmetic<T>,
    x: { ingress: T; replication: T; tierReads: T; f: T },
    tiered: boolean,
  ): T => {
    const base = a.add(x.ingress, x.replication);
    return a.mul(tiered ? a.add(base, x.tierReads) : base, x.f);
  },
};

/**
 * The same loads in the "aws-script" model (AWS's msk_sizing.py factors): storage I/O = peak
 * ingress × (6.5, + 1.5 tiered); network out = peak ingress × (5.7, + 1.5 tiered, + 1.5 × fan-out)
 * (+ reads back from the tier, beyond its flat + 1.5); no network-in figure, no AZ factor (inside
 * the factors). Fan-out = peak egress ÷ peak ingress (0 with no ingress).
 */
export const standardScriptLoads = {
  storageWrite: <T>(a: SizingArithmetic<T>, x: { ingress: T }, tiered: boolean): T =>
    a.mul(x.ingress, tiered ? a.add(a.num(6.5), a.num(1.5)) : a.num(6.5)),
  networkOut: <T>(a: SizingArithmetic<T>, x: { ingress: T; egress: T; tierReads: T }, tiered: boolean): T => {
    const zero = a.num(0);
    const fanout = a.if(a.gt(x.ingress, zero), a.div(x.egress, x.ingress), zero);
    const base = tiered ? a.add(a.num(5.7), a.num(1.5)) : a.num(5.7);
    const out = a.mul(x.ingress, a.add(base, a.mul(a.num(1.5), fanout)));
    return tiered ? a.add(out, x.tierReads) : out;
  },
};

/**
 * Provisioned storage throughput per broker for `n` brokers carrying `storageWrite` bytes/s at
 * utilisation `u`: whole MiB/s, within the type's PST range.
 */
export function pstPerBroker<T>(
  a: SizingArithmetic<T>,
  storageWrite: T,
  n: T,
  u: T,
  bytesPerMiB: T,
  pstMin: T,
  pstMax: T,
): T {
  return a.min(pstMax, a.max(pstMin, ceilTolerant(a, a.div(a.div(storageWrite, a.mul(n, u)), bytesPerMiB))));
}

/** Whole GiB per broker for `bytes` over `n` brokers, at least `minGiB` (the volume's minimum). */
export function storagePerBroker<T>(a: SizingArithmetic<T>, bytes: T, n: T, bytesPerGiB: T, minGiB: T): T {
  return a.max(minGiB, ceilTolerant(a, a.div(a.div(bytes, n), bytesPerGiB)));
}

/**
 * Per-broker egress an Express size is checked against: its recommended sustained egress × the
 * utilisation target, or in the "aws-script" model 2.5 × its sustained ingress with no target
 * (EXPRESS_EGRESS in AWS's msk_sizing.py).
 */
export function expressEgressCapacity<T>(
  a: SizingArithmetic<T>,
  ingressPerBroker: T,
  egressPerBroker: T,
  utilisation: T,
  awsScript: boolean,
): T {
  return awsScript
    ? a.mul(a.num(AWS_SCRIPT_EXPRESS_EGRESS_FACTOR), ingressPerBroker)
    : a.mul(egressPerBroker, utilisation);
}

/** EXPRESS_EGRESS in AWS's msk_sizing.py: egress capacity = 2.5 × the per-broker ingress figure. */
export const AWS_SCRIPT_EXPRESS_EGRESS_FACTOR = 2.5;

/**
 * What a Serverless cluster's per-cluster quotas are checked against: the workload's demand at
 * peak, summed over streams (the per-partition figures: the largest over streams, even spread).
 */
export interface ServerlessDemand<T> {
  peakIngress: T;
  peakEgress: T;
  partitions: T;
  maxPeakIngressPerPartition: T;
  maxPeakEgressPerPartition: T;
  connections: T;
  maxMessageSize: T;
  consumerGroups: T;
}

/**
 * Each {@link ServerlessDemand} field's own name: a rule's `demand` applied to it names the field
 * the rule reads (the workbook names each rule's demand cell by it).
 */
export const SERVERLESS_DEMAND_FIELDS: ServerlessDemand<keyof ServerlessDemand<unknown>> = {
  peakIngress: "peakIngress",
  peakEgress: "peakEgress",
  partitions: "partitions",
  maxPeakIngressPerPartition: "maxPeakIngressPerPartition",
  maxPeakEgressPerPartition: "maxPeakEgressPerPartition",
  connections: "connections",
  maxMessageSize: "maxMessageSize",
  consumerGroups: "consumerGroups",
};

/** The Serverless quotas as AWS publishes them (MB/s, MiB, counts), and the bytes in an MB and a MiB. */
export interface ServerlessQuotaValues<T> {
  maxIngressMBps: T;
  maxEgressMBps: T;
  maxIngressPerPartitionMBps: T;
  maxEgressPerPartitionMBps: T;
  maxPartitions: T;
  maxClientConnections: T;
  maxMessageSizeMiB: T;
  maxConsumerGroups: T;
  bytesPerMB: T;
  bytesPerMiB: T;
}

/** One Serverless quota: the demand it bounds and its limit in the demand's units (demand ≤ limit fits). */
export interface ServerlessQuotaRule {
  /** The resource a breach names (the planner's utilisation key). */
  resource:
    | "ingress"
    | "egress"
    | "partitions"
    | "ingressPerPartition"
    | "egressPerPartition"
    | "connections"
    | "messageSize"
    | "consumerGroups";
  /** The quota as published (a key of {@link ServerlessQuotaValues}). */
  quota: Exclude<keyof ServerlessQuotaValues<unknown>, "bytesPerMB" | "bytesPerMiB">;
  demand<T>(x: ServerlessDemand<T>): T;
  limit<T>(a: SizingArithmetic<T>, q: ServerlessQuotaValues<T>): T;
}

/**
 * The Serverless per-cluster quotas (docs/sizing-model.md), in the order the planner reports
 * utilisation: throughput at peak (MB/s quotas in bytes/s), partitions, per-partition throughput,
 * connections, message size (MiB in bytes), consumer groups.
 */
export const SERVERLESS_QUOTA_RULES: readonly ServerlessQuotaRule[] = [
  {
    resource: "ingress",
    quota: "maxIngressMBps",
    demand: (x) => x.peakIngress,
    limit: (a, q) => a.mul(q.maxIngressMBps, q.bytesPerMB),
  },
  {
    resource: "egress",
    quota: "maxEgressMBps",
    demand: (x) => x.peakEgress,
    limit: (a, q) => a.mul(q.maxEgressMBps, q.bytesPerMB),
  },
  {
    resource: "partitions",
    quota: "maxPartitions",
    demand: (x) => x.partitions,
    limit: (_a, q) => q.maxPartitions,
  },
  {
    resource: "ingressPerPartition",
    quota: "maxIngressPerPartitionMBps",
    demand: (x) => x.maxPeakIngressPerPartition,
    limit: (a, q) => a.mul(q.maxIngressPerPartitionMBps, q.bytesPerMB),
  },
  {
    resource: "egressPerPartition",
    quota: "maxEgressPerPartitionMBps",
    demand: (x) => x.maxPeakEgressPerPartition,
    limit: (a, q) => a.mul(q.maxEgressPerPartitionMBps, q.bytesPerMB),
  },
  {
    resource: "connections",
    quota: "maxClientConnections",
    demand: (x) => x.connections,
    limit: (_a, q) => q.maxClientConnections,
  },
  {
    resource: "messageSize",
    quota: "maxMessageSizeMiB",
    demand: (x) => x.maxMessageSize,
    limit: (a, q) => a.mul(q.maxMessageSizeMiB, q.bytesPerMiB),
  },
  {
    resource: "consumerGroups",
    quota: "maxConsumerGroups",
    demand: (x) => x.consumerGroups,
    limit: (_a, q) => q.maxConsumerGroups,
  },
];

/** Share of one Serverless quota used: demand ÷ limit (feasible when at most 1 for every quota). */
export function serverlessShare<T>(
  a: SizingArithmetic<T>,
  rule: ServerlessQuotaRule,
  x: ServerlessDemand<T>,
  q: ServerlessQuotaValues<T>,
): T {
  return a.div(rule.demand(x), rule.limit(a, q));
}

/** Whether the demand fits every Serverless quota: each demand ≤ its limit (1 = yes). */
export function serverlessFitsAll<T>(
  a: SizingArithmetic<T>,
  x: ServerlessDemand<T>,
  q: ServerlessQuotaValues<T>,
): T {
  return a.and(...SERVERLESS_QUOTA_RULES.map((r) => a.le(r.demand(x), r.limit(a, q))));
}

/**
 * The Express rules no broker size can meet otherwise (docs/sizing-model.md): exactly 3 AZs, no
 * stream's replication factor above 3, and no partition's peak ingress above the per-partition
 * limit (MB/s, in bytes/s) — 1 when all hold, else Express is infeasible at every size.
 */
export function expressFixedRulesMet<T>(
  a: SizingArithmetic<T>,
  x: { azs: T; maxReplicationFactor: T; maxPeakIngressPerPartition: T },
  limits: { azs: T; replicationFactor: T; partitionMBps: T; bytesPerMB: T },
): T {
  return a.and(
    a.eq(x.azs, limits.azs),
    a.le(x.maxReplicationFactor, limits.replicationFactor),
    a.le(x.maxPeakIngressPerPartition, a.mul(limits.partitionMBps, limits.bytesPerMB)),
  );
}
