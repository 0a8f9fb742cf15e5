/**
 * The report as data: one pure value built from a PlanResult that every renderer (xlsx, Markdown,
 * CSV, JSON) draws from, so the formats cannot drift apart. Each line item carries the formula of
 * its quantity over named cells (the calculator's declaration, src/report/quantities.ts) and the
 * cached values that formula gives, checked here against the planner's numbers.
 */
import { HOURS_PER_MONTH } from "../model/conventions.js";
import type { OptionId, OptionResult, PlanResult } from "../plan/types.js";
import { ALTERNATIVE_OPTIONS, MSK_OPTIONS } from "../plan/types.js";
import { bundledCatalog } from "../pricing/bundled-catalog.js";
import type { Catalog } from "../pricing/catalog-schema.js";
import type { MissingPrice, PricedStatus } from "../pricing/line-item.js";
import {
  type AssumptionRow,
  assumptionEnv,
  buildAssumptions,
  priceNameOf,
  priceNames,
  type ValueFormat,
} from "./assumptions.js";
import { type Expr, evaluate, mul, ref, render } from "./expr.js";
import { formatUsd } from "./format.js";
import { fitWithHelpers, type HelperCell } from "./helper-cells.js";
import { configLabel, optionName, resourceLabel } from "./labels.js";
import { unitPriceRows } from "./live-context.js";
import {
  type InstanceSheet,
  instanceEnv,
  instanceSheet,
  type LiveView,
  liveOption,
  matchingCatalog,
} from "./live-model.js";
import { quantityFormula, sheetInputs } from "./quantities.js";
import { demandCells } from "./workload-demand.js";

/** The planner's option order (rankOptions breaks a tie in cost by it). */
const OPTION_ORDER: readonly string[] = [...MSK_OPTIONS, ...ALTERNATIVE_OPTIONS];

/** Months per year, for the annual column (12 billing months of 730 h = 8,760 h, one 365-day year). */
export const MONTHS_PER_YEAR = 12;

export interface ConfigRow {
  key: string;
  /** The key in plain words ("Storage per broker (GiB)"). */
  label: string;
  /** Defined name of a numeric value (formulas reference it); null for text. */
  name: string | null;
  value: string | number | boolean | null;
  format: ValueFormat;
}

/**
 * One line item of an option's sheet in the report model, with the defined names its workbook
 * formulas use.
 */
export interface LineRow {
  component: string;
  dimension: string;
  unit: string;
  /** Defined name of the quantity cell. */
  quantityName: string;
  /**
   * The quantity's formula over named cells as the workbook cell holds it (a long one split into
   * helper cells, see helper-cells.ts), or null when it is the planner's value as an input.
   */
  quantityExpr: Expr | null;
  /** The whole quantity formula over the assumptions (no helper cells), for reading. */
  quantityFormula: string | null;
  quantity: number;
  priceName: string;
  unitPriceUsd: number;
  costExpr: Expr;
  costUsd: number;
  source: string;
  sourceUrl: string | null;
}

/** One option's sheet in the report model: configuration, line items, feasibility and notes. */
export interface OptionSheet {
  id: OptionId;
  family: "msk" | "alternative";
  sheetName: string;
  title: string;
  feasible: boolean;
  recommended: boolean;
  binding: string | null;
  /** The binding resource in plain words ("outbound network"), or null. */
  bindingLabel: string | null;
  reasons: string[];
  notes: string[];
  config: ConfigRow[];
  lines: LineRow[];
  /** Defined name of the total cell (`total_standard` …); null when infeasible (no total). */
  totalName: string | null;
  /** How completely the total is priced, and what it lacks (see OptionResult). */
  priced: PricedStatus;
  missingPrices: MissingPrice[];
  /**
   * Cost over the billing period, and the same per month and per year: sums of the priced lines, a
   * lower bound when `priced` is "partial". Null when infeasible or when nothing is priced.
   */
  totalUsd: number | null;
  monthlyUsd: number | null;
  annualUsd: number | null;
  utilisation: [string, number][];
  /** The option's live sizing (formulas that re-size on an edit), or null: its configuration is fixed by the planner. */
  live: LiveView | null;
  /** Position in the planner's option order (ties in cost rank by it). */
  order: number;
}

/** A further table (projection, Monte Carlo, sensitivity, sweep …): one sheet, one CSV. */
export interface ReportTable {
  /** Sheet name and CSV file stem. */
  name: string;
  title: string;
  columns: { header: string; format: ValueFormat }[];
  rows: (number | string | null)[][];
}

export interface ReportMeta {
  title: string;
  region: string;
  hours: number;
  catalog: { source: string; date: string };
  generatedAt: string;
  version: string;
  recommended: OptionId | null;
  recommendation: string;
}

/**
 * Everything a report shows, built once by {@link buildReportModel} and rendered as a workbook,
 * Markdown, CSV or JSON.
 */
export interface ReportModel {
  meta: ReportMeta;
  assumptions: AssumptionRow[];
  /**
   * What the workload asks of any cluster, below the inputs on the Assumptions sheet: one named
   * formula cell per figure (src/report/workload-demand.ts), cached at the planner's numbers.
   */
  derived?: DerivedRow[];
  /** Capabilities and quotas the live sizing reads (the Instance types sheet), or null when no option is live. */
  instances: InstanceSheet | null;
  options: OptionSheet[];
  tables: ReportTable[];
  /** Partial sums that keep each workbook formula within Excel's limit (empty for most workloads). */
  helpers: HelperCell[];
}

/** One derived cell as written: its formula (fitted to Excel's limit) and the planner's value. */
export interface DerivedRow {
  name: string;
  label: string;
  unit: string;
  format: ValueFormat;
  formula: string;
  value: number;
}

/**
 * Options of {@link buildReportModel}: when and by which version the report was made, and further
 * tables to include.
 */
export interface ReportOptions {
  /** When the report was made (ISO 8601): passed in, the core reads no clock. */
  generatedAt: string;
  /** msk-planner version that made it. */
  version: string;
  /** Further tables (simulator results) to include, each as a sheet. */
  tables?: ReportTable[];
  /**
   * The catalog the plan was priced with (default: the bundled catalog). The option sheets size
   * live from its prices; a catalog whose prices are not the plan's leaves each configuration
   * fixed by the planner.
   */
  catalog?: Catalog;
  /** false: no live sizing (every configuration fixed by the planner, as values). Default true. */
  live?: boolean;
}

/** The option id as a name fragment: `standard-tiered` → `standard_tiered`. */
export const optionKey = (id: string): string => id.replace(/[^A-Za-z0-9]/g, "_");
/** Defined name of an option's total (public: `total_standard`, `total_standard_tiered` …). */
export const totalName = (id: string): string => `total_${optionKey(id)}`;
/** Defined name of an MSK option's broker count (public: `brokers_standard`; Serverless: its clusters). */
export const brokersName = (id: string): string => `brokers_${optionKey(id)}`;

/** The configuration key that counts an MSK option's brokers (Serverless: clusters). */
const BROKER_KEYS: Record<string, string> = {
  standard: "brokers",
  "standard-tiered": "brokers",
  express: "brokers",
  serverless: "clusters",
};

/** Two floating-point results of the same sum in a different order agree to this relative error. */
const SAME = 1e-9;

/** Build the report model of a plan. Pure: time and version are passed in. */
export function buildReportModel(plan: PlanResult, opts: ReportOptions): ReportModel {
  const names = priceNames(plan);
  const catalog = opts.live === false ? null : matchingCatalog(plan, opts.catalog ?? bundledCatalog());
  const prices = catalog ? unitPriceRows(plan, catalog, names, plan.instanceTypes) : [];
  const assumptions = buildAssumptions(plan, prices);
  const baseEnv = assumptionEnv(assumptions);
  const helpers: HelperCell[] = [];
  // The workload's figures: formulas from their declarations, values the planner's (every later
  // formula reads these cells, so the cached values follow the planner's numbers).
  const derived: DerivedRow[] = demandCells(plan.workload.streams.length, plan.demand).map((c, i) => {
    // Helper names kept short (`demand<N>_part<K>`): a MAX over 200 streams fits only when each
    // part's name is shorter than the part.
    const fitted = fitWithHelpers(c.expr, `demand${i + 1}`, baseEnv, helpers, `Assumptions: ${c.label}`);
    const value = c.value ?? evaluate(fitted, baseEnv);
    baseEnv.set(c.name, value);
    return { name: c.name, label: c.label, unit: c.unit, format: c.format, formula: render(fitted), value };
  });
  const instances = catalog ? instanceSheet(plan) : null;
  const liveEnv = new Map([...baseEnv, ...(instances ? instanceEnv(instances) : [])]);
  const options = plan.options.map((o) => {
    const sheet = optionSheet(plan, o, names, baseEnv, helpers);
    sheet.live = catalog
      ? liveOption(plan, o, catalog, prices, liveEnv, optionKey(o.option), brokersName(o.option))
      : null;
    return sheet;
  });
  return {
    instances: options.some((o) => o.live) ? instances : null,
    meta: {
      title: `Amazon MSK cost plan, ${plan.region}`,
      region: plan.region,
      hours: plan.hours,
      catalog: plan.catalog,
      generatedAt: opts.generatedAt,
      version: opts.version,
      recommended: plan.recommended,
      recommendation: recommendation(plan, options),
    },
    assumptions,
    derived,
    options,
    tables: opts.tables ?? [],
    helpers,
  };
}

function optionSheet(
  plan: PlanResult,
  o: OptionResult,
  names: ReadonlyMap<string, string>,
  baseEnv: ReadonlyMap<string, number>,
  helpers: HelperCell[],
): OptionSheet {
  const key = optionKey(o.option);
  const env = new Map(baseEnv);
  const config: ConfigRow[] = [];
  const configNames = new Map<string, string>();
  for (const [k, v] of Object.entries(o.configuration ?? {})) {
    const label = configLabel(k);
    if (typeof v === "number" && Number.isFinite(v)) {
      // The broker count (Serverless: its cluster count) carries the public name brokers_<option>.
      const name =
        k === BROKER_KEYS[o.option] ? brokersName(o.option) : `${key}_${k.replace(/[^A-Za-z0-9]/g, "_")}`;
      configNames.set(k, name);
      env.set(name, v);
      config.push({ key: k, label, name, value: v, format: configFormat(k) });
    } else {
      config.push({ key: k, label, name: null, value: v, format: "text" });
    }
  }
  const inputs = sheetInputs(o, (field) => configNames.get(field));
  const lines: LineRow[] = o.feasible
    ? o.lineItems.map((li, j) => {
        const quantityName = `${key}_q${j + 1}`;
        // The calculator's own declaration over the sheet's cells; kept only if it reproduces the
        // calculator's quantity (inputs shown in other units may differ in the last bits).
        const formula = quantityFormula(li.dimension, inputs);
        const whole = formula && close(evaluate(formula, env), li.quantity) ? formula : null;
        const title = optionName(o.option);
        const quantityExpr =
          whole && fitWithHelpers(whole, quantityName, env, helpers, `${title}: quantity of ${li.component}`);
        // Evaluated as the cell holds it, so the cached value is what a spreadsheet recalculates.
        const quantity = quantityExpr ? evaluate(quantityExpr, env) : li.quantity;
        env.set(quantityName, quantity);
        const priceName = priceNameOf(names, li.dimension, li.unitPriceUsd);
        const costExpr = mul(ref(quantityName), ref(priceName));
        return {
          component: li.component,
          dimension: li.dimension,
          unit: li.unit,
          quantityName,
          quantityExpr,
          quantityFormula: whole ? render(whole) : null,
          quantity,
          priceName,
          unitPriceUsd: li.unitPriceUsd,
          costExpr,
          costUsd: evaluate(costExpr, env),
          source: li.source,
          sourceUrl: li.sourceUrl,
        };
      })
    : [];
  const totalUsd = o.feasible && o.priced !== "none" ? lines.reduce((s, l) => s + l.costUsd, 0) : null;
  const monthlyUsd = totalUsd === null ? null : (totalUsd * HOURS_PER_MONTH) / plan.hours;
  return {
    id: o.option,
    family: o.family,
    sheetName: optionName(o.option),
    title: `${optionName(o.option)}${o.family === "msk" ? " (Amazon MSK)" : " (alternative to MSK)"}`,
    feasible: o.feasible,
    recommended: plan.recommended === o.option,
    binding: o.binding,
    bindingLabel: o.binding === null ? null : resourceLabel(o.binding),
    reasons: o.reasons,
    notes: o.notes,
    priced: o.priced,
    missingPrices: o.missingPrices,
    config,
    lines,
    totalName: o.feasible && o.priced !== "none" ? totalName(o.option) : null,
    totalUsd,
    monthlyUsd,
    annualUsd: monthlyUsd === null ? null : monthlyUsd * MONTHS_PER_YEAR,
    utilisation: Object.entries(o.utilisation),
    live: null,
    order: OPTION_ORDER.indexOf(o.option),
  };
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= SAME * Math.max(1, Math.abs(b));
}

function configFormat(key: string): ValueFormat {
  if (/GiB$/.test(key)) return "gib";
  if (/MiBps$/.test(key)) return "mibps";
  if (/Usd$/i.test(key)) return "usd";
  if (/(brokers|partitions|count|shards|instances|azs|perAz|clusters|factor)$/i.test(key)) return "int";
  return "number";
}

function recommendation(plan: PlanResult, options: OptionSheet[]): string {
  const complete = options
    .filter((o) => o.feasible && o.priced === "complete" && o.monthlyUsd !== null)
    .sort((a, b) => (a.monthlyUsd as number) - (b.monthlyUsd as number));
  const best = options.find((o) => o.id === plan.recommended);
  if (!best || best.monthlyUsd === null) {
    if (plan.pricesNeeded) return `No recommendation: ${plan.pricesNeeded.message}.`;
    return "No option is feasible for this workload: each option's sheet says why.";
  }
  const next = complete.find((o) => o.id !== best.id);
  let text = `${best.sheetName}: the cheapest feasible option at ${formatUsd(best.monthlyUsd)}/month`;
  if (next && next.monthlyUsd !== null) {
    const saving = next.monthlyUsd - best.monthlyUsd;
    const pct = next.monthlyUsd > 0 ? (saving / next.monthlyUsd) * 100 : 0;
    text += `, ${formatUsd(saving)}/month (${pct.toFixed(1)}%) below ${next.sheetName}`;
  }
  if (best.bindingLabel) text += `; its size is set by ${best.bindingLabel}`;
  const partial = options.filter((o) => o.feasible && o.priced !== "complete").map((o) => o.sheetName);
  if (partial.length) text += `; not compared: ${partial.join(", ")} (not completely priced)`;
  return `${text}.`;
}
