/**
 * Small arithmetic shared by the sizers. Broker counts come from loads ÷ per-broker capacity;
 * a tolerance keeps exact quotients (45 MBps ÷ 15 MBps = 3) from rounding up on float noise.
 * Each is a rule declared in ./rules.ts (whence the workbook's formulas), unrolled here for the
 * sizer's inner loop; test/report/sizing-declarations.property.test.ts holds the two equal.
 */
import { EPS } from "./rules.js";

/** Brokers needed to carry `load` at `capacityPerBroker` each: 0 for no load, Infinity for no capacity. */
export function brokersFor(load: number, capacityPerBroker: number): number {
  if (!(load > 0)) return 0;
  if (!(capacityPerBroker > 0)) return Number.POSITIVE_INFINITY;
  return Math.ceil(load / capacityPerBroker - EPS);
}

/**
 * Whether `load` at `capacity` per broker needs at most `n` brokers (brokersFor ≤ n), shown with a
 * product instead of the quotient — not a rule, a shortcut for a sizer that needs only the largest
 * count: load < capacity × n with a margin of 1e-12 over float rounding means load ÷ capacity < n,
 * so its tolerant ceiling is at most n. False when that does not show it (also for no capacity, a
 * NaN, or a load or capacity that is not finite): then take the quotient.
 */
export function fitsIn(load: number, capacity: number, n: number): boolean {
  return load <= capacity * n * (1 - 1e-12) && capacity < Number.POSITIVE_INFINITY;
}

/** Round a broker count up to a multiple of the AZ count (brokers are spread evenly over AZs). */
export function roundUpToMultiple(n: number, of: number): number {
  return Math.ceil(n / of - EPS) * of;
}

/** ceil() with the same tolerance, for whole GiB and whole MiB/s. */
export function ceilTolerant(x: number): number {
  return Math.ceil(x - EPS * Math.max(1, Math.abs(x)));
}

/**
 * Partition replicas one broker may hold: the recommended count × the partitions target, never
 * above the size's maximum. MSK's best practices give both figures per size (leaders and followers);
 * the recommended one may be exceeded after testing (a target above 100 %), the maximum not: above it
 * MSK blocks update operations on Standard brokers and refuses partitions on Express.
 */
export function partitionsPerBroker(recommended: number, share: number, maximum: number): number {
  return Math.min(recommended * share, maximum);
}

/** Load on the surviving brokers when one of `azs` AZs is lost: × azs/(azs − 1); 1 when not tolerated. */
export function azLossFactor(azs: number, tolerateAzLoss: boolean): number {
  return tolerateAzLoss ? azs / (azs - 1) : 1;
}
