/**
 * Express brokers: broker-hours, data written, storage (docs/billing-rules.md).
 * Data written is producer bytes before replication (an assumption); storage is charged on
 * bytes actually stored, averaged over the period, no RF multiplier. Billed GB = GiB.
 */
import type { ExpressInstance } from "../model/instances.js";
import { bytesToBilledGB } from "./billing.js";
import type { Catalog } from "./catalog-schema.js";
import type { ExpressConfig } from "./configuration.js";
import type { PriceLine } from "./line-item.js";
import type { Period } from "./period.js";
import { brokerHoursLine, pricedLine } from "./priced-line.js";

/** Line items of an Express cluster for `hours`: brokers × hours; GB written; average GB stored × hours/730. */
export function priceExpress(
  c: ExpressConfig,
  spec: ExpressInstance,
  catalog: Catalog,
  period: Period,
): PriceLine[] {
  const { hours } = period;
  const r = c.region;
  return [
    brokerHoursLine(catalog, r, spec.name, c.brokers, hours),
    pricedLine(
      catalog,
      r,
      "expressDataWritten",
      "Express data written (producer bytes, before replication)",
      bytesToBilledGB(c.dataWrittenBytes),
      "GB",
    ),
    pricedLine(
      catalog,
      r,
      "expressStorage",
      "Express storage",
      bytesToBilledGB(c.storedBytes) * period.months,
      "GB-months",
    ),
  ];
}
