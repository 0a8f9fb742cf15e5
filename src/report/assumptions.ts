/**
 * The Assumptions sheet as data: every workload input, billing convention and unit price a report
 * uses, one row each, with a defined name the option sheets' formulas reference. Values are shown
 * in the units people write (MiB/s, hours, with days beside) and converted in the formulas through
 * named convention cells, so a reader can edit "ingress 50 MiB/s" and see every cost follow.
 * The stream names are a public interface (scripts and other workbooks link to them):
 * `stream<N>_ingress_MiBps`, `…_peak_ingress_MiBps`, `…_egress_MiBps`, `…_peak_egress_MiBps`,
 * `…_retention_h`, `…_local_retention_h`, `…_partitions`, `…_replication_factor` (N 1-based, file order);
 * they and the Workload section's inputs are declared, with their labels and units, in the workload
 * field table (src/model/workload-table.ts, rendered by src/report/workload-inputs.ts).
 */
import {
  BYTES_PER_BILLED_GB,
  BYTES_PER_MIB,
  HOURS_PER_MONTH,
  SECONDS_PER_HOUR,
} from "../model/conventions.js";
import { citeInWords, sourceOf } from "../model/sources.js";
import type { ReportedClusterName, ReportedStreamName } from "../model/workload-table.js";
import type { PlanResult } from "../plan/types.js";
import { DIMENSIONS, type FixedDimensionId } from "../pricing/dimensions.js";
import { clusterInputRows, STREAM_INPUTS } from "./workload-inputs.js";

/** How a value is shown (mapped to a number format per renderer). */
export type ValueFormat =
  | "usd" // money, 2 decimals
  | "usdRate" // unit price, up to 6 decimals
  | "usdRateOrMissing" // unit price; live.ts MISSING_PRICE (no price in the catalog) shows as "missing"
  | "int"
  | "number"
  | "hours"
  | "days"
  | "bytes"
  | "gib"
  | "mibps"
  | "fraction" // shown as a percentage
  | "usdOrNone" // money; the "no candidate" sentinel (live.ts NOT_A_CANDIDATE) shows as "none"
  | "usdOrNotTried" // money; the same sentinel shows as "not tried"
  | "bytesPerSecAsMB" // bytes/s, shown in MB/s (the cell keeps bytes/s for formulas)
  | "bytesAsGB" // bytes, shown in GB (the cell keeps bytes)
  | "flag" // 1 = yes, 0 = no
  | "text";

export interface AssumptionRow {
  section: "Billing conventions" | "Workload" | "Stream" | "Unit prices";
  /** Defined name of the value cell (valid Excel name); null for text shown for reference only. */
  name: string | null;
  /** A duration in hours that also reads in days (retention): the sheet shows the days beside it. */
  days?: boolean;
  label: string;
  /** null: an input left empty (a price the catalog does not have; type one to include it). */
  value: number | string | null;
  unit: string;
  format: ValueFormat;
  /** Where the value comes from, in words. */
  source: string;
  /** A public URL for a cited source (prices, AWS conventions); null for inputs and definitions. */
  sourceUrl: string | null;
}

/**
 * Names of the cells the option formulas reference (one place: they use these constants). The
 * workload inputs' names are the workload field table's (`report.name`); the type ties each here
 * to its row, so renaming one there fails to compile here.
 */
export const N = {
  hours: "hours",
  hoursPerMonth: "hours_per_month",
  secondsPerHour: "seconds_per_hour",
  bytesPerBilledGB: "bytes_per_billed_gb",
  bytesPerMiB: "bytes_per_mib",
  azs: "azs" satisfies ReportedClusterName,
  fetchNearest: "fetch_from_nearest_replica" satisfies ReportedClusterName,
  tieredLocalRetention: "tiered_local_retention_h" satisfies ReportedClusterName,
} as const;

/** Per-stream input names: `stream<i>_<field>` (1-based; not a cell reference in any dialect). */
export const streamName = (i: number, field: StreamField): string => `stream${i + 1}_${field}`;
/** Suffixes of the per-stream input names (`ingress_MiBps` …), from the workload field table. */
export type StreamField = ReportedStreamName;

const priceKey = (dimension: string, usd: number): string => `${dimension}|${usd}`;

/**
 * Defined names of the unit prices a plan uses: `price_broker_kafka_m5_large`, `price_storage`.
 * One name per (dimension, price); a dimension priced twice at different rates (never expected
 * from one catalog) gets `_2`, `_3` … rather than silently sharing a cell.
 */
export function priceNames(plan: PlanResult): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const o of plan.options) {
    for (const li of o.lineItems) {
      const key = priceKey(li.dimension, li.unitPriceUsd);
      if (out.has(key)) continue;
      const base = `price_${li.dimension.replace(/[^A-Za-z0-9]/g, "_")}`;
      let name = base;
      for (let k = 2; used.has(name); k++) name = `${base}_${k}`;
      used.add(name);
      out.set(key, name);
    }
  }
  return out;
}

/** Name of the price cell for a line (from {@link priceNames}). */
export function priceNameOf(names: ReadonlyMap<string, string>, dimension: string, usd: number): string {
  const n = names.get(priceKey(dimension, usd));
  if (!n) throw new Error(`report: no price cell for ${dimension}`);
  return n;
}

/**
 * Build the Assumptions rows of a plan. Pure. `prices`: further unit prices the live option sheets
 * use (every candidate type's broker-hour, storage, PST …), each with its name; a price the plan's
 * line items already show keeps its row.
 */
export function buildAssumptions(
  plan: PlanResult,
  prices: readonly {
    name: string;
    usd: number | null;
    label: string;
    unit: string;
    source: string;
    sourceUrl: string | null;
  }[] = [],
): AssumptionRow[] {
  const w = plan.workload;
  const pricingPage = citeInWords("msk-pricing-page");
  const pricingPageUrl = sourceOf("msk-pricing-page").url;
  const rows: AssumptionRow[] = [
    {
      section: "Billing conventions",
      name: N.hours,
      label: "Billing period",
      value: plan.hours,
      unit: "hours",
      format: "hours",
      source: "the --hours flag (default: one month)",
      sourceUrl: null,
    },
    {
      section: "Billing conventions",
      name: N.hoursPerMonth,
      label: "Hours per month",
      value: HOURS_PER_MONTH,
      unit: "hours",
      format: "hours",
      source: `AWS prices a month as 730 hours (${pricingPage})`,
      sourceUrl: pricingPageUrl,
    },
    {
      section: "Billing conventions",
      name: N.secondsPerHour,
      label: "Seconds per hour",
      value: SECONDS_PER_HOUR,
      unit: "s",
      format: "int",
      source: "definition",
      sourceUrl: null,
    },
    {
      section: "Billing conventions",
      name: N.bytesPerBilledGB,
      label: "Bytes per billed GB (a GiB)",
      value: BYTES_PER_BILLED_GB,
      unit: "bytes",
      format: "int",
      source: `AWS bills storage and data per GB of 2^30 bytes (${pricingPage})`,
      sourceUrl: pricingPageUrl,
    },
    {
      section: "Billing conventions",
      name: N.bytesPerMiB,
      label: "Bytes per MiB",
      value: BYTES_PER_MIB,
      unit: "bytes",
      format: "int",
      source: "definition (2^20 bytes)",
      sourceUrl: null,
    },
    ...clusterInputRows(w),
  ];
  w.streams.forEach((s, i) => {
    rows.push({
      section: "Stream",
      name: null,
      label: `Stream ${i + 1}: name`,
      value: s.name,
      unit: "",
      format: "text",
      source: "workload",
      sourceUrl: null,
    });
    if (s.description)
      rows.push({
        section: "Stream",
        name: null,
        label: `Stream ${i + 1} (${s.name}): description`,
        value: s.description,
        unit: "",
        format: "text",
        source: "workload",
        sourceUrl: null,
      });
    for (const f of STREAM_INPUTS) {
      rows.push({
        section: "Stream",
        name: streamName(i, f.field),
        label: `Stream ${i + 1} (${s.name}): ${f.label}`,
        value: f.get(s),
        unit: f.unit,
        format: f.format,
        ...(f.days ? { days: true } : {}),
        source: "workload",
        sourceUrl: null,
      });
    }
  });
  // Unit prices: one row per dimension any option used, in first-use order (options are sorted).
  const names = priceNames(plan);
  const seen = new Set<string>();
  for (const o of plan.options) {
    for (const li of o.lineItems) {
      const name = names.get(priceKey(li.dimension, li.unitPriceUsd)) as string;
      if (seen.has(name)) continue;
      seen.add(name);
      const fixed = DIMENSIONS[li.dimension as FixedDimensionId];
      const label = fixed
        ? fixed.label
        : li.dimension.startsWith("broker:")
          ? `Broker-hour, ${li.dimension.slice(7)}`
          : li.component;
      rows.push({
        section: "Unit prices",
        name,
        label,
        value: li.unitPriceUsd,
        unit: `USD per ${singular(li.unit)}`,
        format: "usdRate",
        source: li.source,
        sourceUrl: li.sourceUrl,
      });
    }
  }
  for (const p of prices) {
    if (seen.has(p.name)) continue;
    seen.add(p.name);
    rows.push({
      section: "Unit prices",
      name: p.name,
      label: p.label,
      value: p.usd,
      unit: p.unit,
      format: "usdRate",
      source: p.source,
      sourceUrl: p.sourceUrl,
    });
  }
  return rows;
}

function singular(unit: string): string {
  return unit.replace(/-hours$/, "-hour").replace(/-months$/, "-month");
}

/** Name → numeric value of every named assumption (the evaluation environment). */
export function assumptionEnv(rows: readonly AssumptionRow[]): Map<string, number> {
  const env = new Map<string, number>();
  for (const r of rows)
    if (r.name && typeof r.value === "number") env.set(r.name, r.value);
    else if (r.name && r.value === null) env.set(r.name, Number.NaN);
  return env;
}
