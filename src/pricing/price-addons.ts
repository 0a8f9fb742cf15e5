/**
 * Add-ons any kind of cluster can carry (docs/billing-rules.md): MSK Connect (per MCU-hour), MSK
 * Replicator (per replicator-hour + per GB replicated), multi-VPC private connectivity (per
 * authentication-scheme-hour + per GB processed), cross-AZ data transfer ($0.01/GB each direction,
 * i.e. per GB crossing). A line appears only for a non-zero quantity: add-ons only add.
 */
import type { Catalog } from "./catalog-schema.js";
import type { AddOns } from "./configuration.js";
import type { PriceLine } from "./line-item.js";
import type { Period } from "./period.js";
import { declaredLine } from "./priced-line.js";

/**
 * Add-on line items for `period` (quantities are already validated by validateConfig; as declared
 * in billed-quantities.ts).
 */
export function priceAddOns(a: AddOns, region: string, catalog: Catalog, period: Period): PriceLine[] {
  const { hours } = period;
  const lines: PriceLine[] = [];
  if (a.connectMcus)
    lines.push(declaredLine(catalog, region, "connectMcu", { connectMcus: a.connectMcus, hours }));
  if (a.replicators)
    lines.push(declaredLine(catalog, region, "replicatorHour", { replicators: a.replicators, hours }));
  if (a.replicatedBytes)
    lines.push(declaredLine(catalog, region, "replicatorData", { replicatedBytes: a.replicatedBytes }));
  if (a.privateConnectivitySchemes) {
    const schemes = { privateConnectivitySchemes: a.privateConnectivitySchemes, hours };
    lines.push(declaredLine(catalog, region, "privateConnectivityHour", schemes));
  }
  if (a.privateDataBytes)
    lines.push(
      declaredLine(catalog, region, "privateConnectivityData", { privateDataBytes: a.privateDataBytes }),
    );
  if (a.crossAzBytes) lines.push(declaredLine(catalog, region, "crossAz", { crossAzBytes: a.crossAzBytes }));
  return lines;
}
