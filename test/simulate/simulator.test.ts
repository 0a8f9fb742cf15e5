import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { extractDistributions } from "../../src/model/distribution.js";
import { resolveInstanceTypes } from "../../src/model/instance-types.js";
import { parseWorkload, parseWorkloadInput } from "../../src/model/workload-schema.js";
import { preparePlanner } from "../../src/plan/planner.js";
import { breakeven } from "../../src/plan/simulate/breakeven.js";
import { MonteCarloAccumulator, percentile } from "../../src/plan/simulate/montecarlo.js";
import { Prng } from "../../src/plan/simulate/prng.js";
import { type GrowthRule, grownValue, project } from "../../src/plan/simulate/projection.js";
import { runMonteCarlo } from "../../src/plan/simulate/run.js";
import { sensitivity } from "../../src/plan/simulate/sensitivity.js";
import { prepareSweep } from "../../src/plan/simulate/sweep.js";
import { whatIf } from "../../src/plan/simulate/whatif.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";

const MiB = 1024 ** 2;
const catalog = bundledCatalog();
const small = parse(readFileSync("fixtures/workloads/small.yaml", "utf8"));
const typical = parse(readFileSync("fixtures/workloads/typical.yaml", "utf8"));
const planner = preparePlanner({ catalog, region: "us-east-1" });
const withStream = (patch: Record<string, unknown>) => ({
  ...small,
  streams: [{ ...small.streams[0], ...patch }],
});

describe("sweep", () => {
  it("law: sweep rows equal individual plan calls on the re-parsed workload", () => {
    const s = prepareSweep({
      input: typical,
      vary: ["streams.orders.peakIngress=60MiB/s..400MiB/s:7:log", "streams.clicks.retention=3d,30d"],
      catalog,
      format: "ndjson",
    });
    expect(s.total).toBe(14);
    const lines = s.chunk(0, s.total).trimEnd().split("\n");
    lines.forEach((line, k) => {
      const row = JSON.parse(line);
      const orders = { ...typical.streams[0], peakIngress: row.set["streams.orders.peakIngress"] };
      const clicks = { ...typical.streams[1], retention: row.set["streams.clicks.retention"] };
      const w = parseWorkload({ ...typical, streams: [orders, clicks] });
      const p = planner.plan(w);
      expect(row.recommended).toBe(p.recommended);
      // Exactly the planner's lean evaluate; `plan` to well under a cent (its line-item sums may
      // differ from evaluate's in the last bit of a double).
      expect(row.options).toEqual(planner.evaluate(w));
      for (const o of row.options) {
        const r = p.options.find((x) => x.option === o.option);
        expect(o.feasible).toBe(r?.feasible);
        if (o.monthlyUsd !== null) expect(o.monthlyUsd).toBeCloseTo(r?.monthlyUsd as number, 6);
        else expect(r?.monthlyUsd).toBeNull();
      }
      expect(s.scenario(k).set).toEqual(row.set);
    });
  });
  it("NDJSON rows are exactly JSON.stringify of the contract shape", () => {
    const s = prepareSweep({ input: small, vary: ["partitions=30,3000"], catalog, format: "ndjson" });
    const lines = s.chunk(0, 2).trimEnd().split("\n");
    lines.forEach((l, k) => {
      const sc = s.scenario(k);
      expect(l).toBe(JSON.stringify({ set: sc.set, recommended: sc.recommended, options: sc.options }));
    });
  });
  it("generates A..B:N values in A's unit, linear and log (hand-worked: 10..40:4 → 10,20,30,40; 1..100:3:log → 1,10,100)", () => {
    const lin = prepareSweep({
      input: small,
      vary: ["peakIngress=10MiB/s..40MiB/s:4"],
      catalog,
      format: "csv",
    });
    expect(lin.axes[0]?.labels).toEqual(["10 MiB/s", "20 MiB/s", "30 MiB/s", "40 MiB/s"]);
    expect(lin.axes[0]?.values).toEqual([10 * MiB, 20 * MiB, 30 * MiB, 40 * MiB]);
    const log = prepareSweep({
      input: small,
      vary: ["peakIngress=3MiB/s..300MiB/s:3:log"],
      catalog,
      format: "csv",
    });
    expect(log.axes[0]?.labels).toEqual(["3 MiB/s", "30 MiB/s", "300 MiB/s"]);
    expect(lin.header).toBe(
      "peakIngress,recommended,standard,standard-tiered,express,serverless,standard_priced,standard-tiered_priced,express_priced,serverless_priced\n",
    );
  });
  it("bad axes name the problem", () => {
    const bad = (v: string) => () => prepareSweep({ input: small, vary: [v], catalog, format: "csv" });
    expect(bad("ingress=1MiB/s..9MiB/s")).toThrow(/^--vary ingress: a range needs a count/);
    expect(bad("colour=1,2")).toThrow(/^--vary colour: unknown field path/);
    expect(bad("streams.nope.ingress=1MiB/s")).toThrow(/unknown stream "nope"/);
    expect(bad("partitions=10..20:0")).toThrow(/whole number of points/);
    expect(bad("azs=1,2")).toThrow(/^--vary azs/);
  });
});

describe("what-if", () => {
  it("hand-worked: setting a field to its own value changes nothing", () => {
    const r = whatIf(parseWorkloadInput(small), ["partitions=30"], planner);
    for (const d of r.differences) expect(d.deltaUsd ?? 0).toBe(0);
  });
  it("differences are changed − baseline per option and per line item, and line deltas sum to the option's", () => {
    const r = whatIf(parseWorkloadInput(small), ["retention=30d", "peakIngress=9MiB/s"], planner);
    expect(r.changed.workload.streams[0]?.retentionSeconds).toBe(30 * 86400);
    for (const d of r.differences) {
      if (d.deltaUsd === null) continue;
      const sum = d.lineItems.reduce((t, l) => t + l.deltaUsd, 0);
      expect(sum).toBeCloseTo(d.deltaUsd, 6);
      const b = r.baseline.options.find((o) => o.option === d.option)?.monthlyUsd as number;
      expect(d.changedUsd).toBeCloseTo(b + d.deltaUsd, 9);
    }
  });
});

describe("projection", () => {
  it("law: at 0% growth every month equals the plan", () => {
    const base = planner.plan(parseWorkload(typical));
    const r = project(parseWorkloadInput(typical), ["ingress=0%/month"], 6, planner);
    for (const o of r.options) {
      const p = base.options.find((x) => x.option === o.option);
      for (const m of o.months) expect(m.monthlyUsd).toBe(p?.feasible ? p.monthlyUsd : null);
      expect(o.events).toEqual([]);
    }
  });
  it("hand-worked growth rules: 8% compound from 100 → month 3 = 116.64; linear 8% → 116; +5 → 110; schedule", () => {
    expect(grownValue({ kind: "compound", rate: 0.08 }, 100, 3)).toBeCloseTo(116.64, 10);
    expect(grownValue({ kind: "linear", rate: 0.08 }, 100, 3)).toBeCloseTo(116, 10);
    expect(grownValue({ kind: "add", amount: 5 }, 100, 3)).toBe(110);
    const sched: GrowthRule = {
      kind: "schedule",
      steps: [
        { month: 2, value: 7 },
        { month: 4, value: 9 },
      ],
    };
    expect([1, 2, 3, 4, 5].map((m) => grownValue(sched, 1, m))).toEqual([1, 7, 7, 9, 9]);
  });
  it("storage per broker never shrinks; cumulative cost is the running sum", () => {
    const r = project(
      parseWorkloadInput(small),
      ["retention=6:3d", "retention=1:30d"].slice(1).concat([]),
      1,
      planner,
    );
    expect(r.months).toBe(1);
    const shrink = project(
      parseWorkloadInput(withStream({ retention: "30d" })),
      ["retention=4:3d"],
      6,
      planner,
    );
    for (const o of shrink.options) {
      let kept = 0;
      let sum = 0;
      for (const m of o.months) {
        const c = m.configuration;
        const s = c && "storagePerBrokerGiB" in c ? c.storagePerBrokerGiB : undefined;
        if (typeof s === "number") {
          expect(s).toBeGreaterThanOrEqual(kept);
          kept = s;
        }
        sum += m.monthlyUsd ?? 0;
        expect(m.cumulativeUsd).toBeCloseTo(sum, 9);
      }
    }
    const std = shrink.options.find((o) => o.option === "standard");
    expect(std?.months[3]?.ratchetedStoragePerBrokerGiB).toBe(
      (std?.months[0]?.configuration as { storagePerBrokerGiB?: number } | null)?.storagePerBrokerGiB,
    );
  });
  it("bad growth specs name the field", () => {
    expect(() => project(parseWorkloadInput(small), ["ingress=fast"], 3, planner)).toThrow(
      /^--growth ingress: expected a growth rate/,
    );
    expect(() => project(parseWorkloadInput(small), ["ingress=8%"], 0, planner)).toThrow(/^--months/);
  });
});

describe("Monte Carlo", () => {
  const dist = (d: Record<string, unknown>) => extractDistributions(withStream(d));
  it("law: a degenerate distribution gives the plan's cost in every sample", async () => {
    const { input, distributions } = dist({ partitions: { dist: "uniform", min: 30, max: 30 } });
    const r = await runMonteCarlo({ input, distributions, seed: 1, catalog }, 50);
    const p = planner.plan(parseWorkload(small));
    for (const o of r.options) {
      const x = p.options.find((y) => y.option === o.option);
      if (!x?.feasible) continue;
      for (const v of [o.p5, o.p50, o.p95, o.mean]) expect(v).toBeCloseTo(x.monthlyUsd as number, 9);
      expect(o.pCheapest).toBe(x.option === p.recommended ? 1 : 0);
    }
  });
  it("law: percentiles ordered, pCheapest sums to 1, same seed same result", async () => {
    const { input, distributions } = dist({
      peakIngress: { dist: "lognormal", p50: "20 MiB/s", p95: "120 MiB/s" },
      partitions: { dist: "pert", min: 10, mode: 30, max: 3000 },
    });
    const a = await runMonteCarlo({ input, distributions, seed: 42, catalog }, 400);
    const b = await runMonteCarlo({ input, distributions, seed: 42, catalog }, 400, { chunkSize: 37 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    let sum = 0;
    for (const o of a.options) {
      sum += o.pCheapest;
      if (o.p5 !== null) {
        expect(o.p5).toBeLessThanOrEqual(o.p50 as number);
        expect(o.p50).toBeLessThanOrEqual(o.p95 as number);
      }
    }
    expect(sum).toBeCloseTo(1 - 0, 12);
  });
  it("percentile: linear interpolation (type 7), hand-worked", () => {
    const xs = new Float64Array([1, 2, 3, 4, 5]);
    expect(percentile(xs, 0.5)).toBe(3);
    expect(percentile(xs, 0.05)).toBeCloseTo(1.2, 12);
    expect(percentile(new Float64Array([]), 0.5)).toBeNull();
    const acc = new MonteCarloAccumulator(["standard", "serverless"], 2, 0);
    // Two samples, [cost, status] per option: sample 0 nothing feasible; sample 1 standard $5
    // complete, serverless $3 complete → serverless cheapest in the one sample with a complete option.
    acc.add(new Float64Array([Number.NaN, 0, Number.NaN, 0, 5, 1, 3, 1]));
    const r = acc.result();
    expect(r.pNoneFeasible).toBe(0.5);
    expect(r.options.map((o) => o.pCheapest)).toEqual([0, 1]);
    expect(r.options[0]?.pInfeasible).toBe(0.5);
    expect(r.options.map((o) => o.pPartial)).toEqual([0, 0]);
  });
  it("Monte Carlo counts partly priced samples apart; a lower bound never wins Cheapest", () => {
    const acc = new MonteCarloAccumulator(["standard", "serverless"], 3, 0);
    // Sample 0: standard ≥ $2 (partial), serverless $9 complete → serverless cheapest (a lower bound
    // is not compared). Sample 1: standard ≥ $2 partial, serverless feasible with no price → no
    // complete option. Sample 2: standard $4 complete, serverless infeasible → standard.
    acc.add(new Float64Array([2, 2, 9, 1, 2, 2, Number.NaN, 3, 4, 1, Number.NaN, 0]));
    const r = acc.result();
    expect(r.options.map((o) => o.pPartial)).toEqual([2 / 3, 0]);
    expect(r.options.map((o) => o.pUnpriced)).toEqual([0, 1 / 3]);
    expect(r.options.map((o) => o.pInfeasible)).toEqual([0, 1 / 3]);
    expect(r.options.map((o) => o.pCheapest)).toEqual([1 / 2, 1 / 2]);
    expect([r.pNoneFeasible, r.pNoneComplete]).toEqual([0, 1 / 3]);
    // Percentiles over priced samples: standard 2, 2, 4 (mean 8/3); serverless the one $9.
    expect(r.options[0]?.mean).toBeCloseTo(8 / 3, 12);
    expect(r.options[1]?.p50).toBe(9);
  });
  it("samples whose peak falls below the drawn ingress are adjusted (peak raised), not fatal", async () => {
    // ingress ~ uniform(1, 9) MiB/s: its median, 5 MiB/s, is above the written 3 MiB/s peak, and
    // peaks follow their averages at the written ratio (3 ÷ 5 = 0.6): every sample's peak is 0.6 ×
    // its ingress, so all 100 are adjusted (peak = ingress) and the run completes.
    const { input, distributions } = dist({ ingress: { dist: "uniform", min: "1 MiB/s", max: "9 MiB/s" } });
    const r = await runMonteCarlo({ input, distributions, seed: 1, catalog }, 100);
    expect(r.adjustedSamples).toEqual({ "streams.events.peakIngress": 100 });
    expect(r.samples).toBe(100);
    // With the peak drawn independently too, only the samples whose peak draw is below the ingress
    // draw are adjusted: ingress = 1 + 8u₀, peak = 1 + 8u₁ (u₀, u₁ the first two draws of stream (1, i)).
    const both = dist({
      ingress: { dist: "uniform", min: "1 MiB/s", max: "9 MiB/s" },
      peakIngress: { dist: "uniform", min: "1 MiB/s", max: "9 MiB/s" },
    });
    const r2 = await runMonteCarlo(
      { input: both.input, distributions: both.distributions, seed: 1, catalog },
      100,
    );
    const expected = Array.from({ length: 100 }, (_, i) => {
      const g = new Prng(1, i);
      const ingress = 1 + 8 * g.next();
      return 1 + 8 * g.next() < ingress;
    }).filter(Boolean).length;
    expect(expected).toBeGreaterThan(20);
    expect(expected).toBeLessThan(80);
    expect(r2.adjustedSamples).toEqual({ "streams.events.peakIngress": expected });
  });
});

describe("sensitivity", () => {
  it("tornado bars sorted by swing, largest first; each bar's costs are plan costs", () => {
    const parsed = parseWorkloadInput(small);
    const r = sensitivity(parsed, 0.2, planner);
    for (const o of r.options) {
      const swings = o.bars.map((b) => b.swingUsd).filter((x): x is number => x !== null);
      expect([...swings].sort((a, b) => b - a)).toEqual(swings);
    }
    const bar = r.options[0]?.bars.find((b) => b.path === "streams.events.retention");
    expect(bar?.lowValue).toBeCloseTo(3 * 86400 * 0.8, 6);
    expect(() => sensitivity(parsed, 1.5, planner)).toThrow(/^--delta/);
  });
});

describe("break-even", () => {
  it("law: every crossing is real — the cheaper option differs on the two sides, checked by planning both", () => {
    // With kafka.t3.small among the candidates (by name: it is not a default candidate), standard
    // is cheaper at low ingress and standard-tiered above it, so the curves cross.
    const withT3 = preparePlanner({
      catalog,
      region: "us-east-1",
      instanceTypes: resolveInstanceTypes(["kafka.*", "express.*"], "instanceTypes"),
    });
    const parsed = parseWorkloadInput(withStream({ peakIngress: undefined, retention: "3d" }));
    const r = breakeven(
      parsed,
      {
        field: "ingress",
        between: ["standard", "standard-tiered"],
        from: 0.1 * MiB,
        to: 200 * MiB,
        points: 300,
      },
      withT3,
    );
    expect(r.crossings.length).toBeGreaterThan(0);
    const cost = (x: number) => {
      const w = parseWorkload(withStream({ peakIngress: undefined, retention: "3d", ingress: `${x} B/s` }));
      const rows = withT3.evaluate(w);
      return (rows[0]?.monthlyUsd as number) - (rows[1]?.monthlyUsd as number);
    };
    for (const c of r.crossings) {
      expect(Math.sign(cost(c.below))).not.toBe(Math.sign(cost(c.at)));
      expect(c.at - c.below).toBeLessThanOrEqual(1e-12 * c.at + 1e-9);
    }
  });
  it("bad options name --between", () => {
    expect(() =>
      breakeven(parseWorkloadInput(small), { field: "ingress", between: ["serverless", "nope"] }, planner),
    ).toThrow(/^--between/);
  });
});

describe("properties", () => {
  it("law: sweep of one value equals the plan for that value (random peaks)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 400 }), (mib) => {
        const s = prepareSweep({
          input: small,
          vary: [`peakIngress=${mib}MiB/s`],
          catalog,
          format: "ndjson",
        });
        const row = s.scenario(0);
        const p = planner.evaluate(parseWorkload(withStream({ peakIngress: `${mib} MiB/s` })));
        expect(row.options).toEqual(p);
      }),
      { numRuns: 25 },
    );
  });
});
