/**
 * Conversions from canonical units to billed units, in one place (docs/billing-rules.md).
 * A billed GB is a GiB (2^30 bytes); PST is billed per MiB/s; time per hour, a month is 730 h.
 */
import { BYTES_PER_MIB, HOURS_PER_MONTH } from "../model/conventions.js";

export { bytesToBilledGB } from "../model/units.js";

/** Bytes per second to billed MiB/s (PST). */
export function bytesPerSecondToMiBps(bytesPerSecond: number): number {
  return bytesPerSecond / BYTES_PER_MIB;
}

/**
 * A billing period in hours, as months (for GB-month and MiB/s-month prices). `hoursPerMonth` is
 * the project's 730 h unless a caller prices one calendar month of another length (docs/billing-rules.md
 * D1: a 31-day month of 744 h holds 1 GB-month per GB provisioned).
 */
export function hoursToMonths(hours: number, hoursPerMonth: number = HOURS_PER_MONTH): number {
  return hours / hoursPerMonth;
}
