/**
 * Express brokers: broker-hours, data written, storage (docs/billing-rules.md).
 * Data written is producer bytes before replication (an assumption); storage is charged on
 * bytes actually stored, averaged over the period, no RF multiplier. Billed GB = GiB.
 */
import type { ExpressInstance } from "../model/instances.js";
import type { Catalog } from "./catalog-schema.js";
import type { ExpressConfig } from "./configuration.js";
import type { PriceLine } from "./line-item.js";
import type { Period } from "./period.js";
import { brokerHoursLine, declaredLine } from "./priced-line.js";

/**
 * Line items of an Express cluster for `period`, quantities as declared in billed-quantities.ts:
 * brokers × hours; GB written; average GB stored × months.
 */
export function priceExpress(
  c: ExpressConfig,
  spec: ExpressInstance,
  catalog: Catalog,
  period: Period,
): PriceLine[] {
  const r = c.region;
  return [
    brokerHoursLine(catalog, r, spec.name, c.brokers, period.hours),
    declaredLine(catalog, r, "expressDataWritten", { dataWrittenBytes: c.dataWrittenBytes }),
    declaredLine(catalog, r, "expressStorage", { storedBytes: c.storedBytes, months: period.months }),
  ];
}
