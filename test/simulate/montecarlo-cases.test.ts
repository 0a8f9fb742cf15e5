// prepareMonteCarlo pinned by hand-worked Serverless costs: the planner it prepares honours the
// run's hours, region and the workload's instance types; chunks are laid out per sample whatever
// sample they start at; a utilisation target drawn above 100 % plans as at 100 %.
// Prices: the bundled catalog (test/simulate/pinned.test.ts): small.yaml on Serverless in us-east-1
// is $1,086.09375 + $1.095 × partitions for 730 h, every part of it proportional to the hours.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { extractDistributions, type FieldDistribution, makeSampler } from "../../src/model/distribution.js";
import { resolveInstanceTypes } from "../../src/model/instance-types.js";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { preparePlanner } from "../../src/plan/planner.js";
import {
  MonteCarloAccumulator,
  prepareMonteCarlo,
  SAMPLE_STATUS,
} from "../../src/plan/simulate/montecarlo.js";
import { Prng } from "../../src/plan/simulate/prng.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";

const small = parse(readFileSync("fixtures/workloads/small.yaml", "utf8"));
const withStream = (patch: Record<string, unknown>, top: Record<string, unknown> = {}) => ({
  ...small,
  ...top,
  streams: [{ ...small.streams[0], ...patch }],
});
const catalog = bundledCatalog();
/** Partitions drawn uniformly from 30..2,400 (Serverless fits them all). */
const PARTS = { partitions: { dist: "uniform", min: 30, max: 2400 } };
const drawn = (seed: number, i: number) => Math.round(30 + 2370 * new Prng(seed, i).next());

describe("prepareMonteCarlo", () => {
  it("hours: 365 h costs half of 730 h, sample by sample", () => {
    const { input, distributions } = extractDistributions(withStream(PARTS));
    const mc = prepareMonteCarlo({
      input,
      distributions,
      seed: 3,
      catalog,
      options: ["serverless"],
      hours: 365,
    });
    const costs = mc.chunk(0, 4);
    for (let i = 0; i < 4; i++) {
      expect(costs[2 * i]).toBeCloseTo((1086.09375 + 1.095 * drawn(3, i)) / 2, 9);
      expect(costs[2 * i + 1]).toBe(SAMPLE_STATUS.complete);
    }
  });
  it("region: the workload's; a run prepared for another region refuses the workload", () => {
    const fromFile = extractDistributions(withStream(PARTS, { region: "ap-south-1" }));
    const there = preparePlanner({ catalog, region: "ap-south-1", options: ["serverless"] });
    const expected = there.evaluate(
      parseWorkload(withStream({ partitions: drawn(5, 0) }, { region: "ap-south-1" })),
    )[0]?.monthlyUsd as number;
    expect(expected).not.toBeCloseTo(1086.09375 + 1.095 * drawn(5, 0), 2);
    const own = prepareMonteCarlo({ ...fromFile, seed: 5, catalog, options: ["serverless"] });
    expect(own.chunk(0, 1)[0]).toBe(expected);
    expect(
      prepareMonteCarlo({
        ...fromFile,
        seed: 5,
        catalog,
        options: ["serverless"],
        region: "ap-south-1",
      }).chunk(0, 1)[0],
    ).toBe(expected);
    const mismatch = prepareMonteCarlo({
      ...fromFile,
      seed: 5,
      catalog,
      options: ["serverless"],
      region: "us-east-1",
    });
    expect(() => mismatch.chunk(0, 1)).toThrow(
      /the planner was prepared for us-east-1, the workload is in ap-south-1/,
    );
  });
  it("the workload's instance types are the Standard candidates", () => {
    const t3 = { partitions: { dist: "uniform", min: 30, max: 31 } };
    const { input, distributions } = extractDistributions(
      withStream(t3, { instanceTypes: ["kafka.t3.small"] }),
    );
    const mc = prepareMonteCarlo({ input, distributions, seed: 1, catalog, options: ["standard"] });
    const planner = preparePlanner({
      catalog,
      region: "us-east-1",
      options: ["standard"],
      instanceTypes: resolveInstanceTypes(["kafka.t3.small"], "instanceTypes"),
    });
    const p = Math.round(30 + new Prng(1, 0).next());
    expect(mc.chunk(0, 1)[0]).toBe(
      planner.evaluate(parseWorkload(withStream({ partitions: p })))[0]?.monthlyUsd,
    );
  });
  it("a chunk starting at sample 2 holds samples 2..4 as the whole run has them, adjustments after the costs", () => {
    // Ingress drawn 1..9 MiB/s against a written 3 MiB/s peak that follows it at 3 ÷ 5 = 0.6: every sample adjusted.
    const { input, distributions } = extractDistributions(
      withStream({ ingress: { dist: "uniform", min: "1 MiB/s", max: "9 MiB/s" } }),
    );
    const mc = prepareMonteCarlo({
      input,
      distributions,
      seed: 11,
      catalog,
      options: ["serverless", "standard"],
    });
    expect(mc.adjustable).toContain("streams.events.peakIngress");
    const whole = mc.chunk(0, 5);
    const part = mc.chunk(2, 5);
    const nAdj = mc.adjustable.length;
    // Costs: 4 numbers a sample; then nAdj flags a sample.
    expect(Array.from(part.subarray(0, 12))).toEqual(Array.from(whole.subarray(8, 20)));
    expect(Array.from(part.subarray(12))).toEqual(Array.from(whole.subarray(20 + 2 * nAdj)));
    const k = mc.adjustable.indexOf("streams.events.peakIngress");
    for (let i = 0; i < 3; i++) expect(part[12 + i * nAdj + k]).toBe(1);
    expect(part.length).toBe(3 * (4 + nAdj));
  });
  it("a utilisation target drawn above its 100 % maximum is planned as at 100 %: normal(80 %, 20 %)", () => {
    // About one draw in six is above 100 %: each sample is planned at min(draw, 100 %).
    const { input, distributions } = extractDistributions(
      withStream({}, { targets: { maxUtilisation: { standard: { dist: "normal", mean: 0.8, sd: 0.2 } } } }),
    );
    const mc = prepareMonteCarlo({ input, distributions, seed: 2, catalog, options: ["standard"] });
    const planner = preparePlanner({ catalog, region: "us-east-1", options: ["standard"] });
    const sample = makeSampler((distributions[0] as FieldDistribution).distribution, 0, false);
    const costs = mc.chunk(0, 40);
    let above = 0;
    for (let i = 0; i < 40; i++) {
      const g = new Prng(2, i);
      const v = sample(g.next(), () => g.next());
      if (v > 1) above++;
      const w = parseWorkload(withStream({}, { targets: { maxUtilisation: { standard: Math.min(1, v) } } }));
      expect(costs[2 * i], `sample ${i}`).toBe(planner.evaluate(w)[0]?.monthlyUsd);
    }
    expect(above).toBeGreaterThan(0);
  });
  it("a sample that breaks a rule no adjustment mends stops the run, naming the sample and seed", () => {
    // RF drawn from 1..3 with one AZ loss tolerated (the default): RF 1 breaks "at least 2".
    const { input, distributions } = extractDistributions(
      withStream({ replicationFactor: { dist: "uniform", min: 1, max: 3 } }),
    );
    const sample = makeSampler((distributions[0] as FieldDistribution).distribution, 1, true);
    const first = Array.from({ length: 50 }, (_, i) => {
      const g = new Prng(4, i);
      return sample(g.next(), () => g.next());
    }).indexOf(1);
    expect(first).toBeGreaterThanOrEqual(0);
    const mc = prepareMonteCarlo({ input, distributions, seed: 4, catalog, options: ["serverless"] });
    expect(() => mc.chunk(0, 50)).toThrow(new RegExp(`\\(in scenario sample ${first} \\(seed 4\\)\\)$`));
  });
  it("a draw is truncated at the field's minimum: partitions from normal(3, 5) never fall below 1", () => {
    const { input, distributions } = extractDistributions(
      withStream({ partitions: { dist: "normal", mean: 3, sd: 5 } }),
    );
    const mc = prepareMonteCarlo({ input, distributions, seed: 6, catalog, options: ["serverless"] });
    // The first 2 × 40 numbers are [cost, status] per sample; the adjustment flags follow.
    const costs = Array.from(mc.chunk(0, 40).subarray(0, 80)).filter((_, i) => i % 2 === 0);
    // $1,086.09375 + $1.095 × partitions, so at least 1 partition: at least $1,087.18875.
    for (const c of costs) expect(c).toBeGreaterThanOrEqual(1086.09375 + 1.095 - 1e-9);
  });
  it("an adjustment flag sits in its field's column: peakEgress (the second of four) raised to egress", () => {
    // Egress drawn 1..9 MiB/s against a written 3 MiB/s peak that follows it at 3 ÷ 5: every sample adjusted.
    const { input, distributions } = extractDistributions(
      withStream({ egress: { dist: "uniform", min: "1 MiB/s", max: "9 MiB/s" }, peakEgress: "3 MiB/s" }),
    );
    const mc = prepareMonteCarlo({ input, distributions, seed: 8, catalog, options: ["serverless"] });
    expect(mc.adjustable).toEqual([
      "streams.events.peakIngress",
      "streams.events.peakEgress",
      "streams.events.localRetention",
      "streams.events.tierReads",
    ]);
    const out = mc.chunk(0, 3);
    // 3 samples × [cost, status], then 3 × 4 flags.
    expect(Array.from(out.subarray(6))).toEqual([0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0]);
  });
  it("the accumulator counts each flag in its own column (2 options, 3 adjustable fields)", () => {
    const acc = new MonteCarloAccumulator(["standard", "serverless"], 2, 1, ["x", "y", "z"]);
    // Two samples of [cost, status] × 2 (all complete), then flags [1, 0, 0] and [1, 1, 0].
    acc.add(new Float64Array([5, 1, 6, 1, 7, 1, 8, 1, 1, 0, 0, 1, 1, 0]));
    const r = acc.result();
    expect(r.adjustedSamples).toEqual({ x: 2, y: 1 });
    expect(r.options.map((o) => o.mean)).toEqual([6, 7]);
  });
});
