/**
 * Wording of feasibility reasons and notes, in one place. A reason names the constraint, the
 * actual value, the limit and what it applies to: "partitions per broker 2,400 > 1,000 for
 * kafka.m5.large × 3 brokers". Built only for the chosen or closest candidate, never in hot loops.
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
/** AWS quota tables state "MBps" (10^6 B/s, sizing.md C7): shown in that unit. */
export function mbps(bytesPerSec: number): string {
  return `${num(bytesPerSec / BYTES_PER_MB, 2)} MBps`;
}
export function gib(bytes: number): string {
  return `${num(bytes / BYTES_PER_GIB, 0)} GiB`;
}

/** "<what> <actual> > <limit>[ (<why>)][ for <subject>]". */
export function exceeds(what: string, actual: string, limit: string, why?: string, subject?: string): string {
  return `${what} ${actual} > ${limit}${why ? ` (${why})` : ""}${subject ? ` for ${subject}` : ""}`;
}
