// The distributions' samplers and medians exactly at their branch points (src/model/distribution.ts),
// where the two branches' formulas agree in exact arithmetic but not always in the last bit, or
// where a strict test decides whether a candidate is taken:
// - the triangular sampler at u = fc (the mode's CDF) and the triangular median at a mode on the
//   midpoint: both return the mode itself;
// - the gamma sampler (Marsaglia & Tsang 2000) with a candidate exactly on its bounds: v0 = 0 is
//   refused before a w is drawn, and ln w equal to the acceptance bound is refused (the test is
//   strict: ln w < bound). A refused candidate uses uniforms, so every later draw of a Monte Carlo
//   run depends on it.
import { describe, expect, it } from "vitest";
import { makeSampler, medianOf } from "../../src/model/distribution.js";
import { normalQuantile } from "../../src/model/special-functions.js";

/** A next() that hands out the worked uniforms in order and counts them; more is an error. */
function uniforms(list: number[]): { next: () => number; used: () => number } {
  let used = 0;
  return {
    next: () => {
      const v = list[used++];
      if (v === undefined) throw new Error("the sampler asked for more uniforms than worked out");
      return v;
    },
    used: () => used,
  };
}

describe("triangular at its branch points", () => {
  it("the sampler at u = fc = 28/107 (min 0, mode 28, max 107) returns the mode: 107 − √((79/107) × 107 × 79) = 107 − 79 = 28", () => {
    const s = makeSampler({ dist: "triangular", min: 0, mode: 28, max: 107 });
    expect(s(28 / 107, () => 0.5)).toBe(28);
    // one double below fc: the lower branch, 0 + √(u × 107 × 28), just under 28
    expect(s(28 / 107 - 2 ** -54, () => 0.5)).toBeLessThan(28);
  });
  it("the median of a symmetric triangle (min 1.7, mode 4.06 = (1.7 + 6.42)/2, max 6.42) is its mode: 1.7 + √(4.72 × 2.36 / 2) = 1.7 + √5.5696 = 1.7 + 2.36 = 4.06", () => {
    expect((1.7 + 6.42) / 2).toBe(4.06);
    expect(medianOf({ dist: "triangular", min: 1.7, mode: 4.06, max: 6.42 })).toBe(4.06);
  });
});

describe("the gamma sampler's candidates exactly on its bounds (PERT draws)", () => {
  it("v0 = 1 + c·x = 0 exactly is refused without drawing w: PERT 0, 1, 12 (α = 4/3, d = 1, c = 1/3, x = −3)", () => {
    // α = 1 + 4 × 1/12 = 4/3, d = α − 1/3 = 1, c = 1/√9 = 1/3; u = 0.0013498980316301139 is a
    // double whose Φ⁻¹ is exactly −3, so v0 = 1 − 3 × (1/3) = 0: refused (v = 0 has no logarithm).
    const u = 0.0013498980316301139;
    expect(normalQuantile(u)).toBe(-3);
    expect(1 + (1 / Math.sqrt(9 * (1 + (4 * 1) / 12 - 1 / 3))) * -3).toBe(0);
    // Then x = Φ⁻¹(0.5) = 0: v = 1, bound 0, ln 0.5 < 0: X = d = 1 (uniforms: next x, its next, w).
    // Y ~ Gamma(β = 1 + 4 × 11/12 = 14/3): x = 0 again, Y = β − 1/3 = 13/3 (u, next x, w).
    // Sample = 12 × 1 / (1 + 13/3) = 12 × 3/16 = 2.25, with 6 uniforms after u (7 if w were drawn).
    const s = makeSampler({ dist: "pert", min: 0, mode: 1, max: 12 });
    const n = uniforms([0.5, 0.5, 0.5, 0.5, 0.5, 0.5]);
    expect(s(u, n.next)).toBeCloseTo(2.25, 12);
    expect(n.used()).toBe(6);
  });

  it("ln w exactly equal to the bound is refused: PERT 0, 20, 100 (α = 1.8), x = Φ⁻¹(0.002)", () => {
    // d = 1.8 − 1/3 = 1.466667, c = 1/√13.2; x = Φ⁻¹(0.002) = −2.878162: v0 = 1 + c·x = 0.207823,
    // v = v0³; bound = x²/2 + d − d·v + d·ln v = −1.317522 (computed below as the sampler does),
    // and w = 0.2677981500371394 is a double whose ln is exactly that bound: refused.
    const d = 1.8 - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    const x = normalQuantile(0.002);
    const v = (1 + c * x) ** 3;
    const bound = 0.5 * x * x + d - d * v + d * Math.log(v);
    const w = 0.2677981500371394;
    expect(bound).toBeCloseTo(-1.317522, 6);
    expect(Math.log(w)).toBe(bound);
    // Then x = 0: X = d = 22/15; Y ~ Gamma(4.2) at x = 0: Y = 58/15; 100 × 22/(22 + 58) = 27.5.
    // Uniforms after u: next x (0.5), w (the tie), next x (0.5), w (0.5); Y: u, next x, w.
    const s = makeSampler({ dist: "pert", min: 0, mode: 20, max: 100 });
    const n = uniforms([0.5, w, 0.5, 0.5, 0.5, 0.5, 0.5]);
    expect(s(0.002, n.next)).toBeCloseTo(27.5, 12);
    expect(n.used()).toBe(7);
  });
});
