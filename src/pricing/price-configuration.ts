/**
 * `priceConfiguration`: an explicit MSK configuration in, itemised line items and a total out,
 * for a billing period (default 730 hours = one month, docs/billing-rules.md). Pure: the catalog is
 * an argument. The result is exactly the `msk-planner price --json` shape.
 */
import { HOURS_PER_MONTH } from "../model/conventions.js";
import { InputError } from "../model/errors.js";
import type { ExpressInstance, StandardInstance } from "../model/instances.js";
import { hoursToMonths } from "./billing.js";
import type { Catalog } from "./catalog-schema.js";
import type { AddOns, ClusterConfig, PriceResult } from "./configuration.js";
import { type PriceLine, pricedStatus, splitLines, totalUsd } from "./line-item.js";
import type { Period } from "./period.js";
import { priceAddOns } from "./price-addons.js";
import { priceExpress } from "./price-express.js";
import { priceServerless } from "./price-serverless.js";
import { priceStandard } from "./price-standard.js";
import { validateConfig } from "./validate-config.js";

/** Options of {@link priceConfiguration}: the billing period and the hours in a month. */
export interface PriceOptions {
  /** Billing period in hours; default {@link HOURS_PER_MONTH} (730). */
  hours?: number;
  /**
   * Hours in one month, for GB-month and MiB/s-month prices; default 730 (docs/billing-rules.md). Set
   * it only to price one calendar month of another length as AWS would (744 h for 31 days, docs/sizing-model.md D1).
   */
  hoursPerMonth?: number;
}

/**
 * Price a configuration. Throws InputError (exit 2 in the CLI) naming the field for bad input: an
 * unknown or mismatched instance type, a broker count that is not a positive whole number, storage
 * outside 1–16,384 GiB per Standard broker, a field that does not belong to the kind, a region the
 * catalog does not hold. A dimension the catalog has no USD price for in the region is not an
 * error: it is listed in `missingPrices`, and `totalUsd` sums what is priced (a lower bound when
 * `priced` is "partial", null when "none").
 */
export function priceConfiguration(
  config: ClusterConfig,
  catalog: Catalog,
  options: PriceOptions = {},
): PriceResult {
  const period = periodOf(options);
  const { hours } = period;
  const spec = validateConfig(config);
  let lines: PriceLine[];
  switch (config.kind) {
    case "standard":
      lines = priceStandard(config, spec as StandardInstance, catalog, period);
      break;
    case "express":
      lines = priceExpress(config, spec as ExpressInstance, catalog, period);
      break;
    case "serverless":
      lines = priceServerless(config, catalog, period);
      break;
  }
  lines.push(...priceAddOns(config, config.region, catalog, period));
  return priceResult(config.region, hours, catalog, lines);
}

/** The price result of calculator lines: priced items, missing prices, completeness, total. */
function priceResult(
  region: string,
  hours: number,
  catalog: Catalog,
  lines: readonly PriceLine[],
): PriceResult {
  const { lineItems, missingPrices } = splitLines(lines);
  const priced = pricedStatus(lineItems.length, missingPrices.length);
  return {
    region,
    hours,
    catalog: { source: catalog.source, date: catalog.date },
    lineItems,
    totalUsd: priced === "none" ? null : totalUsd(lineItems),
    priced,
    missingPrices,
  };
}

/** The billing period of `options`, validated (InputError naming `hours` or `hoursPerMonth`). */
function periodOf(options: PriceOptions): Period {
  const hours = options.hours ?? HOURS_PER_MONTH;
  if (typeof hours !== "number" || !Number.isFinite(hours) || hours < 0) {
    throw new InputError("hours", `expected a non-negative number of hours, got ${JSON.stringify(hours)}`);
  }
  const hoursPerMonth = options.hoursPerMonth ?? HOURS_PER_MONTH;
  if (typeof hoursPerMonth !== "number" || !Number.isFinite(hoursPerMonth) || hoursPerMonth <= 0) {
    throw new InputError(
      "hoursPerMonth",
      `expected a positive number of hours, got ${JSON.stringify(hoursPerMonth)}`,
    );
  }
  return { hours, months: hoursToMonths(hours, hoursPerMonth) };
}

/**
 * Price add-ons on their own (MSK Connect, Replicator, private connectivity), as IaC declares
 * them apart from a cluster: the same calculator as {@link priceConfiguration}'s add-on lines.
 */
export function priceAddOnConfiguration(
  addOns: AddOns,
  region: string,
  catalog: Catalog,
  options: PriceOptions = {},
): PriceResult {
  const period = periodOf(options);
  return priceResult(region, period.hours, catalog, priceAddOns(addOns, region, catalog, period));
}
