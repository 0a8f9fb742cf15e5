/**
 * Number formats for reasons and notes, in one place. A reason is an Infeasibility worded by
 * describeInfeasibility (src/plan/infeasibility.ts); built only for the chosen or closest
 * candidate, never in hot loops.
 */
import { BYTES_PER_GIB, BYTES_PER_MB, BYTES_PER_MIB } from "../model/conventions.js";
import { formatFixedEnUs } from "../model/number-text.js";

/**
 * "12,345.6": grouped, at most `digits` decimals (the same text as `n.toLocaleString("en-US", …)`,
 * without loading ICU: src/model/number-text.ts).
 */
export function num(n: number, digits = 1): string {
  return formatFixedEnUs(n, digits);
}
export function pct(f: number): string {
  return `${num(f * 100, 1)}%`;
}
export function mibps(bytesPerSec: number): string {
  return `${num(bytesPerSec / BYTES_PER_MIB, 1)} MiB/s`;
}
/** AWS quota tables state "MBps" (10^6 B/s, docs/sizing-model.md): shown in that unit. */
export function mbps(bytesPerSec: number): string {
  return `${num(bytesPerSec / BYTES_PER_MB, 2)} MBps`;
}
export function gib(bytes: number): string {
  return `${num(bytes / BYTES_PER_GIB, 0)} GiB`;
}
