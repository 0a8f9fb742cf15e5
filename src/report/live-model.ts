/**
 * The live part of the report model: the Instance types sheet (capabilities and quotas as named
 * cells), every unit price an MSK option may use, and per MSK option its live sizing evaluated
 * here for the cached values. A live sheet is used only when its evaluation reproduces the
 * planner's result exactly (feasibility, configuration, every line item, the total): otherwise
 * the option keeps the planner's configuration as values, labelled "fixed by the planner".
 */
import { BYTES_PER_MB } from "../model/conventions.js";
import { DEFAULT_VOLUME_THROUGHPUT_MIB_PER_SEC } from "../model/instances.js";
import { CLUSTER_QUOTAS, SERVERLESS_QUOTAS } from "../model/quotas.js";
import { SERVERLESS_QUOTA_RULES } from "../model/sizing/rules.js";
import { MSK_OPTIONS, type OptionResult, type PlanResult } from "../plan/types.js";
import { lookupUsdPrice } from "../pricing/catalog.js";
import type { Catalog } from "../pricing/catalog-schema.js";
import type { DimensionId } from "../pricing/dimensions.js";
import type { ValueFormat } from "./assumptions.js";
import { and, cmp, type Env, type Expr, evaluate, iff, mul, num, ref } from "./expr.js";
import { isLiveCell, isTextCell, type LiveSizing, type TextCell } from "./live.js";
import {
  CAP,
  CAPABILITY_SOURCES,
  candidateTypes,
  type LiveContext,
  templates,
  type UnitPriceRow,
} from "./live-context.js";
import { liveExpress } from "./live-express.js";
import { liveServerless, SERVERLESS_QUOTA_CELLS } from "./live-serverless.js";
import { liveStandard } from "./live-standard.js";

/** One named cell of the Instance types sheet. */
export interface CapabilityCell {
  name: string;
  value: number;
  format: ValueFormat;
}

export interface InstanceSheet {
  standard: { type: string; cells: CapabilityCell[] }[];
  standardHeader: string[];
  express: { type: string; cells: CapabilityCell[] }[];
  expressHeader: string[];
  quotas: { label: string; unit: string; cell: CapabilityCell; source: string }[];
  conventions: { label: string; cell: CapabilityCell; source: string }[];
  sources: { standard: string; express: string; serverless: string };
}

/** A live line as written: its cells' names and cached values. */
export interface LiveLineRow {
  component: string | TextCell;
  dimension: string;
  unit: string;
  quantity: { name: string; expr: Expr };
  price: { name: string; expr: Expr };
  cost: { name: string; expr: Expr };
  source: string;
  sourceUrl: string | null;
}

export interface LiveView {
  sizing: LiveSizing;
  lines: LiveLineRow[];
  /** Named cells: count of billed lines without a price, and of billed lines with one. */
  missingName: string;
  pricedName: string;
  /** Every name's cached value (evaluation environment after the sheet). */
  env: Map<string, number>;
}

const STD_COLUMNS: [
  string,
  string,
  ValueFormat,
  (c: ReturnType<typeof candidateTypes>["standard"][number]) => number,
][] = [
  ["network_Gbps", "Network baseline (Gbps)", "number", (c) => c.spec.networkBaselineGbps],
  ["ebs_MBps", "EBS baseline (MB/s)", "number", (c) => c.spec.ebsBaselineMBps],
  ["pst_min_MiBps", "PST minimum (MiB/s)", "number", (c) => c.pstMinMiBps],
  ["pst_max_MiBps", "PST maximum (MiB/s; 0 = no PST)", "number", (c) => c.pstMaxMiBps],
  ["partitions_recommended", "Partitions per broker, recommended", "int", (c) => c.recommendedPartitions],
  ["partitions_max", "Partitions per broker, maximum", "int", (c) => c.maxPartitions],
  ["storage_min_GiB", "Storage per broker, minimum (GiB)", "int", (c) => c.storageMinGiB],
  ["storage_max_GiB", "Storage per broker, maximum (GiB)", "int", (c) => c.spec.storageMaxGiB],
  ["max_brokers", "Brokers per cluster, maximum", "int", (c) => c.maxBrokers],
  ["connections_max", "Connections per broker", "int", () => CLUSTER_QUOTAS.maxConnectionsPerBroker],
  ["tiered", "Tiered storage (1 = yes)", "flag", (c) => (c.tieredStorage ? 1 : 0)],
];

const EXP_COLUMNS: [
  string,
  string,
  ValueFormat,
  (c: ReturnType<typeof candidateTypes>["express"][number]) => number,
][] = [
  ["ingress_MBps", "Sustained ingress (MB/s)", "number", (c) => c.spec.sustainedIngressMBps],
  ["egress_MBps", "Sustained egress (MB/s)", "number", (c) => c.spec.sustainedEgressMBps],
  ["partitions_recommended", "Partitions per broker, recommended", "int", (c) => c.recommendedPartitions],
  ["partitions_max", "Partitions per broker, maximum", "int", (c) => c.maxPartitions],
  ["max_brokers", "Brokers per cluster, maximum", "int", (c) => c.maxBrokers],
  ["connections_max", "Connections per broker", "int", () => CLUSTER_QUOTAS.maxConnectionsPerBroker],
];

export function instanceSheet(plan: PlanResult): InstanceSheet {
  const types = candidateTypes(plan);
  return {
    standardHeader: STD_COLUMNS.map((c) => c[1]),
    standard: types.standard.map((t) => ({
      type: t.name,
      cells: STD_COLUMNS.map(([f, , format, get]) => ({ name: CAP(t.name)(f), value: get(t), format })),
    })),
    expressHeader: EXP_COLUMNS.map((c) => c[1]),
    express: types.express.map((t) => ({
      type: t.name,
      cells: EXP_COLUMNS.map(([f, , format, get]) => ({ name: CAP(t.name)(f), value: get(t), format })),
    })),
    quotas: SERVERLESS_QUOTA_RULES.map(({ quota }) => {
      const [name, label, unit] = SERVERLESS_QUOTA_CELLS[quota];
      return {
        label: `Serverless: ${label}`,
        unit,
        // Counts (partitions, connections, groups) as whole numbers; rates and sizes with decimals.
        cell: {
          name,
          value: SERVERLESS_QUOTAS[quota],
          format: (/MB|MiB/.test(unit) ? "number" : "int") as ValueFormat,
        },
        source: CAPABILITY_SOURCES.serverless,
      };
    }),
    conventions: [
      {
        label: "Bytes per second per Gbps (network baselines are published in Gbps)",
        cell: { name: "bytes_per_s_per_gbps", value: 125e6, format: "int" },
        source: "definition (10^9 bits per second ÷ 8)",
      },
      {
        label: "Bytes per MB (EBS baselines and Express rates are published in MB/s)",
        cell: { name: "bytes_per_mb", value: BYTES_PER_MB, format: "int" },
        source: "definition (10^6 bytes)",
      },
      {
        label: "Volume throughput without PST (MiB/s)",
        cell: { name: "default_volume_MiBps", value: DEFAULT_VOLUME_THROUGHPUT_MIB_PER_SEC, format: "int" },
        source: CAPABILITY_SOURCES.standard.split("; ").at(-1) as string,
      },
    ],
    sources: CAPABILITY_SOURCES,
  };
}

/** Name → value of every Instance types cell. */
export function instanceEnv(s: InstanceSheet): Map<string, number> {
  const env = new Map<string, number>();
  for (const r of [...s.standard, ...s.express]) for (const c of r.cells) env.set(c.name, c.value);
  for (const q of s.quotas) env.set(q.cell.name, q.cell.value);
  for (const c of s.conventions) env.set(c.cell.name, c.cell.value);
  return env;
}

/** The options that have a live sheet: the MSK ones. */
const LIVE: readonly string[] = MSK_OPTIONS;

/**
 * The catalog the plan was priced with, if `catalog` is it: every MSK option line item's unit price must be
 * the catalog's (a live sheet chooses between types by their catalog prices).
 */
export function matchingCatalog(plan: PlanResult, catalog: Catalog | undefined): Catalog | null {
  if (!catalog) return null;
  // Only the MSK options size live; an alternative's lines are priced from its own tables, which
  // the MSK catalog does not hold (checking them would turn live sizing off for every plan that
  // compares alternatives).
  for (const o of plan.options) {
    if (!LIVE.includes(o.option)) continue;
    for (const l of o.lineItems) {
      const found = lookupUsdPrice(catalog, plan.region, l.dimension as DimensionId);
      if (!found.price || found.price.amount !== l.unitPriceUsd) return null;
    }
  }
  return catalog;
}

/** Build and evaluate one option's live sheet; null when it does not reproduce the plan. */
export function liveOption(
  plan: PlanResult,
  o: OptionResult,
  catalog: Catalog,
  prices: readonly UnitPriceRow[],
  baseEnv: ReadonlyMap<string, number>,
  key: string,
  brokersName: string,
): LiveView | null {
  if (!LIVE.includes(o.option)) return null;
  const types = candidateTypes(plan);
  const byDim = new Map(prices.map((p) => [p.dimension, p.name]));
  const chosenType = (o.configuration as { instanceType?: string } | null)?.instanceType;
  const ctx: LiveContext = {
    key,
    brokersName,
    streams: plan.workload.streams.length,
    sizingModel: plan.workload.sizingModel,
    standardTypes: types.standard,
    expressTypes: types.express,
    priceName: (d) => {
      const n = byDim.get(d);
      if (!n) throw new Error(`report: no price cell for ${d}`);
      return n;
    },
    template: templates(o.option, plan, catalog, chosenType ?? wordingType(o.option, types)),
  };
  const sizing =
    o.option === "standard"
      ? liveStandard(ctx, false)
      : o.option === "standard-tiered"
        ? liveStandard(ctx, true)
        : o.option === "express"
          ? liveExpress(ctx)
          : liveServerless(ctx);
  if (!sizing) return null;
  // Cells are evaluated on first use (a table may read a table written below it).
  const pending = new Map<string, Expr>();
  for (const t of sizing.tables)
    for (const row of t.rows) for (const c of row.cells) if (isLiveCell(c)) pending.set(c.name, c.expr);
  for (const c of sizing.config) if (isLiveCell(c.entry)) pending.set(c.entry.name, c.entry.expr);
  const env = new LazyEnv(baseEnv, pending);
  const run = (name: string, e: Expr) => env.set(name, evaluate(e, env));
  for (const name of pending.keys()) env.get(name);
  const feasible = ref(sizing.feasible);
  const lines: LiveLineRow[] = sizing.lines.map((l, j) => {
    const q = `${key}_q${j + 1}`;
    const p = `${key}_p${j + 1}`;
    const c = `${key}_cost${j + 1}`;
    const billed = and(cmp("=", feasible, num(1)), l.exists, l.priced);
    const row: LiveLineRow = {
      component: l.component,
      dimension: l.dimension,
      unit: l.unit,
      quantity: { name: q, expr: l.quantity },
      price: { name: p, expr: l.price },
      cost: { name: c, expr: iff(billed, mul(ref(q), ref(p)), num(0)) },
      source: l.source,
      sourceUrl: l.sourceUrl,
    };
    run(q, row.quantity.expr);
    run(p, row.price.expr);
    run(c, row.cost.expr);
    return row;
  });
  const count = (priced: number) =>
    lines
      .map((_x, j) => {
        const l = sizing.lines[j] as (typeof sizing.lines)[number];
        return iff(
          and(cmp("=", feasible, num(1)), l.exists, cmp("=", l.priced, num(priced))),
          num(1),
          num(0),
        );
      })
      .reduce((a, b) => ({ kind: "add", terms: [a, b] }) as Expr);
  const missingName = `${key}_missing_prices`;
  const pricedName = `${key}_priced_lines`;
  sizing.config.push(
    {
      key: "missing",
      label: "Billed lines without a price (0 = completely priced)",
      entry: { name: missingName, expr: count(0), format: "int" },
    },
    {
      key: "priced",
      label: "Billed lines with a price",
      entry: { name: pricedName, expr: count(1), format: "int" },
    },
  );
  run(missingName, count(0));
  run(pricedName, count(1));
  const view: LiveView = { sizing, lines, missingName, pricedName, env };
  return reproduces(o, view, brokersName) ? view : null;
}

/** An environment that evaluates a pending cell the first time a formula reads it. */
class LazyEnv extends Map<string, number> {
  constructor(
    base: ReadonlyMap<string, number>,
    private readonly pending: Map<string, Expr>,
  ) {
    super(base);
  }
  override get(name: string): number | undefined {
    const have = super.get(name);
    if (have !== undefined) return have;
    const e = this.pending.get(name);
    if (!e) return undefined;
    this.pending.delete(name);
    const v = evaluate(e, this);
    this.set(name, v);
    return v;
  }
}

/**
 * The type whose price lines word a sheet without a chosen configuration (an infeasible option):
 * Express's first; for Standard the first with PST (so the PST line has wording), and for the
 * tiered option only among types with tiered storage — t3.small has none, and pricing a tiered
 * configuration on it is an error, not wording. None: the lines keep their dimensions' names.
 */
function wordingType(option: string, types: ReturnType<typeof candidateTypes>): string | undefined {
  if (option === "express") return types.express[0]?.name;
  const usable =
    option === "standard-tiered" ? types.standard.filter((t) => t.tieredStorage) : types.standard;
  return (usable.find((t) => t.pstMaxMiBps > 0) ?? usable[0])?.name;
}

const SAME = 1e-9;
const close = (a: number, b: number) => Math.abs(a - b) <= SAME * Math.max(1, Math.abs(b));

/** Whether the evaluated live sheet is the planner's result: feasibility, configuration, lines, total. */
function reproduces(o: OptionResult, v: LiveView, brokersName: string): boolean {
  const env = v.env as Env;
  const feasible = env.get(v.sizing.feasible) === 1;
  if (feasible !== o.feasible) return false;
  if (!o.feasible) return true;
  const cfg = (o.configuration ?? {}) as unknown as Record<string, unknown>;
  const brokers = (cfg.brokers ?? cfg.clusters) as number;
  if (env.get(brokersName) !== brokers) return false;
  for (const c of v.sizing.config) {
    if (isTextCell(c.entry)) {
      if (c.key in cfg && c.entry.value(env) !== cfg[c.key]) return false;
    } else if (c.key in cfg && typeof cfg[c.key] === "number") {
      if (!close(env.get(c.entry.name) as number, cfg[c.key] as number)) return false;
    } else if (c.key === "provisionedThroughputMiBps" && cfg[c.key] === null) {
      if (env.get(c.entry.name) !== 0) return false;
    }
  }
  // Every billed, priced live line is a plan line item with the same quantity, and no other.
  const billed = v.lines.filter((l) => (env.get(l.cost.name) ?? 0) !== 0 || isBilled(v, l));
  const planLines = o.lineItems.map((l) => ({
    dim: l.dimension.startsWith("broker:") ? "broker" : l.dimension,
    l,
  }));
  if (billed.length !== planLines.length) return false;
  for (const { dim, l } of planLines) {
    const x = billed.find((b) => b.dimension === dim);
    if (!x || !close(env.get(x.quantity.name) as number, l.quantity)) return false;
  }
  if ((env.get(v.missingName) ?? -1) !== o.missingPrices.length) return false;
  const total = v.lines.reduce((t, l) => t + (env.get(l.cost.name) ?? 0), 0);
  return o.monthlyUsd === null ? o.priced === "none" : close(total, o.monthlyUsd);
}

function isBilled(v: LiveView, l: LiveLineRow): boolean {
  const j = v.lines.indexOf(l);
  const s = v.sizing.lines[j];
  return !!s && evaluate(and(s.exists, s.priced), v.env) !== 0;
}
