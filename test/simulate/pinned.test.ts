// Simulator outputs pinned by small hand-worked cases: each fails if the seed is ignored, a
// percentile is taken at another quantile, sensitivity's low and high are swapped, break-even
// names the wrong side, or the projection keeps the storage ratchet without re-pricing it.
// Prices: the bundled us-east-1 catalog (Serverless $0.75/cluster-hour, $0.0015/partition-hour,
// $0.10/GB in, $0.05/GB out, $0.10/GB-month; kafka.t3.small $0.0456/h; EBS $0.10/GB-month;
// cross-AZ $0.02/GB). A month is 730 h = 2,628,000 s; a billed GB is a GiB.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { extractDistributions } from "../../src/model/distribution.js";
import { resolveInstanceTypes } from "../../src/model/instance-types.js";
import { parseWorkload, parseWorkloadInput } from "../../src/model/workload-schema.js";
import { preparePlanner } from "../../src/plan/planner.js";
import { breakeven } from "../../src/plan/simulate/breakeven.js";
import { MonteCarloAccumulator, prepareMonteCarlo } from "../../src/plan/simulate/montecarlo.js";
import { Prng } from "../../src/plan/simulate/prng.js";
import { project } from "../../src/plan/simulate/projection.js";
import { runMonteCarlo } from "../../src/plan/simulate/run.js";
import { sensitivity } from "../../src/plan/simulate/sensitivity.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";

const MiB = 2 ** 20;
const catalog = bundledCatalog();
/** Every broker type, the burstable kafka.t3.small included (by default it is not a candidate). */
const WITH_T3 = resolveInstanceTypes(["kafka.*", "express.*"], "instanceTypes");
const small = parse(readFileSync("fixtures/workloads/small.yaml", "utf8"));
const withStream = (patch: Record<string, unknown>) => ({
  ...small,
  streams: [{ ...small.streams[0], ...patch }],
});

// small.yaml on Serverless: 1 MiB/s in, 2 MiB/s out, 3 days held, P partitions:
// 730 × $0.75 = $547.50; in 2,566.40625 GB × $0.10 = $256.640625; out 5,132.8125 GB × $0.05 =
// $256.640625; storage 253.125 GB × $0.10 = $25.3125 → $1,086.09375, plus P × 730 × $0.0015 = $1.095 P.
const serverlessUsd = (partitions: number) => 1086.09375 + 1.095 * partitions;

describe("Monte Carlo summary, hand-worked on a known sample", () => {
  // 13 samples of two options (NaN = infeasible), given in two chunks.
  const a = [70, 30, 110, 10, 50, 90, 20, 100, 40, 60, 80, Number.NaN, Number.NaN];
  const b = [75, 25, Number.NaN, 10, 60, 80, 25, 90, Number.NaN, 60, 85, 5, Number.NaN];
  // Per sample and option: [cost, status] (status 0 infeasible, 1 completely priced; montecarlo.ts).
  const cell = (x: number) => [x, Number.isNaN(x) ? 0 : 1];
  const rows = a.flatMap((x, i) => [...cell(x), ...cell(b[i] as number)]);
  // Summarised inside each test (a mutant is switched on only when the tests start).
  const summarise = () => {
    const acc = new MonteCarloAccumulator(["standard", "serverless"], 13, 9);
    acc.add(new Float64Array(rows.slice(0, 20))); // samples 1–5
    acc.add(new Float64Array(rows.slice(20))); // samples 6–13
    const r = acc.result();
    const [sa, sb] = r.options;
    return { r, sa, sb };
  };
  it("p5, p50, p95 by linear interpolation: a = 10..110 step 10 (n = 11)", () => {
    const { sa } = summarise();
    // h = (n − 1) q: p5 h = 0.5 → 10 + 0.5 × 10 = 15; p50 h = 5 → 60; p95 h = 9.5 → 100 + 0.5 × 10 = 105.
    expect([sa?.p5, sa?.p50, sa?.p95]).toEqual([15, 60, 105]);
    expect(sa?.mean).toBe(60); // 660 ÷ 11
  });
  it("p5, p50, p95 of b = 5, 10, 25, 25, 60, 60, 75, 80, 85, 90 (n = 10)", () => {
    const { sb } = summarise();
    // p5 h = 0.45 → 5 + 0.45 × 5 = 7.25; p50 h = 4.5 → 60 + 0.5 × 0 = 60; p95 h = 8.55 → 85 + 0.55 × 5 = 87.75.
    expect(sb?.p5).toBeCloseTo(7.25, 12);
    expect(sb?.p50).toBe(60);
    expect(sb?.p95).toBeCloseTo(87.75, 12);
    expect(sb?.mean).toBe(51.5); // 515 ÷ 10
  });
  it("pCheapest over the 12 samples where something is feasible; ties to the first option", () => {
    const { r, sa, sb } = summarise();
    // a cheaper in samples 1, 3 (b infeasible), 4 (tie 10 = 10), 5, 7, 9 (b infeasible), 10 (tie), 11 = 8;
    // b cheaper in 2, 6, 8, 12 (a infeasible) = 4; sample 13: none feasible.
    expect(sa?.pCheapest).toBe(8 / 12);
    expect(sb?.pCheapest).toBe(4 / 12);
    expect(r.pNoneFeasible).toBe(1 / 13);
    expect(sa?.pInfeasible).toBe(2 / 13);
    expect(sb?.pInfeasible).toBe(3 / 13);
    expect([r.samples, r.seed]).toEqual([13, 9]);
  });
});

describe("Monte Carlo: the seed decides the draws", () => {
  const { input, distributions } = extractDistributions(
    withStream({ partitions: { dist: "uniform", min: 30, max: 2400 } }),
  );
  const init = (seed: number) => ({ input, distributions, seed, catalog, options: ["serverless"] as const });
  // Sample i of seed s draws u from stream (s, i), partitions = round(30 + 2,370 u) (≤ 2,400: Serverless fits).
  const drawn = (seed: number, i: number) => Math.round(30 + 2370 * new Prng(seed, i).next());
  it("sample i costs exactly the Serverless price of the partitions drawn from stream (seed, i)", () => {
    for (const seed of [7, 8]) {
      const costs = prepareMonteCarlo(init(seed)).chunk(0, 6);
      for (let i = 0; i < 6; i++)
        expect(costs[2 * i], `seed ${seed} sample ${i}`).toBeCloseTo(serverlessUsd(drawn(seed, i)), 9);
    }
  });
  it("another seed gives other draws and another summary", async () => {
    expect([0, 1, 2, 3].map((i) => drawn(7, i))).not.toEqual([0, 1, 2, 3].map((i) => drawn(8, i)));
    const r7 = await runMonteCarlo(init(7), 21);
    const r8 = await runMonteCarlo(init(8), 21);
    expect(r7.options[0]?.p50).not.toBe(r8.options[0]?.p50);
    // p50 of 21 samples is the 11th smallest (h = 20 × 0.5 = 10, exact).
    const sorted = Array.from({ length: 21 }, (_, i) => serverlessUsd(drawn(7, i))).sort((x, y) => x - y);
    expect(r7.options[0]?.p50).toBeCloseTo(sorted[10] as number, 9);
    expect(r7.options[0]?.p5).toBeCloseTo(sorted[1] as number, 9); // h = 1
    expect(r7.options[0]?.p95).toBeCloseTo(sorted[19] as number, 9); // h = 19
  });
});

describe("sensitivity: low is base × (1 − δ), high is base × (1 + δ)", () => {
  it("Serverless, 30 partitions ± 20%: low 24 → $1.095 × 24 less, high 36 → more; swing $13.14", () => {
    const planner = preparePlanner({ catalog, region: "us-east-1", options: ["serverless"] });
    const r = sensitivity(parseWorkloadInput(small), 0.2, planner);
    const o = r.options[0];
    expect(o?.baselineUsd).toBeCloseTo(serverlessUsd(30), 9);
    const bar = o?.bars.find((x) => x.path === "streams.events.partitions");
    expect([bar?.baseValue, bar?.lowValue, bar?.highValue]).toEqual([30, 24, 36]);
    expect(bar?.lowUsd).toBeCloseTo(serverlessUsd(24), 9);
    expect(bar?.highUsd).toBeCloseTo(serverlessUsd(36), 9);
    expect(bar?.swingUsd).toBeCloseTo(1.095 * 12, 9);
    // Ingress 1 MiB/s ± 20% moves data in, data out and storage: 0.2 × (256.640625 × 2 + 25.3125) each way.
    const ingress = o?.bars.find((x) => x.path === "streams.events.ingress");
    expect(ingress?.lowValue).toBeCloseTo(0.8 * MiB, 6);
    expect((ingress?.highUsd as number) - (o?.baselineUsd as number)).toBeCloseTo(0.2 * 538.59375, 6);
    expect((o?.baselineUsd as number) - (ingress?.lowUsd as number)).toBeCloseTo(0.2 * 538.59375, 6);
    expect(o?.bars[0]?.path).toBe("streams.events.ingress"); // the largest swing ($215.44) first
  });
});

describe("break-even names the side each option wins", () => {
  it("Standard vs tiered over ingress (3 days): each crossing's cheaperAbove is the cheaper one when planned at `at`", () => {
    const planner = preparePlanner({
      catalog,
      region: "us-east-1",
      options: ["standard", "standard-tiered"],
      instanceTypes: WITH_T3, // the crossing below comes from kafka.t3.small at low ingress
    });
    const stream = { peakIngress: undefined, retention: "3d" };
    const r = breakeven(
      parseWorkloadInput(withStream(stream)),
      {
        field: "ingress",
        between: ["standard-tiered", "standard"],
        from: 0.1 * MiB,
        to: 200 * MiB,
        points: 120,
      },
      planner,
    );
    expect(r.crossings.length).toBeGreaterThan(0);
    const at = (x: number) => {
      const [std, tiered] = planner.evaluate(parseWorkload(withStream({ ...stream, ingress: `${x} B/s` })));
      return { tiered: tiered?.monthlyUsd as number, standard: std?.monthlyUsd as number };
    };
    for (const c of r.crossings) {
      const above = at(c.at);
      const below = at(c.below);
      expect(c.aboveUsd).toEqual({ a: above.tiered, b: above.standard });
      expect(c.belowUsd).toEqual({ a: below.tiered, b: below.standard });
      const cheaper = above.tiered < above.standard ? "standard-tiered" : "standard";
      expect(c.cheaperAbove).toBe(cheaper);
      // The other one is cheaper (or equal) just below.
      expect(below.tiered < below.standard ? "standard-tiered" : "standard").not.toBe(cheaper);
    }
  });
});

describe("projection: a ratcheted storage size is re-priced", () => {
  it("30 days then 3 days from month 4: storage stays 5,063 GB per broker and is billed at that size", () => {
    // Month 1 (30 d): 1 MiB/s × 2,592,000 s × RF 3 = 7,593.75 GB × 2 head-room ÷ 3 brokers = 5,062.5 → 5,063 GB.
    // 3 × 730 h × $0.0456 = $99.864; 3 × 5,063 GB × $0.10 = $1,518.90; cross-AZ 5,132.8125 GB × $0.02 = $102.65625.
    // Month 4 (3 d) would plan 507 GB per broker ($152.10 of storage) but the volume cannot shrink.
    // kafka.t3.small asked for by name (it is not a default candidate): the arithmetic above is its.
    const planner = preparePlanner({
      catalog,
      region: "us-east-1",
      options: ["standard"],
      instanceTypes: WITH_T3,
    });
    const r = project(parseWorkloadInput(withStream({ retention: "30d" })), ["retention=4:3d"], 4, planner);
    const months = r.options[0]?.months ?? [];
    const full = 99.864 + 1518.9 + 102.65625; // 1,721.42025
    expect(months[0]?.configuration).toMatchObject({
      instanceType: "kafka.t3.small",
      brokers: 3,
      storagePerBrokerGiB: 5063,
    });
    expect(months[0]?.monthlyUsd).toBeCloseTo(full, 9);
    expect(months[3]?.ratchetedStoragePerBrokerGiB).toBe(5063);
    expect(months[3]?.configuration).toMatchObject({ storagePerBrokerGiB: 5063 });
    expect(months[3]?.monthlyUsd).toBeCloseTo(full, 9); // not 99.864 + 152.10 + 102.65625 = $354.62
    expect(months[3]?.cumulativeUsd).toBeCloseTo(4 * full, 9);
  });
});
