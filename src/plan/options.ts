/**
 * The option registry: every deployment option the planner can size and price is an
 * {@link OptionEvaluator} registered here under its {@link OptionId}. The four MSK options
 * register themselves (src/plan/msk-options.ts); the alternatives (self-managed, kinesis-*, sqs-*)
 * register from src/plan/alternatives/ the same way, and `plan --options` / `--compare` pick them up.
 *
 * Contract for an evaluator:
 * - `prepare(ctx)` runs once per (catalog, region, hours): read prices and capacities into plain
 *   numbers here (and throw InputError for bad input such as an unknown region).
 * - `evaluate(workload, demand)` is the hot path (a sweep calls it a million times): plain number
 *   arithmetic, no unit parsing, no zod, no string building; return {feasible, monthlyUsd} and
 *   never a price for an infeasible option (monthlyUsd null). A missing price never decides
 *   feasibility: it makes the total a lower bound (`priced` "partial") or absent ("none").
 * - `plan(workload, demand)` returns the full OptionResult (configuration, line items from the
 *   pricing calculators, utilisation, binding, reasons, notes) and MUST agree with `evaluate`:
 *   same feasibility, same monthlyUsd, same `priced` (tests check it).
 */
import type { Demand } from "../model/demand.js";
import { InputError } from "../model/errors.js";
import { didYouMean } from "../model/suggest.js";
import type { Workload } from "../model/workload.js";
import type { Catalog } from "../pricing/catalog-schema.js";
import type { PricedStatus } from "../pricing/line-item.js";
import type { OptionId, OptionResult } from "./types.js";

/** What every option is prepared against. */
export interface OptionContext {
  catalog: Catalog;
  region: string;
  /** Billing period in hours (730 = one month, docs/billing-rules.md). */
  hours: number;
  /** Whether the planner may size this broker type (the instance-type allow-list). */
  instanceTypes: (name: string) => boolean;
  /** Added (issue #8): inputs only the alternatives read (labour, SQS batching, free tier). */
  alternatives?: import("./alternatives/common.js").AlternativeInputs;
}

/** The lean result of {@link PreparedOption.evaluate}: what a sweep row needs. */
export interface OptionEvaluation {
  option: OptionId;
  feasible: boolean;
  /** Cost over the period (USD, unrounded; a lower bound when partial); null when infeasible or unpriced. */
  monthlyUsd: number | null;
  /** How completely monthlyUsd is priced ("none" when infeasible), as in the full result. */
  priced: PricedStatus;
}

/**
 * An option prepared for one region and catalog: `evaluate` (the fast path: cost and feasibility)
 * and `plan` (the full result with line items), both pure.
 */
export interface PreparedOption {
  option: OptionId;
  family: "msk" | "alternative";
  evaluate(workload: Workload, demand: Demand): OptionEvaluation;
  plan(workload: Workload, demand: Demand): OptionResult;
}

/**
 * A deployment option the planner can size: its id, family, a one-line description, and `prepare`,
 * which reads prices and capacities once for a region.
 */
export interface OptionEvaluator {
  option: OptionId;
  family: "msk" | "alternative";
  /** One line for `--help` and the README. */
  description: string;
  prepare(ctx: OptionContext): PreparedOption;
}

const REGISTRY = new Map<OptionId, OptionEvaluator>();

/** Register (or replace) the evaluator for an option. */
export function registerOption(evaluator: OptionEvaluator): void {
  REGISTRY.set(evaluator.option, evaluator);
}

/** Registered option ids, in registration order (MSK options first). */
export function registeredOptions(): OptionId[] {
  return [...REGISTRY.keys()];
}

/** The evaluator for `id`; InputError naming `path` when none is registered. */
export function optionEvaluator(id: string, path = "--options"): OptionEvaluator {
  const e = REGISTRY.get(id as OptionId);
  if (!e)
    throw new InputError(
      path,
      `unknown option ${JSON.stringify(id)}; ${didYouMean(id, registeredOptions()) ?? `expected one of: ${registeredOptions().join(", ")}`}`,
    );
  return e;
}
