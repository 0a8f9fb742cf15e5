/**
 * Add-ons any kind of cluster can carry (docs/billing-rules.md): MSK Connect (per MCU-hour), MSK
 * Replicator (per replicator-hour + per GB replicated), multi-VPC private connectivity (per
 * authentication-scheme-hour + per GB processed), cross-AZ data transfer ($0.01/GB each direction,
 * i.e. per GB crossing). A line appears only for a non-zero quantity: add-ons only add.
 */
import { bytesToBilledGB } from "./billing.js";
import type { Catalog } from "./catalog-schema.js";
import type { AddOns } from "./configuration.js";
import type { PriceLine } from "./line-item.js";
import type { Period } from "./period.js";
import { pricedLine } from "./priced-line.js";

/** Add-on line items for `hours` (quantities are already validated by validateConfig). */
export function priceAddOns(a: AddOns, region: string, catalog: Catalog, period: Period): PriceLine[] {
  const { hours } = period;
  const lines: PriceLine[] = [];
  if (a.connectMcus)
    lines.push(pricedLine(catalog, region, "connectMcu", "MSK Connect", a.connectMcus * hours, "MCU-hours"));
  if (a.replicators)
    lines.push(
      pricedLine(
        catalog,
        region,
        "replicatorHour",
        "MSK Replicator",
        a.replicators * hours,
        "replicator-hours",
      ),
    );
  if (a.replicatedBytes) {
    lines.push(
      pricedLine(
        catalog,
        region,
        "replicatorData",
        "MSK Replicator data replicated",
        bytesToBilledGB(a.replicatedBytes),
        "GB",
      ),
    );
  }
  if (a.privateConnectivitySchemes) {
    const q = a.privateConnectivitySchemes * hours;
    lines.push(
      pricedLine(
        catalog,
        region,
        "privateConnectivityHour",
        "Multi-VPC private connectivity",
        q,
        "scheme-hours",
      ),
    );
  }
  if (a.privateDataBytes) {
    lines.push(
      pricedLine(
        catalog,
        region,
        "privateConnectivityData",
        "Multi-VPC private connectivity data",
        bytesToBilledGB(a.privateDataBytes),
        "GB",
      ),
    );
  }
  if (a.crossAzBytes)
    lines.push(
      pricedLine(catalog, region, "crossAz", "Cross-AZ data transfer", bytesToBilledGB(a.crossAzBytes), "GB"),
    );
  return lines;
}
