/**
 * MSK Serverless: five meters (docs/billing-rules.md): cluster-hours, partition-hours, storage
 * (GiB-month), data in and data out (GiB). Billed GB = GiB.
 */
import { bytesToBilledGB } from "./billing.js";
import type { Catalog } from "./catalog-schema.js";
import type { ServerlessConfig } from "./configuration.js";
import type { LineItem } from "./line-item.js";
import type { Period } from "./period.js";
import { pricedLine } from "./priced-line.js";

/** Line items of one Serverless cluster for `hours`. */
export function priceServerless(c: ServerlessConfig, catalog: Catalog, period: Period): LineItem[] {
  const { hours } = period;
  const r = c.region;
  return [
    pricedLine(catalog, r, "serverlessCluster", "kind", "Serverless cluster", hours, "cluster-hours"),
    pricedLine(
      catalog,
      r,
      "serverlessPartition",
      "partitions",
      "Serverless partitions",
      c.partitions * hours,
      "partition-hours",
    ),
    pricedLine(
      catalog,
      r,
      "serverlessDataIn",
      "dataIn",
      "Serverless data in",
      bytesToBilledGB(c.dataInBytes),
      "GB",
    ),
    pricedLine(
      catalog,
      r,
      "serverlessDataOut",
      "dataOut",
      "Serverless data out",
      bytesToBilledGB(c.dataOutBytes),
      "GB",
    ),
    pricedLine(
      catalog,
      r,
      "serverlessStorage",
      "stored",
      "Serverless storage",
      bytesToBilledGB(c.storedBytes) * period.months,
      "GB-months",
    ),
  ];
}
