// Distributions by hand: each sampler at chosen uniforms (the arithmetic written out), the far-tail
// truncation (the mass wholly outside [min, max] is the nearer bound), whole-number fields, and the
// exact text of every parse error. Complements test/simulate/distribution.test.ts (laws, medians).
import { describe, expect, it } from "vitest";
import { type Distribution, makeSampler, medianOf, parseDistribution } from "../../src/model/distribution.js";
import { normalCdf } from "../../src/model/special-functions.js";
import { STREAM_FIELDS } from "../../src/model/workload-fields.js";

const MiB = 1024 ** 2;
const never = () => {
  throw new Error("no further uniform expected");
};
const at = (d: Distribution, u: number, floor = 0, integer = false) =>
  makeSampler(d, floor, integer)(u, never);

describe("samplers at chosen uniforms", () => {
  it("uniform [10, 20]: 10 + 10u", () => {
    expect([0, 0.25, 1].map((u) => at({ dist: "uniform", min: 10, max: 20 }, u))).toEqual([10, 12.5, 20]);
  });
  it("triangular (0, 1, 4): below the mode's CDF 1/4, √(u·4·1); above, 4 − √((1−u)·4·3)", () => {
    const d: Distribution = { dist: "triangular", min: 0, mode: 1, max: 4 };
    expect(at(d, 1 / 16)).toBe(0.5); // √(1/16 · 4) = √0.25
    expect(at(d, 0.25)).toBe(1); // the mode: √(0.25 · 4) = 1, and 4 − √(0.75 · 12) = 4 − 3 = 1
    expect(at(d, 11 / 12)).toBe(3); // 4 − √(1/12 · 12) = 3
    expect(at({ dist: "triangular", min: 5, mode: 5, max: 5 }, 0.7)).toBe(5); // zero width
  });
  it("triangular (2, 4, 10), off zero: the mode's CDF is (4 − 2) / 8 = 1/4", () => {
    const d: Distribution = { dist: "triangular", min: 2, mode: 4, max: 10 };
    expect(at(d, 1 / 16)).toBe(3); // 2 + √(1/16 · 8 · 2) = 2 + 1
    expect(at(d, 0.25)).toBeCloseTo(4, 12); // the mode
    expect(at(d, 47 / 48)).toBeCloseTo(9, 12); // 10 − √(1/48 · 8 · 6) = 10 − 1
    expect(at(d, 0.5)).toBeCloseTo(10 - Math.sqrt(24), 12); // above 1/4: 10 − √(0.5 · 8 · 6)
    // Medians: mode below the midpoint 6 → 10 − √(8 · 6 / 2); above → 2 + √(8 · 6 / 2); at it, 6.
    expect(medianOf(d)).toBeCloseTo(10 - Math.sqrt(24), 12);
    expect(medianOf({ dist: "triangular", min: 2, mode: 8, max: 10 })).toBeCloseTo(2 + Math.sqrt(24), 12);
    expect(medianOf({ dist: "triangular", min: 2, mode: 6, max: 10 })).toBeCloseTo(6, 12);
  });
  it("PERT of zero width is its one value, without drawing", () => {
    expect(at({ dist: "pert", min: 7, mode: 7, max: 7 }, 0.3)).toBe(7);
  });
  it("normal, untruncated below: u = Φ(1) gives mean + sd", () => {
    expect(at({ dist: "normal", mean: 100, sd: 10 }, normalCdf(1), Number.NEGATIVE_INFINITY)).toBeCloseTo(
      110,
      9,
    );
    expect(at({ dist: "normal", mean: 100, sd: 10 }, 0.5, Number.NEGATIVE_INFINITY)).toBeCloseTo(100, 9);
  });
  it("normal truncated to [−1, 1]: u spans Φ(−1)..Φ(1), so u = 0 is −1, ½ is 0, 1 is 1", () => {
    const d: Distribution = { dist: "normal", mean: 0, sd: 1, min: -1, max: 1 };
    expect(at(d, 0, -10)).toBeCloseTo(-1, 9);
    expect(at(d, 0.5, -10)).toBeCloseTo(0, 9);
    expect(at(d, 1, -10)).toBeCloseTo(1, 9);
    // The floor truncates too when it is above min: [0, 1], u = ½ is Φ⁻¹((½ + Φ(1)) / 2).
    expect(at(d, 0, 0)).toBeCloseTo(0, 9);
  });
  it("lognormal p50 10, p95 40: u = ½ is 10, u = 0.95 is 40 (σ = ln 4 / 1.645)", () => {
    const d: Distribution = { dist: "lognormal", p50: 10, p95: 40 };
    expect(at(d, 0.5)).toBeCloseTo(10, 6);
    expect(at(d, 0.95)).toBeCloseTo(40, 3);
  });
  it("sd 0 is a constant, clipped into [min, max]", () => {
    expect(at({ dist: "normal", mean: 5, sd: 0 }, 0.9)).toBe(5);
    expect(at({ dist: "normal", mean: 5, sd: 0, min: 6 }, 0.9)).toBe(6);
    expect(at({ dist: "normal", mean: 5, sd: 0, max: 4 }, 0.9)).toBe(4);
    expect(medianOf({ dist: "normal", mean: 5, sd: 0, max: 4 })).toBe(4);
  });
  it("whole-number fields round the draw, never below the floor", () => {
    const d: Distribution = { dist: "uniform", min: 0, max: 10 };
    expect(at(d, 0.26, 1, true)).toBe(3); // 2.6 → 3
    expect(at(d, 0.04, 1, true)).toBe(1); // 0.4 → 0, raised to the floor 1
    expect(at(d, 0.26, 1, false)).toBe(2.6);
  });
});

describe("the far tail: all the mass outside [min, max] is the nearer bound (a real bug, fixed)", () => {
  // Before the fix the two bounds were swapped: mean 0, sd 1, min 50 sampled and had median +∞
  // (a workload with an infinite ingress), and a mass above max took min.
  it("mass below min (Φ(50) = 1 at both ends): min", () => {
    const d: Distribution = { dist: "normal", mean: 0, sd: 1, min: 50 };
    expect(medianOf(d)).toBe(50);
    expect(at(d, 0.5)).toBe(50);
    expect(medianOf({ ...d, max: 60 })).toBe(50);
    expect(medianOf({ dist: "lognormal", p50: 1, p95: 2, min: 1e6 })).toBe(1e6);
  });
  it("mass above max (Φ(−50) = 0 at both ends): max", () => {
    const d: Distribution = { dist: "normal", mean: 0, sd: 1, min: -100, max: -50 };
    expect(medianOf(d, -100)).toBe(-50);
    expect(at(d, 0.5, -100)).toBe(-50);
  });
  it("one σ inside a bound is not a far tail", () => {
    const d: Distribution = { dist: "normal", mean: 0, sd: 1, min: 1 };
    expect(medianOf(d)).toBeGreaterThan(1);
    expect(medianOf(d)).toBeLessThan(2);
  });
});

describe("parse errors, word for word", () => {
  const ingress = STREAM_FIELDS.ingress;
  const partitions = STREAM_FIELDS.partitions;
  const parse =
    (raw: unknown, field = ingress) =>
    () =>
      parseDistribution(raw, field, "streams.a.ingress");
  it("min above max, mode outside [min, max]", () => {
    expect(parse({ dist: "uniform", min: 9, max: 3 }, partitions)).toThrow(
      "streams.a.ingress: min must not exceed max (min 9 > max 3 in canonical units)",
    );
    expect(parse({ dist: "uniform", min: 3, max: 3 }, partitions)()).toEqual({
      dist: "uniform",
      min: 3,
      max: 3,
    });
    expect(parse({ dist: "triangular", min: 3, mode: 2, max: 9 }, partitions)).toThrow(
      "streams.a.ingress: min must not exceed mode (min 3 > mode 2 in canonical units)",
    );
    expect(parse({ dist: "pert", min: 3, mode: 10, max: 9 }, partitions)).toThrow(
      "streams.a.ingress: mode must not exceed max (mode 10 > max 9 in canonical units)",
    );
    expect(parse({ dist: "pert", min: 3, mode: 3, max: 3 }, partitions)()).toEqual({
      dist: "pert",
      min: 3,
      mode: 3,
      max: 3,
    });
  });
  it("normal: min above max; with sd 0, a mean outside [min, max]", () => {
    expect(parse({ dist: "normal", mean: 5, sd: 1, min: 9, max: 3 }, partitions)).toThrow(
      "streams.a.ingress: min must not exceed max (min 9 > max 3 in canonical units)",
    );
    // sd 0 needs a field whose minimum is 0: ingress (5 MiB/s = 5,242,880 B/s, 6 MiB/s = 6,291,456).
    expect(parse({ dist: "normal", mean: "5 MiB/s", sd: "0 MiB/s", min: "6 MiB/s" })).toThrow(
      "streams.a.ingress: min must not exceed mean (min 6291456 > mean 5242880 in canonical units)",
    );
    expect(parse({ dist: "normal", mean: "5 MiB/s", sd: "0 MiB/s", max: "4 MiB/s" })).toThrow(
      "streams.a.ingress: mean must not exceed max (mean 5242880 > max 4194304 in canonical units)",
    );
    // With a spread, a mean outside the bounds is a truncation, not an error; at the bound, fine.
    expect(parse({ dist: "normal", mean: 5, sd: 1, min: 6 }, partitions)()).toEqual({
      dist: "normal",
      mean: 5,
      sd: 1,
      min: 6,
    });
    expect(
      parse({ dist: "normal", mean: "5 MiB/s", sd: "0 MiB/s", min: "5 MiB/s", max: "5 MiB/s" })(),
    ).toEqual({
      dist: "normal",
      mean: 5 * MiB,
      sd: 0,
      min: 5 * MiB,
      max: 5 * MiB,
    });
  });
  it("lognormal: p50 must be above 0; p95 at least p50 (equal is allowed); min above max", () => {
    expect(parse({ dist: "lognormal", p50: "0 MiB/s", p95: "3 MiB/s" })).toThrow(
      'streams.a.ingress.p50: a lognormal needs p50 > 0, got "0 MiB/s"',
    );
    expect(parse({ dist: "lognormal", p50: "9 MiB/s", p95: "3 MiB/s" })).toThrow(
      'streams.a.ingress: p95 must be at least p50 (p95 "3 MiB/s" < p50 "9 MiB/s")',
    );
    expect(parse({ dist: "lognormal", p50: 3, p95: 3 }, partitions)()).toEqual({
      dist: "lognormal",
      p50: 3,
      p95: 3,
    });
    expect(
      parse({ dist: "lognormal", p50: "1 MiB/s", p95: "2 MiB/s", min: "5 MiB/s", max: "4 MiB/s" }),
    ).toThrow(
      `streams.a.ingress: min must not exceed max (min ${5 * MiB} > max ${4 * MiB} in canonical units)`,
    );
    expect(
      parse({ dist: "lognormal", p50: "1 MiB/s", p95: "2 MiB/s", min: "1 MiB/s", max: "4 MiB/s" })(),
    ).toEqual({
      dist: "lognormal",
      p50: MiB,
      p95: 2 * MiB,
      min: MiB,
      max: 4 * MiB,
    });
  });
  it("a bad parameter is named by its own path", () => {
    const bad = "-1 MiB/s";
    const cases: [Record<string, unknown>, string][] = [
      [{ dist: "uniform", min: bad, max: "1 MiB/s" }, "min"],
      [{ dist: "uniform", min: "1 MiB/s", max: bad }, "max"],
      [{ dist: "triangular", min: bad, mode: "1 MiB/s", max: "2 MiB/s" }, "min"],
      [{ dist: "triangular", min: "1 MiB/s", mode: bad, max: "2 MiB/s" }, "mode"],
      [{ dist: "pert", min: "1 MiB/s", mode: "1 MiB/s", max: bad }, "max"],
      [{ dist: "normal", mean: bad, sd: "1 MiB/s" }, "mean"],
      [{ dist: "normal", mean: "1 MiB/s", sd: bad }, "sd"],
      [{ dist: "normal", mean: "1 MiB/s", sd: "1 MiB/s", min: bad }, "min"],
      [{ dist: "normal", mean: "1 MiB/s", sd: "1 MiB/s", max: bad }, "max"],
      [{ dist: "lognormal", p50: bad, p95: "1 MiB/s" }, "p50"],
      [{ dist: "lognormal", p50: "1 MiB/s", p95: bad }, "p95"],
      [{ dist: "lognormal", p50: "1 MiB/s", p95: "1 MiB/s", min: bad }, "min"],
      [{ dist: "lognormal", p50: "1 MiB/s", p95: "1 MiB/s", max: bad }, "max"],
    ];
    for (const [raw, key] of cases)
      expect(parse(raw), key).toThrow(new RegExp(`^streams\\.a\\.ingress\\.${key}: `));
  });
  it("an unknown distribution, an unexpected key, a missing parameter", () => {
    expect(parse({ dist: "zipf", min: 1 })).toThrow(
      'streams.a.ingress: unknown distribution "zipf"; expected one of uniform, triangular, pert, normal, lognormal',
    );
    expect(parse({ dist: "uniform", min: 1, max: 2, mode: 1 }, partitions)).toThrow(
      "streams.a.ingress: unexpected key mode for dist uniform",
    );
    expect(parse({ dist: "uniform", min: 1 }, partitions)).toThrow(/^streams\.a\.ingress\.max: /);
  });
});
