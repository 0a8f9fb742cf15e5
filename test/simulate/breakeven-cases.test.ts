// Break-even pinned by hand-worked cases: Serverless's feasibility boundaries over partitions (the
// 2,400-partition quota and the 5 MB/s per partition quota), a step crossing between whole numbers,
// a continuous crossing solved by hand, the scan's spacing (log or linear), and the input errors.
// Prices: the bundled us-east-1 catalog (test/simulate/pinned.test.ts lists them): small.yaml on
// Serverless costs $547.50 + $1.095 × 30 partitions = $580.35 plus $538.59375 per MiB/s of ingress.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { InputError } from "../../src/model/errors.js";
import { resolveInstanceTypes } from "../../src/model/instance-types.js";
import { parseWorkload, parseWorkloadInput } from "../../src/model/workload-schema.js";
import { type Planner, preparePlanner } from "../../src/plan/planner.js";
import { type BreakevenOptions, breakeven } from "../../src/plan/simulate/breakeven.js";
import type { OptionId } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";

const MiB = 2 ** 20;
const small = parse(readFileSync("fixtures/workloads/small.yaml", "utf8"));
const withStream = (patch: Record<string, unknown>) => ({
  ...small,
  streams: [{ ...small.streams[0], ...patch }],
});
/** 50 MiB/s in and at peak: Serverless needs 52,428,800 ÷ 5,000,000 = 10.49 → 11 partitions (and 2 × that out ÷ 10 MB/s: the same). */
const FAST = withStream({ ingress: "50MiB/s", peakIngress: "50MiB/s" });
/** Every broker type, kafka.t3.small included (not a default candidate): the steps over partitions below are its. */
const WITH_T3 = resolveInstanceTypes(["kafka.*", "express.*"], "instanceTypes");
const planner = (options: OptionId[]) =>
  preparePlanner({ catalog: bundledCatalog(), region: "us-east-1", options, instanceTypes: WITH_T3 });
const run = (input: unknown, o: BreakevenOptions, options: OptionId[] = ["serverless", "standard"]) =>
  breakeven(parseWorkloadInput(input), o, planner(options));

describe("feasibility boundaries, hand-worked", () => {
  it("Serverless over partitions at 50 MiB/s: feasible from 11, infeasible from 2,401", () => {
    const r = run(FAST, {
      field: "partitions",
      between: ["serverless", "standard"],
      from: 1,
      to: 5000,
      points: 9,
    });
    expect(r).toEqual({
      field: "partitions",
      between: ["serverless", "standard"],
      from: 1,
      to: 5000,
      points: 9,
      crossings: [],
      boundaries: [
        { option: "serverless", at: 11, becomes: "feasible" },
        { option: "serverless", at: 2401, becomes: "infeasible" },
      ],
    });
  });
  it("the same boundaries with Serverless second in --between", () => {
    const r = run(FAST, {
      field: "partitions",
      between: ["standard", "serverless"],
      from: 1,
      to: 5000,
      points: 9,
    });
    expect(r.boundaries).toEqual([
      { option: "serverless", at: 11, becomes: "feasible" },
      { option: "serverless", at: 2401, becomes: "infeasible" },
    ]);
  });
  it("three log-spaced points (1, 71, 5,000) find both; three linear ones (1, 2,500, 5,000) find none", () => {
    // Log: 1 × 5,000^½ = 70.7 → 71, feasible between two infeasible ends. Linear: every point infeasible.
    const o = {
      field: "partitions",
      between: ["serverless", "standard"] as [string, string],
      from: 1,
      to: 5000,
      points: 3,
    };
    expect(run(FAST, o).boundaries.map((b) => b.at)).toEqual([11, 2401]);
    expect(run(FAST, { ...o, log: true }).boundaries.map((b) => b.at)).toEqual([11, 2401]);
    expect(run(FAST, { ...o, log: false }).boundaries).toEqual([]);
  });
  it("from 0 the scan is linear (0, 1,250, 2,500, 3,750, 5,000): both found, 0 partitions being no workload", () => {
    const r = run(FAST, {
      field: "partitions",
      between: ["serverless", "standard"],
      from: 0,
      to: 5000,
      points: 5,
    });
    expect(r.boundaries).toEqual([
      { option: "serverless", at: 11, becomes: "feasible" },
      { option: "serverless", at: 2401, becomes: "infeasible" },
    ]);
  });
  it("linear spacing from 2 to 4,796: the middle point is 2,399 (feasible), so both boundaries are found", () => {
    // (2 + 4,796) ÷ 2 = 2,399 ≤ 2,400; a midpoint off by `from` (2,401) would hide them both.
    const r = run(FAST, {
      field: "partitions",
      between: ["serverless", "standard"],
      from: 2,
      to: 4796,
      points: 3,
      log: false,
    });
    expect(r.boundaries.map((b) => [b.at, b.becomes])).toEqual([
      [11, "feasible"],
      [2401, "infeasible"],
    ]);
  });
  it("a value that breaks a workload rule counts as infeasible: a peak below the 1 MiB/s average", () => {
    const r = run(small, {
      field: "peakIngress",
      between: ["serverless", "standard"],
      from: 0.1 * MiB,
      to: 10 * MiB,
      points: 7,
    });
    expect(r.crossings).toEqual([]);
    expect(r.boundaries.map((b) => [b.option, b.becomes])).toEqual([
      ["serverless", "feasible"],
      ["standard", "feasible"],
    ]);
    for (const b of r.boundaries) {
      // The peak may equal the average: the boundary is 1 MiB/s, bisected to 1e-12.
      expect(b.at - MiB).toBeGreaterThanOrEqual(0);
      expect(b.at - MiB).toBeLessThanOrEqual(1e-12 * b.at);
    }
  });
  it("nothing past `to`: 11..2,400 holds no boundary; scan points of a whole-number field are rounded", () => {
    const o = { field: "partitions", between: ["serverless", "standard"] as [string, string] };
    expect(run(FAST, { ...o, from: 11, to: 2400, points: 3 }).boundaries).toEqual([]);
    // 10.6 and 2,400.4 are scanned as 11 and 2,400, both feasible.
    expect(run(FAST, { ...o, from: 10.6, to: 2400.4, points: 2 }).boundaries).toEqual([]);
  });
  it("a continuous boundary: Serverless over ingress, peak 3 × ingress over 30 partitions ≤ 5 MB/s → 50,000,000 B/s", () => {
    const r = run(small, {
      field: "ingress",
      between: ["serverless", "standard"],
      from: 1000,
      to: 3e8,
      points: 30,
    });
    expect(r.crossings).toEqual([]);
    expect(r.boundaries).toHaveLength(1);
    const [b] = r.boundaries;
    expect([b?.option, b?.becomes]).toEqual(["serverless", "infeasible"]);
    // Bisected until 1e-12 apart (relative): at most 5e-5 B/s above the quota.
    expect((b?.at as number) - 5e7).toBeGreaterThan(0);
    expect((b?.at as number) - 5e7).toBeLessThanOrEqual(1e-12 * 5e7);
  });
});

describe("an option with no price", () => {
  it("SQS FIFO in ap-south-1 (no SQS price there) is never compared: no boundary where it turns infeasible", () => {
    // Feasible at 1 MiB/s, infeasible at 100 MiB/s, priced at neither: nothing to report.
    const p = preparePlanner({
      catalog: bundledCatalog(),
      region: "ap-south-1",
      options: ["standard", "sqs-fifo"],
    });
    const input = parseWorkloadInput({ ...withStream({ peakIngress: undefined }), region: "ap-south-1" });
    const o = { field: "ingress", from: MiB, to: 100 * MiB, points: 5 };
    for (const between of [
      ["sqs-fifo", "standard"],
      ["standard", "sqs-fifo"],
    ] as [string, string][]) {
      const r = breakeven(input, { ...o, between }, p);
      expect([r.crossings, r.boundaries]).toEqual([[], []]);
    }
    const [, fifo] = p.evaluate(
      parseWorkload({ ...withStream({ peakIngress: undefined, ingress: "100MiB/s" }), region: "ap-south-1" }),
    );
    expect([fifo?.feasible, fifo?.monthlyUsd]).toEqual([false, null]);
  });
});

describe("crossings: the side each option wins", () => {
  it("standard vs standard-tiered over partitions: a step between 3,000 and 3,001, named from both sides", () => {
    const o = { field: "partitions", from: 1, to: 5000, points: 30 };
    const opts: OptionId[] = ["standard", "standard-tiered"];
    const r = run(small, { ...o, between: ["standard", "standard-tiered"] }, opts);
    const cost = (p: number) => planner(opts).evaluate(parseWorkload(withStream({ partitions: p })));
    const [s3000, t3000] = cost(3000);
    const [s3001, t3001] = cost(3001);
    expect(r.crossings).toEqual([
      {
        at: 3001,
        below: 3000,
        kind: "step",
        belowUsd: { a: s3000?.monthlyUsd, b: t3000?.monthlyUsd },
        aboveUsd: { a: s3001?.monthlyUsd, b: t3001?.monthlyUsd },
        cheaperAbove: "standard-tiered",
      },
    ]);
    // Standard cheaper at 3,000, tiered at 3,001.
    expect(s3000?.monthlyUsd as number).toBeLessThan(t3000?.monthlyUsd as number);
    expect(s3001?.monthlyUsd as number).toBeGreaterThan(t3001?.monthlyUsd as number);
    const rev = run(small, { ...o, between: ["standard-tiered", "standard"] }, opts);
    expect(rev.crossings.map((c) => [c.at, c.below, c.cheaperAbove, c.belowUsd.a, c.aboveUsd.b])).toEqual([
      [3001, 3000, "standard-tiered", t3000?.monthlyUsd, s3001?.monthlyUsd],
    ]);
    // 31 points also bracket two steps that 30 points hide in one scan cell (standard cheaper at
    // both of its ends): the documented limit, raise --points. Each is named from its side.
    const dense = run(small, { ...o, points: 31, between: ["standard", "standard-tiered"] }, opts);
    expect(dense.crossings.map((c) => [c.below, c.at, c.cheaperAbove])).toEqual([
      [900, 901, "standard-tiered"],
      [1000, 1001, "standard"],
      [3000, 3001, "standard-tiered"],
    ]);
  });
  it("Serverless vs SQS over ingress: continuous, where $580.35 + $538.59375 u = s u (u in MiB/s)", () => {
    const opts: OptionId[] = ["serverless", "sqs-standard"];
    // SQS costs s per MiB/s, proportional to ingress: read it at 1 and 2 MiB/s.
    const sqs = (mib: number) =>
      planner(opts).evaluate(parseWorkload(withStream({ ingress: `${mib} MiB/s` })))[1]?.monthlyUsd as number;
    const s = sqs(1);
    expect(sqs(2)).toBeCloseTo(2 * s, 9);
    const u = 580.35 / (s - 538.59375);
    const o = { field: "ingress", from: 1000, to: 5e7, points: 30 };
    const r = run(small, { ...o, between: ["serverless", "sqs-standard"] }, opts);
    expect(r.crossings).toHaveLength(1);
    const [c] = r.crossings;
    expect(c?.kind).toBe("continuous");
    expect((c?.at as number) / MiB).toBeCloseTo(u, 9);
    // Bisection halves the bracket until it is at most 1e-12 of `at` wide, so it ends wider than half that.
    const width = (c?.at as number) - (c?.below as number);
    expect(width).toBeLessThanOrEqual(1e-12 * (c?.at as number));
    expect(width).toBeGreaterThan(0.5e-12 * (c?.at as number));
    expect(c?.aboveUsd.a).toBeCloseTo(580.35 + (538.59375 * (c?.at as number)) / MiB, 6);
    // Serverless's fixed $580.35 loses below the crossing and wins above it.
    expect(c?.cheaperAbove).toBe("serverless");
    const rev = run(small, { ...o, between: ["sqs-standard", "serverless"] }, opts);
    expect(rev.crossings.map((x) => [x.at, x.cheaperAbove, x.kind])).toEqual([
      [c?.at, "serverless", "continuous"],
    ]);
  });
});

describe("what one scan cell hides", () => {
  it("a broken rule at one end and an infeasible option at the other are both 'not feasible': no boundary between them", () => {
    // --points 2 over a peak of 0.1..1,000 MiB/s (the average is 1 MiB/s): at 0.1 MiB/s the peak
    // breaks the peak ≥ average rule (neither option evaluated); at 1,000 MiB/s Serverless is
    // infeasible (over 30 × 5 MB/s = 150 MB/s per partition quota) and Standard feasible. So the only
    // boundary is Standard's, where the rule stops breaking (1 MiB/s); Serverless's feasible window
    // between 1 MiB/s and 150 MB/s lies inside the one scan cell (the documented limit).
    const r = run(small, {
      field: "peakIngress",
      between: ["serverless", "standard"],
      from: 0.1 * MiB,
      to: 1000 * MiB,
      points: 2,
    });
    expect(r.crossings).toEqual([]);
    expect(r.boundaries.map((b) => [b.option, b.becomes])).toEqual([["standard", "feasible"]]);
    const at = r.boundaries[0]?.at as number;
    expect(at - MiB).toBeGreaterThanOrEqual(0);
    expect(at - MiB).toBeLessThanOrEqual(1e-12 * at);
  });
  it("an option infeasible strictly inside a cell whose ends cross: the crossing is the cell, never a point beside the hole", () => {
    // A hand-made planner (the algorithm's contract, not a price): a = $10 × partitions, b = $505,
    // a infeasible for 40..60 partitions. Over 1..101 with 2 points the cell's ends are feasible
    // with a cheaper at 1 (10 − 505 = −495) and b at 101 (1,010 − 505 = +505). The first midpoint,
    // 51, falls in the hole: bisection stops there and reports the verified bracket [1, 101], both
    // sides feasible, rather than bisecting towards 40 and reporting a crossing whose upper side is
    // infeasible (cost NaN).
    const hole: Planner = {
      ...planner(["serverless", "standard"]),
      evaluate: (w) => {
        const p = w.streams[0]?.partitions as number;
        const aFeasible = p < 40 || p > 60;
        return [
          {
            option: "serverless",
            feasible: aFeasible,
            monthlyUsd: aFeasible ? 10 * p : null,
            priced: aFeasible ? "complete" : "none",
          },
          { option: "standard", feasible: true, monthlyUsd: 505, priced: "complete" },
        ];
      },
    };
    const r = breakeven(
      parseWorkloadInput(small),
      { field: "partitions", between: ["serverless", "standard"], from: 1, to: 101, points: 2 },
      hole,
    );
    expect(r.crossings).toEqual([
      {
        at: 101,
        below: 1,
        kind: "step",
        belowUsd: { a: 10, b: 505 },
        aboveUsd: { a: 1010, b: 505 },
        cheaperAbove: "standard",
      },
    ]);
    expect(r.boundaries).toEqual([]);
  });
});

describe("defaults and input errors", () => {
  it("defaults: from v₀ ÷ 10 to v₀ × 10 (30 partitions: 3..300), 2,000 points", () => {
    const r = run(small, { field: "partitions", between: ["serverless", "standard"] });
    expect([r.field, r.from, r.to, r.points]).toEqual(["partitions", 3, 300, 2000]);
    expect(r.crossings).toEqual([]);
    expect(r.boundaries).toEqual([]);
  });
  const fails = (o: BreakevenOptions, path: string, message: string) => {
    let caught: unknown;
    try {
      run(small, o);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as InputError).path).toBe(path);
    expect((caught as Error).message).toBe(`${path}: ${message}`);
  };
  it("two different options of the planner's", () => {
    const msg = (got: string) => `expected two different options of serverless, standard, got ${got}`;
    fails(
      { field: "partitions", between: ["serverless", "serverless"] },
      "--between",
      msg('"serverless,serverless"'),
    );
    fails({ field: "partitions", between: ["nope", "standard"] }, "--between", msg('"nope,standard"'));
    fails({ field: "partitions", between: ["standard", "express"] }, "--between", msg('"standard,express"'));
  });
  it("an unknown field names --vary", () => {
    let caught: unknown;
    try {
      run(small, { field: "nope", between: ["serverless", "standard"] });
    } catch (e) {
      caught = e;
    }
    expect((caught as InputError).path).toBe("--vary nope");
  });
  it("the range must increase; points a whole number ≥ 2 (2 passes)", () => {
    const o = { field: "partitions", between: ["serverless", "standard"] as [string, string] };
    fails(
      { ...o, from: 40, to: 40 },
      "--range",
      "expected the range to increase, got 40..40 (canonical units)",
    );
    fails(
      { ...o, from: 41, to: 40 },
      "--range",
      "expected the range to increase, got 41..40 (canonical units)",
    );
    fails({ ...o, points: 1 }, "--points", "expected a whole number ≥ 2, got 1");
    fails({ ...o, points: 2.5 }, "--points", "expected a whole number ≥ 2, got 2.5");
    expect(run(small, { ...o, points: 2 }).points).toBe(2);
    // One past the scan-point limit (1,000,000) is refused before any point is evaluated.
    fails({ ...o, points: 1_000_001 }, "--points", "scan points 1,000,001 exceeds the limit of 1,000,000");
  });
});
