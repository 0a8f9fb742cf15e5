// The unit parser as a user meets it (src/model/units.ts): every spelling it accepts, worked out
// by hand, and the one-line message for each kind of bad input, naming the field. The fast-path
// test compares spellings with mathjs; this one pins the numbers and the words themselves.
import { describe, expect, it } from "vitest";
import { parseCount, parseDuration, parseFraction, parseRate, parseSize } from "../../src/model/units.js";

const message = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("expected an error");
};

describe("sizes in bytes", () => {
  it.each<[string, number]>([
    ["1 KB", 1000], // KB is kB (SI)
    ["1 kB", 1000],
    ["1 kiB", 1024], // kiB is KiB
    ["1 KiB", 1024],
    ["1 byte", 1],
    ["3 bytes", 3],
    ["8 bit", 1],
    ["16 bits", 2],
    ["1 Mb", 1e6 / 8],
    ["1 Gb", 1e9 / 8],
    ["1 Gib", 2 ** 30 / 8],
    ["1 Tib", 2 ** 40 / 8],
    [".5 GiB", 2 ** 29],
    ["+2 B", 2],
    ["1e3 B", 1000],
    ["1.5E3 B", 1500],
    ["1,000 GiB", 1000 * 2 ** 30],
    ["1_000GiB", 1000 * 2 ** 30],
    ["1 TB", 1e12],
    ["1 PB", 1e15],
    ["1 PiB", 2 ** 50],
  ])("%s = %d B", (s, bytes) => {
    expect(parseSize(s, "p")).toBe(bytes);
  });
});

describe("rates in bytes per second", () => {
  it.each<[string, number]>([
    ["1 Gbps", 1e9 / 8],
    ["8 bps", 1],
    ["1 Bps", 1],
    ["1 KBps", 1000],
    ["1 kiBps", 1024],
    ["1 Mibps", 2 ** 20 / 8],
    ["1 MB/s", 1e6],
    ["1 MiB / sec", 2 ** 20],
    ["1 bit/s", 1 / 8],
    ["2 bytes/s", 2],
    ["1 B/ms", 1000],
    ["60 B/min", 1],
    ["1 GiB/h", 2 ** 30 / 3600],
    ["2 TB/day", 2e12 / 86_400],
    ["7 B/week", 7 / 604_800],
    ["1 B/month", 1 / 2_628_000], // a month is 730 h
    ["1 B/yr", 1 / 31_536_000], // a year is 365 days
  ])("%s = %d B/s", (s, bps) => {
    expect(Math.abs(parseRate(s, "p") / bps - 1)).toBeLessThan(1e-12); // to float rounding
  });
});

describe("durations in seconds", () => {
  it.each<[string, number]>([
    ["1 s", 1],
    ["1 sec", 1],
    ["1 secs", 1],
    ["1 second", 1],
    ["2 seconds", 2],
    ["1 ms", 0.001],
    ["1 m", 60], // m is minutes for a duration
    ["1 min", 60],
    ["2 mins", 120],
    ["1 minute", 60],
    ["2 minutes", 120],
    ["1 h", 3600],
    ["1 hr", 3600],
    ["2 hrs", 7200],
    ["1 hour", 3600],
    ["2 hours", 7200],
    ["1 HOUR", 3600],
    ["1 d", 86_400],
    ["1 day", 86_400],
    ["2 days", 172_800],
    ["7 D", 604_800],
    ["1 w", 604_800],
    ["1 wk", 604_800],
    ["1 week", 604_800],
    ["2 weeks", 1_209_600],
    ["1 mo", 730 * 3600],
    ["1 month", 730 * 3600],
    ["2 months", 2 * 730 * 3600],
    ["1 y", 365 * 86_400],
    ["1 yr", 365 * 86_400],
    ["1 year", 365 * 86_400],
    ["2 years", 2 * 365 * 86_400],
  ])("%s = %d s", (s, seconds) => {
    expect(parseDuration(s, "p")).toBe(seconds);
  });
});

describe("counts and fractions", () => {
  it("a count: plain numbers with , or _ separators; the minimum exactly and one below", () => {
    expect(parseCount("1,000", "p")).toBe(1000);
    expect(parseCount("1_000", "p")).toBe(1000);
    expect(parseCount(0, "p")).toBe(0);
    expect(parseCount(3, "p", { min: 3 })).toBe(3);
    expect(message(() => parseCount(2, "p", { min: 3 }))).toBe("p: expected a number ≥ 3, got 2");
    expect(message(() => parseCount(-1, "p"))).toBe("p: expected a number ≥ 0, got -1");
    expect(parseCount(2.5, "p")).toBe(2.5);
    expect(message(() => parseCount(2.5, "p", { integer: true }))).toBe(
      "p: expected a whole number, got 2.5",
    );
    expect(message(() => parseCount("3 GiB", "p"))).toBe('p: expected a plain number, got "3 GiB"');
  });

  it("a fraction: 20% = 0.2, 0.2 as is; any other unit refused", () => {
    expect(parseFraction("20%", "p")).toBe(0.2);
    expect(parseFraction(" 20 % ", "p")).toBe(0.2);
    expect(parseFraction(0.2, "p")).toBe(0.2);
    expect(parseFraction("0.2", "p")).toBe(0.2);
    expect(message(() => parseFraction("20 pct", "p"))).toBe(
      'p: expected a fraction or percentage such as "20%" or 0.2, got "20 pct"',
    );
  });
});

describe("bad input: one line naming the field and what was expected", () => {
  it.each<[string, () => unknown, string]>([
    [
      "Infinity",
      () => parseRate(Number.POSITIVE_INFINITY, "p"),
      "p: expected a rate with a unit, got Infinity",
    ],
    ["NaN", () => parseRate(Number.NaN, "p"), "p: expected a rate with a unit, got NaN"],
    [
      "nothing",
      () => parseSize(undefined, "p"),
      'p: expected a size with a unit such as "1000GiB", got nothing',
    ],
    ["null", () => parseSize(null, "p"), 'p: expected a size with a unit such as "1000GiB", got null'],
    ["a list", () => parseSize([], "p"), 'p: expected a size with a unit such as "1000GiB", got a list'],
    [
      "an object",
      () => parseSize({}, "p"),
      'p: expected a size with a unit such as "1000GiB", got an object',
    ],
    ["a boolean", () => parseSize(true, "p"), 'p: expected a size with a unit such as "1000GiB", got true'],
    ["no number", () => parseSize("abc", "p"), 'p: expected a size with a unit such as "1000GiB", got "abc"'],
    [
      "overflow",
      () => parseSize("1e999 GiB", "p"),
      'p: expected a size with a unit such as "1000GiB", got "1e999 GiB"',
    ],
    [
      "a count for a duration",
      () => parseCount(undefined, "p"),
      'p: expected a number such as "3", got nothing',
    ],
    [
      "a bare number for a size",
      () => parseSize(1000, "p"),
      'p: expected a size with a unit such as "1000GiB" or "1.5 TB", got 1000',
    ],
    [
      "an unknown size unit",
      () => parseSize("5 parsecs", "p"),
      'p: expected a size with a unit such as "1000GiB" or "1.5 TB", got "5 parsecs"',
    ],
    [
      "no number for a rate",
      () => parseRate("fast", "p"),
      'p: expected a rate with a unit such as "50 MiB/s", got "fast"',
    ],
    [
      "no number for a duration",
      () => parseDuration("long", "p"),
      'p: expected a duration with a unit such as "7d", got "long"',
    ],
    [
      "no number for a fraction",
      () => parseFraction("most", "p"),
      'p: expected a fraction or percentage such as "20%", got "most"',
    ],
    ["a negative size", () => parseSize("-5 GiB", "p"), 'p: expected a non-negative size, got "-5 GiB"'],
    ["a negative rate", () => parseRate("-1 MB/s", "p"), 'p: expected a non-negative rate, got "-1 MB/s"'],
    [
      "a negative duration",
      () => parseDuration("-1d", "p"),
      'p: expected a non-negative duration, got "-1d"',
    ],
    [
      "a size for a rate",
      () => parseRate("50 MiB", "p"),
      'p: expected a rate with a unit such as "50 MiB/s" or "2 TB/day", got "50 MiB"',
    ],
    [
      "an unknown time unit in a rate",
      () => parseRate("1 MB/fortnight", "p"),
      'p: expected a rate with a unit such as "50 MiB/s" or "2 TB/day", got "1 MB/fortnight"',
    ],
    [
      "an unknown size unit in a rate",
      () => parseRate("1 furlong/s", "p"),
      'p: expected a rate with a unit such as "50 MiB/s" or "2 TB/day", got "1 furlong/s"',
    ],
    [
      "trailing text after a ps rate",
      () => parseRate("1 MBpsx", "p"),
      'p: expected a rate with a unit such as "50 MiB/s" or "2 TB/day", got "1 MBpsx"',
    ],
    [
      "trailing text after a time unit",
      () => parseRate("1 MB/s2", "p"),
      'p: expected a rate with a unit such as "50 MiB/s" or "2 TB/day", got "1 MB/s2"',
    ],
    [
      "a bare number for a duration",
      () => parseDuration("7", "p"),
      'p: expected a duration with a unit such as "7d" or "24h", got "7"',
    ],
    [
      "an unknown duration unit",
      () => parseDuration("1 fortnight", "p"),
      'p: expected a duration with a unit such as "7d" or "24h", got "1 fortnight"',
    ],
  ])("%s", (_, f, expected) => {
    expect(message(f)).toBe(expected);
  });
});
