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

import { demandOf } from "../../model/derive-demand.js";
import { InputError } from "../../model/errors.js";
import { checkLimit } from "../../model/limits.js";
import type { Workload } from "../../model/workload.js";
import { CLUSTER_FIELDS, STREAM_FIELDS, type WorkloadField } from "../../model/workload-fields.js";
import type { ParsedWorkloadInput } from "../../model/workload-schema.js";
import type { OptionEvaluation } from "../options.js";
import type { Planner } from "../planner.js";
import type { OptionId } from "../types.js";
import { OneStreamSums } from "./one-stream-sums.js";
import { currentValues, type ResolvedPath, resolvePath, ScenarioWorkload } from "./scenario.js";

type ParsedStream = ParsedWorkloadInput["streams"][number];

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
  checkLimit(
    "sensitivityStreams",
    parsed.streams.length,
    "streams",
    "sensitivity: the workload's streams",
    "it re-plans every field of every stream; plan, sweep and simulate take up to the workload limit",
  );
  const base = new ScenarioWorkload(parsed);
  const built = base.buildOrThrow(() => "baseline");
  const baseline = planner.evaluate(built);
  // Each stream's paths resolved here, by index (resolvePath would look each name up again: n²).
  const paths: ResolvedPath[] = [];
  parsed.streams.forEach((s, streamIndex) => {
    for (const [name, field] of Object.entries(STREAM_FIELDS)) {
      if (name === "messagesPerSec" && s.messagesPerSec === undefined) continue;
      if (name === "ingress" && s.messagesPerSec !== undefined) continue;
      const path = `streams.${s.name}.${name}`;
      paths.push({ path, name, field, targets: [{ scope: "stream", streamIndex, name }] });
    }
  });
  for (const name of Object.keys(CLUSTER_FIELDS)) if (name !== "azs") paths.push(resolvePath(name, parsed));

  const bars = new Map<OptionId, TornadoBar[]>(planner.options.map((o) => [o, []]));
  const oneStream = streamScenarios(parsed, built);
  for (const r of paths) {
    const path = r.path;
    const v0 = currentValues(r, parsed, built)[0] as number;
    const lowValue = bounded(r.field, v0 * (1 - delta));
    const highValue = bounded(r.field, v0 * (1 + delta));
    const target = r.targets[0];
    // A move that breaks a workload rule (e.g. a peak below its average) counts as infeasible.
    const run =
      r.targets.length === 1 && target?.scope === "stream"
        ? oneStream(r, target.streamIndex, target.name, planner)
        : (v: number) => {
            const sc = new ScenarioWorkload(parsed);
            sc.setter(r)(v);
            const b = sc.build();
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
        (a, b) => (b.swingUsd ?? -1) - (a.swingUsd ?? -1) || collator.compare(a.path, b.path),
      ),
    })),
  };
}

/** `a.localeCompare(b)`'s order (the default locale's collation), without a lookup per comparison. */
const collator = new Intl.Collator();

/**
 * Scenarios that change one field of one stream, in time independent of the number of streams for
 * all but a few running sums: the stream is rebuilt alone (a one-stream input through the same
 * ScenarioWorkload rules), swapped into the base workload's stream list, and the demand summed with
 * that one stream replaced (./one-stream-sums.ts: the same bits as deriving the whole changed
 * workload).
 */
function streamScenarios(
  parsed: ParsedWorkloadInput,
  built: Workload,
): (
  r: ResolvedPath,
  streamIndex: number,
  name: string,
  planner: Planner,
) => (v: number) => OptionEvaluation[] | null {
  const streams = [...built.streams];
  const work: Workload = { ...built, streams };
  const sums = new OneStreamSums(streams);
  return (r, streamIndex, name, planner) => {
    // One working copy per path: each value rewrites the same fields (the field, its exclusive
    // twin removed, a written peak scaled from the base), as a fresh copy would.
    const one = new ScenarioWorkload({ ...parsed, streams: [parsed.streams[streamIndex] as ParsedStream] });
    const set = one.setter({ ...r, targets: [{ scope: "stream", streamIndex: 0, name }] });
    return (v) => {
      set(v);
      const b = one.build();
      if (b.problems.length) return null;
      const changed = b.workload.streams[0] as Workload["streams"][number];
      const base = streams[streamIndex] as Workload["streams"][number];
      streams[streamIndex] = changed;
      try {
        return planner.evaluate(work, demandOf(work, sums.with(streamIndex, changed)));
      } finally {
        streams[streamIndex] = base;
      }
    };
  };
}
