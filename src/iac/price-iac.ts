/**
 * Price what IaC deploys: every resource of every document, by the existing calculators
 * (priceConfiguration, priceAddOnConfiguration), with the same line items as `price`. Free and
 * unrecognised resources are listed with no lines; a resource whose required value could not be
 * resolved is listed as not priced; usage-based dimensions without usage are listed as missing,
 * and a total with anything missing is a lower bound (`priced: "partial"`). Pure.
 */
import { InputError } from "../model/errors.js";
import type { Catalog } from "../pricing/catalog-schema.js";
import type { AddOns, ClusterConfig, PriceResult } from "../pricing/configuration.js";
import { DEFAULT_REGION } from "../pricing/configuration-file.js";
import type { DimensionId } from "../pricing/dimensions.js";
import type { LineItem } from "../pricing/line-item.js";
import { totalUsd } from "../pricing/line-item.js";
import {
  type PriceOptions,
  priceAddOnConfiguration,
  priceConfiguration,
} from "../pricing/price-configuration.js";
import {
  type Mapped,
  type MissingPrice,
  mapCluster,
  mapConnector,
  mapReplicator,
  mapServerless,
  mapVpcConnection,
} from "./map-config.js";
import { type Recommendation, recommendIac } from "./recommend.js";
import { attributeOfField } from "./resources.js";
import type {
  IacDocument,
  IacFormat,
  IacResource,
  MskClusterResource,
  StorageAutoscalingResource,
  UnresolvedValue,
} from "./types.js";
import { NO_USAGE, type Usage, usageFromWorkload, usageOf } from "./usage.js";

export type PricedStatus = "complete" | "partial" | "none";

/** Broker storage autoscaling of a cluster: storage per broker and the cluster's cost at each. */
export interface StorageRange {
  /** The autoscaling target's address. */
  target: string;
  perBrokerGiB: { minimum: number; configured: number; maximum: number };
  totalUsd: { minimum: number; configured: number; maximum: number };
}

/**
 * One priced resource of an IaC source: its address and type, line items, total and how completely
 * it is priced.
 */
export interface IacResourcePrice {
  address: string;
  type: string;
  file: string;
  kind: IacResource["kind"];
  /** complete: every line priced; partial: some lines missing (total is a lower bound); none: not priced. */
  priced: PricedStatus;
  /** What was priced, in canonical units (the `price` configuration), when anything was. */
  configuration?: ClusterConfig | AddOns;
  lineItems: LineItem[];
  missingPrices: MissingPrice[];
  /** Sum of the line items over the period (a lower bound when partial). */
  totalUsd: number;
  storageAutoscaling?: StorageRange;
  /** What the resource is, in words, when it is not priced (free, unknown, unresolved) or needs saying. */
  notes: string[];
}

/**
 * Result of {@link priceIac}: every resource's line items and total, what could not be resolved,
 * and the grand total.
 */
export interface IacPriceResult {
  region: string;
  hours: number;
  catalog: { source: string; date: string };
  sources: { file: string; format: IacFormat }[];
  resources: IacResourcePrice[];
  /** Every value that could not be resolved, including ones pricing did not need. */
  unresolved: UnresolvedValue[];
  totalUsd: number;
  priced: PricedStatus;
  /** With `recommend`: each cluster with a workload against the cheapest feasible option. */
  recommendations?: Recommendation[];
}

/**
 * Options of {@link priceIac}: the billing period, region, usage per resource, and whether to
 * recommend a cheaper option per cluster.
 */
export interface IacPriceOptions extends PriceOptions {
  /** Region to price in; default the region the source states, else us-east-1. */
  region?: string;
  usage?: Usage;
  /** Plan each cluster's workload (from the usage) and compare: see recommend.ts. */
  recommend?: boolean;
}

/**
 * Re-throw a calculator's InputError under the file and address it came from, with the `price`
 * field it names replaced by the attribute as the source writes it.
 */
function named<T>(r: { file: string; address: string; type: string }, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    const attribute = attributeOfField(e.path, r.type);
    const message = attribute ? `${attribute}: ${e.problems[0]?.message ?? e.message}` : e.message;
    throw new InputError(`${r.file}: ${r.address}`, message, e.code);
  }
}

function priceMapped(m: Mapped, region: string, catalog: Catalog, options: PriceOptions): PriceResult {
  const result =
    m.kind === "cluster"
      ? priceConfiguration(m.config, catalog, options)
      : priceAddOnConfiguration(m.addOns, region, catalog, options);
  const missing = new Set(m.missing.map((x) => x.dimension));
  const lineItems = result.lineItems.filter((l) => !missing.has(l.dimension as never));
  return { ...result, lineItems, totalUsd: totalUsd(lineItems) };
}

const status = (lines: number, missing: number): PricedStatus =>
  missing === 0 ? "complete" : lines > 0 ? "partial" : "none";

/** Price every resource of `docs`. Throws InputError naming file and address for bad values. */
export function priceIac(
  docs: readonly IacDocument[],
  catalog: Catalog,
  options: IacPriceOptions = {},
): IacPriceResult {
  const usage = options.usage ?? NO_USAGE;
  const period: PriceOptions = {
    ...(options.hours !== undefined ? { hours: options.hours } : {}),
    ...(options.hoursPerMonth !== undefined ? { hoursPerMonth: options.hoursPerMonth } : {}),
  };
  const hours = priceAddOnConfiguration({}, DEFAULT_REGION, catalog, period).hours;
  const resources: IacResourcePrice[] = [];
  for (const doc of docs) {
    const region = options.region ?? doc.region ?? DEFAULT_REGION;
    const scaling = doc.resources.filter(
      (r): r is StorageAutoscalingResource => r.kind === "storage-autoscaling",
    );
    for (const r of doc.resources) {
      const u = usageOf(usage, r.address, r.type);
      const values = u ? usageFromWorkload(u, hours) : {};
      resources.push(priceResource(r, region, values, scaling, doc, catalog, period));
    }
  }
  const missing = resources.filter(
    (r) => r.priced !== "complete" && r.kind !== "free" && r.kind !== "unknown",
  );
  const anyPriced = resources.some((r) => r.lineItems.length > 0);
  return {
    region: options.region ?? docs.find((d) => d.region)?.region ?? DEFAULT_REGION,
    hours,
    catalog: { source: catalog.source, date: catalog.date },
    sources: docs.map((d) => ({ file: d.file, format: d.format })),
    resources,
    unresolved: docs.flatMap((d) => d.unresolved),
    totalUsd: totalUsd(resources.flatMap((r) => r.lineItems)),
    priced: missing.length === 0 ? "complete" : anyPriced ? "partial" : "none",
    ...(options.recommend ? { recommendations: recommendIac(resources, usage, catalog, hours) } : {}),
  };
}

function priceResource(
  r: IacResource,
  region: string,
  values: Parameters<typeof mapCluster>[2],
  scaling: readonly StorageAutoscalingResource[],
  doc: IacDocument,
  catalog: Catalog,
  period: PriceOptions,
): IacResourcePrice {
  const base = { address: r.address, type: r.type, file: r.file, kind: r.kind };
  const unpriced = (notes: string[], priced: PricedStatus = "none"): IacResourcePrice => ({
    ...base,
    priced,
    lineItems: [],
    missingPrices: [],
    totalUsd: 0,
    notes,
  });
  let mapped: Mapped;
  switch (r.kind) {
    case "free":
      return unpriced([r.why], "complete");
    case "unknown":
      return unpriced(["not recognised: msk-planner does not price this resource type"]);
    case "unresolved":
      return unpriced(
        r.missing.map(
          (m) => `not priced: ${m.attribute} = ${m.expression} could not be resolved (${m.reason})`,
        ),
      );
    case "storage-autoscaling": {
      const target = clusterOf(r, doc);
      return unpriced(
        [
          `scales the broker storage of ${target?.address ?? "a cluster not in this source"} between ${r.minCapacityGiB} and ${r.maxCapacityGiB} GiB per broker: no charge of its own (the cluster's storage range shows the cost)`,
        ],
        "complete",
      );
    }
    case "msk-cluster":
      mapped = mapCluster(r, region, values);
      break;
    case "msk-serverless":
      mapped = mapServerless(r.address, region, values);
      break;
    case "connector":
      mapped = mapConnector(r);
      break;
    case "replicator":
      mapped = mapReplicator(r, values);
      break;
    case "vpc-connection":
      mapped = mapVpcConnection(r, values);
      break;
  }
  const result = named(r, () => priceMapped(mapped, region, catalog, period));
  const notes: string[] = [];
  if (r.kind === "connector" && "min" in r.workers)
    notes.push(
      `autoscaling between ${r.workers.min} and ${r.workers.max} workers × ${r.mcuPerWorker} MCU: priced at the minimum; at the maximum ${r.workers.max * r.mcuPerWorker} MCUs`,
    );
  if (r.kind === "vpc-connection") notes.push(`one authentication scheme (${r.authentication})`);
  const range =
    r.kind === "msk-cluster"
      ? storageRange(r, scaling, doc, region, values, result.totalUsd ?? 0, catalog, period)
      : undefined;
  return {
    ...base,
    // Missing usage (from the IaC mapping) and missing prices (from the catalog) alike leave the
    // total a lower bound.
    priced: status(result.lineItems.length, mapped.missing.length + result.missingPrices.length),
    configuration: mapped.kind === "cluster" ? mapped.config : mapped.addOns,
    lineItems: result.lineItems,
    missingPrices: [
      ...mapped.missing,
      ...result.missingPrices.map((m) => ({
        dimension: m.dimension as DimensionId,
        name: m.name,
        reason: m.reason,
      })),
    ],
    totalUsd: result.totalUsd ?? 0,
    ...(range ? { storageAutoscaling: range } : {}),
    notes,
  };
}

/** The cluster an autoscaling target scales: by reference, else by ARN. */
function clusterOf(t: StorageAutoscalingResource, doc: IacDocument): MskClusterResource | undefined {
  const target = t.target;
  if (!target) return undefined;
  return doc.resources.find(
    (c): c is MskClusterResource =>
      c.kind === "msk-cluster" && ("address" in target ? c.address === target.address : c.arn === target.arn),
  );
}

/**
 * A Standard cluster's cost with its broker storage at the autoscaling target's minimum, as
 * configured, and at its maximum. MSK never shrinks a volume, so the minimum is the larger of the
 * target's minimum and the configured size.
 */
function storageRange(
  c: MskClusterResource,
  scaling: readonly StorageAutoscalingResource[],
  doc: IacDocument,
  region: string,
  values: Parameters<typeof mapCluster>[2],
  configuredUsd: number,
  catalog: Catalog,
  period: PriceOptions,
): StorageRange | undefined {
  const t = scaling.find((s) => clusterOf(s, doc) === c);
  if (!t || c.volumeSizeGiB === undefined) return undefined;
  const configured = c.volumeSizeGiB;
  const minimum = Math.max(t.minCapacityGiB, configured);
  const maximum = Math.max(t.maxCapacityGiB, configured);
  const at = (gib: number) =>
    named(t, () => priceMapped(mapCluster(c, region, values, gib), region, catalog, period)).totalUsd ?? 0;
  return {
    target: t.address,
    perBrokerGiB: { minimum, configured, maximum },
    totalUsd: { minimum: at(minimum), configured: configuredUsd, maximum: at(maximum) },
  };
}
