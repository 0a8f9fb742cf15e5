/**
 * What the live option sheets need from outside the plan: every unit price an MSK option may use
 * (from the catalog the plan was priced with, an empty input cell where it has none), the
 * candidate instance types with their capabilities (the Instance types sheet), and the line-item
 * wording of the pricing calculators.
 */

import { HOURS_PER_MONTH } from "../model/conventions.js";
import { type ExpressCapacity, expressCapacities } from "../model/sizing/express.js";
import { type StandardCapacity, standardCapacities } from "../model/sizing/standard.js";
import { citeInWords } from "../model/sources.js";
import type { SizingModel } from "../model/workload.js";
import type { PlanResult } from "../plan/types.js";
import { BILLED_QUANTITIES } from "../pricing/billed-quantities.js";
import { describeProvenance, lookupUsdPrice } from "../pricing/catalog.js";
import type { Catalog } from "../pricing/catalog-schema.js";
import type { ClusterConfig } from "../pricing/configuration.js";
import { DIMENSIONS, type DimensionId, dimensionName } from "../pricing/dimensions.js";
import { priceConfiguration } from "../pricing/price-configuration.js";
import type { Expr } from "./expr.js";
import { cmp, iff, isNumber, num, ref } from "./expr.js";
import { type LiveLine, orMissing, type TextCell } from "./live.js";
import { type QuantityInputs, quantityFormula, workloadInputs } from "./quantities.js";

/** One unit price an option may use: its cell's name and value (null: the catalog has none). */
export interface UnitPriceRow {
  dimension: string;
  name: string;
  usd: number | null;
  label: string;
  unit: string;
  source: string;
  sourceUrl: string | null;
}

export interface LiveContext {
  /** Option id as a name fragment (`standard_tiered`). */
  key: string;
  brokersName: string;
  streams: number;
  sizingModel: SizingModel;
  standardTypes: StandardCapacity[];
  expressTypes: ExpressCapacity[];
  /** Name of a dimension's price cell. */
  priceName(dimension: string): string;
  /** Wording of a line item: component, unit, source (from the pricing calculators). */
  template(dimension: string): { component: string; unit: string; source: string; sourceUrl: string | null };
}

/** Names of an instance type's capability cells on the Instance types sheet: `kafka_m5_large_network_Gbps`. */
export const CAP =
  (type: string) =>
  (field: string): string =>
    `${type.replace(/[^A-Za-z0-9]/g, "_")}_${field}`;

/** A line item whose price is a plain price cell (missing: empty, so `priced` is 0). */
export function lineOf(
  ctx: LiveContext,
  dimension: string,
  l: { quantity: Expr; exists: Expr; component?: TextCell; price?: Expr; priced?: Expr },
): LiveLine {
  const t = ctx.template(dimension);
  const p = dimension === "broker" ? "" : ctx.priceName(dimension);
  return {
    dimension,
    component: l.component ?? t.component,
    unit: t.unit,
    quantity: l.quantity,
    price: l.price ?? orMissing(ref(p)),
    priced: l.priced ?? iff(isNumber(ref(p)), num(1), num(0)),
    exists: l.exists,
    source: t.source,
    sourceUrl: t.sourceUrl,
  };
}

/**
 * Lines whose quantity is the workload's (src/report/quantities.ts), billed when non-zero (the
 * calculators add them only then), or always (`always`: a line the calculator always writes).
 */
export function pricedLines(ctx: LiveContext, dimensions: readonly string[], always = false): LiveLine[] {
  return dimensions.map((d) => {
    const q = declaredQuantity(d);
    return lineOf(ctx, d, { quantity: q, exists: always ? num(1) : cmp(">", q, num(0)) });
  });
}

/**
 * The quantity of `dimension` as the calculator declares it (src/pricing/billed-quantities.ts),
 * over the workload and the live sheet's own cells `sized` (brokers, storage per broker, PST).
 */
export function declaredQuantity(dimension: string, sized: QuantityInputs = {}): Expr {
  const q = quantityFormula(dimension, { ...workloadInputs(), ...sized });
  if (!q) throw new Error(`report: no quantity formula for ${dimension}`);
  return q;
}

/** The dimensions each live option may bill (besides broker-hours). */
const OPTION_DIMENSIONS: Record<string, DimensionId[]> = {
  standard: ["storage", "pst", "crossAz"],
  "standard-tiered": ["storage", "pst", "tieredStorage", "tieredRetrieval", "crossAz"],
  express: ["expressDataWritten", "expressStorage", "crossAz"],
  serverless: [
    "serverlessCluster",
    "serverlessPartition",
    "serverlessDataIn",
    "serverlessDataOut",
    "serverlessStorage",
  ],
};

const UNIT_WORDS: Record<string, string> = {
  "GB-Mo": "GB-months",
  "MiBps-Mo": "MiB/s-months",
  hours: "hours",
  GB: "GB",
};

/**
 * Every unit price the live options may use, in a stable order: the plan's own price names
 * (`price_storage`, `price_broker_kafka_m5_large`) for the dimensions it priced, then the others.
 */
export function unitPriceRows(
  plan: PlanResult,
  catalog: Catalog,
  planNames: ReadonlyMap<string, string>,
  types: readonly string[],
): UnitPriceRow[] {
  const dims = new Set<string>();
  // An option without price dimensions here (an alternative) adds none.
  for (const o of plan.options) for (const d of OPTION_DIMENSIONS[o.option] ?? []) dims.add(d);
  for (const t of types) dims.add(`broker:${t}`);
  const used = new Set(planNames.values());
  const out: UnitPriceRow[] = [];
  for (const d of dims) {
    const found = lookupUsdPrice(catalog, plan.region, d as DimensionId);
    const usd = found.price ? found.price.amount : null;
    const existing = usd === null ? undefined : planNames.get(`${d}|${usd}`);
    let name = existing ?? `price_${d.replace(/[^A-Za-z0-9]/g, "_")}`;
    if (!existing)
      for (let k = 2; used.has(name); k++) name = `price_${d.replace(/[^A-Za-z0-9]/g, "_")}_${k}`;
    used.add(name);
    const prov = found.price ? describeProvenance(catalog, found.price) : null;
    const fixed = DIMENSIONS[d as keyof typeof DIMENSIONS];
    out.push({
      dimension: d,
      name,
      usd,
      label: fixed ? fixed.label : `Broker-hour, ${d.slice(7)}`,
      unit: fixed
        ? `USD per ${(UNIT_WORDS[fixed.unit] ?? fixed.unit).replace(/s$/, "")}`
        : "USD per broker-hour",
      source: prov ? prov.source : `missing: ${found.missing}`,
      sourceUrl: prov ? prov.sourceUrl : null,
    });
  }
  return out;
}

/** A configuration per option that makes the calculator write every line it can (quantities of 1). */
function fullConfig(option: string, region: string, type: string | undefined): ClusterConfig | null {
  if (option === "serverless")
    return { kind: "serverless", region, partitions: 1, dataInBytes: 1, dataOutBytes: 1, storedBytes: 1 };
  if (!type) return null;
  if (option === "express")
    return {
      kind: "express",
      region,
      instanceType: type,
      brokers: 3,
      dataWrittenBytes: 1,
      storedBytes: 1,
      crossAzBytes: 1,
    };
  return {
    kind: "standard",
    region,
    instanceType: type,
    brokers: 3,
    storagePerBrokerBytes: 2 ** 40,
    crossAzBytes: 1,
    ...(option === "standard-tiered" ? { tieredStoredBytes: 1, tieredRetrievedBytes: 1 } : {}),
  };
}

/** Line wording per dimension for one option, from the pricing calculators (missing prices: the dimension's name). */
export function templates(
  option: string,
  plan: PlanResult,
  catalog: Catalog,
  type: string | undefined,
): LiveContext["template"] {
  const config = fullConfig(option, plan.region, type);
  const out = new Map<
    string,
    { component: string; unit: string; source: string; sourceUrl: string | null }
  >();
  if (config) {
    const r = priceConfiguration(config, catalog, { hours: HOURS_PER_MONTH });
    for (const l of r.lineItems)
      out.set(l.dimension.startsWith("broker:") ? "broker" : l.dimension, {
        component: l.component,
        unit: l.unit,
        source: l.source,
        sourceUrl: l.sourceUrl,
      });
    for (const m of r.missingPrices)
      if (!m.dimension.startsWith("broker:"))
        out.set(m.dimension, {
          component: m.name.charAt(0).toUpperCase() + m.name.slice(1),
          unit: unitOf(m.dimension),
          source: `missing: ${m.reason}`,
          sourceUrl: null,
        });
  }
  // PST: its declared wording (the calculator writes the line only with PST set).
  out.set("pst", {
    component: BILLED_QUANTITIES.pst.component,
    unit: BILLED_QUANTITIES.pst.unit,
    source: out.get("storage")?.source ?? "",
    sourceUrl: out.get("storage")?.sourceUrl ?? null,
  });
  // The plan's own lines win (the chosen type's broker-hour source).
  for (const o of plan.options)
    if (o.option === option)
      for (const l of o.lineItems)
        out.set(l.dimension.startsWith("broker:") ? "broker" : l.dimension, {
          component: l.component,
          unit: l.unit,
          source: l.source,
          sourceUrl: l.sourceUrl,
        });
  return (d) => {
    const t = out.get(d);
    if (t) return t;
    if (d === "broker")
      return {
        component: "Broker instances",
        unit: "broker-hours",
        source: "missing: no broker-hour price",
        sourceUrl: null,
      };
    return { component: dimensionName(d as DimensionId), unit: unitOf(d), source: "", sourceUrl: null };
  };
}

function unitOf(d: string): string {
  const fixed = DIMENSIONS[d as keyof typeof DIMENSIONS];
  return fixed ? (UNIT_WORDS[fixed.unit] ?? fixed.unit) : "units";
}

/** Candidate types of the plan: Standard and Express capacity rows in table order. */
export function candidateTypes(plan: PlanResult): {
  standard: StandardCapacity[];
  express: ExpressCapacity[];
} {
  const allowed = new Set(plan.instanceTypes);
  return {
    standard: standardCapacities().filter((c) => allowed.has(c.name)),
    express: expressCapacities().filter((c) => allowed.has(c.name)),
  };
}

/** Sources of the Instance types sheet, in words (the project's sources table). */
export const CAPABILITY_SOURCES = {
  standard: `network and EBS baselines: ${citeInWords("ec2-general-purpose-instances")}, ${citeInWords("ec2-ebs-optimized")}; partitions per broker: ${citeInWords("msk-standard-best-practices")}; storage and brokers per cluster, connections: ${citeInWords("msk-quotas")}; PST: ${citeInWords("msk-storage-throughput-management")}`,
  express: `throughput and partitions per broker, brokers per cluster, connections: ${citeInWords("msk-quotas")}`,
  serverless: `per-cluster quotas: ${citeInWords("msk-quotas")}`,
};
