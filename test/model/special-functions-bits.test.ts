// The special functions' results pinned to the last bit (src/model/special-functions.ts), next to
// the closed form each should approach. The tolerance tests in special-functions.test.ts accept
// any result within 1e-12; but a PERT median (`medianOf`, exported, and the value `simulate`
// writes into the workload in place of a distribution) and every normal or lognormal sample are
// these functions' doubles, so a change of branch, of the branch point, of the continued
// fraction's stopping rule, of the bisection's or of the Halley step moves a number a user sees
// in its last digits. Each pin below is the value the published algorithm gives; each is also
// checked against the exact answer where one is known, so a pin can only be re-recorded by
// someone who checks it is still as close.
import { describe, expect, it } from "vitest";
import { medianOf } from "../../src/model/distribution.js";
import { incompleteBeta, normalCdf, normalQuantile } from "../../src/model/special-functions.js";

/** |actual − expected| ≤ rel × |expected|. */
function near(actual: number, expected: number, rel: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));
}

describe("normalCdf at the branch point |x| = 7.07106781186547", () => {
  const edge = 7.07106781186547;
  it("exactly at it: the continued fraction (the rational branch, taken for |x| < edge only, gives 7.687298994e-13)", () => {
    expect(normalCdf(-edge)).toBe(7.687298944391138e-13);
    expect(normalCdf(edge)).toBe(0.9999999999992313);
  });
  it("one double inside it: the rational branch", () => {
    const inside = edge - 8.881784197001252e-16; // the next double towards 0
    expect(inside).toBeLessThan(edge);
    expect(normalCdf(-inside)).toBe(7.687298994354546e-13);
  });
});

describe("normalQuantile: the branch points p = 0.02425 and 1 − 0.02425, and the Halley step", () => {
  it("at p = 0.02425 exactly: the central formula (p < 0.02425 takes the tail's); at 0.97575 likewise", () => {
    expect(normalQuantile(0.02425)).toBe(-1.9729610513118854);
    expect(normalQuantile(1 - 0.02425)).toBe(1.972961051311885);
  });
  it("Φ⁻¹(0.05) = −Z95 = −1.6448536269514722 to one unit in the last place; Φ⁻¹(0.036) pinned", () => {
    near(normalQuantile(0.05), -1.6448536269514722, 2e-16);
    expect(normalQuantile(0.05)).toBe(-1.6448536269514724);
    expect(normalQuantile(0.036)).toBe(-1.7991181068379674);
  });
});

describe("incompleteBeta on either side of x = (a + 1)/(a + b + 2), against closed forms", () => {
  it("I_0.25(1, 5) = 1 − 0.75⁵ = 1 − 0.2373046875 = 0.7626953125: x = (1+1)/(1+5+2) = 0.25 exactly, the symmetric branch", () => {
    near(incompleteBeta(0.25, 1, 5), 0.7626953125, 1e-15);
    expect(incompleteBeta(0.25, 1, 5)).toBe(0.7626953125000003);
  });
  it("I_0.01(5, 1) = 0.01⁵ = 1e-10 (the direct branch far below the split)", () => {
    near(incompleteBeta(0.01, 5, 1), 1e-10, 1e-14);
    expect(incompleteBeta(0.01, 5, 1)).toBe(1.0000000000000011e-10);
  });
  it("I_0.78(5, 1) = 0.78⁵ = 0.2887174368 (just above the split (5+1)/(5+1+2) = 0.75: the symmetric branch)", () => {
    near(incompleteBeta(0.78, 5, 1), 0.2887174368, 1e-14);
    expect(incompleteBeta(0.78, 5, 1)).toBe(0.2887174368000013);
  });
  it("I_0.5(2, 3) = (6 + 4 + 1)/16 = 0.6875; I_0.99(1.2, 4.8) and I_0.3(1.8, 4.2) pinned", () => {
    near(incompleteBeta(0.5, 2, 3), 0.6875, 1e-15);
    expect(incompleteBeta(0.5, 2, 3)).toBe(0.6874999999999996);
    expect(incompleteBeta(0.99, 1.2, 4.8)).toBe(0.9999999996172169);
    expect(incompleteBeta(0.3, 1.8, 4.2)).toBe(0.5482303042619052);
  });
  it("I_0.6(4.8, 1.2): below the split 5.8/8 = 0.725, the direct branch", () => {
    expect(incompleteBeta(0.6, 4.8, 1.2000000000000002)).toBe(0.11435073817673144);
  });
});

describe("PERT medians on [10, 100] (α = 1 + 4(mode − 10)/90, β = 6 − α): the bisection's result", () => {
  it("mode 10 (α = 1, β = 5): 10 + 90 × (1 − 2^(−1/5)) = 10 + 90 × 0.12944943670387588 = 21.65044930334883 (within 2e-15 of it)", () => {
    const m = medianOf({ dist: "pert", min: 10, mode: 10, max: 100 });
    near(m, 10 + 90 * (1 - 2 ** -0.2), 2e-15);
    expect(m).toBe(21.650449303348868);
  });
  it("mode 100 (α = 5, β = 1): 10 + 90 × 2^(−1/5) = 88.34955069665117", () => {
    const m = medianOf({ dist: "pert", min: 10, mode: 100, max: 100 });
    near(m, 10 + 90 * 2 ** -0.2, 2e-15);
    expect(m).toBe(88.34955069665114);
  });
  it("mode 55 (α = β = 3): the midpoint 55 to 1e-15, and the modes mirrored about it give medians mirrored about it", () => {
    near(medianOf({ dist: "pert", min: 10, mode: 55, max: 100 }), 55, 1e-15);
    expect(medianOf({ dist: "pert", min: 10, mode: 55, max: 100 })).toBe(54.99999999999996);
    const lo = medianOf({ dist: "pert", min: 10, mode: 46, max: 100 });
    const hi = medianOf({ dist: "pert", min: 10, mode: 64, max: 100 });
    near(lo + hi, 110, 1e-15);
    expect(lo).toBe(48.29237218020703);
    expect(hi).toBe(61.70762781979297);
  });
  it.each([
    [19, 28.239836532531907],
    [28, 34.900503345326634],
    [37, 41.589953645420664],
  ])("mode %d: %d", (mode, median) => {
    expect(medianOf({ dist: "pert", min: 10, mode, max: 100 })).toBe(median);
  });
  it("on [0, 40]: mode 9 (α = 1.9) and mode 13 (α = 2.3)", () => {
    expect(medianOf({ dist: "pert", min: 0, mode: 9, max: 40 })).toBe(11.809339438667177);
    expect(medianOf({ dist: "pert", min: 0, mode: 13, max: 40 })).toBe(14.784320847452701);
  });
});
