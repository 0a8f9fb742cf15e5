/**
 * Standard brokers: broker-hours, provisioned EBS storage, provisioned storage throughput (PST),
 * tiered storage held and retrieved. Billing rules: docs/billing-rules.md
 * Units in: bytes, bytes/s, hours. Units billed: broker-hours; GB-months and GB with a billed GB =
 * GiB; PST per MiB/s-month per broker. Plain number arithmetic (called in loops).
 */
import type { StandardInstance } from "../model/instances.js";
import { bytesPerSecondToMiBps, bytesToBilledGB } from "./billing.js";
import type { Catalog } from "./catalog-schema.js";
import type { StandardConfig } from "./configuration.js";
import type { PriceLine } from "./line-item.js";
import type { Period } from "./period.js";
import { brokerHoursLine, pricedLine } from "./priced-line.js";

/**
 * Line items of a Standard cluster for `period`; `c` and `spec` are already validated
 * (validate-config.ts).
 * - brokers: brokers × hours broker-hours.
 * - storage: brokers × provisioned GB × hours/730 GB-months (charged on provisioned size).
 * - PST: brokers × provisioned MiB/s × hours/730 MiB/s-months, on the full provisioned amount
 *   (basis unverified); only when throughputPerBroker is set (250 MiB/s default is free).
 * - tiered: average GB held × hours/730 GB-months, plus GB retrieved (lines only when non-zero).
 */
export function priceStandard(
  c: StandardConfig,
  spec: StandardInstance,
  catalog: Catalog,
  period: Period,
): PriceLine[] {
  const { hours, months } = period;
  const r = c.region;
  const lines: PriceLine[] = [
    brokerHoursLine(catalog, r, spec.name, c.brokers, hours),
    pricedLine(
      catalog,
      r,
      "storage",
      "Broker storage (EBS, provisioned)",
      c.brokers * bytesToBilledGB(c.storagePerBrokerBytes) * months,
      "GB-months",
    ),
  ];
  if (c.throughputPerBrokerBytesPerSec !== undefined) {
    const q = c.brokers * bytesPerSecondToMiBps(c.throughputPerBrokerBytesPerSec) * months;
    lines.push(
      pricedLine(
        catalog,
        r,
        "pst",
        "Provisioned storage throughput (full provisioned MiB/s; basis unverified)",
        q,
        "MiB/s-months",
      ),
    );
  }
  if (c.tieredStoredBytes) {
    lines.push(
      pricedLine(
        catalog,
        r,
        "tieredStorage",
        "Tiered storage",
        bytesToBilledGB(c.tieredStoredBytes) * months,
        "GB-months",
      ),
    );
  }
  if (c.tieredRetrievedBytes) {
    lines.push(
      pricedLine(
        catalog,
        r,
        "tieredRetrieval",
        "Tiered storage retrieval",
        bytesToBilledGB(c.tieredRetrievedBytes),
        "GB",
      ),
    );
  }
  return lines;
}
