// The unit parser (src/model/units.ts) computes with mathjs's unit arithmetic, step for step, and
// must give exactly what mathjs gives, for every spelling it accepts: mathjs is the reference here,
// with the project's 730-hour billing month (and 12 of them a year) added as units. Seeded by
// test/setup/fast-check.ts.
import fc from "fast-check";
import { create, createUnitDependencies, type FactoryFunctionMap, unitDependencies } from "mathjs";
import { describe, expect, it } from "vitest";
import { SECONDS_PER_MONTH, SECONDS_PER_YEAR } from "../../src/model/conventions.js";
import { parseDuration, parseRate, parseSize } from "../../src/model/units.js";

const math = create({
  unitDependencies: unitDependencies as FactoryFunctionMap,
  createUnitDependencies: createUnitDependencies as FactoryFunctionMap,
});
math.createUnit("billingmonth", `${SECONDS_PER_MONTH} s`);
math.createUnit("billingyear", `${SECONDS_PER_YEAR} s`);

/** Every size unit as mathjs spells it (a bare bit is typed `bit`: `b` alone is not accepted). */
const SIZES = ["B", "kB", "MB", "GB", "TB", "PB", "KiB", "MiB", "GiB", "TiB", "PiB"].flatMap((u) => [
  u,
  u.replace(/B$/, "b"),
]);
/** Every duration spelling the parser accepts, with the mathjs unit it means. */
const TIMES: [string, string][] = [
  ...["s", "sec", "secs", "second", "seconds"].map((a): [string, string] => [a, "s"]),
  ["ms", "ms"],
  ...["m", "min", "mins", "minute", "minutes"].map((a): [string, string] => [a, "minute"]),
  ...["h", "hr", "hrs", "hour", "hours"].map((a): [string, string] => [a, "hour"]),
  ...["d", "day", "days"].map((a): [string, string] => [a, "day"]),
  ...["w", "wk", "week", "weeks"].map((a): [string, string] => [a, "week"]),
  ...["mo", "month", "months"].map((a): [string, string] => [a, "billingmonth"]),
  ...["y", "yr", "year", "years"].map((a): [string, string] => [a, "billingyear"]),
];
const typed = (u: string) => (u === "b" ? "bit" : u);
const number = fc.oneof(
  fc.integer({ min: 0, max: 1e9 }),
  fc.double({ min: 0, max: 1e7, noNaN: true }),
  fc.double({ min: 0, max: 1e300, noNaN: true }),
  fc.constantFrom(0, 1, 1.5, 0.1, 0.3, 8.64, 593.75, 312.5, 1e-7, 7e-300),
);

describe("unit parser = mathjs, every spelling", () => {
  it("law: parseSize(n unit) equals mathjs unit(n, unit).toNumber('B') exactly", () => {
    fc.assert(
      fc.property(number, fc.constantFrom(...SIZES), (n, u) => {
        expect(parseSize(`${n} ${typed(u)}`, "x")).toBe(math.unit(n, u).toNumber("B"));
      }),
      { numRuns: 3000 },
    );
  });
  it("law: parseRate(n SIZE/TIME) equals mathjs unit(n, SIZE/TIME).toNumber('B/s') exactly, every time unit", () => {
    fc.assert(
      fc.property(number, fc.constantFrom(...SIZES), fc.constantFrom(...TIMES), (n, u, [alias, t]) => {
        expect(parseRate(`${n} ${typed(u)}/${alias}`, "x")).toBe(math.unit(n, `${u}/${t}`).toNumber("B/s"));
      }),
      { numRuns: 5000 },
    );
  });
  it("law: parseRate(n SIZEps) equals mathjs unit(n, SIZE/s).toNumber('B/s') exactly", () => {
    fc.assert(
      fc.property(number, fc.constantFrom(...SIZES), (n, u) => {
        expect(parseRate(`${n}${u}ps`, "x")).toBe(math.unit(n, `${u}/s`).toNumber("B/s"));
      }),
      { numRuns: 2000 },
    );
  });
  it("law: parseDuration(n alias) equals mathjs unit(n, unit).toNumber('s') exactly, every alias", () => {
    fc.assert(
      fc.property(number, fc.constantFrom(...TIMES), (n, [alias, t]) => {
        expect(parseDuration(`${n}${alias}`, "x")).toBe(math.unit(n, t).toNumber("s"));
      }),
      { numRuns: 3000 },
    );
  });
  it("the values the fast path must reproduce, worked by hand", () => {
    expect(parseSize("1000GiB", "x")).toBe(1000 * 2 ** 30);
    expect(parseSize("1 KB", "x")).toBe(1000);
    expect(parseRate("50 MBps", "x")).toBe(50e6);
    expect(parseRate("1 Gbps", "x")).toBe(125e6);
    // 2 TB/day: 2 × 8e12 bits × 86400⁻¹ ÷ 8 = 23,148,148.148… B/s
    expect(parseRate("2 TB/day", "x")).toBeCloseTo(2e12 / 86400, 6);
    expect(parseDuration("7d", "x")).toBe(7 * 86400);
    expect(parseDuration("1 month", "x")).toBe(730 * 3600);
    expect(parseDuration("250ms", "x")).toBe(0.25);
  });
  it("…ps spellings normalise as the SIZE/TIME ones do: KBps = KB/s = kB/s, kiBps = KiB/s, Kbps = kb/s", () => {
    expect(parseRate("50 KBps", "x")).toBe(50_000); // 50 × 1,000 B
    expect(parseRate("50 KBps", "x")).toBe(parseRate("50 KB/s", "x"));
    expect(parseRate("2 kiBps", "x")).toBe(2048); // 2 × 1,024 B
    expect(parseRate("1 Kbps", "x")).toBe(125); // 1,000 bits ÷ 8
    expect(parseRate("8 bps", "x")).toBe(1);
    expect(() => parseRate("1 Xbps", "x")).toThrow(/expected a rate with a unit/);
  });
});
