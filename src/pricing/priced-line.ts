/** A line item priced from the catalog: look up the USD price, attach its provenance. */

import { describeProvenance, usdPriceOf } from "./catalog.js";
import type { Catalog } from "./catalog-schema.js";
import type { DimensionId } from "./dimensions.js";
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
