// A distribution's refusals word for word where zod finds the problem (src/model/distribution.ts
// parseDistribution: several unknown keys listed with ", ", a missing bound named by its path with
// zod's own reason, never a generic "invalid distribution"), and medianOf's lognormal truncation at
// a floor below 0 (the library's medianOf takes any floor): a bound at or below 0 is −∞ on the log
// scale, so it truncates nothing.
import { describe, expect, it } from "vitest";
import { medianOf, parseDistribution, Z95 } from "../../src/model/distribution.js";
import { normalCdf, normalQuantile } from "../../src/model/special-functions.js";
import { STREAM_FIELDS } from "../../src/model/workload-fields.js";
import { thrownInputError as thrown } from "../helpers/thrown.js";

const partitions = STREAM_FIELDS.partitions;

describe("parseDistribution's zod refusals", () => {
  it("two unknown keys are both named, joined by a comma and a space", () => {
    const e = thrown(() =>
      parseDistribution({ dist: "uniform", min: 1, max: 2, extra: 3, more: 4 }, partitions, "p"),
    );
    expect(e.message).toBe("p: unexpected key extra, more for dist uniform");
  });
  it("a missing bound is named by its path, with zod's reason (what was received)", () => {
    const e = thrown(() => parseDistribution({ dist: "uniform", min: 1 }, partitions, "p"));
    expect(e.message).toMatch(/^p\.max: \S.* received undefined$/);
    const sd = thrown(() => parseDistribution({ dist: "normal", mean: 5 }, partitions, "p"));
    expect(sd.message).toMatch(/^p\.sd: \S.* received undefined$/);
    expect(sd.message).not.toContain("invalid distribution");
  });
});

describe("medianOf, a lognormal truncated above, at floors of 0 and below", () => {
  // p50 5, p95 9: σ = ln(9/5)/Z95 = 0.5877866649/1.6448536270 = 0.3573489186; max 6 is
  // z = ln(6/5)/σ = 0.1823215568/0.3573489186 = 0.5102059844, Φ(z) = 0.6950; no lower bound (the
  // floor ≤ 0 is −∞ on the log scale, Φ = 0), so the median is at Φ⁻¹(0.6950/2 = 0.3475) = −0.3922:
  // 5 × exp(0.3573 × −0.3922) = 5 × 0.8692 = 4.346.
  const d = { dist: "lognormal", p50: 5, p95: 9, max: 6 } as const;
  it("floor 0: 4.346, as worked", () => {
    const sigma = Math.log(9 / 5) / Z95;
    const zMax = Math.log(6 / 5) / sigma;
    expect(zMax).toBeCloseTo(0.5102059844, 9);
    const want = 5 * Math.exp(sigma * normalQuantile(normalCdf(zMax) / 2));
    expect(medianOf(d, 0)).toBeCloseTo(want, 12);
    expect(medianOf(d, 0)).toBeCloseTo(4.346, 3);
  });
  it("a floor of −1 (or −∞) truncates nothing more: the same median, not NaN", () => {
    expect(medianOf(d, -1)).toBe(medianOf(d, 0));
    expect(medianOf(d, Number.NEGATIVE_INFINITY)).toBe(medianOf(d, 0));
  });
});
