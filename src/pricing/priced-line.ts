/** A line item priced from the catalog: look up the USD price, attach its provenance. */

import {
  BILLED_QUANTITIES,
  billedQuantity,
  type DeclaredDimension,
  type InputsOf,
} from "./billed-quantities.js";
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
 * The line of `dimension` in `region`: its declared quantity (src/pricing/billed-quantities.ts)
 * from `inputs`, in its declared unit and wording.
 */
export function declaredLine<D extends Exclude<DeclaredDimension, "broker">>(
  catalog: Catalog,
  region: string,
  dimension: D,
  inputs: InputsOf<D, number>,
): PriceLine {
  const r = BILLED_QUANTITIES[dimension];
  return pricedLine(catalog, region, dimension, r.component, billedQuantity(dimension, inputs), r.unit);
}

/**
 * The broker-hours line of a provisioned cluster (Standard or Express, docs/billing-rules.md): the
 * declared broker-hours (brokers × hours) of `broker:<instanceType>`.
 */
export function brokerHoursLine(
  catalog: Catalog,
  region: string,
  instanceType: string,
  brokers: number,
  hours: number,
): PriceLine {
  const r = BILLED_QUANTITIES.broker;
  return pricedLine(
    catalog,
    region,
    brokerDimension(instanceType),
    `${r.component} (${instanceType})`,
    billedQuantity("broker", { brokers, hours }),
    r.unit,
  );
}
