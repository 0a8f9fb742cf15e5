// The unit parser's fast path for plain byte/bit units (src/model/units.ts simpleBytes) must give
// exactly what mathjs gives; mathjs is the reference here.
import fc from "fast-check";
import { create, createUnitDependencies, type FactoryFunctionMap, unitDependencies } from "mathjs";
import { describe, expect, it } from "vitest";
import { parseRate, parseSize } from "../../src/model/units.js";

const math = create({
  unitDependencies: unitDependencies as FactoryFunctionMap,
  createUnitDependencies: createUnitDependencies as FactoryFunctionMap,
});
const UNITS = [
  "B",
  "kB",
  "MB",
  "GB",
  "TB",
  "PB",
  "KiB",
  "MiB",
  "GiB",
  "TiB",
  "PiB",
  "kb",
  "Mb",
  "Gb",
  "Tb",
  "Kib",
  "Mib",
  "Gib",
];
const number = fc.oneof(
  fc.integer({ min: 0, max: 1e9 }),
  fc.double({ min: 0, max: 1e7, noNaN: true }),
  fc.constantFrom(1.5, 0.1, 8.64, 593.75, 312.5),
);

describe("unit parser fast path = mathjs", () => {
  it("law: parseSize(n unit) equals mathjs unit(n, unit).toNumber('B') exactly", () => {
    fc.assert(
      fc.property(number, fc.constantFrom(...UNITS), (n, u) => {
        expect(parseSize(`${n} ${u}`, "x")).toBe(math.unit(n, u).toNumber("B"));
      }),
      { numRuns: 2000 },
    );
  });
  it("law: parseRate(n unit/s) equals mathjs unit(n, unit/s).toNumber('B/s') exactly", () => {
    fc.assert(
      fc.property(number, fc.constantFrom(...UNITS), (n, u) => {
        expect(parseRate(`${n} ${u}/s`, "x")).toBe(math.unit(n, `${u}/s`).toNumber("B/s"));
      }),
      { numRuns: 2000 },
    );
  });
  it("spellings people type still go through the same normalisation", () => {
    expect(parseSize("1000GiB", "x")).toBe(1000 * 2 ** 30);
    expect(parseSize("1 KB", "x")).toBe(1000);
    expect(parseRate("50 MBps", "x")).toBe(50e6);
    expect(parseRate("1 Gbps", "x")).toBe(125e6);
    expect(parseRate("2 TB/day", "x")).toBeCloseTo(2e12 / 86400, 6);
  });
});
