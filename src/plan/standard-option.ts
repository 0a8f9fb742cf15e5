/**
 * The `standard` and `standard-tiered` options: Standard brokers with everything on EBS, or with
 * each stream's local retention on EBS and its whole retention in tiered storage (one copy). Candidates: every priced
 * instance type (tiered-capable only for standard-tiered) × broker count (a multiple of the AZ
 * count) × storage per broker × PST; the sizer (src/model/sizing/standard.ts) picks the cheapest
 * count and PST per type, this module the cheapest type, then prices it with the calculators.
 */
import { BYTES_PER_GIB, BYTES_PER_MIB } from "../model/conventions.js";
import type { Demand } from "../model/demand.js";
import { CLUSTER_QUOTAS, TIERED_MIN_RETENTION_SECONDS } from "../model/quotas.js";
import { roundUpToMultiple } from "../model/sizing/common.js";
import {
  costFloor,
  dominates,
  emptyStandardSizing,
  type StandardCapacity,
  type StandardLoads,
  type StandardSizing,
  type StandardTable,
  type StandardUnitCosts,
  sizeStandard,
  sizeStandardAt,
  standardCapacities,
  standardLoads,
  standardLoadsInto,
  standardPartitionsPerBroker,
  standardTable,
  standardUtilisation,
} from "../model/sizing/standard.js";
import { chooseStandard, emptyStandardChoice, type StandardChoice } from "../model/sizing/standard-choice.js";
import { citeInWords } from "../model/sources.js";
import type { Workload } from "../model/workload.js";
import {
  numbers,
  BILLED_QUANTITIES as Q,
  type QuantityInput,
  quantityInputs,
} from "../pricing/billed-quantities.js";
import { bytesPerSecondToMiBps, bytesToBilledGB } from "../pricing/billing.js";
import type { StandardConfig } from "../pricing/configuration.js";
import { brokerDimension } from "../pricing/dimensions.js";
import { priceConfiguration } from "../pricing/price-configuration.js";
import { exceeds, type Infeasibility } from "./infeasibility.js";
import { binding, infeasibleResult, modelNote, noCandidate, unpricedTypesNote } from "./option-results.js";
import type { OptionContext, OptionEvaluation, OptionEvaluator, PreparedOption } from "./options.js";
import { PricedSum } from "./priced-sum.js";
import { gib, mibps, num, pct } from "./reasons.js";
import type { OptionResult, StandardConfiguration } from "./types.js";
import { UnitPrices } from "./unit-prices.js";

/** Resource names in binding order (first wins a tie); keys of StandardNeeds. */
const NEED_ORDER = [
  "networkOut",
  "networkIn",
  "storageThroughput",
  "partitions",
  "storage",
  "connections",
  "minimum",
] as const;

interface Prepared {
  /** Candidate types: those with a broker-hour price first (table order), then those without. */
  caps: StandardCapacity[];
  /** caps[0 .. pricedTypes) have a broker-hour price. */
  pricedTypes: number;
  /**
   * The priced types worth sizing, in table order: caps[0 .. pricedTypes) without those another
   * priced type dominates (src/model/sizing/standard.ts `dominates`: never the cheapest, whatever
   * the workload), so choosing among these gives the same type, count and cost as among all.
   */
  candidates: Int32Array;
  /**
   * The candidates in the order `evaluate` visits them: by broker price, the cheapest first (table
   * order on equal prices). The cheapest broker is most often the cheapest configuration, and once
   * it is known most other types are given up before their quotients (chooseStandard).
   */
  visit: Int32Array;
  /** USD per broker-hour per entry of caps; NaN when unpriced. */
  hourly: number[];
  /** What the sizer minimises per entry of caps: a missing price counts as 0 here (and only here). */
  costs: StandardUnitCosts[];
  /** caps and costs as the sizer's typed arrays. */
  table: StandardTable;
  unpriced: string[];
  /** USD per GB-month (storage, tiered) and per MiB/s-month (PST), per GB crossing (cross-AZ); NaN when missing. */
  storageUsd: number;
  pstUsd: number;
  tierUsd: number;
  /** USD per GB read back from the tier; NaN where the region has no such price (then a note). */
  retrievalUsd: number;
  crossAzUsd: number;
  prices: UnitPrices;
  /** Two sizing records `choose` sizes into (the best so far and the current type). */
  scratch: [StandardSizing, StandardSizing];
  /** What `evaluate`'s chooser (chooseStandard) writes per workload. */
  choice: StandardChoice;
  /** The loads record `evaluate` rebuilds per workload (the hot path allocates nothing). */
  loads: StandardLoads;
  /** The billed quantities' inputs and the total `evaluate` refills per workload. */
  inputs: Record<QuantityInput, number>;
  sum: PricedSum;
}

/** A price for choosing between configurations: a missing one counts as 0 (the total is then a lower bound). */
function orZero(usd: number): number {
  return Number.isFinite(usd) ? usd : 0;
}

function prepare(ctx: OptionContext, tiered: boolean): Prepared {
  const prices = new UnitPrices(ctx.catalog, ctx.region, ctx.hours);
  const storageGiB = orZero(prices.usd("storage")) * prices.months;
  const pstMiBps = orZero(prices.usd("pst")) * prices.months;
  const priced: { c: StandardCapacity; hourly: number }[] = [];
  const unpricedCaps: StandardCapacity[] = [];
  for (const c of standardCapacities()) {
    if (tiered && !c.tieredStorage) continue;
    if (!ctx.instanceTypes(c.name)) continue;
    const hourly = prices.usd(brokerDimension(c.name));
    if (Number.isFinite(hourly)) priced.push({ c, hourly });
    else unpricedCaps.push(c);
  }
  const caps = [...priced.map((x) => x.c), ...unpricedCaps];
  const hourly = [...priced.map((x) => x.hourly), ...unpricedCaps.map(() => Number.NaN)];
  const costs = hourly.map((h) => ({ broker: orZero(h) * ctx.hours, storageGiB, pstMiBps }));
  const candidates: number[] = [];
  for (let j = 0; j < priced.length; j++) {
    let dominated = false;
    for (let k = 0; k < priced.length && !dominated; k++)
      dominated =
        k !== j &&
        dominates(
          caps[k] as StandardCapacity,
          costs[k] as StandardUnitCosts,
          caps[j] as StandardCapacity,
          costs[j] as StandardUnitCosts,
        );
    if (!dominated) candidates.push(j);
  }
  return {
    caps,
    pricedTypes: priced.length,
    candidates: Int32Array.from(candidates),
    // Array.prototype.sort is stable: equal prices keep table order.
    visit: Int32Array.from(
      [...candidates].sort(
        (a, b) => (costs[a] as StandardUnitCosts).broker - (costs[b] as StandardUnitCosts).broker,
      ),
    ),
    hourly,
    costs,
    table: standardTable(caps, costs),
    unpriced: unpricedCaps.map((c) => c.name),
    storageUsd: prices.usd("storage"),
    pstUsd: prices.usd("pst"),
    tierUsd: prices.usd("tieredStorage"),
    retrievalUsd: tiered ? prices.usd("tieredRetrieval") : Number.NaN,
    crossAzUsd: prices.usd("crossAz"),
    prices,
    scratch: [emptyStandardSizing(), emptyStandardSizing()],
    choice: emptyStandardChoice(),
    loads: {} as StandardLoads,
    inputs: quantityInputs(),
    sum: new PricedSum(),
  };
}

/**
 * The cheapest feasible instance index and its sizing, or -1: among the types with a broker-hour
 * price, or — only when none of them fits — among those without (chosen on their priced costs).
 * Feasibility thus depends on capacity and quotas alone, never on which prices exist. Ties keep
 * table order. Sizes into the two scratch records of `p` (no allocation: this runs per scenario
 * in a sweep), so the sizing returned is valid until the next call; `plan` copies what it keeps.
 */
function choose(p: Prepared, L: StandardLoads): number {
  const index = chooseIn(p, L, p.candidates, 0, p.candidates.length);
  return index >= 0 ? index : chooseIn(p, L, null, p.pricedTypes, p.caps.length);
}

/**
 * choose over caps[list[from .. to)] (or caps[from .. to) when list is null): leaves the best
 * sizing in p.scratch[0].
 */
function chooseIn(p: Prepared, L: StandardLoads, list: Int32Array | null, from: number, to: number): number {
  let index = -1;
  let best = p.scratch[0];
  let cur = p.scratch[1];
  const brokerUsd = p.table.broker;
  const storageFloor = p.table.storageFloorPerByte;
  // No configuration has fewer brokers than this (the sizer rounds every count up from it).
  const fewest = roundUpToMultiple(Math.max(L.minBrokers, 1), L.azs);
  for (let x = from; x < to; x++) {
    const i = list ? (list[x] as number) : x;
    // A type is sized only far enough to show it cannot fit (the broker quota) or, once one is
    // chosen, cannot beat it — at the fewest brokers, their price and the storage floor
    // (src/model/sizing/standard.ts costFloor), before any quotient when that suffices: the rest
    // of its sizing could not change the choice.
    if (
      index >= 0 &&
      costFloor(fewest, brokerUsd[i] as number, L.provisionBytes * (storageFloor[i] as number)) >=
        best.clusterUsd
    )
      continue;
    const cutoff = index < 0 ? Number.POSITIVE_INFINITY : best.clusterUsd;
    sizeStandardAt(p.table, i, L, cur, cutoff, true);
    if (cur.feasible && (index < 0 || cur.clusterUsd < best.clusterUsd)) {
      index = i;
      const t = best;
      best = cur;
      cur = t;
    }
  }
  p.scratch[0] = best;
  p.scratch[1] = cur;
  return index;
}

/**
 * The chosen configuration's cost and completeness: the lines priceConfiguration builds
 * (src/pricing/price-standard.ts, price-addons.ts), each quantity its declaration
 * (src/pricing/billed-quantities.ts) over the same inputs, in the same order, a missing price
 * skipped, so `evaluate` (the sweep path) equals `plan` to the last bit without building line
 * items. test/plan/planner.property.test.ts holds the two together.
 */
function pricedTotal(
  p: Prepared,
  index: number,
  s: StandardChoice,
  d: Demand,
  tiered: boolean,
): OptionEvaluation {
  const { hours, months, seconds } = p.prices;
  const x = p.inputs;
  const t = p.sum.reset();
  x.hours = hours;
  x.months = months;
  x.brokers = s.brokers;
  x.storagePerBrokerGB = bytesToBilledGB(s.storagePerBrokerGiB * BYTES_PER_GIB);
  t.add(Q.broker.of(numbers, x), p.hourly[index] as number);
  t.add(Q.storage.of(numbers, x), p.storageUsd);
  if (s.pstMiBps > 0) {
    x.throughputPerBrokerMiBps = bytesPerSecondToMiBps(s.pstMiBps * BYTES_PER_MIB);
    t.add(Q.pst.of(numbers, x), p.pstUsd);
  }
  if (tiered && d.tieredStoredBytes > 0) {
    x.tieredStoredBytes = d.tieredStoredBytes;
    t.add(Q.tieredStorage.of(numbers, x), p.tierUsd);
  }
  const retrieved = tierRetrievedBytes(p, d, tiered);
  if (retrieved > 0) {
    x.tieredRetrievedBytes = retrieved;
    t.add(Q.tieredRetrieval.of(numbers, x), p.retrievalUsd);
  }
  const crossAzBytes = d.crossAzBytesPerSec * seconds;
  if (crossAzBytes > 0) {
    x.crossAzBytes = crossAzBytes;
    t.add(Q.crossAz.of(numbers, x), p.crossAzUsd);
  }
  return t.evaluation("standard");
}

/** Bytes read back from the tier over the period (tierReads; priced as retrieval, or listed as a missing price). */
function tierRetrievedBytes(p: Prepared, d: Demand, tiered: boolean): number {
  return tiered ? d.tierReadBytesPerSec * p.prices.seconds : 0;
}

/** The tiered option's note: what the tier holds, and the tier reads assumed (echoed, default 0). */
function tierNotes(p: Prepared, d: Demand): string[] {
  const notes = [
    `tiered storage holds each tiered stream's whole retention, one copy: MSK copies every closed segment to the tier at once and keeps it until total retention expires, while local retention stays on EBS too (${citeInWords("msk-tiered-storage-retention-rules")}). AWS's own sizing script (${citeInWords("aws-msk-sizing-script")}) counts only the retention beyond local retention, so it shows a smaller tier`,
  ];
  const reads = d.tierReadBytesPerSec;
  if (reads === 0)
    notes.push(
      "tier reads: 0 (default): no consumer reads data older than local retention, so no retrieval is priced; set tierReads (e.g. 2 TiB/month) if some do",
    );
  else
    notes.push(
      `tier reads: ${gib(reads * p.prices.seconds)} read back from the tier over the period (tierReads), ${Number.isFinite(p.retrievalUsd) ? "priced as retrieval" : "retrieval listed as a missing price"} and fetched by the brokers (network in)`,
    );
  return notes;
}

/** Why no stream can use the tier: too short a retention, or all of it kept locally. */
function noTieringProblem(w: Workload): Infeasibility {
  const longest = Math.max(...w.streams.map((s) => s.retentionSeconds));
  if (longest < TIERED_MIN_RETENTION_SECONDS)
    return {
      code: "below",
      resource: "retention",
      actual: longest,
      limit: TIERED_MIN_RETENTION_SECONDS,
      unit: "days",
      basis: "tiered storage needs a stream with at least this retention and local retention below it",
    };
  return {
    code: "rule",
    resource: "retention",
    actual: longest,
    limit: TIERED_MIN_RETENTION_SECONDS,
    unit: "days",
    basis:
      "no stream can use tiered storage: each keeps all of its retention locally (give a localRetention below retention)",
  };
}

function evaluate(
  p: Prepared,
  option: OptionEvaluation["option"],
  tiered: boolean,
  w: Workload,
  d: Demand,
): OptionEvaluation {
  if (tiered && !d.tiered) return { option, feasible: false, monthlyUsd: null, priced: "none" };
  // The chooser written out for the hot path: the same choice as `choose` (test/model/standard-choice.property.test.ts).
  const L = standardLoadsInto(w, d, tiered, p.loads);
  let index = chooseStandard(p.table, p.visit, 0, p.visit.length, L, p.choice);
  if (index < 0) index = chooseStandard(p.table, null, p.pricedTypes, p.caps.length, L, p.choice);
  if (index < 0) return { option, feasible: false, monthlyUsd: null, priced: "none" };
  const r = pricedTotal(p, index, p.choice, d, tiered);
  r.option = option;
  return r;
}

function plan(
  p: Prepared,
  ctx: OptionContext,
  option: "standard" | "standard-tiered",
  tiered: boolean,
  w: Workload,
  d: Demand,
): OptionResult {
  if (tiered && !d.tiered) return infeasibleResult(option, null, [noTieringProblem(w)], []);
  if (p.caps.length === 0)
    return infeasibleResult(
      option,
      null,
      [noCandidate(tiered ? "tiered-storage-capable Standard" : "Standard")],
      [],
    );
  const L = standardLoads(w, d, tiered);
  const index = choose(p, L);
  // A copy: choose's record is scratch, reused by the next call.
  const sizing = index >= 0 ? { ...p.scratch[0], need: { ...p.scratch[0].need } } : null;
  const notes = [modelNote(w)];
  const unpricedNote = unpricedTypesNote(p.unpriced, index >= p.pricedTypes, ctx.region);
  if (unpricedNote) notes.push(unpricedNote);
  if (tiered) notes.push(...tierNotes(p, d));
  if (!sizing) return closestInfeasible(p, L, option, notes);
  const c = p.caps[index] as StandardCapacity;
  const config: StandardConfig = {
    kind: "standard",
    region: ctx.region,
    instanceType: c.name,
    brokers: sizing.brokers,
    storagePerBrokerBytes: sizing.storagePerBrokerGiB * BYTES_PER_GIB,
  };
  if (sizing.pstMiBps > 0) config.throughputPerBrokerBytesPerSec = sizing.pstMiBps * BYTES_PER_MIB;
  if (tiered && d.tieredStoredBytes > 0) config.tieredStoredBytes = d.tieredStoredBytes;
  const retrieved = tierRetrievedBytes(p, d, tiered);
  if (retrieved > 0) config.tieredRetrievedBytes = retrieved;
  if (d.crossAzBytesPerSec > 0) config.crossAzBytes = d.crossAzBytesPerSec * p.prices.seconds;
  const priced = priceConfiguration(config, ctx.catalog, { hours: ctx.hours });
  notes.push(...c.spec.notes);
  const configuration: StandardConfiguration = {
    instanceType: c.name,
    brokers: sizing.brokers,
    brokersPerAz: sizing.brokers / w.azs,
    azs: w.azs,
    storagePerBrokerGiB: sizing.storagePerBrokerGiB,
    provisionedThroughputMiBps: sizing.pstMiBps > 0 ? sizing.pstMiBps : null,
    tieredStorage: tiered,
  };
  return {
    option,
    family: "msk",
    feasible: true,
    configuration,
    monthlyUsd: priced.totalUsd,
    priced: priced.priced,
    missingPrices: priced.missingPrices,
    lineItems: priced.lineItems,
    utilisation: standardUtilisation(c, L, sizing),
    binding: sizing.pstMiBps > 0 ? "storageThroughput" : bindingName(binding(sizing.need, NEED_ORDER)),
    reasons: [],
    problems: [],
    notes,
    // The option id is one of two, so TypeScript cannot pick the union member itself.
  } as OptionResult;
}

function bindingName<K extends (typeof NEED_ORDER)[number]>(k: K): Exclude<K, "minimum"> | "minimumBrokers" {
  return k === "minimum" ? "minimumBrokers" : (k as Exclude<K, "minimum">);
}

/** No type fits: report the type that comes closest (fewest brokers needed relative to its quota). */
function closestInfeasible(
  p: Prepared,
  L: StandardLoads,
  option: "standard" | "standard-tiered",
  notes: string[],
): OptionResult {
  let best = -1;
  let bestRatio = Number.POSITIVE_INFINITY;
  let bestSizing: StandardSizing | null = null;
  for (let i = 0; i < p.caps.length; i++) {
    const c = p.caps[i] as StandardCapacity;
    const s = sizeStandard(c, L, p.costs[i] as StandardUnitCosts);
    const ratio = s.brokers / c.maxBrokers;
    if (ratio < bestRatio || best < 0) {
      best = i;
      bestRatio = ratio;
      bestSizing = s;
    }
  }
  const c = p.caps[best] as StandardCapacity;
  const s = bestSizing as StandardSizing;
  const nMax = Math.floor(c.maxBrokers / L.azs) * L.azs;
  const at = `${c.name} × ${nMax} brokers`;
  const u = L.utilisation;
  const perBroker = { perBroker: true, subject: at };
  const problems: Infeasibility[] = [
    exceeds("brokers", s.brokers, c.maxBrokers, "count", {
      basis: "broker quota per cluster",
      subject: c.name,
    }),
  ];
  const n = s.need;
  const network = { ...perBroker, basis: `${pct(u)} of ${mibps(c.networkBytesPerSec)}` };
  if (n.networkOut > nMax)
    problems.push(exceeds("networkOut", L.networkOut / nMax, c.networkBytesPerSec * u, "MiB/s", network));
  if (n.networkIn > nMax)
    problems.push(exceeds("networkIn", L.networkIn / nMax, c.networkBytesPerSec * u, "MiB/s", network));
  const stCeil = Math.min(
    c.ebsBytesPerSec,
    c.pstMaxBytesPerSec > 0 ? c.pstMaxBytesPerSec : c.defaultVolumeBytesPerSec,
  );
  if (L.storageWrite / nMax > stCeil * u)
    problems.push(
      exceeds("storageThroughput", L.storageWrite / nMax, stCeil * u, "MiB/s", {
        ...perBroker,
        basis: `${pct(u)} of ${mibps(stCeil)}${c.pstMaxBytesPerSec > 0 ? " with the highest PST" : ""}`,
      }),
    );
  if (n.partitions > nMax)
    problems.push(
      exceeds("partitions", L.replicas / nMax, standardPartitionsPerBroker(c, L), "count", {
        ...perBroker,
        basis: `recommended ${num(c.recommendedPartitions, 0)}, maximum ${num(c.maxPartitions, 0)}`,
      }),
    );
  if (n.storage > nMax)
    problems.push(
      exceeds("storage", L.provisionBytes / nMax, c.storageMaxBytes, "GiB", {
        ...perBroker,
        basis: "with storage head-room",
      }),
    );
  if (n.connections > nMax)
    problems.push(
      exceeds("connections", L.connections / nMax, CLUSTER_QUOTAS.maxConnectionsPerBroker, "count", {
        ...perBroker,
        basis: "IAM quota",
      }),
    );
  return infeasibleResult(
    option,
    {
      instanceType: c.name,
      brokers: nMax,
      brokersNeeded: Number.isFinite(s.brokers) ? s.brokers : null,
      azs: L.azs,
    },
    problems,
    notes,
  );
}

function standardEvaluator(
  option: "standard" | "standard-tiered",
  tiered: boolean,
  description: string,
): OptionEvaluator {
  return {
    option,
    family: "msk",
    description,
    prepare(ctx: OptionContext): PreparedOption {
      const p = prepare(ctx, tiered);
      return {
        option,
        family: "msk",
        evaluate: (w, d) => evaluate(p, option, tiered, w, d),
        plan: (w, d) => plan(p, ctx, option, tiered, w, d),
      };
    },
  };
}

export const standardOption = standardEvaluator("standard", false, "Standard brokers, all retention on EBS");
export const standardTieredOption = standardEvaluator(
  "standard-tiered",
  true,
  "Standard brokers with tiered storage (local retention on EBS, the whole retention in the tier)",
);
