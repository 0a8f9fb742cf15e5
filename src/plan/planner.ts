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
import { deriveDemand } from "../model/derive-demand.js";
import { InputError } from "../model/errors.js";
import type { Workload } from "../model/workload.js";
import type { Catalog } from "../pricing/catalog-schema.js";
import type { AlternativeInputs } from "./alternatives/common.js";
import { registerAlternatives } from "./alternatives/register.js";
import { expressOption } from "./express-option.js";
import { type OptionEvaluation, optionEvaluator, type PreparedOption, registerOption } from "./options.js";
import { serverlessOption } from "./serverless-option.js";
import { standardOption, standardTieredOption } from "./standard-option.js";
import { MSK_OPTIONS, type OptionId, type OptionResult, type PlanResult } from "./types.js";

registerOption(standardOption);
registerOption(standardTieredOption);
registerOption(expressOption);
registerOption(serverlessOption);
// The alternatives (issue #8) after the MSK options, so `--compare alternatives` lists them last.
registerAlternatives();

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
}

export interface Planner {
  readonly region: string;
  readonly hours: number;
  readonly options: readonly OptionId[];
  /** Full result: configuration, line items, utilisation, binding, reasons; ranked. */
  plan(workload: Workload, demand?: Demand): PlanResult;
  /** Lean rows in the order of `options` (not ranked): the same numbers `plan` reports. */
  evaluate(workload: Workload, demand?: Demand): OptionEvaluation[];
}

/** Rank: feasible by cost (ties keep option order), then infeasible in option order. */
export function rankOptions<T extends { feasible: boolean; monthlyUsd: number | null }>(
  rows: readonly T[],
): T[] {
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => {
      if (a.r.feasible !== b.r.feasible) return a.r.feasible ? -1 : 1;
      if (a.r.feasible) return (a.r.monthlyUsd as number) - (b.r.monthlyUsd as number) || a.i - b.i;
      return a.i - b.i;
    })
    .map((x) => x.r);
}

/** Prepare a planner for one catalog, region and period. Throws InputError for an unknown region or option. */
export function preparePlanner(opts: PlannerOptions): Planner {
  const hours = opts.hours ?? HOURS_PER_MONTH;
  if (!(hours >= 0) || !Number.isFinite(hours))
    throw new InputError("hours", `expected a non-negative number of hours, got ${hours}`);
  const ids = [...(opts.options ?? MSK_OPTIONS)];
  if (ids.length === 0) throw new InputError("--options", "expected at least one option");
  const evaluators = ids.map((id) => optionEvaluator(id));
  const ctx = {
    catalog: opts.catalog,
    region: opts.region,
    hours,
    ...(opts.alternatives ? { alternatives: opts.alternatives } : {}),
  };
  const prepared: PreparedOption[] = evaluators.map((e) => e.prepare(ctx));
  const catalogInfo = { source: opts.catalog.source, date: opts.catalog.date };
  const checkRegion = (w: Workload) => {
    if (w.region !== opts.region)
      throw new InputError(
        "region",
        `the planner was prepared for ${opts.region}, the workload is in ${w.region}`,
      );
  };
  return {
    region: opts.region,
    hours,
    options: ids,
    evaluate(workload, demand) {
      checkRegion(workload);
      const d = demand ?? deriveDemand(workload);
      const out: OptionEvaluation[] = new Array(prepared.length);
      for (let i = 0; i < prepared.length; i++)
        out[i] = (prepared[i] as PreparedOption).evaluate(workload, d);
      return out;
    },
    plan(workload, demand) {
      checkRegion(workload);
      const d = demand ?? deriveDemand(workload);
      const results: OptionResult[] = prepared.map((p) => p.plan(workload, d));
      const options = rankOptions(results);
      const first = options[0];
      return {
        region: opts.region,
        hours,
        catalog: catalogInfo,
        workload,
        demand: d,
        options,
        recommended: first?.feasible ? first.option : null,
      };
    },
  };
}

/** Size, price and rank `options` (default the four MSK options) for a workload. */
export function plan(
  workload: Workload,
  opts: { catalog: Catalog; options?: readonly OptionId[]; hours?: number; alternatives?: AlternativeInputs },
): PlanResult {
  const p: PlannerOptions = { catalog: opts.catalog, region: workload.region };
  if (opts.alternatives) p.alternatives = opts.alternatives;
  if (opts.options) p.options = opts.options;
  if (opts.hours !== undefined) p.hours = opts.hours;
  return preparePlanner(p).plan(workload);
}
