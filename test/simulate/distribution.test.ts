import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  extractDistributions,
  makeSampler,
  medianOf,
  parseDistribution,
} from "../../src/model/distribution.js";
import { InputError } from "../../src/model/errors.js";
import {
  betaQuantile,
  incompleteBeta,
  normalCdf,
  normalQuantile,
} from "../../src/model/special-functions.js";
import { STREAM_FIELDS } from "../../src/model/workload-fields.js";
import { Prng } from "../../src/plan/simulate/prng.js";

const MiB = 1024 ** 2;

describe("special functions (known values)", () => {
  it("Φ matches tabulated values (Abramowitz & Stegun table 26.1)", () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(1)).toBeCloseTo(0.8413447460685429, 14);
    expect(normalCdf(-2)).toBeCloseTo(0.022750131948179195, 15);
    expect(normalCdf(1.6448536269514722)).toBeCloseTo(0.95, 14);
  });
  it("law: Φ⁻¹ inverts Φ", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }), (p) => {
        expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 12);
      }),
    );
  });
  it("incomplete beta: I_x(1,1) = x, I_0.5(a,a) = 0.5, I_x(2,1) = x²", () => {
    expect(incompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 12);
    expect(incompleteBeta(0.5, 3.7, 3.7)).toBeCloseTo(0.5, 12);
    expect(incompleteBeta(0.4, 2, 1)).toBeCloseTo(0.16, 12);
    expect(betaQuantile(0.5, 2, 1)).toBeCloseTo(Math.SQRT1_2, 12);
  });
});

describe("distributions", () => {
  const ingress = STREAM_FIELDS.ingress;
  it("hand-worked medians: uniform midpoint; triangular (0,0,1) median 1 − √½; lognormal median p50", () => {
    expect(medianOf({ dist: "uniform", min: 10, max: 30 })).toBe(20);
    expect(medianOf({ dist: "triangular", min: 0, mode: 0, max: 1 })).toBeCloseTo(1 - Math.SQRT1_2, 14);
    expect(medianOf({ dist: "triangular", min: 0, mode: 1, max: 1 })).toBeCloseTo(Math.SQRT1_2, 14);
    expect(medianOf({ dist: "lognormal", p50: 20, p95: 60 })).toBeCloseTo(20, 10);
    // Implicitly truncated at 0 (the field's floor): 5σ away, so the median moves by < 1e-5.
    expect(medianOf({ dist: "normal", mean: 50, sd: 10 })).toBeCloseTo(50, 4);
    expect(medianOf({ dist: "normal", mean: 50, sd: 10 }, Number.NEGATIVE_INFINITY)).toBe(50);
    expect(medianOf({ dist: "pert", min: 0, mode: 5, max: 10 })).toBeCloseTo(5, 10);
    // Truncated normal at [mean, ∞): median at Φ⁻¹(0.75) σ above the mean.
    expect(medianOf({ dist: "normal", mean: 0, sd: 1, min: 0 })).toBeCloseTo(0.6744897501960817, 9);
  });
  it("parses values in the field's units: lognormal p50 20 MiB/s, p95 60 MiB/s", () => {
    const d = parseDistribution({ dist: "lognormal", p50: "20 MiB/s", p95: "60 MiB/s" }, ingress, "ingress");
    expect(d).toEqual({ dist: "lognormal", p50: 20 * MiB, p95: 60 * MiB });
  });
  it("bad distributions name the path", () => {
    expect(() =>
      parseDistribution({ dist: "uniform", min: "9 MiB/s", max: "3 MiB/s" }, ingress, "streams.a.ingress"),
    ).toThrow(/^streams\.a\.ingress: min must not exceed max/);
    expect(() =>
      parseDistribution({ dist: "lognormal", p50: "9 MiB/s", p95: "3 MiB/s" }, ingress, "ingress"),
    ).toThrow(/^ingress: p95 must be at least p50/);
    expect(() => parseDistribution({ dist: "zipf", min: 1 }, ingress, "ingress")).toThrow(
      /^ingress: unknown distribution "zipf"/,
    );
    expect(() => parseDistribution({ dist: "uniform", min: 3, max: "9 MiB/s" }, ingress, "ingress")).toThrow(
      InputError,
    );
    expect(() => parseDistribution({ dist: "uniform", min: "1 MiB/s" }, ingress, "ingress")).toThrow(
      /^ingress/,
    );
  });
  it("extractDistributions replaces each by its median in human units and keeps the input intact", () => {
    const raw = {
      region: "us-east-1",
      azs: 3,
      targets: { storageHeadroom: { dist: "uniform", min: 1.5, max: 2.5 } },
      streams: [
        {
          name: "orders",
          ingress: { dist: "lognormal", p50: "20 MiB/s", p95: "60 MiB/s" },
          retention: { dist: "triangular", min: "1d", mode: "1d", max: "1d" },
          partitions: { dist: "uniform", min: 10, max: 13 },
        },
      ],
    };
    const copy = structuredClone(raw);
    const { input, distributions } = extractDistributions(raw);
    expect(raw).toEqual(copy);
    const streams = (input as { streams: Record<string, unknown>[] }).streams;
    expect(streams[0]?.ingress).toBe(`${20 * MiB} B/s`);
    expect(streams[0]?.retention).toBe("86400 s");
    expect(streams[0]?.partitions).toBe(12); // median 11.5 rounds to a whole number of partitions
    expect((input as { targets: Record<string, unknown> }).targets.storageHeadroom).toBe(2);
    expect(distributions.map((d) => d.path)).toEqual([
      "targets.storageHeadroom",
      "streams.orders.ingress",
      "streams.orders.retention",
      "streams.orders.partitions",
    ]);
    expect(distributions[1]?.streamIndex).toBe(0);
  });
  it("a distribution on a non-numeric field is rejected with its path", () => {
    expect(() => extractDistributions({ region: { dist: "uniform", min: 1, max: 2 } })).toThrow(
      /^region: this field cannot be a distribution/,
    );
    expect(() =>
      extractDistributions({ streams: [{ name: "a", color: { dist: "uniform", min: 1, max: 2 } }] }),
    ).toThrow(/^streams\.a\.color:/);
  });
  it("law: samples stay within [min, max] and their empirical median approaches the median", () => {
    const cases = [
      { dist: "uniform", min: 2, max: 9 },
      { dist: "triangular", min: 1, mode: 2, max: 10 },
      { dist: "pert", min: 1, mode: 2, max: 10 },
      { dist: "normal", mean: 5, sd: 3, min: 0, max: 12 },
      { dist: "lognormal", p50: 20, p95: 60, max: 100 },
    ] as const;
    for (const d of cases) {
      const s = makeSampler(d);
      const rng = new Prng(7);
      const next = () => rng.next();
      const xs = Array.from({ length: 40_000 }, () => s(next(), next)).sort((a, b) => a - b);
      const lo = "min" in d && d.min !== undefined ? d.min : 0;
      const hi = "max" in d && d.max !== undefined ? d.max : Infinity;
      expect(xs[0]).toBeGreaterThanOrEqual(lo);
      expect(xs[xs.length - 1]).toBeLessThanOrEqual(hi);
      const m = medianOf(d);
      expect(Math.abs((xs[20_000] as number) - m) / m).toBeLessThan(0.02);
    }
  });
  it("PERT mean is (min + 4·mode + max) / 6 (Vose, Risk Analysis)", () => {
    const s = makeSampler({ dist: "pert", min: 1, mode: 2, max: 10 });
    const rng = new Prng(3);
    const next = () => rng.next();
    let sum = 0;
    for (let i = 0; i < 50_000; i++) sum += s(next(), next);
    expect(sum / 50_000).toBeCloseTo((1 + 8 + 10) / 6, 1);
  });
});
