/**
 * What-if: the baseline plan and the plan with some fields set, side by side, with the difference
 * per option and per line item (matched by component; a line present on one side only counts as 0
 * on the other). Costs unrounded. An option infeasible on either side has no difference and no
 * line-item differences (an infeasible option is never priced: its "$0" lines would read as a
 * saving), and carries the reasons it is infeasible there.
 */
import { InputError } from "../../model/errors.js";
import type { ParsedWorkloadInput } from "../../model/workload-schema.js";
import type { LineItem } from "../../pricing/line-item.js";
import type { Planner } from "../planner.js";
import type { OptionId, OptionResult, PlanResult } from "../types.js";
import { parseAssignment } from "./assign.js";
import { ScenarioWorkload } from "./scenario.js";

export interface LineItemDifference {
  component: string;
  baselineUsd: number;
  changedUsd: number;
  deltaUsd: number;
}

export interface OptionDifference {
  option: OptionId;
  baselineUsd: number | null;
  changedUsd: number | null;
  /** changed − baseline; null when either side is infeasible. */
  deltaUsd: number | null;
  baselineFeasible: boolean;
  changedFeasible: boolean;
  /** Why the option is infeasible on each side (empty when feasible there). */
  baselineReasons: string[];
  changedReasons: string[];
  /** Per line item; empty unless the option is feasible on both sides. */
  lineItems: LineItemDifference[];
}

/** Result of {@link whatIf}: the changes, both plans, and per option what changed. */
export interface WhatIfResult {
  set: Record<string, string>;
  baseline: PlanResult;
  changed: PlanResult;
  /** In the planner's option order. */
  differences: OptionDifference[];
}

/**
 * Plan a workload as given and with fields changed (`ingress=80MiB/s`, …), and compare the two
 * plans option by option.
 */
export function whatIf(parsed: ParsedWorkloadInput, sets: readonly string[], planner: Planner): WhatIfResult {
  if (sets.length === 0)
    throw new InputError("--set", "expected at least one FIELD=VALUE, e.g. --set ingress=80MiB/s");
  const base = new ScenarioWorkload(parsed);
  const baseline = planner.plan(base.buildOrThrow(() => "baseline"));
  const sc = new ScenarioWorkload(parsed);
  const set: Record<string, string> = {};
  for (const s of sets) {
    const a = parseAssignment(s, parsed, "--set");
    if (a.resolved.path in set) throw new InputError(`--set ${a.resolved.path}`, "is set twice");
    sc.setter(a.resolved)(a.value);
    set[a.resolved.path] = a.label;
  }
  const changed = planner.plan(
    sc.buildOrThrow(() =>
      Object.entries(set)
        .map(([k, v]) => `${k}=${v}`)
        .join(", "),
    ),
  );
  const differences = planner.options.map((option): OptionDifference => {
    // Both plans hold every option the planner plans.
    const b = baseline.options.find((o) => o.option === option) as OptionResult;
    const c = changed.options.find((o) => o.option === option) as OptionResult;
    const bu = b.feasible ? b.monthlyUsd : null;
    const cu = c.feasible ? c.monthlyUsd : null;
    const components =
      bu !== null && cu !== null
        ? [...new Set([...b.lineItems, ...c.lineItems].map((l) => l.component))]
        : [];
    const sum = (items: readonly LineItem[], k: string) =>
      items.filter((l) => l.component === k).reduce((t, l) => t + l.costUsd, 0);
    return {
      option,
      baselineUsd: bu,
      changedUsd: cu,
      deltaUsd: bu !== null && cu !== null ? cu - bu : null,
      baselineFeasible: b.feasible,
      changedFeasible: c.feasible,
      baselineReasons: b.feasible ? [] : b.reasons,
      changedReasons: c.feasible ? [] : c.reasons,
      lineItems: components.map((k) => {
        const x = sum(b.lineItems, k);
        const y = sum(c.lineItems, k);
        return { component: k, baselineUsd: x, changedUsd: y, deltaUsd: y - x };
      }),
    };
  });
  return { set, baseline, changed, differences };
}
