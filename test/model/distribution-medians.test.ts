// Medians of truncated and degenerate distributions, worked by hand (src/model/distribution.ts
// medianOf and the floor a field's minimum sets): the value `simulate` writes into the workload in
// place of a distribution, and the value a zero-width distribution's every sample takes.
import { describe, expect, it } from "vitest";
import { extractDistributions, makeSampler, medianOf } from "../../src/model/distribution.js";
import { incompleteBeta } from "../../src/model/special-functions.js";

describe("degenerate distributions are their one value", () => {
  it("normal with sd 0 at its lower bound: 5 (median and every sample)", () => {
    const d = { dist: "normal", mean: 5, sd: 0, min: 5 } as const;
    expect(medianOf(d)).toBe(5);
    expect(makeSampler(d)(0.3, () => 0.5)).toBe(5);
  });
  it("lognormal with p95 = p50 (σ = 0) at its upper bound: 8", () => {
    const d = { dist: "lognormal", p50: 8, p95: 8, max: 8 } as const;
    expect(medianOf(d)).toBe(8);
    expect(makeSampler(d)(0.9, () => 0.5)).toBe(8);
  });
  it("PERT with min = mode = max: 7", () => {
    expect(medianOf({ dist: "pert", min: 7, mode: 7, max: 7 })).toBe(7);
  });
});

describe("untruncated medians are the centre exactly; PERT's is the Beta median on [min, max]", () => {
  it("normal: the mean; lognormal: p50 (not exp(ln p50), which rounds)", () => {
    expect(medianOf({ dist: "normal", mean: 10, sd: 2 }, Number.NEGATIVE_INFINITY)).toBe(10);
    expect(medianOf({ dist: "lognormal", p50: 10, p95: 20 })).toBe(10);
  });
  it("PERT 10, 28, 100: α = 1 + 4·18/90 = 1.8, β = 1 + 4·72/90 = 4.2; I_((m−10)/90)(1.8, 4.2) = ½", () => {
    const m = medianOf({ dist: "pert", min: 10, mode: 28, max: 100 });
    expect(incompleteBeta((m - 10) / 90, 1.8, 4.2)).toBeCloseTo(0.5, 9);
    // Beta(1.8, 4.2)'s median is about (α − ⅓)/(α + β − ⅔) = 0.275 of the way: 10 + 0.275 × 90 ≈ 34.75.
    expect(m).toBeGreaterThan(34);
    expect(m).toBeLessThan(35.5);
  });
});

describe("truncated medians: the middle of the mass left between the bounds", () => {
  it("normal mean 10, sd 2, min 12 (z = 1): the mass is [Φ(1), 1], median at Φ⁻¹((0.841345 + 1)/2) = 1.409609", () => {
    // 10 + 2 × Φ⁻¹(0.9206724) = 10 + 2 × 1.409609 = 12.81922 (Φ(1.41) = 0.920730, φ(1.41) = 0.1476: 1.41 − 0.0000576/0.1476)
    expect(medianOf({ dist: "normal", mean: 10, sd: 2, min: 12 })).toBeCloseTo(12.81922, 4);
  });
  it("normal mean 10, sd 2, min 10: the mass is [½, 1], median at Φ⁻¹(¾) = 0.6744898: 11.34898", () => {
    // 10 + 2 × 0.6744898 = 11.3489796
    expect(medianOf({ dist: "normal", mean: 10, sd: 2, min: 10 })).toBeCloseTo(11.34898, 4);
  });
  it("lognormal p50 10, p95 20, max 10: the mass is [0, ½], median at Φ⁻¹(¼): 7.5259", () => {
    // σ = ln(20/10) / 1.6448536 = 0.4214036; 10 × exp(0.4214036 × −0.6744898) = 10 × exp(−0.2842324) = 10 × 0.7525917 = 7.52592
    expect(medianOf({ dist: "lognormal", p50: 10, p95: 20, max: 10 })).toBeCloseTo(7.52592, 4);
  });
});

describe("a field's minimum is the floor of its distribution's median", () => {
  it("compressionRatio (≥ 1), normal mean 1, sd 1: truncated at 1, median 1 + Φ⁻¹(¾) = 1.67449", () => {
    const { distributions } = extractDistributions({
      streams: [{ name: "a", compressionRatio: { dist: "normal", mean: 1, sd: 1 } }],
    });
    // Truncated at 0 instead it would be 1 + Φ⁻¹((Φ(−1) + 1) / 2) = 1 + Φ⁻¹(0.579328) = 1.2000.
    expect(distributions[0]?.median).toBeCloseTo(1.67449, 4);
  });
});
