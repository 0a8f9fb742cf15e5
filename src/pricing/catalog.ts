/**
 * Looking prices up in a catalog. A missing region or dimension is an error that says so and how
 * to supply prices; nothing is ever guessed, extrapolated or converted between currencies
 * (docs/billing-rules.md).
 */
import { InputError, PriceUnavailableError } from "../model/errors.js";
import { didYouMean, editDistance } from "../model/suggest.js";
import { type Catalog, PRICE_FLAG_WORDS, type Price } from "./catalog-schema.js";
import { DIMENSIONS, type DimensionId } from "./dimensions.js";
import type { Provenance } from "./line-item.js";

/**
 * Whether `msk-planner pricing refresh` can fetch a dimension: broker-hours and every dimension the
 * AmazonMSK price list carries under a usage type (DIMENSIONS.usageTypeSuffix). The others (PST,
 * Express data written, cross-AZ transfer, MSK Connect, Replicator, private connectivity data) are
 * not in it, so only --catalog FILE supplies them.
 */
export function refreshable(dimension: DimensionId | string): boolean {
  if (dimension.startsWith("broker:")) return true;
  return (
    dimension in DIMENSIONS && DIMENSIONS[dimension as keyof typeof DIMENSIONS].usageTypeSuffix !== undefined
  );
}

/** Dimension-id prefixes of the alternatives' prices (src/pricing/alternatives), not in any catalog. */
const ALTERNATIVE_PREFIXES = ["ec2:", "ebs:", "dataTransfer:", "kinesis:", "sqs:"];

/**
 * Where a missing price can come from: `pricing refresh` (the AWS MSK price list has it), only a
 * catalog file (MSK prices the price list lacks), or only the bundled tables of the alternatives.
 */
export function supplyKind(dimension: DimensionId | string): "refresh" | "catalog" | "bundled" {
  if (ALTERNATIVE_PREFIXES.some((p) => dimension.startsWith(p))) return "bundled";
  return refreshable(dimension) ? "refresh" : "catalog";
}

/**
 * How to supply prices the catalog lacks for `region` (for `dimension`, when given): worded once,
 * used by every lookup error and every "not priced" hint. The refreshed catalog lands in the
 * default cache, which every command reads without a flag (src/cli/catalog.ts).
 */
export function howToSupplyPrices(region: string, dimension?: DimensionId | string): string {
  const file = `--catalog FILE (YAML or JSON in the catalog schema; README "Pricing: where prices come from")`;
  const kind = dimension === undefined ? "refresh" : supplyKind(dimension);
  if (kind === "bundled")
    return "the alternatives' prices (EC2, EBS, Kinesis, SQS) are bundled with msk-planner for a few regions only; `pricing refresh` and --catalog supply MSK prices, so these stay unpriced here (a library caller can pass its own in AlternativeInputs.prices)";
  if (kind === "catalog")
    return `the AWS MSK price list does not carry this price, so \`msk-planner pricing refresh\` cannot fetch it: supply it with ${file}`;
  return `fetch them with \`msk-planner pricing refresh --regions ${region}\` (saved in the default cache, which every command reads) or supply ${file}`;
}

/** The regions a catalog holds, sorted. */
export function catalogRegions(catalog: Catalog): string[] {
  return Object.keys(catalog.regions).sort();
}

/** The newest of some ISO dates (`YYYY-MM-DD` sorts as text); "" when there are none. */
export function newestDate(dates: Iterable<string>): string {
  let newest = "";
  for (const d of dates) if (d > newest) newest = d;
  return newest;
}

/** A human name for a dimension: "Broker-hours (kafka.m5.large)", "Broker storage (EBS) …". */
export function dimensionLabel(dimension: DimensionId | string): string {
  if (dimension.startsWith("broker:")) return `Broker-hours (${dimension.slice(7)})`;
  return dimension in DIMENSIONS ? DIMENSIONS[dimension as keyof typeof DIMENSIONS].label : dimension;
}

/** The shape of an AWS region code: us-east-1, us-gov-west-1, cn-north-1, ap-southeast-5. */
const AWS_REGION_CODE = /^[a-z]{2}(-[a-z]+)+-\d+$/;

/** `us-east1`, `US_EAST_1`, `useast1` → `us-east-1`: the code with its case and dashes put right, if that makes one. */
function repairRegionCode(region: string): string | undefined {
  const m = /^([a-z]{2})[-_\s]*((?:gov|iso[a-z]?)?[-_\s]*[a-z]+?)[-_\s]*(\d+)$/.exec(
    region.trim().toLowerCase(),
  );
  if (!m) return undefined;
  const middle = splitPartitionPrefix((m[2] as string).replace(/[_\s]+/g, "-"));
  const code = `${m[1]}-${middle}-${m[3]}`;
  return AWS_REGION_CODE.test(code) ? code : undefined;
}

/**
 * `gov`/`iso` glued to the direction word, split with one dash: `govwest` → `gov-west`,
 * `isobeast` → `isob-east`. The iso partition's letter is optional, so `isoeast` is `iso` + `east`
 * (us-iso-east-1), not `isoe` + `ast`: the letter is taken only when the rest is then a direction word
 * or the letter and the rest are not one.
 */
function splitPartitionPrefix(middle: string): string {
  const p = /^(gov|iso[a-z]?)-*([a-z]+)$/.exec(middle);
  if (!p) return middle;
  const [, prefix, rest] = p as unknown as [string, string, string];
  const letter = prefix.slice(3);
  const direction = (w: string) => REGION_DIRECTIONS.includes(w);
  return letter !== "" && !direction(rest) && direction(letter + rest)
    ? `iso-${letter}${rest}`
    : `${prefix}-${rest}`;
}

/**
 * The direction words of AWS region codes (us-east-1, eu-central-1, ap-southeast-5, cn-northwest-1),
 * as the Price List's region index names the regions (source `price-list-files`).
 */
const REGION_DIRECTIONS = [
  "east",
  "west",
  "north",
  "south",
  "central",
  "northeast",
  "northwest",
  "southeast",
];

/**
 * A well-formed code whose direction word is one edit from a known one and is not itself known
 * (`us-eats-1`, `eu-wset-1`, `ap-southaest-1`): the codes it most likely meant. A word two edits off
 * (`ap-southwest-1`) may be a region newer than this list and reads as a region without prices.
 */
function mistypedDirection(region: string): string[] {
  const m = /^([a-z]{2}-(?:gov-|iso[a-z]?-)?)([a-z]+)(-\d+)$/.exec(region);
  if (!m || REGION_DIRECTIONS.includes(m[2] as string)) return [];
  return REGION_DIRECTIONS.filter((d) => editDistance(m[2] as string, d) === 1).map(
    (d) => `${m[1]}${d}${m[3]}`,
  );
}

/**
 * The prices of one region. Throws InputError (`unknown_region`) naming `regionPath`, listing
 * the regions the catalog holds and saying how to supply prices.
 */
export function regionPrices(catalog: Catalog, region: string, regionPath = "region"): Record<string, Price> {
  const prices = Object.hasOwn(catalog.regions, region) ? catalog.regions[region] : undefined;
  if (prices) return prices;
  // A typo (`us-east1`, `US_EAST_1`, `us-eats-1`), not a region without prices: say what was meant.
  const shaped = AWS_REGION_CODE.test(region);
  const code = shaped ? region : repairRegionCode(region);
  const meant = code === undefined ? [] : mistypedDirection(code);
  if (!shaped || meant.length > 0) {
    const hint = meant.length
      ? didYouMean(code as string, meant)
      : code !== undefined
        ? `did you mean ${code}?`
        : didYouMean(region, catalogRegions(catalog));
    throw new InputError(
      regionPath,
      `${JSON.stringify(region)} is not an AWS region code (such as us-east-1)${hint ? `; ${hint}` : ""}`,
      "unknown_region",
    );
  }
  throw new InputError(
    regionPath,
    `region ${JSON.stringify(region)} has no prices in the ${catalog.source} catalog (${catalog.date}); it holds: ${catalogRegions(catalog).join(", ")}; ${howToSupplyPrices(region)}`,
    "unknown_region",
  );
}

/**
 * The USD price of `dimension` in `region`, or why there is none: no sourced price there (prices
 * are never extrapolated from other regions), or a price in another currency (cn-north-1 is in
 * CNY; totals are USD and currencies are never converted: docs/billing-rules.md). Throws InputError
 * (`unknown_region`) for a region the catalog does not hold at all.
 */
export function lookupUsdPrice(
  catalog: Catalog,
  region: string,
  dimension: DimensionId,
): { price: Price; missing?: undefined } | { price?: undefined; missing: string } {
  const prices = regionPrices(catalog, region);
  const price = Object.hasOwn(prices, dimension) ? prices[dimension] : undefined;
  if (!price)
    return {
      missing: `the ${catalog.source} catalog (${catalog.date}) has no sourced price for ${dimensionLabel(dimension)} in ${region}; prices are never extrapolated from other regions; ${howToSupplyPrices(region, dimension)}`,
    };
  if (price.currency !== "USD")
    return {
      missing: `${dimensionLabel(dimension)} in ${region} is priced in ${price.currency}, and msk-planner totals are in USD without currency conversion; ${howToSupplyPrices(region, dimension)}`,
    };
  return { price };
}

/** As {@link lookupUsdPrice}, throwing PriceUnavailableError naming `fieldPath` when there is no USD price. */
export function usdPriceOf(
  catalog: Catalog,
  region: string,
  dimension: DimensionId,
  fieldPath: string,
): Price {
  const r = lookupUsdPrice(catalog, region, dimension);
  if (r.missing !== undefined) throw new PriceUnavailableError(fieldPath, r.missing);
  return r.price;
}

/** Each price's words with its own source as the lead, kept: a sweep prices the same lines a million times. */
const WORDS = new WeakMap<Price, string>();

/** A price's provenance in words, with its status and flags spelled out. */
export function provenanceWords(price: Price, lead: string = price.source): string {
  const own = lead === price.source;
  const known = own ? WORDS.get(price) : undefined;
  if (known !== undefined) return known;
  const parts = [lead];
  if (price.status) parts.push(price.status);
  for (const f of price.flags ?? []) parts.push(PRICE_FLAG_WORDS[f]);
  const words = parts.join("; ");
  // Prices are not changed after they are built (catalogs are parsed once), so the words stay true.
  if (own) WORDS.set(price, words);
  return words;
}

/**
 * A catalog price's provenance for line items: in words ("Amazon MSK pricing page (public copy
 * of 2026-08-26), ap-south-1, as of 2026-08-26; one secondary source; not checked against AWS"),
 * with the date of a refreshed or user-supplied price, and the price's URL if it has one.
 */
export function describeProvenance(catalog: Catalog, price: Price): Provenance {
  // Bundled prices say their date already; a refresh names its offer file or the API; a catalog
  // file's text is the user's own.
  const lead =
    catalog.source === "bundled"
      ? price.source
      : `${catalog.source === "file" ? "your catalog file: " : ""}${price.source}, as of ${price.date}`;
  return {
    source: provenanceWords(price, lead),
    sourceUrl: price.sourceUrl ?? null,
  };
}

/**
 * `top` over `base`: every region of either, each price from `top` where it has one, else from
 * `base`. A refreshed catalog holds only what the AWS price list carries (no PST or cross-AZ
 * price, for example) and only the regions refreshed; layered over the bundled snapshot it loses
 * nothing the snapshot sources. Each price keeps its own source and date.
 */
export function layerCatalog(base: Catalog, top: Catalog): Catalog {
  const regions: Catalog["regions"] = {};
  for (const r of new Set([...Object.keys(base.regions), ...Object.keys(top.regions)]))
    regions[r] = { ...(base.regions[r] ?? {}), ...(top.regions[r] ?? {}) };
  return {
    ...top,
    description: `${top.description ?? `${top.source} catalog`}; over the ${base.source} snapshot (${base.date}) for prices it lacks`,
    regions,
  };
}
