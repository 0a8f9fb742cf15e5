/**
 * The simulator's results (src/plan/simulate) as report tables: the Projection, Monte Carlo,
 * Sensitivity and Sweep sheets of the workbook, and the same tables in Markdown, CSV and JSON.
 * Values stay unrounded and in the simulator's units (USD; canonical units for inputs).
 */
import type { MonteCarloResult } from "../plan/simulate/montecarlo.js";
import type { ProjectionResult } from "../plan/simulate/projection.js";
import type { SensitivityResult } from "../plan/simulate/sensitivity.js";
import type { ReportTable } from "./model.js";

/** Month by month: each option's monthly cost (empty when infeasible) and cumulative cost. */
export function projectionTable(r: ProjectionResult): ReportTable {
  const columns: ReportTable["columns"] = [{ header: "Month", format: "int" }];
  for (const o of r.options)
    columns.push(
      { header: `${o.option} monthly (USD)`, format: "usd" },
      { header: `${o.option} cumulative (USD)`, format: "usd" },
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

/** Per option: percentiles and mean of the monthly cost over feasible samples, P(cheapest), P(infeasible). */
export function monteCarloTable(r: MonteCarloResult): ReportTable {
  return {
    name: "Monte Carlo",
    title: `Monte Carlo: ${r.samples.toLocaleString("en-US")} samples, seed ${r.seed}`,
    columns: [
      { header: "Option", format: "text" },
      { header: "P5 (USD)", format: "usd" },
      { header: "P50 (USD)", format: "usd" },
      { header: "P95 (USD)", format: "usd" },
      { header: "Mean (USD)", format: "usd" },
      { header: "P(cheapest)", format: "fraction" },
      { header: "P(infeasible)", format: "fraction" },
    ],
    rows: r.options.map((o) => [o.option, o.p5, o.p50, o.p95, o.mean, o.pCheapest, o.pInfeasible]),
  };
}

/** One row per option and input: the input's base, low and high values and the costs at each. */
export function sensitivityTable(r: SensitivityResult): ReportTable {
  const rows: ReportTable["rows"] = [];
  for (const o of r.options) {
    for (const b of o.bars)
      rows.push([
        o.option,
        b.path,
        b.baseValue,
        b.lowValue,
        b.highValue,
        o.baselineUsd,
        b.lowUsd,
        b.highUsd,
        b.swingUsd,
      ]);
  }
  return {
    name: "Sensitivity",
    title: `Sensitivity: each input −${r.delta * 100}% / +${r.delta * 100}%, one at a time`,
    columns: [
      { header: "Option", format: "text" },
      { header: "Input", format: "text" },
      { header: "Base (canonical units)", format: "number" },
      { header: "Low", format: "number" },
      { header: "High", format: "number" },
      { header: "Baseline (USD)", format: "usd" },
      { header: "At low (USD)", format: "usd" },
      { header: "At high (USD)", format: "usd" },
      { header: "Swing (USD)", format: "usd" },
    ],
    rows,
  };
}

/**
 * The sweep's CSV stream (runSweep with format "csv": header `<field>…,recommended,<option>…`, one
 * row per scenario, a cost cell empty when infeasible) as a table; `inputs` = number of fields varied.
 */
export function sweepTable(csv: string, inputs: number): ReportTable {
  const lines = csv.split("\n").filter((l) => l.length > 0);
  const header = (lines[0] ?? "").split(",");
  const columns: ReportTable["columns"] = header.map((h, i) => ({
    header: unquote(h),
    format: i > inputs ? "usd" : i === inputs ? "text" : "number",
  }));
  const rows = lines.slice(1).map((l) =>
    l.split(",").map((c) => {
      if (c === "") return null;
      const n = Number(c);
      return Number.isFinite(n) ? n : unquote(c);
    }),
  );
  return {
    name: "Sweep",
    title: `Sweep: ${(lines.length - 1).toLocaleString("en-US")} scenarios`,
    columns,
    rows,
  };
}

function unquote(c: string): string {
  return c.length >= 2 && c.startsWith('"') && c.endsWith('"') ? c.slice(1, -1).replace(/""/g, '"') : c;
}
