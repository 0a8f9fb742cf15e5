/**
 * Conversions from canonical units to billed units, in one place (pricing.md §8 #4).
 * A billed GB is a GiB (2^30 bytes); PST is billed per MiB/s; time per hour, a month is 730 h.
 */
import { BYTES_PER_MIB, HOURS_PER_MONTH } from "../model/conventions.js";

export { bytesToBilledGB } from "../model/units.js";

/** Bytes per second to billed MiB/s (PST). */
export function bytesPerSecondToMiBps(bytesPerSecond: number): number {
  return bytesPerSecond / BYTES_PER_MIB;
}

/** A billing period in hours, as months (for GB-month and MiB/s-month prices). */
export function hoursToMonths(hours: number): number {
  return hours / HOURS_PER_MONTH;
}
