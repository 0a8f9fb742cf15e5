// The special functions behind the distributions (src/model/special-functions.ts) against known
// values: Φ and Φ⁻¹ from published tables (to double precision), lnΓ at half-integers and integers
// (Γ(½) = √π, Γ(10) = 9! = 362,880), and I_x(a, b) where it is a binomial sum:
// I_x(a, b) = Σ_{j=a}^{a+b−1} C(a+b−1, j) x^j (1−x)^(a+b−1−j) for whole a, b.
import { describe, expect, it } from "vitest";
import {
  betaQuantile,
  incompleteBeta,
  logGamma,
  normalCdf,
  normalQuantile,
} from "../../src/model/special-functions.js";

/** |actual − expected| ≤ rel × |expected| (or ≤ rel when expected is 0). */
function near(actual: number, expected: number, rel: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.max(Math.abs(expected), 1e-300));
}

describe("normalCdf", () => {
  it.each([
    [0, 0.5],
    [1, 0.8413447460685429],
    [-1, 0.15865525393145707],
    [2, 0.9772498680518208],
    [-3, 0.0013498980316300946],
  ])("Φ(%d) = %d", (x, p) => near(normalCdf(x), p, 1e-13));
  // |x| ≥ 7.07: the continued-fraction branch, accurate to about 1e-8 of the value this far out.
  it.each([
    [-8, 6.220960574271785e-16],
    [-10, 7.619853024160527e-24],
    [-30, 4.906713927148187e-198],
  ])("Φ(%d) = %d", (x, p) => near(normalCdf(x), p, 1e-7));
  it("beyond |x| = 37 the tail is 0 (and 1); at 37 it is not yet", () => {
    expect(normalCdf(-37)).toBeGreaterThan(0);
    expect(normalCdf(-37.5)).toBe(0);
    expect(normalCdf(40)).toBe(1);
  });
});

describe("normalQuantile", () => {
  it.each([
    [0.5, 0],
    [0.25, -0.6744897501960817],
    [0.975, 1.959963984540054],
    // the lower tail (p < 0.02425) and the upper tail (p > 0.97575)
    [0.01, -2.3263478740408408],
    [0.99, 2.3263478740408408],
    [0.999, 3.090232306167813],
  ])("Φ⁻¹(%d) = %d", (p, x) => near(normalQuantile(p), x, 1e-12));
  it("Φ⁻¹(1e-10) = −6.361340902404056 (as exact as Φ is there: 1e-9 of it)", () =>
    near(normalQuantile(1e-10), -6.361340902404056, 1e-9));
  it("0 and 1 (and beyond) are −∞ and +∞", () => {
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(-1)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe("logGamma", () => {
  it.each([
    [0.5, 0.5723649429247001], // ln √π
    [1, 0],
    [2.5, 0.2846828704729192], // ln(1.5 × 0.5 × √π) = ln 1.3293404
    [10, 12.801827480081469], // ln 362,880
    [30, 71.25703896716801], // ln 29!
  ])("lnΓ(%d) = %d", (x, v) => expect(logGamma(x)).toBeCloseTo(v, 9));
});

describe("incompleteBeta and betaQuantile", () => {
  it("I_0.2(2, 3) = 6·0.2²·0.8² + 4·0.2³·0.8 + 0.2⁴ = 0.1536 + 0.0256 + 0.0016 = 0.1808 (the direct branch)", () => {
    expect(incompleteBeta(0.2, 2, 3)).toBeCloseTo(0.1808, 12);
    expect(betaQuantile(0.1808, 2, 3)).toBeCloseTo(0.2, 12);
  });
  it("I_0.5(2, 3) = (6 + 4 + 1)/16 = 0.6875 (the symmetric branch: x ≥ (a+1)/(a+b+2) = 3/7)", () => {
    expect(incompleteBeta(0.5, 2, 3)).toBeCloseTo(0.6875, 12);
    expect(betaQuantile(0.6875, 2, 3)).toBeCloseTo(0.5, 12);
  });
  it("I_0.9(3, 1) = 0.9³ = 0.729; I_0.1(1, 3) = 1 − 0.9³ = 0.271", () => {
    expect(incompleteBeta(0.9, 3, 1)).toBeCloseTo(0.729, 12);
    expect(incompleteBeta(0.1, 1, 3)).toBeCloseTo(0.271, 12);
  });
  it("I_x(2.5, 4.5) at x = 0.3: within 1e-12 of 1 − I_0.7(4.5, 2.5) (the two branches agree)", () => {
    expect(incompleteBeta(0.3, 2.5, 4.5)).toBeCloseTo(1 - incompleteBeta(0.7, 4.5, 2.5), 12);
  });
  it("0 at and below x = 0, 1 at and above x = 1", () => {
    expect(incompleteBeta(0, 2, 3)).toBe(0);
    expect(incompleteBeta(-0.5, 2, 3)).toBe(0);
    expect(incompleteBeta(1, 2, 3)).toBe(1);
    expect(incompleteBeta(1.5, 2, 3)).toBe(1);
  });
});
