/**
 * MSK Serverless: five meters (docs/billing-rules.md): cluster-hours, partition-hours, storage
 * (GiB-month), data in and data out (GiB). Billed GB = GiB.
 */
import type { Catalog } from "./catalog-schema.js";
import type { ServerlessConfig } from "./configuration.js";
import type { PriceLine } from "./line-item.js";
import type { Period } from "./period.js";
import { declaredLine } from "./priced-line.js";

/** Line items of one Serverless cluster for `period`, quantities as declared in billed-quantities.ts. */
export function priceServerless(c: ServerlessConfig, catalog: Catalog, period: Period): PriceLine[] {
  const { hours, months } = period;
  const r = c.region;
  return [
    declaredLine(catalog, r, "serverlessCluster", { clusters: 1, hours }),
    declaredLine(catalog, r, "serverlessPartition", { partitions: c.partitions, hours }),
    declaredLine(catalog, r, "serverlessDataIn", { dataInBytes: c.dataInBytes }),
    declaredLine(catalog, r, "serverlessDataOut", { dataOutBytes: c.dataOutBytes }),
    declaredLine(catalog, r, "serverlessStorage", { storedBytes: c.storedBytes, months }),
  ];
}
