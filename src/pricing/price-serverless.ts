/**
 * MSK Serverless: five meters (docs/billing-rules.md): cluster-hours, partition-hours, storage
 * (GiB-month), data in and data out (GiB). Billed GB = GiB.
 */
import { bytesToBilledGB } from "./billing.js";
import type { Catalog } from "./catalog-schema.js";
import type { ServerlessConfig } from "./configuration.js";
import type { PriceLine } from "./line-item.js";
import type { Period } from "./period.js";
import { pricedLine } from "./priced-line.js";

/** Line items of one Serverless cluster for `hours`. */
export function priceServerless(c: ServerlessConfig, catalog: Catalog, period: Period): PriceLine[] {
  const { hours } = period;
  const r = c.region;
  return [
    pricedLine(catalog, r, "serverlessCluster", "Serverless cluster", hours, "cluster-hours"),
    pricedLine(
      catalog,
      r,
      "serverlessPartition",
      "Serverless partitions",
      c.partitions * hours,
      "partition-hours",
    ),
    pricedLine(catalog, r, "serverlessDataIn", "Serverless data in", bytesToBilledGB(c.dataInBytes), "GB"),
    pricedLine(catalog, r, "serverlessDataOut", "Serverless data out", bytesToBilledGB(c.dataOutBytes), "GB"),
    pricedLine(
      catalog,
      r,
      "serverlessStorage",
      "Serverless storage",
      bytesToBilledGB(c.storedBytes) * period.months,
      "GB-months",
    ),
  ];
}
