// One PERT draw worked by hand (src/model/distribution.ts: Beta(α, β) as X / (X + Y), each a
// Gamma draw by Marsaglia & Tsang 2000), with chosen uniforms that take each branch of the gamma
// sampler once: a candidate refused because v ≤ 0, one refused by the log test, one accepted. The
// PERT mean law in test/simulate/distribution.test.ts cannot see a changed constant in the sampler;
// this pins the sample a Monte Carlo run would report, and how many uniforms it uses.
import { describe, expect, it } from "vitest";
import { makeSampler } from "../../src/model/distribution.js";
import { normalCdf } from "../../src/model/special-functions.js";

describe("PERT min 0, mode 20, max 100: one draw by hand", () => {
  it("X = 2.159353, Y = 2.964454, sample 100·X/(X+Y) = 42.1435, eight further uniforms used", () => {
    // α = 1 + 4·(20 − 0)/100 = 1.8, β = 1 + 4·(100 − 20)/100 = 4.2.
    //
    // X ~ Gamma(1.8): d = 1.8 − 1/3 = 1.466667, c = 1/√(9d) = 1/√13.2 = 0.2752409.
    //   try 1, x = Φ⁻¹(u) = −4: v0 = 1 + c·x = 1 − 1.100964 = −0.100964 ≤ 0, refused (no w drawn).
    //   try 2, x = 1: v0 = 1.2752409, v = v0³ = 2.073847; bound = x²/2 + d − d·v + d·ln v
    //          = 0.5 + 1.466667 − 3.041642 + 1.466667 × 0.729405 = −0.005181;
    //          w = 0.999, ln w = −0.0010005 ≥ bound: refused.
    //   try 3, x = 0.5: v0 = 1.1376205, v = 1.472286; bound = 0.125 + 1.466667 − 2.159353
    //          + 1.466667 × 0.386816 = −0.000356; w = 0.5, ln w = −0.693147 < bound: X = d·v = 2.159353.
    // Y ~ Gamma(4.2): d = 3.866667, c = 1/√34.8 = 0.1695159.
    //   x = −0.5: v0 = 0.9152421, v = 0.766669; bound = 0.125 + 3.866667 − 2.964454
    //          + 3.866667 × (−0.265700) = −0.000161; w = 0.5 accepted: Y = d·v = 2.964454.
    // Sample = 0 + 100 × 2.159353 / (2.159353 + 2.964454) = 42.1435.
    const sample = makeSampler({ dist: "pert", min: 0, mode: 20, max: 100 });
    // The uniforms after u, in the order the sampler asks for them: [next x, w] per try that
    // gets as far as the log test, [next x] for a try refused at v ≤ 0; then Y's u, next x, w.
    const uniforms = [normalCdf(1), normalCdf(0.5), 0.999, 0.6, 0.5, normalCdf(-0.5), 0.6, 0.5];
    let used = 0;
    const next = () => {
      const v = uniforms[used++];
      if (v === undefined) throw new Error("the sampler asked for more uniforms than worked out");
      return v;
    };
    const value = sample(normalCdf(-4), next);
    expect(value).toBeCloseTo(42.1435, 3);
    expect(used).toBe(8);
  });

  it("both candidates accepted at once (x = 0): X = α − 1/3, Y = β − 1/3, sample 27.5", () => {
    // x = Φ⁻¹(0.5) = 0: v0 = 1, v = 1, bound = 0 + d − d + 0 = 0 and ln 0.5 < 0: Gamma = d.
    // X = 1.8 − 1/3 = 22/15, Y = 4.2 − 1/3 = 58/15: 100 × 22 / (22 + 58) = 27.5.
    const sample = makeSampler({ dist: "pert", min: 0, mode: 20, max: 100 });
    expect(sample(0.5, () => 0.5)).toBeCloseTo(27.5, 9);
  });
});
