/**
 * The one unit parser. Human units (`50 MiB/s`, `7d`, `2 TiB`, `20%`) become canonical numbers
 * here, at the boundary, and nowhere else: bytes, bytes per second, seconds, fractions.
 * mathjs does the unit algebra (SI and binary prefixes, compound units such as `TB/day`); this
 * module adds the spellings people type (`7d`, `MBps`, `Gbps`, `1 month` = 730 h) and the errors.
 * The hot path never calls it: plans, sweeps and simulations work on the numbers it returns.
 */
import { create, createUnitDependencies, type FactoryFunctionMap, unitDependencies } from "mathjs";
import { BYTES_PER_BILLED_GB, SECONDS_PER_MONTH, SECONDS_PER_YEAR } from "./conventions.js";
import { InputError } from "./errors.js";

type MathJs = ReturnType<typeof create>;
let math: MathJs | undefined;
function mathjs(): MathJs {
  // Created on first use: building the unit tables costs tens of milliseconds.
  if (!math) {
    // The dependency maps are always defined; their .d.ts marks them optional.
    const m = create({
      unitDependencies: unitDependencies as FactoryFunctionMap,
      createUnitDependencies: createUnitDependencies as FactoryFunctionMap,
    });
    // Billing months and years follow the project's 730-hour month (docs/billing-rules.md), not
    // mathjs's 30.44-day month.
    m.createUnit("billingmonth", `${SECONDS_PER_MONTH} s`);
    m.createUnit("billingyear", `${SECONDS_PER_YEAR} s`);
    math = m;
  }
  return math;
}

const NUMBER_AND_UNIT = /^\s*([-+]?(?:\d[\d_,]*\.?\d*|\.\d+)(?:e[-+]?\d+)?)\s*(.*?)\s*$/i;

const TIME_ALIASES: Record<string, string> = {
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

const SIZE_UNIT = /^(?:[kKMGTP]i?B|B|bytes?|[kKMGTP]i?b|bits?)$/;

/** `MBps` → `MB/s`, `Gbps` → `Gb/s`, `MiB/sec` → `MiB/s`, `TB/day` → `TB/day`. */
function normaliseRateUnit(unit: string): string | undefined {
  const ps = /^([kKMGTP]i?[Bb]|B|b)ps$/.exec(unit);
  if (ps) return `${ps[1]}/s`;
  const slash = /^(.+?)\s*\/\s*([a-z]+)$/i.exec(unit);
  if (!slash) return undefined;
  const size = slash[1] as string;
  const time = TIME_ALIASES[(slash[2] as string).toLowerCase()];
  if (!SIZE_UNIT.test(size) || !time) return undefined;
  return `${size
    .replace(/^bytes?$/, "B")
    .replace(/^bits?$/, "b")
    .replace(/^k(i?[Bb])$/, "K$1")
    .replace(/^K([Bb])$/, "k$1")}/${time}`;
}

function normaliseSizeUnit(unit: string): string | undefined {
  if (!SIZE_UNIT.test(unit)) return undefined;
  return unit
    .replace(/^bytes?$/, "B")
    .replace(/^bits?$/, "b")
    .replace(/^k(i?[Bb])$/, "K$1")
    .replace(/^K([Bb])$/, "k$1");
}

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

/** Prefix multipliers of the byte units mathjs knows, for {@link simpleBytes}. */
const BYTE_PREFIX: Record<string, number> = {
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

/**
 * Fast path for a plain byte or bit unit (`GiB`, `MB`, `Gb`, `B`): n × prefix (÷ 8 for bits),
 * without building mathjs's unit tables (~200 ms on the first call, most of `msk-planner price`'s
 * cold start). Gives the same number mathjs does: mathjs multiplies by the prefix and by the
 * power-of-two bit/byte factors, which are exact in binary floating point
 * (test/pricing/units-fast-path.test.ts checks equality). Anything else returns undefined.
 */
function simpleBytes(n: number, unit: string): number | undefined {
  const m = /^(|k|M|G|T|P|Ki|Mi|Gi|Ti|Pi)([Bb])$/.exec(unit);
  if (!m) return undefined;
  const bytes = n * (BYTE_PREFIX[m[1] as string] as number);
  return m[2] === "b" ? bytes / 8 : bytes;
}

/** A size (`1000GiB`, `1.5 TB`, `500 MB`) in bytes. A bare number is an error: the unit matters. */
export function parseSize(value: unknown, path: string): number {
  const { n, unit } = split(value, path, "a size with a unit", "1000GiB");
  const u = normaliseSizeUnit(unit);
  if (!u)
    throw new InputError(
      path,
      `expected a size with a unit such as "1000GiB" or "1.5 TB", got ${JSON.stringify(value)}`,
    );
  return nonNegative(simpleBytes(n, u) ?? mathjs().unit(n, u).toNumber("B"), path, "size", value);
}

/** A data rate (`250MiB/s`, `50 MBps`, `1 Gbps`, `2 TB/day`) in bytes per second. */
export function parseRate(value: unknown, path: string): number {
  const { n, unit } = split(value, path, "a rate with a unit", "50 MiB/s");
  const u = normaliseRateUnit(unit);
  if (!u)
    throw new InputError(
      path,
      `expected a rate with a unit such as "50 MiB/s" or "2 TB/day", got ${JSON.stringify(value)}`,
    );
  const perSecond = u.endsWith("/s") ? simpleBytes(n, u.slice(0, -2)) : undefined;
  return nonNegative(perSecond ?? mathjs().unit(n, u).toNumber("B/s"), path, "rate", value);
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
  return nonNegative(mathjs().unit(n, u).toNumber("s"), path, "duration", value);
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
