/**
 * The `express` option: Express brokers (managed storage, RF 3, three AZs). Candidates: every
 * priced Express size × broker count (a multiple of 3); cost = broker-hours + data written +
 * storage held (one copy of the full retention, docs/billing-rules.md) + cross-AZ transfer.
 */
import { BYTES_PER_MB } from "../model/conventions.js";
import type { Demand } from "../model/demand.js";
import {
  CLUSTER_QUOTAS,
  EXPRESS_AZS,
  EXPRESS_MAX_PARTITION_MBPS,
  EXPRESS_REPLICATION_FACTOR,
} from "../model/quotas.js";
import {
  type ExpressCapacity,
  type ExpressLoads,
  expressBrokers,
  expressCapacities,
  expressConnectionBrokers,
  expressEgressCapacity,
  expressLoads,
  expressLoadsInto,
  expressPartitionsPerBroker,
  expressUtilisation,
  sizeExpress,
} from "../model/sizing/express.js";
import { citeInWords } from "../model/sources.js";
import type { Workload } from "../model/workload.js";
import {
  numbers,
  BILLED_QUANTITIES as Q,
  type QuantityInput,
  quantityInputs,
} from "../pricing/billed-quantities.js";
import type { ExpressConfig } from "../pricing/configuration.js";
import { brokerDimension } from "../pricing/dimensions.js";
import { priceConfiguration } from "../pricing/price-configuration.js";
import { exceeds, type Infeasibility } from "./infeasibility.js";
import { binding, infeasibleResult, modelNote, noCandidate, unpricedTypesNote } from "./option-results.js";
import type { OptionContext, OptionEvaluation, OptionEvaluator, PreparedOption } from "./options.js";
import { PricedSum } from "./priced-sum.js";
import { mbps, num, pct } from "./reasons.js";
import type { ExpressConfiguration, OptionResult } from "./types.js";
import { UnitPrices } from "./unit-prices.js";

const OPTION = "express" as const;
const NEED_ORDER = ["ingress", "egress", "partitions", "connections", "minimum"] as const;
const MAX_PARTITION_BYTES_PER_SEC = EXPRESS_MAX_PARTITION_MBPS * BYTES_PER_MB;

interface Prepared {
  /** Candidate sizes: those with a broker-hour price first (table order), then those without. */
  caps: ExpressCapacity[];
  /** caps[0 .. pricedTypes) have a broker-hour price. */
  pricedTypes: number;
  /** USD per broker-hour per entry of caps (NaN when unpriced), and per broker over the period for choosing (0 when unpriced). */
  hourly: number[];
  brokerUsd: number[];
  unpriced: string[];
  /** USD per GB written, per GB-month stored, per GB crossing an AZ; NaN when missing. */
  writtenUsd: number;
  storedUsd: number;
  crossAzUsd: number;
  prices: UnitPrices;
  /** The loads record `evaluate` rebuilds per workload (the hot path allocates nothing). */
  loads: ExpressLoads;
  /** What `choose` found: the size's index (-1 when none fits) and its broker count. */
  chosen: { index: number; brokers: number };
  /** The billed quantities' inputs and the total `evaluate` refills per workload. */
  inputs: Record<QuantityInput, number>;
  sum: PricedSum;
}

function prepare(ctx: OptionContext): Prepared {
  const prices = new UnitPrices(ctx.catalog, ctx.region, ctx.hours);
  const priced: { c: ExpressCapacity; hourly: number }[] = [];
  const unpricedCaps: ExpressCapacity[] = [];
  for (const c of expressCapacities()) {
    if (!ctx.instanceTypes(c.name)) continue;
    const hourly = prices.usd(brokerDimension(c.name));
    if (Number.isFinite(hourly)) priced.push({ c, hourly });
    else unpricedCaps.push(c);
  }
  const hourly = [...priced.map((x) => x.hourly), ...unpricedCaps.map(() => Number.NaN)];
  return {
    caps: [...priced.map((x) => x.c), ...unpricedCaps],
    pricedTypes: priced.length,
    hourly,
    brokerUsd: hourly.map((h) => (Number.isFinite(h) ? h * ctx.hours : 0)),
    unpriced: unpricedCaps.map((c) => c.name),
    writtenUsd: prices.usd("expressDataWritten"),
    storedUsd: prices.usd("expressStorage"),
    crossAzUsd: prices.usd("crossAz"),
    prices,
    loads: {} as ExpressLoads,
    chosen: { index: -1, brokers: 0 },
    inputs: quantityInputs(),
    sum: new PricedSum(),
  };
}

/** Workload rules Express cannot meet whatever its size (fixed AZs and RF, per-partition limit). */
function fixedRuleBreaks(w: Workload, d: Demand): boolean {
  return (
    w.azs !== EXPRESS_AZS ||
    d.maxReplicationFactor > EXPRESS_REPLICATION_FACTOR ||
    d.maxPeakIngressPerPartitionBytesPerSec > MAX_PARTITION_BYTES_PER_SEC
  );
}

function fixedRuleProblems(w: Workload, d: Demand): Infeasibility[] {
  const r: Infeasibility[] = [];
  if (w.azs !== EXPRESS_AZS)
    r.push({
      code: "mismatch",
      resource: "azs",
      actual: w.azs,
      limit: EXPRESS_AZS,
      unit: "count",
      basis: `Express runs in exactly ${EXPRESS_AZS} AZs`,
    });
  if (d.maxReplicationFactor > EXPRESS_REPLICATION_FACTOR)
    r.push(
      exceeds("replicationFactor", d.maxReplicationFactor, EXPRESS_REPLICATION_FACTOR, "count", {
        basis: "Express fixes RF at 3",
      }),
    );
  if (d.maxPeakIngressPerPartitionBytesPerSec > MAX_PARTITION_BYTES_PER_SEC)
    r.push(
      exceeds(
        "ingressPerPartition",
        d.maxPeakIngressPerPartitionBytesPerSec,
        MAX_PARTITION_BYTES_PER_SEC,
        "MBps",
        {
          basis: "Express per-partition limit; add partitions",
        },
      ),
    );
  return r;
}

/**
 * The cheapest feasible size: among those with a broker-hour price, or — only when none of them
 * fits — among those without (all cost 0 to choose, so the first that fits). Feasibility depends on
 * capacity and quotas alone, never on which prices exist.
 */
function choose(p: Prepared, L: ExpressLoads): { index: number; brokers: number } {
  if (!chooseIn(p, L, 0, p.pricedTypes)) chooseIn(p, L, p.pricedTypes, p.caps.length);
  return p.chosen;
}

/** choose over caps[from .. to), into p.chosen (reused: the hot path allocates nothing); whether one fits. */
function chooseIn(p: Prepared, L: ExpressLoads, from: number, to: number): boolean {
  let index = -1;
  let brokers = 0;
  let usd = Number.POSITIVE_INFINITY;
  // The same for every size (a quota per broker): taken once.
  const connections = expressConnectionBrokers(L);
  for (let i = from; i < to; i++) {
    // Every size needs at least EXPRESS_AZS brokers: one that costs the best at that already cannot beat it.
    if (index >= 0 && EXPRESS_AZS * (p.brokerUsd[i] as number) >= usd) continue;
    const c = p.caps[i] as ExpressCapacity;
    const n = expressBrokers(c, L, connections);
    if (!(n <= c.maxBrokers)) continue;
    const cost = n * (p.brokerUsd[i] as number);
    if (index < 0 || cost < usd) {
      index = i;
      brokers = n;
      usd = cost;
    }
  }
  p.chosen.index = index;
  p.chosen.brokers = brokers;
  return index >= 0;
}

/**
 * The chosen configuration's cost and completeness: the lines priceConfiguration builds
 * (src/pricing/price-express.ts, price-addons.ts), each quantity its declaration
 * (src/pricing/billed-quantities.ts) over the same inputs, in the same order, a missing price
 * skipped, so `evaluate` (the sweep path) equals `plan` to the last bit without building line items.
 */
function evaluate(p: Prepared, w: Workload, d: Demand): OptionEvaluation {
  if (fixedRuleBreaks(w, d)) return { option: OPTION, feasible: false, monthlyUsd: null, priced: "none" };
  const c = choose(p, expressLoadsInto(w, d, p.loads));
  if (c.index < 0) return { option: OPTION, feasible: false, monthlyUsd: null, priced: "none" };
  const { hours, months, seconds } = p.prices;
  const x = p.inputs;
  const t = p.sum.reset();
  x.hours = hours;
  x.months = months;
  x.brokers = c.brokers;
  x.dataWrittenBytes = d.ingressBytesPerSec * seconds;
  x.storedBytes = d.retainedBytes;
  t.add(Q.broker.of(numbers, x), p.hourly[c.index] as number);
  t.add(Q.expressDataWritten.of(numbers, x), p.writtenUsd);
  t.add(Q.expressStorage.of(numbers, x), p.storedUsd);
  const crossAzBytes = d.crossAzBytesPerSec * seconds;
  if (crossAzBytes > 0) {
    x.crossAzBytes = crossAzBytes;
    t.add(Q.crossAz.of(numbers, x), p.crossAzUsd);
  }
  return t.evaluation(OPTION);
}

function plan(p: Prepared, ctx: OptionContext, w: Workload, d: Demand): OptionResult {
  if (fixedRuleBreaks(w, d)) return infeasibleResult(OPTION, null, fixedRuleProblems(w, d), []);
  if (p.caps.length === 0) return infeasibleResult(OPTION, null, [noCandidate("Express")], []);
  const L = expressLoads(w, d);
  const notes = [modelNote(w, "express")];
  if (w.streams.some((s) => s.replicationFactor < EXPRESS_REPLICATION_FACTOR))
    notes.push("Express replicates every partition 3 ways (RF fixed at 3); streams asking a lower RF get 3");
  notes.push(
    `storage billed on one copy of the full retention, data written on producer bytes (an assumption, as the ${citeInWords("aws-msk-sizing-script")} bills it)`,
  );
  const chosen = choose(p, L);
  if (chosen.index < 0) return closestInfeasible(p, L, notes);
  const unpricedNote = unpricedTypesNote(p.unpriced, chosen.index >= p.pricedTypes, ctx.region);
  if (unpricedNote) notes.splice(1, 0, unpricedNote);
  const c = p.caps[chosen.index] as ExpressCapacity;
  const s = sizeExpress(c, L);
  const config: ExpressConfig = {
    kind: "express",
    region: ctx.region,
    instanceType: c.name,
    brokers: s.brokers,
    dataWrittenBytes: d.ingressBytesPerSec * p.prices.seconds,
    storedBytes: d.retainedBytes,
  };
  if (d.crossAzBytesPerSec > 0) config.crossAzBytes = d.crossAzBytesPerSec * p.prices.seconds;
  const priced = priceConfiguration(config, ctx.catalog, { hours: ctx.hours });
  const b = binding(s.need, NEED_ORDER);
  const configuration: ExpressConfiguration = {
    instanceType: c.name,
    brokers: s.brokers,
    brokersPerAz: s.brokers / EXPRESS_AZS,
    azs: EXPRESS_AZS,
    replicationFactor: EXPRESS_REPLICATION_FACTOR,
  };
  return {
    option: OPTION,
    family: "msk",
    feasible: true,
    configuration,
    monthlyUsd: priced.totalUsd,
    priced: priced.priced,
    missingPrices: priced.missingPrices,
    lineItems: priced.lineItems,
    utilisation: expressUtilisation(c, L, s.brokers),
    binding: b === "minimum" ? "minimumBrokers" : b,
    reasons: [],
    problems: [],
    notes,
  };
}

function closestInfeasible(p: Prepared, L: ExpressLoads, notes: string[]): OptionResult {
  // The largest size comes closest on throughput and partitions.
  let c = p.caps[0] as ExpressCapacity;
  for (const x of p.caps) if (x.ingressBytesPerSec > c.ingressBytesPerSec) c = x;
  const s = sizeExpress(c, L);
  const nMax = Math.floor(c.maxBrokers / EXPRESS_AZS) * EXPRESS_AZS;
  const at = `${c.name} × ${nMax} brokers`;
  const u = L.utilisation;
  const perBroker = { perBroker: true, subject: at };
  const problems: Infeasibility[] = [
    exceeds("brokers", s.brokers, c.maxBrokers, "count", {
      basis: "broker quota per cluster",
      subject: c.name,
    }),
  ];
  if (s.need.ingress > nMax)
    problems.push(
      exceeds("ingress", L.ingress / nMax, c.ingressBytesPerSec * u, "MBps", {
        ...perBroker,
        basis: `${pct(u)} of sustained ${mbps(c.ingressBytesPerSec)}`,
      }),
    );
  if (s.need.egress > nMax)
    problems.push(
      exceeds("egress", L.egress / nMax, expressEgressCapacity(c, L), "MBps", {
        ...perBroker,
        basis: "sustained egress limit",
      }),
    );
  if (s.need.partitions > nMax)
    problems.push(
      exceeds("partitions", L.replicas / nMax, expressPartitionsPerBroker(c, L), "count", {
        ...perBroker,
        basis: `maximum ${num(c.maxPartitions, 0)}`,
      }),
    );
  if (s.need.connections > nMax)
    problems.push(
      exceeds("connections", L.connections / nMax, CLUSTER_QUOTAS.maxConnectionsPerBroker, "count", {
        ...perBroker,
        basis: "IAM quota",
      }),
    );
  return infeasibleResult(
    OPTION,
    { instanceType: c.name, brokers: nMax, brokersNeeded: s.brokers, azs: EXPRESS_AZS },
    problems,
    notes,
  );
}

export const expressOption: OptionEvaluator = {
  option: OPTION,
  family: "msk",
  description: "Express brokers (managed storage, RF 3, three AZs)",
  prepare(ctx: OptionContext): PreparedOption {
    const p = prepare(ctx);
    return {
      option: OPTION,
      family: "msk",
      evaluate: (w, d) => evaluate(p, w, d),
      plan: (w, d) => plan(p, ctx, w, d),
    };
  },
};
