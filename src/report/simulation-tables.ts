/**
 * The simulator's results (src/plan/simulate) as report tables: the Projection, Monte Carlo,
 * Sensitivity and Sweep sheets of the workbook, and the same tables in Markdown, CSV and JSON.
 * Values stay unrounded; inputs are shown in the units people read (MiB/s, days, GiB, %), costs in USD.
 */
import {
  BYTES_PER_GIB,
  BYTES_PER_KIB,
  BYTES_PER_MIB,
  SECONDS_PER_DAY,
  SECONDS_PER_HOUR,
} from "../model/conventions.js";
import { clusterField, streamField, type WorkloadField } from "../model/workload-fields.js";
import { ADJUSTMENT_RULE, type AdjustableStreamField } from "../model/workload-schema.js";
import type { MonteCarloResult } from "../plan/simulate/montecarlo.js";
import type { ProjectionResult } from "../plan/simulate/projection.js";
import type { SweepResult } from "../plan/simulate/run.js";
import type { SensitivityResult } from "../plan/simulate/sensitivity.js";
import { fieldLabel, optionName } from "./labels.js";
import type { ReportTable } from "./model.js";

/** Month by month: each option's monthly cost (empty when infeasible) and cumulative cost, headed by its plain name. */
export function projectionTable(r: ProjectionResult): ReportTable {
  const columns: ReportTable["columns"] = [{ header: "Month", format: "int" }];
  for (const o of r.options)
    columns.push(
      { header: `${optionName(o.option)} monthly (USD)`, format: "usd" },
      { header: `${optionName(o.option)} cumulative (USD)`, format: "usd" },
    );
  const rows = Array.from({ length: r.months }, (_, m) => [
    m + 1,
    ...r.options.flatMap((o) => [o.months[m]?.monthlyUsd ?? null, o.months[m]?.cumulativeUsd ?? null]),
  ]);
  const growth = r.growth.map((g) => g.field).join(", ") || "no growth";
  return {
    name: "Projection",
    title: `Projection over ${r.months} months (growth: ${growth})`,
    columns,
    rows,
  };
}

/**
 * The note on samples adjusted to keep a workload consistent (MonteCarloResult.adjustedSamples),
 * or null when none was: "adjusted samples: streams.orders.peakIngress raised to ingress in 1,234
 * of 10,000; …".
 */
export function adjustedSamplesNote(r: MonteCarloResult): string | null {
  const parts = Object.entries(r.adjustedSamples).map(([path, n]) => {
    const field = path.slice(path.lastIndexOf(".") + 1) as AdjustableStreamField;
    return `${path} ${ADJUSTMENT_RULE[field]} in ${n.toLocaleString("en-US")} of ${r.samples.toLocaleString("en-US")}`;
  });
  return parts.length
    ? `adjusted samples (drawn values broke a cross-field rule): ${parts.join("; ")}`
    : null;
}

/**
 * Per option (its plain name first, its id last for scripts): percentiles and mean of the monthly
 * cost over feasible, priced samples, P(cheapest), P(infeasible), P(partly priced: the sample's
 * cost is a lower bound).
 */
export function monteCarloTable(r: MonteCarloResult): ReportTable {
  const adjusted = adjustedSamplesNote(r);
  return {
    name: "Monte Carlo",
    title: `Monte Carlo: ${r.samples.toLocaleString("en-US")} samples, seed ${r.seed}${adjusted ? `; ${adjusted}` : ""}`,
    columns: [
      { header: "Option", format: "text" },
      { header: "P5 (USD)", format: "usd" },
      { header: "P50 (USD)", format: "usd" },
      { header: "P95 (USD)", format: "usd" },
      { header: "Mean (USD)", format: "usd" },
      { header: "P(cheapest)", format: "fraction" },
      { header: "P(infeasible)", format: "fraction" },
      { header: "P(partly priced)", format: "fraction" },
      { header: "Option id", format: "text" },
    ],
    rows: r.options.map((o) => [
      optionName(o.option),
      o.p5,
      o.p50,
      o.p95,
      o.mean,
      o.pCheapest,
      o.pInfeasible,
      o.pPartial,
      o.option,
    ]),
  };
}

/**
 * One row per option (its plain name) and input: the input in plain words, its base, low and high
 * values (in human units) and the costs at each, then, for scripts, the field as a workload file
 * names it and the option's id.
 */
export function sensitivityTable(r: SensitivityResult): ReportTable {
  const rows: ReportTable["rows"] = [];
  for (const o of r.options) {
    for (const b of o.bars) {
      const h = humanUnit(b.path, b.baseValue);
      rows.push([
        optionName(o.option),
        fieldLabel(b.path),
        h.unit,
        b.baseValue / h.per,
        b.lowValue / h.per,
        b.highValue / h.per,
        o.baselineUsd,
        b.lowUsd,
        b.highUsd,
        b.swingUsd,
        b.path,
        o.option,
      ]);
    }
  }
  return {
    name: "Sensitivity",
    title: `Sensitivity: each input −${r.delta * 100}% / +${r.delta * 100}%, one at a time`,
    columns: [
      { header: "Option", format: "text" },
      { header: "Input", format: "text" },
      { header: "Unit", format: "text" },
      { header: "Base value", format: "number" },
      { header: "Low value", format: "number" },
      { header: "High value", format: "number" },
      { header: "Baseline (USD per month)", format: "usd" },
      { header: "At low (USD per month)", format: "usd" },
      { header: "At high (USD per month)", format: "usd" },
      { header: "Swing (USD per month)", format: "usd" },
      { header: "Field (as a workload file names it)", format: "text" },
      { header: "Option id", format: "text" },
    ],
    rows,
  };
}

/** The field a sensitivity or sweep path names (`streams.<name>.<field>`, `<field>`, `targets.…`). */
function fieldOf(path: string): WorkloadField | undefined {
  return clusterField(path) ?? streamField(path.slice(path.lastIndexOf(".") + 1));
}

/**
 * The unit a person reads a canonical value in: rates in MiB/s, durations in days (hours below a
 * day), sizes in the largest binary unit that keeps the value ≥ 1, fractions in percent.
 * `per` = canonical units per shown unit.
 */
export function humanUnit(path: string, canonical: number): { unit: string; per: number } {
  switch (fieldOf(path)?.kind) {
    case "rate":
      return { unit: "MiB/s", per: BYTES_PER_MIB };
    case "duration":
      return canonical >= SECONDS_PER_DAY
        ? { unit: "days", per: SECONDS_PER_DAY }
        : { unit: "hours", per: SECONDS_PER_HOUR };
    case "size":
      if (canonical >= BYTES_PER_GIB) return { unit: "GiB", per: BYTES_PER_GIB };
      if (canonical >= BYTES_PER_MIB) return { unit: "MiB", per: BYTES_PER_MIB };
      if (canonical >= BYTES_PER_KIB) return { unit: "KiB", per: BYTES_PER_KIB };
      return { unit: "bytes", per: 1 };
    case "fraction":
      return { unit: "%", per: 0.01 };
    default:
      return { unit: "", per: 1 };
  }
}

/**
 * The sweep, passed as values (never as CSV text split again, which broke on a comma in a stream
 * name): each varied field (headed in plain words) as given, with its unit (`"10 MiB/s"`, `"7d"`,
 * `12`), the recommended option and one monthly-cost column per option (empty when infeasible),
 * each by its plain name.
 */
export function sweepTable(r: SweepResult): ReportTable {
  const columns: ReportTable["columns"] = [
    ...r.fields.map((f) => ({ header: fieldLabel(f), format: "number" as const })),
    { header: "Recommended option", format: "text" },
    ...r.options.map((o) => ({ header: `${optionName(o)} monthly (USD)`, format: "usd" as const })),
  ];
  return {
    name: "Sweep",
    title: `Sweep: ${r.rows.length.toLocaleString("en-US")} scenarios`,
    columns,
    rows: r.rows.map((row) => [
      ...row.set,
      row.recommended === null ? "none feasible" : optionName(row.recommended),
      ...row.monthlyUsd,
    ]),
  };
}
