/**
 * The planner: size and price every requested option for a workload, rank them.
 *
 * `preparePlanner({ catalog, region, options, hours })` reads prices and capacities into plain
 * numbers once; `planner.plan(workload)` returns the full {@link PlanResult} (the `plan --json`
 * contract) and `planner.evaluate(workload)` the lean per-option {feasible, monthlyUsd} rows a
 * sweep or simulation needs, computed by the same sizing code (tests check they agree).
 * `plan(workload, { catalog, options })` is prepare + plan. Pure: no IO, clock or randomness.
 */

import { HOURS_PER_MONTH } from "../model/conventions.js";
import type { Demand } from "../model/demand.js";
import { deriveDemand, deriveDemandInto, emptyDemand, emptySums } from "../model/derive-demand.js";
import { InputError } from "../model/errors.js";
import { DEFAULT_INSTANCE_TYPES, resolveInstanceTypes } from "../model/instance-types.js";
import type { Workload } from "../model/workload.js";
import { howToSupplyPrices, supplyKind } from "../pricing/catalog.js";
import type { Catalog } from "../pricing/catalog-schema.js";
import type { MissingPrice, PricedStatus } from "../pricing/line-item.js";
import type { AlternativeInputs } from "./alternatives/common.js";
import { registerAlternatives } from "./alternatives/register.js";
import { expressOption } from "./express-option.js";
import { type OptionEvaluation, optionEvaluator, type PreparedOption, registerOption } from "./options.js";
import { serverlessOption } from "./serverless-option.js";
import { standardOption, standardTieredOption } from "./standard-option.js";
import {
  MSK_OPTIONS,
  type OptionId,
  type OptionResult,
  type PlanResult,
  type PricesNeeded,
} from "./types.js";

registerOption(standardOption);
registerOption(standardTieredOption);
registerOption(expressOption);
registerOption(serverlessOption);
// The alternatives (issue #8) after the MSK options, so `--compare alternatives` lists them last.
registerAlternatives();

/**
 * Options of {@link plan} and {@link preparePlanner}: catalog, region, options to size, billing
 * period, instance types and the alternatives' inputs.
 */
export interface PlannerOptions {
  catalog: Catalog;
  /** Region to price in; default: each workload's own region (then `plan` checks they match). */
  region: string;
  /** Options to size; default the four MSK options. */
  options?: readonly OptionId[];
  /** Billing period in hours; default 730 (docs/billing-rules.md). */
  hours?: number;
  /** Inputs for the alternatives (issue #8): labour, SQS batching, free tier. */
  alternatives?: AlternativeInputs;
  /**
   * Broker types the planner may size (names, from {@link resolveInstanceTypes}); default every
   * non-burstable type. Echoed as `instanceTypes` in the result.
   */
  instanceTypes?: readonly string[];
}

/**
 * A planner prepared once for a region, catalog and set of options ({@link preparePlanner});
 * `plan` and `evaluate` then run per workload with no further lookups.
 */
export interface Planner {
  readonly region: string;
  /** The broker types sized (the allow-list, resolved). */
  readonly instanceTypes: readonly string[];
  readonly hours: number;
  readonly options: readonly OptionId[];
  /** Full result: configuration, line items, utilisation, binding, reasons; ranked. */
  plan(workload: Workload, demand?: Demand): PlanResult;
  /** Lean rows in the order of `options` (not ranked): the same numbers `plan` reports. */
  evaluate(workload: Workload, demand?: Demand): OptionEvaluation[];
  /**
   * {@link evaluate} of some options only, into `out` (the rows of options whose `skip` flag is
   * set are left as they are): a sweep keeps an option's row when a scenario cannot change it
   * (src/plan/simulate/partition-keys.ts) and allocates no array per scenario.
   */
  evaluateSome(workload: Workload, demand: Demand, out: OptionEvaluation[], skip: Uint8Array): void;
}

/** Rank position of an option: feasible complete, feasible partial, feasible unpriced, infeasible. */
function tier(r: { feasible: boolean; priced: PricedStatus }): number {
  if (!r.feasible) return 3;
  return r.priced === "complete" ? 0 : r.priced === "partial" ? 1 : 2;
}

/**
 * Rank: feasible and completely priced by cost, then feasible partly priced by their lower bound,
 * then feasible with no price, then infeasible; ties (and the last two groups) keep option order.
 */
export function rankOptions<T extends { feasible: boolean; monthlyUsd: number | null; priced: PricedStatus }>(
  rows: readonly T[],
): T[] {
  return rows
    .map((r, i) => ({ r, i, t: tier(r) }))
    .sort((a, b) => {
      if (a.t !== b.t) return a.t - b.t;
      if (a.t <= 1) return (a.r.monthlyUsd as number) - (b.r.monthlyUsd as number) || a.i - b.i;
      return a.i - b.i;
    })
    .map((x) => x.r);
}

/** The recommendation: the first ranked option if it is feasible and completely priced, else null. */
export function recommendedOf<T extends { option: OptionId; feasible: boolean; priced: PricedStatus }>(
  ranked: readonly T[],
): OptionId | null {
  const first = ranked[0];
  return first && tier(first) === 0 ? first.option : null;
}

/**
 * When feasible options exist but none is completely priced: the prices they lack and how to
 * supply them (the words of every "missing price" hint). Null otherwise.
 */
export function pricesNeeded(region: string, ranked: readonly OptionResult[]): PricesNeeded | null {
  if (recommendedOf(ranked) !== null || !ranked.some((o) => o.feasible)) return null;
  const missingPrices: MissingPrice[] = [];
  for (const o of ranked)
    if (o.feasible)
      for (const m of o.missingPrices)
        if (!missingPrices.some((x) => x.dimension === m.dimension)) missingPrices.push(m);
  // Worded per kind: what `pricing refresh` can fetch, and what only --catalog FILE supplies.
  const how: string[] = [];
  for (const kind of ["refresh", "catalog", "bundled"] as const) {
    const group = missingPrices.filter((m) => supplyKind(m.dimension) === kind);
    if (group.length)
      how.push(`${group.map((m) => m.name).join(", ")}: ${howToSupplyPrices(region, group[0]?.dimension)}`);
  }
  return {
    region,
    missingPrices,
    message: `no feasible option is completely priced in ${region}, so none is recommended; ${how.join("; ")}`,
  };
}

/** Prepare a planner for one catalog, region and period. Throws InputError for an unknown region or option. */
export function preparePlanner(opts: PlannerOptions): Planner {
  const hours = opts.hours ?? HOURS_PER_MONTH;
  if (!(hours >= 0) || !Number.isFinite(hours))
    throw new InputError("hours", `expected a non-negative number of hours, got ${hours}`);
  const ids = [...(opts.options ?? MSK_OPTIONS)];
  if (ids.length === 0) throw new InputError("--options", "expected at least one option");
  const evaluators = ids.map((id) => optionEvaluator(id));
  const instanceTypes = [...(opts.instanceTypes ?? DEFAULT_INSTANCE_TYPES)];
  const allowed = new Set(instanceTypes);
  const ctx = {
    catalog: opts.catalog,
    region: opts.region,
    hours,
    instanceTypes: (name: string) => allowed.has(name),
    ...(opts.alternatives ? { alternatives: opts.alternatives } : {}),
  };
  const prepared: PreparedOption[] = evaluators.map((e) => e.prepare(ctx));
  const catalogInfo = { source: opts.catalog.source, date: opts.catalog.date };
  // evaluate's demand when the caller gives none: derived into these records, reused (its rows
  // carry no reference to the demand, so the next call may overwrite it).
  const scratchSums = emptySums();
  const scratchDemand = emptyDemand();
  const checkRegion = (w: Workload) => {
    if (w.region !== opts.region)
      throw new InputError(
        "region",
        `the planner was prepared for ${opts.region}, the workload is in ${w.region}`,
      );
  };
  return {
    region: opts.region,
    instanceTypes,
    hours,
    options: ids,
    evaluate(workload, demand) {
      checkRegion(workload);
      const d = demand ?? deriveDemandInto(workload, scratchSums, scratchDemand);
      const out: OptionEvaluation[] = new Array(prepared.length);
      for (let i = 0; i < prepared.length; i++)
        out[i] = (prepared[i] as PreparedOption).evaluate(workload, d);
      return out;
    },
    evaluateSome(workload, demand, out, skip) {
      checkRegion(workload);
      for (let i = 0; i < prepared.length; i++)
        if (skip[i] === 0) out[i] = (prepared[i] as PreparedOption).evaluate(workload, demand);
    },
    plan(workload, demand) {
      checkRegion(workload);
      const d = demand ?? deriveDemand(workload);
      const results: OptionResult[] = prepared.map((p) => p.plan(workload, d));
      const options = rankOptions(results);
      return {
        region: opts.region,
        hours,
        catalog: catalogInfo,
        workload,
        demand: d,
        instanceTypes,
        options,
        recommended: recommendedOf(options),
        pricesNeeded: pricesNeeded(opts.region, options),
      };
    },
  };
}

/**
 * Size, price and rank `options` (default the four MSK options) for a workload. The candidate
 * broker types: `opts.instanceTypes`, else the workload's `instanceTypes`, else every non-burstable type.
 */
export function plan(
  workload: Workload,
  opts: {
    catalog: Catalog;
    options?: readonly OptionId[];
    hours?: number;
    alternatives?: AlternativeInputs;
    instanceTypes?: readonly string[];
  },
): PlanResult {
  const p: PlannerOptions = {
    catalog: opts.catalog,
    region: workload.region,
    instanceTypes: opts.instanceTypes ?? resolveInstanceTypes(workload.instanceTypes, "instanceTypes"),
  };
  if (opts.alternatives) p.alternatives = opts.alternatives;
  if (opts.options) p.options = opts.options;
  if (opts.hours !== undefined) p.hours = opts.hours;
  return preparePlanner(p).plan(workload);
}
