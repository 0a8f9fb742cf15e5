// The en-US number texts written without ICU (src/model/number-text.ts) are Intl.NumberFormat's,
// character for character: over random doubles of every magnitude and sign (seeded, the suite's
// seed), over decimal halves (where rounding the shortest decimal and rounding the binary value
// differ), and at the edges (zeros, the exponent forms String switches to, not finite).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatEnUs, formatFixedEnUs, formatSignificantEnUs } from "../../src/model/number-text.js";

const FIXED: [max: number, min: number][] = [
  [0, 0],
  [1, 0],
  [2, 0],
  [2, 2],
  [3, 0],
  [4, 1],
  [8, 2],
];
const SIGNIFICANT = [1, 2, 4, 6];

const fixedIntl = FIXED.map(
  ([max, min]) => new Intl.NumberFormat("en-US", { maximumFractionDigits: max, minimumFractionDigits: min }),
);
const significantIntl = SIGNIFICANT.map(
  (s) => new Intl.NumberFormat("en-US", { maximumSignificantDigits: s }),
);

/** Compared as strings first (fast), so expect() runs only to report a difference. */
function expectAsIntl(x: number): void {
  FIXED.forEach(([max, min], i) => {
    const got = formatFixedEnUs(x, max, min);
    const want = fixedIntl[i]?.format(x);
    if (got !== want) expect(got, `${x} fixed ${max},${min}`).toBe(want);
  });
  SIGNIFICANT.forEach((s, i) => {
    const got = formatSignificantEnUs(x, s);
    const want = significantIntl[i]?.format(x);
    if (got !== want) expect(got, `${x} significant ${s}`).toBe(want);
  });
  expect(formatEnUs(x), `${x} toLocaleString`).toBe(x.toLocaleString("en-US"));
}

describe("en-US numbers without ICU", () => {
  it("worked examples: grouping, half away from zero on the decimal as written, minus zero", () => {
    expect(formatFixedEnUs(1234567.891, 2, 2)).toBe("1,234,567.89");
    // 1.005 is 1.00499999999999989… in binary: Intl rounds the decimal "1.005", so up
    expect(formatFixedEnUs(1.005, 2)).toBe("1.01");
    expect(formatFixedEnUs(999.995, 2, 2)).toBe("1,000.00");
    expect(formatFixedEnUs(-0.001, 2)).toBe("-0");
    expect(formatFixedEnUs(1e21, 0)).toBe("1,000,000,000,000,000,000,000");
    expect(formatSignificantEnUs(12345.6, 4)).toBe("12,350");
    expect(formatSignificantEnUs(0.00012345, 4)).toBe("0.0001235");
    expect(formatEnUs(-0)).toBe("-0");
  });

  it("edges: zeros, halves, exponent forms, extremes, not finite", () => {
    for (const x of [
      0,
      -0,
      0.5,
      -0.5,
      1.5,
      2.5,
      9.995,
      99.995,
      0.045,
      8.345,
      0.0001,
      1e-7,
      1.5e-7,
      -1.5e-7,
      1e21,
      1.5e21,
      1.2345678e25,
      999999.995,
      5e-324,
      Number.MAX_VALUE,
      Number.MAX_SAFE_INTEGER,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
    ])
      expectAsIntl(x);
  });

  it("random doubles of every magnitude and sign: the same text as Intl", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (x) => expectAsIntl(x)),
      { numRuns: 3000 },
    );
  });

  it("decimal halves and near-halves (k/10^d ± tiny): the same text as Intl", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.integer({ min: 0, max: 9 }),
        fc.constantFrom(0, 5, 4, 6, 49, 50, 51, 499, 500, 501),
        (k, d, tail) => {
          for (const x of [k / 10 ** d + tail / 10 ** (d + 3), (k * 1000 + tail) / 10 ** (d + 3)])
            expectAsIntl(x);
        },
      ),
      { numRuns: 1500 },
    );
  });
});
