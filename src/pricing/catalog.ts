/**
 * Looking prices up in a catalog. A missing region or dimension is an error that says so and how
 * to supply prices; nothing is ever guessed, extrapolated or converted between currencies
 * (pricing.md §2, §8 #13, #14).
 */
import { InputError, PriceUnavailableError } from "../model/errors.js";
import type { Catalog, Price } from "./catalog-schema.js";
import { DIMENSIONS, type DimensionId } from "./dimensions.js";

/** How to supply prices the catalog lacks: worded once, used by every lookup error. */
export const HOW_TO_SUPPLY_PRICES =
  'supply prices with --catalog FILE (YAML or JSON in the catalog schema; README "Pricing: where prices come from") or fetch them with `msk-planner pricing refresh`';

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

/**
 * The prices of one region. Throws InputError (`unknown_region`) naming `regionPath`, listing
 * the regions the catalog holds and saying how to supply prices.
 */
export function regionPrices(catalog: Catalog, region: string, regionPath = "region"): Record<string, Price> {
  const prices = Object.hasOwn(catalog.regions, region) ? catalog.regions[region] : undefined;
  if (!prices) {
    throw new InputError(
      regionPath,
      `region ${JSON.stringify(region)} has no prices in the ${catalog.source} catalog (${catalog.date}); it holds: ${catalogRegions(catalog).join(", ")}; ${HOW_TO_SUPPLY_PRICES}`,
      "unknown_region",
    );
  }
  return prices;
}

/**
 * The price of `dimension` in `region`. Throws InputError (`unknown_region`) for a region the
 * catalog does not hold, and PriceUnavailableError naming `fieldPath` for a dimension with no
 * sourced price there.
 */
export function priceOf(catalog: Catalog, region: string, dimension: DimensionId, fieldPath: string): Price {
  const prices = regionPrices(catalog, region);
  const price = Object.hasOwn(prices, dimension) ? prices[dimension] : undefined;
  if (!price) {
    throw new PriceUnavailableError(
      fieldPath,
      `the ${catalog.source} catalog (${catalog.date}) has no sourced price for ${dimensionLabel(dimension)} in ${region}; prices are never extrapolated from other regions; ${HOW_TO_SUPPLY_PRICES}`,
    );
  }
  return price;
}

/**
 * As {@link priceOf}, for a USD total: a price in another currency (cn-north-1 is in CNY) is an
 * error, because totals are USD and currencies are never converted (pricing.md §8 #14).
 */
export function usdPriceOf(
  catalog: Catalog,
  region: string,
  dimension: DimensionId,
  fieldPath: string,
): Price {
  const price = priceOf(catalog, region, dimension, fieldPath);
  if (price.currency !== "USD") {
    throw new PriceUnavailableError(
      fieldPath,
      `${dimensionLabel(dimension)} in ${region} is priced in ${price.currency}, and msk-planner totals are in USD without currency conversion; ${HOW_TO_SUPPLY_PRICES}`,
    );
  }
  return price;
}

/** One-line provenance of a price for line items: "bundled: pricing.md [A1], [U3] (2026-08-26, V1, unverified)". */
export function describeProvenance(catalog: Catalog, price: Price): string {
  const tags = [price.date, price.status, ...(price.flags ?? [])].filter(Boolean).join(", ");
  return `${catalog.source}: ${price.source} (${tags})`;
}
