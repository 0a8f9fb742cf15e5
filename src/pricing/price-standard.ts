/**
 * Standard brokers: broker-hours, provisioned EBS storage, provisioned storage throughput (PST),
 * tiered storage held and retrieved. Billing rules: pricing.md §1 and §3.4.
 * Units in: bytes, bytes/s, hours. Units billed: broker-hours; GB-months and GB with a billed GB =
 * GiB (§8 #4); PST per MiB/s-month per broker (§3.2). Plain number arithmetic (called in loops).
 */
import { BYTES_PER_GIB, BYTES_PER_MIB } from "../model/conventions.js";
import { InputError } from "../model/errors.js";
import { PST_MIN_VOLUME_GIB, STANDARD_INSTANCES, type StandardInstance } from "../model/instances.js";
import { bytesPerSecondToMiBps, bytesToBilledGB } from "./billing.js";
import type { Catalog } from "./catalog-schema.js";
import type { Period } from "./period.js";
import type { StandardConfig } from "./configuration.js";
import { brokerDimension } from "./dimensions.js";
import type { LineItem } from "./line-item.js";
import { pricedLine } from "./priced-line.js";
import { checkQuantity } from "./validate-config.js";

const PST_CAPABLE = STANDARD_INSTANCES.filter((i) => i.pst).map((i) => i.name);

function gib(bytes: number): string {
  return `${+(bytes / BYTES_PER_GIB).toPrecision(6)} GiB`;
}

/** Validate the Standard-only fields against the instance's limits (sizing.md §1.2). */
function validateStandard(c: StandardConfig, spec: StandardInstance): void {
  const storage = checkQuantity(c.storagePerBrokerBytes, "storagePerBroker");
  const min = spec.storageMinGiB * BYTES_PER_GIB;
  const max = spec.storageMaxGiB * BYTES_PER_GIB;
  if (storage < min || storage > max) {
    throw new InputError(
      "storagePerBroker",
      `expected ${spec.storageMinGiB} GiB to ${spec.storageMaxGiB.toLocaleString("en-US")} GiB per broker (pricing.md §3.4), got ${gib(storage)}`,
    );
  }
  if (c.throughputPerBrokerBytesPerSec !== undefined) {
    const t = checkQuantity(c.throughputPerBrokerBytesPerSec, "throughputPerBroker");
    if (!spec.pst) {
      throw new InputError(
        "throughputPerBroker",
        `${spec.name} does not support provisioned storage throughput; it needs one of ${PST_CAPABLE.join(", ")} (sizing.md §1.2)`,
      );
    }
    const mibps = t / BYTES_PER_MIB;
    if (mibps < spec.pst.minMiBps || mibps > spec.pst.maxMiBps) {
      throw new InputError(
        "throughputPerBroker",
        `expected ${spec.pst.minMiBps} to ${spec.pst.maxMiBps} MiB/s for ${spec.name} (sizing.md §1.2), got ${+mibps.toPrecision(6)} MiB/s`,
      );
    }
    if (storage < PST_MIN_VOLUME_GIB * BYTES_PER_GIB) {
      throw new InputError("storagePerBroker", `provisioned storage throughput needs at least ${PST_MIN_VOLUME_GIB} GiB per broker, got ${gib(storage)}`);
    }
  }
  const tiered = c.tieredStoredBytes !== undefined || c.tieredRetrievedBytes !== undefined;
  if (c.tieredStoredBytes !== undefined) checkQuantity(c.tieredStoredBytes, "tieredStored");
  if (c.tieredRetrievedBytes !== undefined) checkQuantity(c.tieredRetrievedBytes, "tieredRetrieved");
  if (tiered && !spec.tieredStorage) {
    throw new InputError(c.tieredStoredBytes !== undefined ? "tieredStored" : "tieredRetrieved", `${spec.name} does not support tiered storage (sizing.md §1.2)`);
  }
}

/**
 * Line items of a Standard cluster for `hours`. `spec` is the validated instance spec.
 * - brokers: brokers × hours broker-hours.
 * - storage: brokers × provisioned GB × hours/730 GB-months (charged on provisioned size, §1).
 * - PST: brokers × provisioned MiB/s × hours/730 MiB/s-months, on the full provisioned amount
 *   (§8 #2, basis unverified); only when throughputPerBroker is set (250 MiB/s default is free).
 * - tiered: average GB held × hours/730 GB-months, plus GB retrieved (lines only when non-zero).
 */
export function priceStandard(c: StandardConfig, spec: StandardInstance, catalog: Catalog, period: Period): LineItem[] {
  validateStandard(c, spec);
  const { hours, months } = period;
  const r = c.region;
  const lines: LineItem[] = [
    pricedLine(catalog, r, brokerDimension(spec.name), "instance", `Broker instances (${spec.name})`, c.brokers * hours, "broker-hours"),
    pricedLine(catalog, r, "storage", "storagePerBroker", "Broker storage (EBS, provisioned)", c.brokers * bytesToBilledGB(c.storagePerBrokerBytes) * months, "GB-months"),
  ];
  if (c.throughputPerBrokerBytesPerSec !== undefined) {
    const q = c.brokers * bytesPerSecondToMiBps(c.throughputPerBrokerBytesPerSec) * months;
    lines.push(pricedLine(catalog, r, "pst", "throughputPerBroker", "Provisioned storage throughput (full provisioned MiB/s; basis unverified)", q, "MiB/s-months"));
  }
  if (c.tieredStoredBytes) {
    lines.push(pricedLine(catalog, r, "tieredStorage", "tieredStored", "Tiered storage", bytesToBilledGB(c.tieredStoredBytes) * months, "GB-months"));
  }
  if (c.tieredRetrievedBytes) {
    lines.push(pricedLine(catalog, r, "tieredRetrieval", "tieredRetrieved", "Tiered storage retrieval", bytesToBilledGB(c.tieredRetrievedBytes), "GB"));
  }
  return lines;
}

