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
import { brokerHoursLine, declaredLine } from "./priced-line.js";

/**
 * Line items of a Standard cluster for `period`; `c` and `spec` are already validated
 * (validate-config.ts). Quantities as declared in billed-quantities.ts:
 * - brokers: brokers × hours broker-hours.
 * - storage: brokers × provisioned GB × months GB-months (charged on provisioned size).
 * - PST: brokers × provisioned MiB/s × months MiB/s-months, on the full provisioned amount
 *   (basis unverified); only when throughputPerBroker is set (250 MiB/s default is free).
 * - tiered: average GB held × months GB-months, plus GB retrieved (lines only when non-zero).
 */
export function priceStandard(
  c: StandardConfig,
  spec: StandardInstance,
  catalog: Catalog,
  period: Period,
): PriceLine[] {
  const { hours, months } = period;
  const r = c.region;
  const brokers = c.brokers;
  const lines: PriceLine[] = [
    brokerHoursLine(catalog, r, spec.name, brokers, hours),
    declaredLine(catalog, r, "storage", {
      brokers,
      storagePerBrokerGB: bytesToBilledGB(c.storagePerBrokerBytes),
      months,
    }),
  ];
  if (c.throughputPerBrokerBytesPerSec !== undefined) {
    const throughputPerBrokerMiBps = bytesPerSecondToMiBps(c.throughputPerBrokerBytesPerSec);
    lines.push(declaredLine(catalog, r, "pst", { brokers, throughputPerBrokerMiBps, months }));
  }
  if (c.tieredStoredBytes)
    lines.push(declaredLine(catalog, r, "tieredStorage", { tieredStoredBytes: c.tieredStoredBytes, months }));
  if (c.tieredRetrievedBytes)
    lines.push(declaredLine(catalog, r, "tieredRetrieval", { tieredRetrievedBytes: c.tieredRetrievedBytes }));
  return lines;
}
