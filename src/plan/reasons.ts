/**
 * Number formats for reasons and notes, in one place. A reason is an Infeasibility worded by
 * describeInfeasibility (src/plan/infeasibility.ts); built only for the chosen or closest
 * candidate, never in hot loops.
 */
import { BYTES_PER_GIB, BYTES_PER_MB, BYTES_PER_MIB } from "../model/conventions.js";

/**
 * One Intl.NumberFormat per digit count: `toLocaleString` with options builds a new one on every
 * call, which was 70% of an alternative's evaluation (they word notes per evaluation).
 */
const FORMATS = new Map<number, Intl.NumberFormat>();

/** "12,345.6": grouped, at most `digits` decimals (the same text as `n.toLocaleString("en-US", …)`). */
export function num(n: number, digits = 1): string {
  let f = FORMATS.get(digits);
  if (!f) {
    f = new Intl.NumberFormat("en-US", { maximumFractionDigits: digits });
    FORMATS.set(digits, f);
  }
  return f.format(n);
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
