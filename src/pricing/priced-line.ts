/** A line item priced from the catalog: look up the USD price, attach its provenance. */

import { describeProvenance, usdPriceOf } from "./catalog.js";
import type { Catalog } from "./catalog-schema.js";
import { brokerDimension, type DimensionId } from "./dimensions.js";
import { type LineItem, lineItem } from "./line-item.js";

/**
 * `quantity` (in `unit`) × the catalog's USD price of `dimension` in `region`. A missing price is
 * an error naming `fieldPath`, the input field that asked for it.
 */
export function pricedLine(
  catalog: Catalog,
  region: string,
  dimension: DimensionId,
  fieldPath: string,
  component: string,
  quantity: number,
  unit: string,
): LineItem {
  const price = usdPriceOf(catalog, region, dimension, fieldPath);
  return lineItem(component, quantity, unit, price.amount, describeProvenance(catalog, price), dimension);
}

/**
 * The broker-hours line of a provisioned cluster (Standard or Express, docs/billing-rules.md): brokers ×
 * hours of `broker:<instanceType>`, asked for by the `instance` field.
 */
export function brokerHoursLine(
  catalog: Catalog,
  region: string,
  instanceType: string,
  brokers: number,
  hours: number,
): LineItem {
  return pricedLine(
    catalog,
    region,
    brokerDimension(instanceType),
    "instance",
    `Broker instances (${instanceType})`,
    brokers * hours,
    "broker-hours",
  );
}
