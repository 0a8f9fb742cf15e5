/**
 * What changed between two plans (issue #15, `msk-planner diff`): per option, per line item,
 * old → new with the change in USD and %, configuration changes and the recommendation. Pure:
 * two plan results in, a typed {@link PlanDiff} out; the renderers (table, Markdown, JSON) live in
 * src/report/diff.ts. The inputs need only the fields a saved `plan --json` has, so a plan saved
 * by an older version (or edited by hand) can be compared as long as those fields are there.
 */

/** One line item as a saved plan holds it (a {@link import("../pricing/line-item.js").LineItem}). */
export interface DiffLineItem {
  component: string;
  dimension?: string;
  quantity: number;
  unit: string;
  costUsd: number;
  /** The price's provenance in words and its URL (a plan saved by `plan --json` has both). */
  source?: string;
  sourceUrl?: string | null;
}

/** One option's result as a saved plan holds it (an {@link import("./types.js").OptionResult}). */
export interface DiffOption {
  option: string;
  feasible: boolean;
  monthlyUsd: number | null;
  configuration: object | null;
  lineItems: readonly DiffLineItem[];
  reasons?: readonly string[];
}

/** The fields of a {@link import("./types.js").PlanResult} a diff reads. */
export interface DiffablePlan {
  region: string;
  hours: number;
  catalog?: { source: string; date: string };
  options: readonly DiffOption[];
  recommended: string | null;
}

/** Whether something is in both plans and changed, or only in one. */
export type ChangeKind = "added" | "removed" | "changed" | "unchanged";

/** A cost change: old → new, in USD and as a fraction of old (null when old is 0 or absent). */
export interface CostChange {
  oldUsd: number | null;
  newUsd: number | null;
  /** new − old, treating an absent side as 0; null when neither side has a cost. */
  deltaUsd: number | null;
  /** deltaUsd ÷ oldUsd (0.1 = +10%); null when there is no old cost or it is 0. */
  deltaFraction: number | null;
}

/** One line item's change. Lines pair by what they charge, not by instance type. */
export interface LineItemDiff extends CostChange {
  kind: ChangeKind;
  /** The line's name: the new one, or "old → new" when only the instance type in it changed. */
  component: string;
  unit: string;
  oldQuantity: number | null;
  newQuantity: number | null;
  /**
   * Where the price comes from, in words, and a URL to check it: the new line's (the old one's
   * when removed). Present when the plan compared carries them.
   */
  source?: string;
  sourceUrl?: string | null;
}

/** One configuration field that differs. */
export interface ConfigurationChange {
  field: string;
  old: unknown;
  new: unknown;
}

/** One option's change between the two plans. */
export interface OptionDiff extends CostChange {
  option: string;
  kind: ChangeKind;
  oldFeasible: boolean | null;
  newFeasible: boolean | null;
  configuration: ConfigurationChange[];
  lineItems: LineItemDiff[];
}

/** The whole diff; `options` in the new plan's order, then options only the old plan had. */
export interface PlanDiff {
  region: { old: string; new: string };
  hours: { old: number; new: number };
  catalog: { old: string | null; new: string | null };
  recommended: { old: string | null; new: string | null; changed: boolean };
  /** The recommended option's cost in each plan. */
  recommendedCost: CostChange;
  options: OptionDiff[];
}

/** old → new as a {@link CostChange}. */
export function costChange(oldUsd: number | null, newUsd: number | null): CostChange {
  const deltaUsd = oldUsd === null && newUsd === null ? null : (newUsd ?? 0) - (oldUsd ?? 0);
  const deltaFraction = oldUsd === null || oldUsd === 0 || deltaUsd === null ? null : deltaUsd / oldUsd;
  return { oldUsd, newUsd, deltaUsd, deltaFraction };
}

/** "Broker instances (kafka.m5.large)" and "… (EC2 m7g.large)" pair whatever the instance type. */
const INSTANCE_SUFFIX = /\s*\((?:EC2 )?[\w-]+(?:\.[\w-]+)+\)$/;

function lineKey(l: DiffLineItem): string {
  return l.component.replace(INSTANCE_SUFFIX, "");
}

/** A line's source and URL, when it has them (older or hand-written plans may not). */
function provenance(l: DiffLineItem): Pick<LineItemDiff, "source" | "sourceUrl"> {
  return l.source === undefined ? {} : { source: l.source, sourceUrl: l.sourceUrl ?? null };
}

function diffLineItems(a: readonly DiffLineItem[], b: readonly DiffLineItem[]): LineItemDiff[] {
  const old = new Map<string, DiffLineItem>();
  for (const l of a) old.set(lineKey(l), l);
  const out: LineItemDiff[] = [];
  const seen = new Set<string>();
  for (const n of b) {
    const key = lineKey(n);
    seen.add(key);
    const o = old.get(key);
    const change = costChange(o ? o.costUsd : null, n.costUsd);
    out.push({
      kind: !o ? "added" : o.costUsd === n.costUsd && o.quantity === n.quantity ? "unchanged" : "changed",
      component: o && o.component !== n.component ? `${o.component} → ${n.component}` : n.component,
      unit: n.unit,
      oldQuantity: o ? o.quantity : null,
      newQuantity: n.quantity,
      ...change,
      ...provenance(n),
    });
  }
  for (const o of a) {
    if (seen.has(lineKey(o))) continue;
    out.push({
      kind: "removed",
      component: o.component,
      unit: o.unit,
      oldQuantity: o.quantity,
      newQuantity: null,
      ...costChange(o.costUsd, null),
      ...provenance(o),
    });
  }
  return out;
}

function diffConfiguration(a: object | null, b: object | null): ConfigurationChange[] {
  const ra = (a ?? {}) as Record<string, unknown>;
  const rb = (b ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(rb), ...Object.keys(ra)])];
  return fields
    .filter((f) => JSON.stringify(ra[f] ?? null) !== JSON.stringify(rb[f] ?? null))
    .map((f) => ({ field: f, old: ra[f] ?? null, new: rb[f] ?? null }));
}

function diffOption(a: DiffOption | undefined, b: DiffOption | undefined): OptionDiff {
  const option = (b ?? a)?.option as string;
  const lineItems = diffLineItems(a?.lineItems ?? [], b?.lineItems ?? []);
  const configuration = a && b ? diffConfiguration(a.configuration, b.configuration) : [];
  const cost = costChange(a ? a.monthlyUsd : null, b ? b.monthlyUsd : null);
  const same =
    a !== undefined &&
    b !== undefined &&
    a.feasible === b.feasible &&
    a.monthlyUsd === b.monthlyUsd &&
    configuration.length === 0 &&
    lineItems.every((l) => l.kind === "unchanged");
  return {
    option,
    kind: !a ? "added" : !b ? "removed" : same ? "unchanged" : "changed",
    oldFeasible: a ? a.feasible : null,
    newFeasible: b ? b.feasible : null,
    configuration,
    lineItems,
    ...cost,
  };
}

/** Compare two plans: `old` (the baseline) → `new`. Pure; the inputs are not changed. */
export function diffPlans(oldPlan: DiffablePlan, newPlan: DiffablePlan): PlanDiff {
  const byId = new Map(oldPlan.options.map((o) => [o.option, o]));
  const ids = [
    ...newPlan.options.map((o) => o.option),
    ...oldPlan.options.map((o) => o.option).filter((id) => !newPlan.options.some((o) => o.option === id)),
  ];
  const newById = new Map(newPlan.options.map((o) => [o.option, o]));
  const costOf = (p: DiffablePlan) =>
    p.recommended === null ? null : (p.options.find((o) => o.option === p.recommended)?.monthlyUsd ?? null);
  const catalog = (p: DiffablePlan) => (p.catalog ? `${p.catalog.source} ${p.catalog.date}` : null);
  return {
    region: { old: oldPlan.region, new: newPlan.region },
    hours: { old: oldPlan.hours, new: newPlan.hours },
    catalog: { old: catalog(oldPlan), new: catalog(newPlan) },
    recommended: {
      old: oldPlan.recommended,
      new: newPlan.recommended,
      changed: oldPlan.recommended !== newPlan.recommended,
    },
    recommendedCost: costChange(costOf(oldPlan), costOf(newPlan)),
    options: ids.map((id) => diffOption(byId.get(id), newById.get(id))),
  };
}
