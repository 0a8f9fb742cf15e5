/**
 * The Price List normaliser (pure): AmazonMSK Price List items — from GetProducts pages or from a
 * bulk offer file turned into items — become catalog regions with provenance.
 *
 * Recipe (docs/billing-rules.md "Recommended"): classify every item by its
 * `usagetype` suffix after the first `-` (region prefixes are never hard-coded), checked
 * against `operation` where the reference states it; `group` and `computeFamily` are ignored
 * (missing on some storage rows). Suffixes come from the one dimension table
 * (src/pricing/dimensions.ts `usageTypeSuffix`); broker-hours are `Kafka.<size>` / `Express.<size>`.
 *
 * Rules: a price is parsed once from its decimal string; more than one distinct price for a
 * dimension is an error, never a guess; an item that is not understood is returned in
 * `unrecognised` with the reason, never dropped silently; a price in another currency keeps it
 * (docs/billing-rules.md) and is marked by its `currency` field; a unit other than the table's is not
 * loaded (listed instead), because every calculator relies on the table's unit. An item that IS one of
 * the catalog's dimensions but whose price is not a finite, non-negative decimal (`NaN`, `Infinity`,
 * `-1`, `1e400`, `0x10`, or not a string at all) is returned in `invalid`: the refresh fails for that
 * dimension rather than writing a catalog silently without it.
 */
import { type Catalog, Price } from "../pricing/catalog-schema.js";
import {
  brokerDimension,
  DIMENSIONS,
  type DimensionId,
  type FixedDimensionId,
} from "../pricing/dimensions.js";
import { PriceListError } from "./errors.js";
import { PriceListItem } from "./price-list-item.js";

/** An item the normaliser did not load, and why. */
export interface UnrecognisedItem {
  sku: string;
  usageType: string;
  region: string;
  reason: string;
}

/**
 * Options of {@link normalisePriceList}: the provenance stamped on every price and the date used
 * when an item has none.
 */
export interface NormaliseOptions {
  /** Provenance for every price, in words: "AWS Price List offer file for Amazon MSK, us-east-1". */
  source: string;
  /** Where it can be checked: the offer file's URL, or the GetProducts API reference. */
  sourceUrl: string;
  /** Used when an item carries neither a publication nor an effective date (YYYY-MM-DD). */
  fallbackDate: string;
  /** Only keep these regions (others are ignored, not unrecognised: they were not asked for). */
  regions?: ReadonlySet<string>;
}

/** An item of a known dimension whose price is not a usable number. */
export interface InvalidPrice extends UnrecognisedItem {
  dimension: DimensionId;
}

/**
 * Result of {@link normalisePriceList}: prices by region and dimension, invalid prices, and items
 * read but not loaded.
 */
export interface NormaliseResult {
  regions: Catalog["regions"];
  /** Items of a known dimension with an unusable price: the refresh fails for these dimensions. */
  invalid: InvalidPrice[];
  /** Items that were read but not loaded, sorted by region, usage type, SKU. */
  unrecognised: UnrecognisedItem[];
  /** Items read (in the requested regions). */
  itemCount: number;
}

/** Broker-hour usage types: `Kafka.m5.large`, `Express.m7g.16xlarge` (docs/billing-rules.md). */
const BROKER_SUFFIX = /^(Kafka|Express)\.([a-z]\d+[a-z]*\.\d*x?[a-z]+)$/;

/**
 * `operation` values the reference states (docs/billing-rules.md: RunBroker for Standard broker-hours,
 * RunVolume for storage; `grafana-cloudcost-msk`, public code reading the Price List, `msk-price-list-us-east-1-2026-04`). Express, tiered and Serverless operations are not
 * sourced, so they are not checked.
 */
const STANDARD_BROKER_OPERATION = "RunBroker";
const EXPECTED_OPERATION: Partial<Record<FixedDimensionId, string>> = { storage: "RunVolume" };

const SUFFIX_TO_DIMENSION: ReadonlyMap<string, FixedDimensionId> = new Map(
  (Object.entries(DIMENSIONS) as [FixedDimensionId, (typeof DIMENSIONS)[FixedDimensionId]][])
    .filter(([, d]) => d.usageTypeSuffix !== undefined)
    .map(([id, d]) => [d.usageTypeSuffix as string, id]),
);

const DECIMAL = /^\d+(?:\.\d+)?$/;
/** Currencies the catalog schema carries (catalog-schema.ts `Price.currency`). */
const CURRENCIES = Price.shape.currency.unwrap().options;

interface Classified {
  dimension: DimensionId;
  unit: string;
  operation?: string;
}

function classify(usageType: string): Classified | undefined {
  const dash = usageType.indexOf("-");
  // The suffix after the first `-`; a usage type with no region prefix is tried whole as well.
  for (const suffix of dash >= 0 ? [usageType.slice(dash + 1), usageType] : [usageType]) {
    const fixed = SUFFIX_TO_DIMENSION.get(suffix);
    if (fixed)
      return { dimension: fixed, unit: DIMENSIONS[fixed].unit, operation: EXPECTED_OPERATION[fixed] };
    const m = BROKER_SUFFIX.exec(suffix);
    if (m) {
      const kind = m[1] === "Express" ? "express" : "kafka";
      return {
        dimension: brokerDimension(`${kind}.${m[2]}`),
        unit: "hours",
        operation: kind === "kafka" ? STANDARD_BROKER_OPERATION : undefined,
      };
    }
  }
  return undefined;
}

function isoDate(s: string | undefined): string | undefined {
  return s && /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : undefined;
}

interface Candidate {
  price: Price;
  sku: string;
}

/**
 * Normalise Price List items (already JSON-parsed objects) into catalog regions.
 * @throws PriceListError when one region and dimension has more than one distinct price.
 */
export function normalisePriceList(items: readonly unknown[], opts: NormaliseOptions): NormaliseResult {
  const unrecognised: UnrecognisedItem[] = [];
  const invalid: InvalidPrice[] = [];
  const found = new Map<string, Map<DimensionId, Candidate[]>>();
  let itemCount = 0;

  for (const raw of items) {
    const parsed = PriceListItem.safeParse(raw);
    if (!parsed.success) {
      const product = (raw as { product?: { sku?: unknown; attributes?: Record<string, unknown> } } | null)
        ?.product;
      const sku = typeof product?.sku === "string" ? product.sku : "?";
      const issue = parsed.error.issues[0];
      const reason = `not a Price List item (${issue ? `${issue.path.join(".") || "item"}: ${issue.message}` : "invalid"})`;
      const usageType = product?.attributes?.usagetype;
      const region = product?.attributes?.regionCode;
      if (typeof region === "string" && opts.regions && !opts.regions.has(region)) continue;
      itemCount++;
      // Still recognisable as one of our dimensions (e.g. a price that is a JSON number, not a
      // string): that dimension's price is broken, which fails the refresh rather than vanishing.
      const c = typeof usageType === "string" ? classify(usageType) : undefined;
      if (c && typeof region === "string" && region)
        invalid.push({ sku, usageType: usageType as string, region, reason, dimension: c.dimension });
      else unrecognised.push({ sku, usageType: "?", region: "?", reason });
      continue;
    }
    const item = parsed.data;
    const attrs = item.product.attributes;
    const region = attrs.regionCode ?? "";
    if (opts.regions && !opts.regions.has(region)) continue;
    itemCount++;
    const usageType = attrs.usagetype ?? "";
    const sku = item.product.sku;
    const skip = (reason: string) =>
      unrecognised.push({ sku, usageType: usageType || "?", region: region || "?", reason });

    const service = attrs.servicecode ?? item.serviceCode;
    if (service !== undefined && service !== "AmazonMSK") {
      skip(`service ${service}, not AmazonMSK`);
      continue;
    }
    if (!region) {
      skip("no regionCode attribute");
      continue;
    }
    const c = classify(usageType);
    if (!c) {
      skip(usageType ? "usage type not in the dimension table" : "no usagetype attribute");
      continue;
    }
    if (c.operation && attrs.operation !== undefined && attrs.operation !== c.operation) {
      skip(`operation ${attrs.operation}, expected ${c.operation} for ${usageType}`);
      continue;
    }

    const dims = Object.values(item.terms.OnDemand ?? {}).flatMap((t) =>
      Object.values(t.priceDimensions).map((pd) => ({ pd, effectiveDate: t.effectiveDate })),
    );
    if (dims.length === 0) {
      skip("no on-demand price");
      continue;
    }
    const prices: Price[] = [];
    for (const { pd, effectiveDate } of dims) {
      const currency = CURRENCIES.find((cur) => pd.pricePerUnit[cur] !== undefined);
      if (!currency) {
        skip(
          `price in ${Object.keys(pd.pricePerUnit).join(", ") || "no currency"}, which the catalog does not carry`,
        );
        break;
      }
      const text = pd.pricePerUnit[currency] as string;
      // A decimal string can still overflow a double ("1" and 400 zeros): finite is checked too.
      if (!DECIMAL.test(text) || !Number.isFinite(Number(text))) {
        invalid.push({
          sku,
          usageType,
          region,
          dimension: c.dimension,
          reason: `price ${JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)} is not a finite, non-negative decimal number`,
        });
        break;
      }
      if (pd.unit !== c.unit) {
        skip(`unit "${pd.unit}", expected "${c.unit}" for ${c.dimension}`);
        break;
      }
      prices.push({
        amount: Number(text), // the nearest double to the decimal string: the same as the literal
        currency,
        unit: pd.unit,
        source: opts.source,
        sourceUrl: opts.sourceUrl,
        date: isoDate(item.publicationDate) ?? isoDate(effectiveDate) ?? opts.fallbackDate,
        status: "published by AWS", // the Price List is AWS-authored
        usageType,
        sku,
      });
    }
    if (prices.length !== dims.length) continue;
    const byDim = found.get(region) ?? new Map<DimensionId, Candidate[]>();
    found.set(region, byDim);
    const list = byDim.get(c.dimension) ?? [];
    for (const price of prices) list.push({ price, sku });
    byDim.set(c.dimension, list);
  }

  const regions: Catalog["regions"] = {};
  for (const region of [...found.keys()].sort()) {
    const byDim = found.get(region) as Map<DimensionId, Candidate[]>;
    const out: Record<string, Price> = {};
    for (const dim of [...byDim.keys()].sort()) {
      const list = (byDim.get(dim) as Candidate[]).sort((a, b) =>
        a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0,
      );
      const distinct = new Set(list.map((x) => `${x.price.amount} ${x.price.currency}`));
      if (distinct.size > 1) {
        throw new PriceListError(
          `${region} ${dim}: ${distinct.size} different prices (${list.map((x) => `${x.sku} ${x.price.usageType} ${x.price.amount} ${x.price.currency}`).join("; ")}); refusing to guess`,
        );
      }
      out[dim] = (list[0] as Candidate).price;
    }
    regions[region] = out;
  }
  const order = (a: UnrecognisedItem, b: UnrecognisedItem) =>
    cmp(a.region, b.region) || cmp(a.usageType, b.usageType) || cmp(a.sku, b.sku);
  unrecognised.sort(order);
  invalid.sort(order);
  return { regions, unrecognised, invalid, itemCount };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
