/** A line item priced from the catalog: look up the USD price, attach its provenance. */

import { describeProvenance, lookupUsdPrice } from "./catalog.js";
import type { Catalog } from "./catalog-schema.js";
import { brokerDimension, type DimensionId, dimensionName } from "./dimensions.js";
import { lineItem, type PriceLine } from "./line-item.js";

/**
 * `quantity` (in `unit`) × the catalog's USD price of `dimension` in `region`; when the catalog
 * has no USD price there, the missing price (listed, never counted as zero). An unknown region is
 * still an error (InputError `unknown_region`).
 */
export function pricedLine(
  catalog: Catalog,
  region: string,
  dimension: DimensionId,
  component: string,
  quantity: number,
  unit: string,
): PriceLine {
  const found = lookupUsdPrice(catalog, region, dimension);
  if (found.missing !== undefined)
    return { dimension, name: dimensionName(dimension), reason: found.missing };
  const price = found.price;
  return lineItem(component, quantity, unit, price.amount, describeProvenance(catalog, price), dimension);
}

/**
 * The broker-hours line of a provisioned cluster (Standard or Express, docs/billing-rules.md): brokers ×
 * hours of `broker:<instanceType>`.
 */
export function brokerHoursLine(
  catalog: Catalog,
  region: string,
  instanceType: string,
  brokers: number,
  hours: number,
): PriceLine {
  return pricedLine(
    catalog,
    region,
    brokerDimension(instanceType),
    `Broker instances (${instanceType})`,
    brokers * hours,
    "broker-hours",
  );
}
