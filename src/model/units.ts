/**
 * The one unit parser. Human units (`50 MiB/s`, `7d`, `2 TiB`, `20%`) become canonical numbers
 * here, at the boundary, and nowhere else: bytes, bytes per second, seconds, fractions.
 * The spellings people type (`7d`, `MBps`, `Gbps`, `TB/day`, `1 month` = 730 h) are normalised to
 * a size unit and a time unit, and the number is computed with mathjs's own unit arithmetic, step
 * for step (below), so it is bit-identical to what mathjs's unit algebra gives:
 * test/model/units-fast-path.test.ts checks every spelling against mathjs, which is the reference
 * there. mathjs itself is not loaded at run time: loading it and building its unit tables cost a
 * quarter of a command's start-up (issue #14).
 * The hot path never calls this module: plans, sweeps and simulations work on the numbers it returns.
 */
import { BYTES_PER_BILLED_GB, SECONDS_PER_MONTH, SECONDS_PER_YEAR } from "./conventions.js";
import { InputError } from "./errors.js";

const NUMBER_AND_UNIT = /^\s*([-+]?(?:\d[\d_,]*\.?\d*|\.\d+)(?:e[-+]?\d+)?)\s*(.*?)\s*$/i;

/** A time unit of {@link TIME_ALIASES} in seconds: mathjs's unit value × prefix (`ms` = s × m). */
const SECONDS = {
  s: 1,
  ms: 1 * 0.001,
  minute: 60,
  hour: 3600,
  day: 86400,
  week: 7 * 86400,
  billingmonth: SECONDS_PER_MONTH,
  billingyear: SECONDS_PER_YEAR,
} as const;
type TimeUnit = keyof typeof SECONDS;

const TIME_ALIASES: Record<string, TimeUnit> = {
  s: "s",
  sec: "s",
  secs: "s",
  second: "s",
  seconds: "s",
  ms: "ms",
  m: "minute",
  min: "minute",
  mins: "minute",
  minute: "minute",
  minutes: "minute",
  h: "hour",
  hr: "hour",
  hrs: "hour",
  hour: "hour",
  hours: "hour",
  d: "day",
  day: "day",
  days: "day",
  w: "week",
  wk: "week",
  week: "week",
  weeks: "week",
  mo: "billingmonth",
  month: "billingmonth",
  months: "billingmonth",
  y: "billingyear",
  yr: "billingyear",
  year: "billingyear",
  years: "billingyear",
};

function split(value: unknown, path: string, what: string, example: string): { n: number; unit: string } {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new InputError(path, `expected ${what}, got ${value}`);
    return { n: value, unit: "" };
  }
  if (typeof value !== "string")
    throw new InputError(path, `expected ${what} such as "${example}", got ${describe(value)}`);
  const m = NUMBER_AND_UNIT.exec(value);
  if (!m) throw new InputError(path, `expected ${what} such as "${example}", got "${value}"`);
  const n = Number((m[1] as string).replace(/[_,]/g, ""));
  if (!Number.isFinite(n))
    throw new InputError(path, `expected ${what} such as "${example}", got "${value}"`);
  return { n, unit: m[2] as string };
}

function describe(v: unknown): string {
  if (v === undefined) return "nothing";
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  return typeof v === "object" ? "an object" : JSON.stringify(v);
}

function nonNegative(n: number, path: string, what: string, raw: unknown): number {
  if (n < 0) throw new InputError(path, `expected a non-negative ${what}, got ${JSON.stringify(raw)}`);
  return n;
}

/** Prefix multipliers of the byte and bit units, as mathjs defines them. */
const PREFIX: Record<string, number> = {
  "": 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
};

/** The size spellings: `GiB`, `MB`, `KB` (= kB), `kiB` (= KiB), `Gb`, `B`, `byte(s)`, `bit(s)`. */
const SIZE_UNIT = /^(?:[kKMGTP]i?B|B|bytes?|[kKMGTP]i?b|bits?)$/;

/**
 * Bits per unit of a size spelling (mathjs's unit value, b 1 and B 8, × prefix), after the
 * spellings are normalised to mathjs's (`KB` → kB, `kiB` → KiB, `bytes` → B); undefined if the
 * spelling is no size mathjs knows.
 */
function bitsPer(spelling: string): number | undefined {
  const unit = spelling
    .replace(/^bytes?$/, "B")
    .replace(/^bits?$/, "b")
    .replace(/^k(i?[Bb])$/, "K$1")
    .replace(/^K([Bb])$/, "k$1");
  const m = /^(|k|M|G|T|P|Ki|Mi|Gi|Ti|Pi)([Bb])$/.exec(unit);
  return m ? (m[2] === "B" ? 8 : 1) * (PREFIX[m[1] as string] as number) : undefined;
}

/** A rate spelling (`MBps`, `Gbps`, `MiB/sec`, `TB/day`): bits per size unit and seconds per time unit. */
function rateUnit(unit: string): { bits: number; seconds: number } | undefined {
  const ps = /^([kKMGTP]i?[Bb]|B|b)ps$/.exec(unit);
  const slash = ps ? undefined : /^(.+?)\s*\/\s*([a-z]+)$/i.exec(unit);
  const size = ps ? (ps[1] as string) : slash && SIZE_UNIT.test(slash[1] as string) ? slash[1] : undefined;
  const time = ps ? "s" : slash ? TIME_ALIASES[(slash[2] as string).toLowerCase()] : undefined;
  const bits = size === undefined ? undefined : bitsPer(size);
  return bits === undefined || time === undefined ? undefined : { bits, seconds: SECONDS[time] };
}

// The numbers below are computed as mathjs computes `unit(n, u).toNumber(target)` with plain
// numbers: the value is normalised as n × Math.pow(unit value × prefix, power) per unit, then
// divided by the same for each unit of the target (B = 8 bits, s = 1; a power of −1 is
// Math.pow(x, −1), which is not always 1 / x). Same operations in the same order: same bits.

/** A size (`1000GiB`, `1.5 TB`, `500 MB`) in bytes. A bare number is an error: the unit matters. */
export function parseSize(value: unknown, path: string): number {
  const { n, unit } = split(value, path, "a size with a unit", "1000GiB");
  const bits = SIZE_UNIT.test(unit) ? bitsPer(unit) : undefined;
  if (bits === undefined)
    throw new InputError(
      path,
      `expected a size with a unit such as "1000GiB" or "1.5 TB", got ${JSON.stringify(value)}`,
    );
  // mathjs: unit(n, u).toNumber("B")
  return nonNegative((n * bits) / 8, path, "size", value);
}

/** A data rate (`250MiB/s`, `50 MBps`, `1 Gbps`, `2 TB/day`) in bytes per second. */
export function parseRate(value: unknown, path: string): number {
  const { n, unit } = split(value, path, "a rate with a unit", "50 MiB/s");
  const u = rateUnit(unit);
  if (!u)
    throw new InputError(
      path,
      `expected a rate with a unit such as "50 MiB/s" or "2 TB/day", got ${JSON.stringify(value)}`,
    );
  // mathjs: unit(n, "SIZE/TIME").toNumber("B/s")
  // biome-ignore lint/style/useExponentiationOperator: the same call mathjs makes (see above)
  return nonNegative((n * u.bits * Math.pow(u.seconds, -1)) / 8, path, "rate", value);
}

/** A duration (`7d`, `24h`, `30 days`, `1 month` = 730 h) in seconds. */
export function parseDuration(value: unknown, path: string): number {
  const { n, unit } = split(value, path, "a duration with a unit", "7d");
  const u = TIME_ALIASES[unit.toLowerCase()];
  if (!u)
    throw new InputError(
      path,
      `expected a duration with a unit such as "7d" or "24h", got ${JSON.stringify(value)}`,
    );
  // mathjs: unit(n, u).toNumber("s")
  return nonNegative(n * SECONDS[u], path, "duration", value);
}

/** A count: a number or numeric string (`1,000` and `1_000` allowed), optionally a whole number ≥ min. */
export function parseCount(
  value: unknown,
  path: string,
  opts: { integer?: boolean; min?: number } = {},
): number {
  const { n, unit } = split(value, path, "a number", "3");
  if (unit !== "") throw new InputError(path, `expected a plain number, got ${JSON.stringify(value)}`);
  if (opts.integer && !Number.isInteger(n))
    throw new InputError(path, `expected a whole number, got ${JSON.stringify(value)}`);
  const min = opts.min ?? 0;
  if (n < min) throw new InputError(path, `expected a number ≥ ${min}, got ${JSON.stringify(value)}`);
  return n;
}

/** A fraction: `20%` → 0.2, or a plain number already a fraction (`0.2`). */
export function parseFraction(value: unknown, path: string): number {
  const { n, unit } = split(value, path, "a fraction or percentage", "20%");
  if (unit === "%") return n / 100;
  if (unit === "") return n;
  throw new InputError(
    path,
    `expected a fraction or percentage such as "20%" or 0.2, got ${JSON.stringify(value)}`,
  );
}

/** Bytes to billed GB (GiB, 2^30 bytes; docs/billing-rules.md). Re-exported by src/pricing/billing.ts. */
export function bytesToBilledGB(bytes: number): number {
  return bytes / BYTES_PER_BILLED_GB;
}
