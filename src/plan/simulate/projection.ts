/**
 * Growth projection: month by month, each option's configuration and cost as the workload grows.
 *
 * `--growth FIELD=RULE` (one per field; paths as everywhere, `ingress` = every stream, each from
 * its own value):
 * - `8%/month` (or `8%`): compound, v(m) = v₀ × 1.08^(m−1);
 * - `linear:8%/month`: v(m) = v₀ × (1 + 0.08 (m−1));
 * - `+5MiB/s/month`: linear by an amount in the field's units, v(m) = v₀ + 5 MiB/s × (m−1);
 * - `6:80MiB/s,12:120MiB/s`: a schedule of step changes: from month 6 the value is 80 MiB/s, …
 * Month 1 is the workload as written. Whole-number fields are rounded each month.
 *
 * Provisioned storage never shrinks (EBS volumes cannot be reduced): each option's
 * storagePerBrokerGiB is ratcheted to the largest value of any earlier month, and the storage line
 * is re-priced for the ratcheted size (same unit price, quantity × ratcheted ÷ planned). The broker
 * count is not ratcheted: MSK can remove brokers from a provisioned cluster, so a smaller workload
 * may run on fewer brokers (each keeping its volume size).
 */
import { InputError } from "../../model/errors.js";
import { parseFraction } from "../../model/units.js";
import {
  checkFieldValue,
  parseFieldValue,
  parseFieldValue as parseValue,
} from "../../model/workload-fields.js";
import type { ParsedWorkloadInput } from "../../model/workload-schema.js";
import type { Planner } from "../planner.js";
import type { OptionConfiguration, OptionId, OptionResult } from "../types.js";
import { currentValues, type ResolvedPath, resolvePath, ScenarioWorkload } from "./scenario.js";

export type GrowthRule =
  | { kind: "compound"; rate: number }
  | { kind: "linear"; rate: number }
  | { kind: "add"; amount: number }
  | { kind: "schedule"; steps: { month: number; value: number }[] };

export interface Growth {
  spec: string;
  resolved: ResolvedPath;
  rule: GrowthRule;
}

export const MAX_MONTHS = 1200;

/** Parse one `--growth FIELD=RULE`. */
export function parseGrowth(spec: string, parsed: ParsedWorkloadInput): Growth {
  const eq = spec.indexOf("=");
  if (eq <= 0)
    throw new InputError(
      "--growth",
      `expected FIELD=RULE such as ingress=8%/month, got ${JSON.stringify(spec)}`,
    );
  const path = spec.slice(0, eq).trim();
  const body = spec.slice(eq + 1).trim();
  const resolved = resolvePath(path, parsed, "--growth");
  const where = `--growth ${path}`;
  const perMonth = (s: string) => s.replace(/\s*(\/|per\s+)\s*(month|mo)$/i, "");
  let rule: GrowthRule;
  if (/^\d+\s*:/.test(body)) {
    const steps = body.split(",").map((part) => {
      const m = /^\s*(\d+)\s*:\s*(.+?)\s*$/.exec(part);
      if (!m)
        throw new InputError(
          where,
          `expected a schedule MONTH:VALUE,MONTH:VALUE such as 6:80MiB/s,12:120MiB/s, got ${JSON.stringify(part)}`,
        );
      const month = Number(m[1]);
      if (month < 1) throw new InputError(where, `schedule months start at 1, got ${month}`);
      const v = checkFieldValue(resolved.field, parseFieldValue(resolved.field, m[2], where), where, m[2]);
      return { month, value: v };
    });
    for (let i = 1; i < steps.length; i++) {
      if ((steps[i] as { month: number }).month <= (steps[i - 1] as { month: number }).month)
        throw new InputError(where, "schedule months must increase");
    }
    rule = { kind: "schedule", steps };
  } else if (/^[+-]/.test(body) && !perMonth(body).endsWith("%")) {
    // An amount per month (+5MiB/s/month, -2MiB/s/month); a signed percentage (-5%/month, a
    // shrinking workload) is a rate, below.
    const amount = perMonth(body.slice(1).trim());
    const n = parseValue({ ...resolved.field, integer: false, allowed: undefined }, amount, where);
    rule = { kind: "add", amount: body.startsWith("-") ? -n : n };
  } else {
    const linear = body.startsWith("linear:");
    const r = perMonth(linear ? body.slice("linear:".length).trim() : body);
    if (!r.endsWith("%"))
      throw new InputError(
        where,
        `expected a growth rate such as 8%/month, linear:8%/month, +5MiB/s/month or 6:80MiB/s, got ${JSON.stringify(body)}`,
      );
    const rate = parseFraction(r, where);
    if (rate <= -1) throw new InputError(where, `expected a rate above -100%, got ${JSON.stringify(body)}`);
    rule = { kind: linear ? "linear" : "compound", rate };
  }
  return { spec, resolved, rule };
}

/** The value in month m (1-based) of a field starting at v0. */
export function grownValue(rule: GrowthRule, v0: number, m: number): number {
  switch (rule.kind) {
    case "compound":
      return v0 * (1 + rule.rate) ** (m - 1);
    case "linear":
      return v0 * (1 + rule.rate * (m - 1));
    case "add":
      return v0 + rule.amount * (m - 1);
    case "schedule": {
      let v = v0;
      for (const s of rule.steps) if (s.month <= m) v = s.value;
      return v;
    }
  }
}

export interface ProjectionMonth {
  month: number;
  feasible: boolean;
  configuration: OptionConfiguration | null;
  /** Cost of this month, after the storage ratchet; null when infeasible or feasible with no price at all. */
  monthlyUsd: number | null;
  /** Sum of monthlyUsd so far (infeasible months add nothing). */
  cumulativeUsd: number;
  binding: string | null;
  /** The storage per broker kept from an earlier month (GiB), when above what this month needs. */
  ratchetedStoragePerBrokerGiB?: number;
}

export interface ScalingEvent {
  month: number;
  from: OptionConfiguration | null;
  to: OptionConfiguration | null;
  /** Why: the binding resource in the new month, or the reasons it became infeasible. */
  why: string;
}

export interface OptionProjection {
  option: OptionId;
  /** First month the option is infeasible (after being feasible or from month 1), or null. */
  infeasibleFromMonth: number | null;
  months: ProjectionMonth[];
  events: ScalingEvent[];
  totalUsd: number;
}

/** Result of {@link project}: the grown values and each option's cost and feasibility per month. */
export interface ProjectionResult {
  months: number;
  growth: { field: string; rule: GrowthRule }[];
  /** Per month: the grown values (canonical units) of every grown path, per target. */
  values: { month: number; set: Record<string, number[]> }[];
  options: OptionProjection[];
}

const STORAGE_KEY = "storagePerBrokerGiB";

function sameConfiguration(a: OptionConfiguration | null, b: OptionConfiguration | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Plan month by month while fields grow by the given rules (e.g. `ingress=+10%/month`) for
 * `months` months.
 */
export function project(
  parsed: ParsedWorkloadInput,
  growthSpecs: readonly string[],
  months: number,
  planner: Planner,
): ProjectionResult {
  if (!Number.isInteger(months) || months < 1 || months > MAX_MONTHS)
    throw new InputError(
      "--months",
      `expected a whole number of months from 1 to ${MAX_MONTHS}, got ${months}`,
    );
  const growth = growthSpecs.map((g) => parseGrowth(g, parsed));
  const seen = new Set<string>();
  for (const g of growth) {
    if (seen.has(g.resolved.path)) throw new InputError(`--growth ${g.resolved.path}`, "is given twice");
    seen.add(g.resolved.path);
  }
  const sc = new ScenarioWorkload(parsed);
  const built = sc.buildOrThrow(() => "month 1");
  const starts = growth.map((g) => currentValues(g.resolved, parsed, built));
  const setters = growth.map((g) => sc.setter(g.resolved));
  const per = new Map<OptionId, OptionProjection>(
    planner.options.map((o) => [
      o,
      { option: o, infeasibleFromMonth: null, months: [], events: [], totalUsd: 0 },
    ]),
  );
  const ratchet = new Map<OptionId, number>();
  const values: ProjectionResult["values"] = [];
  for (let m = 1; m <= months; m++) {
    const set: Record<string, number[]> = {};
    growth.forEach((g, i) => {
      const f = g.resolved.field;
      const vs = (starts[i] as number[]).map((v0) => {
        let v = grownValue(g.rule, v0, m);
        if (f.integer) v = Math.round(v);
        v = Math.max(v, f.min ?? 0);
        if (f.max !== undefined) v = Math.min(v, f.max);
        return v;
      });
      for (const [t, v] of vs.entries()) (setters[i] as (v: number, t?: number) => void)(v, t);
      set[g.resolved.path] = vs;
    });
    values.push({ month: m, set });
    const plan = planner.plan(sc.buildOrThrow(() => `month ${m}`));
    for (const o of planner.options) {
      const p = per.get(o) as OptionProjection;
      const r = plan.options.find((x) => x.option === o) as OptionResult;
      const prev = p.months[p.months.length - 1];
      const row = monthRow(r, m, ratchet, p.totalUsd);
      if (row.monthlyUsd !== null) p.totalUsd += row.monthlyUsd;
      row.cumulativeUsd = p.totalUsd;
      if (!r.feasible && p.infeasibleFromMonth === null) p.infeasibleFromMonth = m;
      if (r.feasible) p.infeasibleFromMonth = null;
      if (
        prev &&
        (prev.feasible !== row.feasible || !sameConfiguration(prev.configuration, row.configuration))
      ) {
        p.events.push({
          month: m,
          from: prev.configuration,
          to: row.configuration,
          why: r.feasible
            ? r.binding
              ? `${r.binding} binds`
              : "cheapest configuration changed"
            : `infeasible: ${r.reasons.join("; ")}`,
        });
      }
      p.months.push(row);
    }
  }
  return {
    months,
    growth: growth.map((g) => ({ field: g.resolved.path, rule: g.rule })),
    values,
    options: [...per.values()],
  };
}

function monthRow(
  r: OptionResult,
  month: number,
  ratchet: Map<OptionId, number>,
  before: number,
): ProjectionMonth {
  if (!r.feasible || r.monthlyUsd === null) {
    // Infeasible, or feasible with no price at all: no cost this month. An unpriced option is not
    // infeasible (a missing price is shown as missing).
    return {
      month,
      feasible: r.feasible,
      configuration: r.configuration,
      monthlyUsd: null,
      cumulativeUsd: before,
      binding: r.binding,
    };
  }
  let cost = r.monthlyUsd;
  let configuration = r.configuration;
  const row: ProjectionMonth = {
    month,
    feasible: true,
    configuration,
    monthlyUsd: cost,
    cumulativeUsd: before,
    binding: r.binding,
  };
  const planned = configuration && STORAGE_KEY in configuration ? configuration[STORAGE_KEY] : undefined;
  if (typeof planned === "number") {
    const kept = ratchet.get(r.option) ?? 0;
    if (kept > planned && planned > 0) {
      // Re-price the storage line for the kept size: cost is linear in GiB per broker at a fixed broker count.
      const storage = r.lineItems.filter((l) => l.dimension === "storage").reduce((t, l) => t + l.costUsd, 0);
      cost += storage * (kept / planned - 1);
      configuration = { ...configuration, [STORAGE_KEY]: kept };
      row.ratchetedStoragePerBrokerGiB = kept;
      row.configuration = configuration;
      row.monthlyUsd = cost;
    } else ratchet.set(r.option, Math.max(kept, planned));
  }
  return row;
}
