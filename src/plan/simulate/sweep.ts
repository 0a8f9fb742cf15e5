/**
 * Sweep: the cartesian grid of `--vary` axes, each scenario's options and recommendation, as
 * NDJSON or CSV text produced chunk by chunk (scenario index ranges), so output streams with flat
 * memory and worker threads can compute chunks while the main thread writes them in order.
 *
 * NDJSON row (issue #5 contract):
 *   {"set":{"<field>":<value as given or generated>},"recommended":<option|null>,
 *    "options":[{"option":…,"feasible":…,"monthlyUsd":<number|null>,"priced":"complete"|"partial"|"none"}]}
 *   (options in `--options` order; a "partial" monthlyUsd is a lower bound; recommended is the
 *   cheapest feasible, completely priced option, as in `plan`)
 * CSV: header `<field>…,recommended,<option>…,<option>_priced…`, one row per scenario, a cost cell
 * empty when infeasible or unpriced; the `_priced` cells say complete, partial or none.
 *
 * The per-scenario path: write the scenario's canonical numbers through precomputed setters,
 * rebuild the workload (plain arithmetic), planner.evaluate, append precomputed string pieces.
 */
import { InputError } from "../../model/errors.js";
import { resolveInstanceTypes } from "../../model/instance-types.js";
import { checkLimit } from "../../model/limits.js";
import { type ParsedWorkloadInput, parseWorkloadInput } from "../../model/workload-schema.js";
import type { Catalog } from "../../pricing/catalog-schema.js";
import type { OptionEvaluation } from "../options.js";
import { type Planner, preparePlanner } from "../planner.js";
import type { OptionId } from "../types.js";
import { type Axis, gridIndices, gridSize, parseAxis } from "./grid.js";
import { ScenarioWorkload } from "./scenario.js";

export type SweepFormat = "ndjson" | "csv";

/** Everything a sweep (or a worker computing part of one) needs; structured-cloneable. */
export interface SweepInit {
  /** The workload input after distributions were replaced by medians (plain JSON). */
  input: unknown;
  vary: string[];
  catalog: Catalog;
  region?: string;
  options?: readonly OptionId[];
  hours?: number;
  format: SweepFormat;
}

/**
 * A sweep prepared by {@link prepareSweep}: its axes, the number of scenarios, the options, and
 * the output header; run it with {@link runSweep}.
 */
export interface PreparedSweep {
  axes: Axis[];
  total: number;
  options: readonly OptionId[];
  /** CSV header line (with newline); empty for NDJSON. */
  header: string;
  /** Rows for scenarios [start, end), newline-terminated. */
  chunk(start: number, end: number): string;
  /** The lean rows of one scenario (for tests and other commands). */
  scenario(k: number): {
    set: Record<string, string | number>;
    recommended: OptionId | null;
    options: OptionEvaluation[];
  };
}

function csvCell(v: string | number): string {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Index of the cheapest feasible, completely priced row (ties: first in option order), or -1: the
 * planner's recommendation rule (a lower bound is never compared with a complete total).
 */
export function cheapestIndex(rows: readonly OptionEvaluation[]): number {
  let best = -1;
  let bestUsd = Number.POSITIVE_INFINITY;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as OptionEvaluation;
    if (r.feasible && r.priced === "complete" && (r.monthlyUsd as number) < bestUsd) {
      best = i;
      bestUsd = r.monthlyUsd as number;
    }
  }
  return best;
}

/**
 * A sweep with its workload and axes already parsed to canonical numbers: plain data (structured-
 * cloneable), so worker threads receive it and start without the unit parser or the schema (whose
 * first use costs a worker more than a hundred milliseconds).
 */
export interface CompiledSweep extends Omit<SweepInit, "input" | "vary"> {
  parsed: ParsedWorkloadInput;
  axes: Axis[];
}

/** Parse and check the workload and the `--vary` axes (InputError naming the bad one). */
export function compileSweep(init: SweepInit): CompiledSweep {
  const parsed = parseWorkloadInput(init.input);
  const axes = init.vary.map((v) => parseAxis(v, parsed));
  const seen = new Set<string>();
  for (const a of axes) {
    if (seen.has(a.resolved.path))
      throw new InputError(`--vary ${a.resolved.path}`, "is varied twice; give each field one --vary");
    seen.add(a.resolved.path);
  }
  return {
    catalog: init.catalog,
    format: init.format,
    parsed,
    axes,
    ...(init.region !== undefined ? { region: init.region } : {}),
    ...(init.options ? { options: init.options } : {}),
    ...(init.hours !== undefined ? { hours: init.hours } : {}),
  };
}

/** Parse the workload and axes once, prepare the planner, and return the chunk producer. */
export function prepareSweep(init: SweepInit | CompiledSweep, planner?: Planner): PreparedSweep {
  const compiled = "axes" in init ? init : compileSweep(init);
  const { parsed, axes } = compiled;
  const scenario = new ScenarioWorkload(parsed);
  const setters = axes.map((a) => scenario.setter(a.resolved));
  const base = scenario.build().workload;
  const p =
    planner ??
    preparePlanner({
      catalog: compiled.catalog,
      region: compiled.region ?? base.region,
      instanceTypes: resolveInstanceTypes(parsed.instanceTypes, "instanceTypes"),
      ...(compiled.options ? { options: compiled.options } : {}),
      ...(compiled.hours !== undefined ? { hours: compiled.hours } : {}),
    });
  const options = p.options;
  const total = gridSize(axes);
  checkLimit("sweepScenarios", total, "--vary", "the grid's scenarios (the product of the axes' points):");
  const idx = new Int32Array(axes.length);

  // Precomputed pieces: per axis value its JSON `"field":value` / CSV cell; per option its names.
  const setJson = axes.map((a) =>
    a.labels.map((l) => `${JSON.stringify(a.resolved.path)}:${JSON.stringify(l)}`),
  );
  const setCsv = axes.map((a) => a.labels.map((l) => csvCell(l)));
  const optOpen = options.map((o) => `{"option":${JSON.stringify(o)},"feasible":`);
  const recJson = options.map((o) => JSON.stringify(o));
  const header =
    compiled.format === "csv"
      ? `${[...axes.map((a) => a.resolved.path), "recommended", ...options, ...options.map((o) => `${o}_priced`)].map(csvCell).join(",")}\n`
      : "";

  const describe = () => axes.map((a, j) => `${a.resolved.path}=${a.labels[idx[j] as number]}`).join(", ");
  const evaluate = (k: number): OptionEvaluation[] => {
    gridIndices(axes, k, idx);
    for (let j = 0; j < axes.length; j++)
      (setters[j] as (v: number) => void)((axes[j] as Axis).values[idx[j] as number] as number);
    return p.evaluate(scenario.buildOrThrow(describe));
  };

  return {
    axes,
    total,
    options,
    header,
    chunk(start, end) {
      let out = "";
      for (let k = start; k < end; k++) {
        const rows = evaluate(k);
        const best = cheapestIndex(rows);
        if (compiled.format === "ndjson") {
          let line = '{"set":{';
          for (let j = 0; j < axes.length; j++)
            line += (j ? "," : "") + (setJson[j] as string[])[idx[j] as number];
          line += `},"recommended":${best < 0 ? "null" : recJson[best]},"options":[`;
          for (let i = 0; i < rows.length; i++) {
            const r = rows[i] as OptionEvaluation;
            line += `${i ? "," : ""}${optOpen[i]}${r.feasible},"monthlyUsd":${r.monthlyUsd === null ? "null" : r.monthlyUsd},"priced":"${r.priced}"}`;
          }
          out += `${line}]}\n`;
        } else {
          let line = "";
          for (let j = 0; j < axes.length; j++) line += `${(setCsv[j] as string[])[idx[j] as number]},`;
          line += best < 0 ? "" : (options[best] as string);
          for (const r of rows) line += `,${r.feasible && r.monthlyUsd !== null ? r.monthlyUsd : ""}`;
          for (const r of rows) line += `,${r.priced}`;
          out += `${line}\n`;
        }
      }
      return out;
    },
    scenario(k) {
      const rows = evaluate(k);
      const best = cheapestIndex(rows);
      const set: Record<string, string | number> = {};
      axes.forEach((a, j) => {
        set[a.resolved.path] = a.labels[idx[j] as number] as string | number;
      });
      return {
        set,
        recommended: best < 0 ? null : (options[best] as OptionId),
        options: rows.map((r) => ({ ...r })),
      };
    },
  };
}
