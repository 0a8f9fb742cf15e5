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
  expressCapacities,
  expressEgressCapacity,
  expressLoads,
  expressUtilisation,
  sizeExpress,
} from "../model/sizing/express.js";
import type { Workload } from "../model/workload.js";
import { bytesToBilledGB } from "../pricing/billing.js";
import type { ExpressConfig } from "../pricing/configuration.js";
import { brokerDimension } from "../pricing/dimensions.js";
import { priceConfiguration } from "../pricing/price-configuration.js";
import { citeInWords } from "../pricing/sources.js";
import { exceeds, type Infeasibility } from "./infeasibility.js";
import { binding, infeasibleResult, modelNote, priceUnavailableResult } from "./option-results.js";
import type { OptionContext, OptionEvaluation, OptionEvaluator, PreparedOption } from "./options.js";
import { mbps, num, pct } from "./reasons.js";
import type { ExpressConfiguration, OptionResult } from "./types.js";
import { UnitPrices } from "./unit-prices.js";

const OPTION = "express" as const;
const NEED_ORDER = ["ingress", "egress", "partitions", "connections", "minimum"] as const;
const MAX_PARTITION_BYTES_PER_SEC = EXPRESS_MAX_PARTITION_MBPS * BYTES_PER_MB;

interface Prepared {
  caps: ExpressCapacity[];
  /** USD per broker-hour and per broker over the period, per entry of caps. */
  hourly: number[];
  brokerUsd: number[];
  unpriced: string[];
  writtenUsd: number;
  storedUsd: number;
  crossAzUsd: number;
  prices: UnitPrices;
}

function prepare(ctx: OptionContext): Prepared {
  const prices = new UnitPrices(ctx.catalog, ctx.region, ctx.hours);
  const caps: ExpressCapacity[] = [];
  const brokerUsd: number[] = [];
  const hourlyUsd: number[] = [];
  const unpriced: string[] = [];
  for (const c of expressCapacities()) {
    const hourly = prices.usd(brokerDimension(c.name));
    if (!Number.isFinite(hourly)) unpriced.push(c.name);
    else {
      caps.push(c);
      hourlyUsd.push(hourly);
      brokerUsd.push(hourly * ctx.hours);
    }
  }
  return {
    caps,
    hourly: hourlyUsd,
    brokerUsd,
    unpriced,
    writtenUsd: prices.usd("expressDataWritten"),
    storedUsd: prices.usd("expressStorage") * prices.months,
    crossAzUsd: prices.usd("crossAz"),
    prices,
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

function unpriceable(p: Prepared): string | undefined {
  if (p.caps.length === 0) return `no Express broker type has a price in ${p.prices.region}`;
  if (!Number.isFinite(p.writtenUsd)) return p.prices.get("expressDataWritten").missing;
  if (!Number.isFinite(p.storedUsd)) return p.prices.get("expressStorage").missing;
  return undefined;
}

function choose(p: Prepared, L: ExpressLoads): { index: number; brokers: number; usd: number } {
  let index = -1;
  let brokers = 0;
  let usd = Number.POSITIVE_INFINITY;
  for (let i = 0; i < p.caps.length; i++) {
    const s = sizeExpress(p.caps[i] as ExpressCapacity, L);
    if (!s.feasible) continue;
    const cost = s.brokers * (p.brokerUsd[i] as number);
    if (cost < usd) {
      index = i;
      brokers = s.brokers;
      usd = cost;
    }
  }
  return { index, brokers, usd };
}

/**
 * The chosen configuration's monthly cost, computed exactly as priceConfiguration computes and sums
 * its line items (src/pricing/price-express.ts, price-addons.ts: same quantities, order and lines),
 * so `evaluate` (the sweep path) equals `plan` to the last bit without building line items.
 */
function pricedTotal(p: Prepared, index: number, brokers: number, d: Demand): number {
  const { hours, months, seconds } = p.prices;
  let t = 0;
  t += brokers * hours * (p.hourly[index] as number);
  t += bytesToBilledGB(d.ingressBytesPerSec * seconds) * p.writtenUsd;
  t += bytesToBilledGB(d.retainedBytes) * months * p.prices.usd("expressStorage");
  const crossAzBytes = d.crossAzBytesPerSec * seconds;
  if (Number.isFinite(p.crossAzUsd) && crossAzBytes > 0) t += bytesToBilledGB(crossAzBytes) * p.crossAzUsd;
  return t;
}

function evaluate(p: Prepared, w: Workload, d: Demand): OptionEvaluation {
  if (fixedRuleBreaks(w, d) || unpriceable(p) !== undefined)
    return { option: OPTION, feasible: false, monthlyUsd: null };
  const c = choose(p, expressLoads(w, d));
  if (c.index < 0) return { option: OPTION, feasible: false, monthlyUsd: null };
  return { option: OPTION, feasible: true, monthlyUsd: pricedTotal(p, c.index, c.brokers, d) };
}

function plan(p: Prepared, ctx: OptionContext, w: Workload, d: Demand): OptionResult {
  if (fixedRuleBreaks(w, d)) return infeasibleResult(OPTION, null, fixedRuleProblems(w, d), []);
  const missing = unpriceable(p);
  if (missing !== undefined) return priceUnavailableResult(OPTION, missing);
  const L = expressLoads(w, d);
  const notes = [modelNote(w, "express")];
  if (w.streams.some((s) => s.replicationFactor < EXPRESS_REPLICATION_FACTOR))
    notes.push("Express replicates every partition 3 ways (RF fixed at 3); streams asking a lower RF get 3");
  if (p.unpriced.length) notes.push(`not considered, no price in ${ctx.region}: ${p.unpriced.join(", ")}`);
  if (!Number.isFinite(p.crossAzUsd))
    notes.push(`cross-AZ transfer not priced: ${p.prices.get("crossAz").missing}`);
  notes.push(
    `storage billed on one copy of the full retention, data written on producer bytes (an assumption, as the ${citeInWords("aws-msk-sizing-script")} bills it)`,
  );
  const chosen = choose(p, L);
  if (chosen.index < 0) return closestInfeasible(p, L, notes);
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
  if (Number.isFinite(p.crossAzUsd) && d.crossAzBytesPerSec > 0)
    config.crossAzBytes = d.crossAzBytesPerSec * p.prices.seconds;
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
  const c = p.caps[p.caps.length - 1] as ExpressCapacity;
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
      exceeds(
        "partitions",
        L.replicas / nMax,
        Math.min(c.recommendedPartitions * L.partitionShare, c.maxPartitions),
        "count",
        { ...perBroker, basis: `maximum ${num(c.maxPartitions, 0)}` },
      ),
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
