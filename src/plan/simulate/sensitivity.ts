/**
 * Sensitivity (tornado): every numeric input moved down and up by `delta` (default 20 %) one at a
 * time, each option re-planned; per option the inputs sorted by swing |cost(high) − cost(low)|,
 * largest first (inputs where a side is infeasible sort after, then by path).
 *
 * Inputs: each stream's numeric fields (`streams.<name>.<field>`, the effective value even when it
 * came from a default) and the cluster-wide numeric fields. Whole-number fields are rounded
 * (a partition count of 3 ± 20 % stays 3 → no swing); `azs` (2 or 3 only) and `messagesPerSec`
 * when not written are left out; values stay within each field's limits.
 */
import { InputError } from "../../model/errors.js";
import { CLUSTER_FIELDS, STREAM_FIELDS, type WorkloadField } from "../../model/workload-fields.js";
import type { ParsedWorkloadInput } from "../../model/workload-schema.js";
import type { Planner } from "../planner.js";
import type { OptionId } from "../types.js";
import { currentValues, resolvePath, ScenarioWorkload } from "./scenario.js";

export interface TornadoBar {
  path: string;
  /** Canonical units of the field (bytes/s, bytes, seconds, counts, fractions). */
  baseValue: number;
  lowValue: number;
  highValue: number;
  lowUsd: number | null;
  highUsd: number | null;
  /** |highUsd − lowUsd|, null when either side is infeasible. */
  swingUsd: number | null;
}

/** Result of {@link sensitivity}: per option its baseline cost and one bar per field. */
export interface SensitivityResult {
  delta: number;
  options: { option: OptionId; baselineUsd: number | null; bars: TornadoBar[] }[];
}

function bounded(f: WorkloadField, v: number): number {
  let x = f.integer ? Math.round(v) : v;
  x = Math.max(x, f.min ?? 0);
  if (f.max !== undefined) x = Math.min(x, f.max);
  return x;
}

/**
 * How much each option's cost moves when each workload field moves by ±`delta` (a fraction): a
 * tornado chart's bars.
 */
export function sensitivity(parsed: ParsedWorkloadInput, delta: number, planner: Planner): SensitivityResult {
  if (!(delta > 0 && delta < 1))
    throw new InputError("--delta", `expected a fraction between 0% and 100% (exclusive), got ${delta}`);
  const base = new ScenarioWorkload(parsed);
  const built = base.buildOrThrow(() => "baseline");
  const baseline = planner.evaluate(built);
  const paths: string[] = [];
  parsed.streams.forEach((s) => {
    for (const name of Object.keys(STREAM_FIELDS)) {
      if (name === "messagesPerSec" && s.messagesPerSec === undefined) continue;
      if (name === "ingress" && s.messagesPerSec !== undefined) continue;
      paths.push(`streams.${s.name}.${name}`);
    }
  });
  for (const name of Object.keys(CLUSTER_FIELDS)) if (name !== "azs") paths.push(name);

  const bars = new Map<OptionId, TornadoBar[]>(planner.options.map((o) => [o, []]));
  for (const path of paths) {
    const r = resolvePath(path, parsed);
    const v0 = currentValues(r, parsed, built)[0] as number;
    const lowValue = bounded(r.field, v0 * (1 - delta));
    const highValue = bounded(r.field, v0 * (1 + delta));
    const run = (v: number) => {
      const sc = new ScenarioWorkload(parsed);
      sc.setter(r)(v);
      const b = sc.build();
      // A move that breaks a workload rule (e.g. a peak below its average) counts as infeasible.
      return b.problems.length ? null : planner.evaluate(b.workload);
    };
    const lo = run(lowValue);
    const hi = run(highValue);
    planner.options.forEach((o, i) => {
      const l = lo?.[i]?.feasible ? (lo[i]?.monthlyUsd ?? null) : null;
      const h = hi?.[i]?.feasible ? (hi[i]?.monthlyUsd ?? null) : null;
      (bars.get(o) as TornadoBar[]).push({
        path,
        baseValue: v0,
        lowValue,
        highValue,
        lowUsd: l,
        highUsd: h,
        swingUsd: l !== null && h !== null ? Math.abs(h - l) : null,
      });
    });
  }
  return {
    delta,
    options: planner.options.map((o, i) => ({
      option: o,
      baselineUsd: baseline[i]?.feasible ? (baseline[i]?.monthlyUsd ?? null) : null,
      bars: (bars.get(o) as TornadoBar[]).sort(
        (a, b) => (b.swingUsd ?? -1) - (a.swingUsd ?? -1) || a.path.localeCompare(b.path),
      ),
    })),
  };
}
