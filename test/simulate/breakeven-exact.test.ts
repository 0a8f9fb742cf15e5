// Break-even's exact cases, on hand-made planners (the algorithm's contract, not a price): two
// options whose costs tie exactly at a scan or bracket point, two crossings inside one scan cell,
// the step/continuous threshold exactly at and either side of 1e-6 of the larger cost, the last
// scan point taken as `to` itself, a fractional field's scan points kept unrounded, and the
// bisection stopping exactly at its 1e-12 relative width. Each case is worked by hand below.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { Workload } from "../../src/model/workload.js";
import { parseWorkloadInput } from "../../src/model/workload-schema.js";
import type { OptionEvaluation } from "../../src/plan/options.js";
import { type Planner, preparePlanner } from "../../src/plan/planner.js";
import { type BreakevenOptions, breakeven } from "../../src/plan/simulate/breakeven.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";

const small = parse(readFileSync("fixtures/workloads/small.yaml", "utf8"));

/** Option a ("serverless") and b ("standard") cost `costs(x)` (null: infeasible), x read by `field`. */
function handMade(
  read: (w: Workload) => number,
  costs: (x: number) => [number | null, number | null],
): Planner {
  const real = preparePlanner({
    catalog: bundledCatalog(),
    region: "us-east-1",
    options: ["serverless", "standard"],
  });
  const row = (option: "serverless" | "standard", usd: number | null): OptionEvaluation => ({
    option,
    feasible: usd !== null,
    monthlyUsd: usd,
    priced: usd === null ? "none" : "complete",
  });
  return {
    ...real,
    evaluate: (w) => {
      const [a, b] = costs(read(w));
      return [row("serverless", a), row("standard", b)];
    },
  };
}
const partitions = (w: Workload) => w.streams[0]?.partitions as number;
const ingress = (w: Workload) => w.streams[0]?.ingressBytesPerSec as number;
const run = (planner: Planner, o: Omit<BreakevenOptions, "between">) =>
  breakeven(parseWorkloadInput(small), { ...o, between: ["serverless", "standard"] }, planner);

describe("exact ties", () => {
  it("a = $10 × partitions, b = $500 over 1..50 (2 points): they tie at the top, 50, so the crossing is 49 → 50 and neither is cheaper above", () => {
    const p = handMade(partitions, (x) => [10 * x, 500]);
    // At 1: 10 − 500 < 0; at 50: 500 − 500 = 0. Bisection keeps lo where a is cheaper: lo = 49, hi = 50.
    // |dh − dl| = |0 − (490 − 500)| = 10 > 1e-6 × 500: a step.
    expect(run(p, { field: "partitions", from: 1, to: 50, points: 2 }).crossings).toEqual([
      {
        at: 50,
        below: 49,
        kind: "step",
        belowUsd: { a: 490, b: 500 },
        aboveUsd: { a: 500, b: 500 },
        cheaperAbove: "equal",
      },
    ]);
  });
  it("the same over 50..100: they tie at the bottom, so the crossing is 50 → 51 and b is cheaper above", () => {
    const p = handMade(partitions, (x) => [10 * x, 500]);
    // At 50: 0; at 100: 1,000 − 500 > 0. Bisection moves hi down while the sign is not 0: lo = 50, hi = 51.
    expect(run(p, { field: "partitions", from: 50, to: 100, points: 2 }).crossings).toEqual([
      {
        at: 51,
        below: 50,
        kind: "step",
        belowUsd: { a: 500, b: 500 },
        aboveUsd: { a: 510, b: 500 },
        cheaperAbove: "standard",
      },
    ]);
  });
  it("tied at both ends of the only cell: no crossing", () => {
    const p = handMade(partitions, () => [500, 500]);
    expect(run(p, { field: "partitions", from: 1, to: 50, points: 2 }).crossings).toEqual([]);
  });
});

describe("a cell whose ends agree", () => {
  it("a cheaper at 1 and at 101, b cheaper on 40..60 (2 points): both crossings hide in the one cell, none is claimed", () => {
    // a = $500 (600 on 40..60), b = $550. Both ends: 500 − 550 < 0. The midpoint 51 has the other
    // sign, but the cell is never bisected: the documented limit (raise --points).
    const p = handMade(partitions, (x) => [x >= 40 && x <= 60 ? 600 : 500, 550]);
    expect(run(p, { field: "partitions", from: 1, to: 101, points: 2 }).crossings).toEqual([]);
    // Linear 1, 51, 101: both cells cross, at 40 (a → b) and at 61 (b → a).
    expect(run(p, { field: "partitions", from: 1, to: 101, points: 3, log: false }).crossings).toEqual([
      {
        at: 40,
        below: 39,
        kind: "step",
        belowUsd: { a: 500, b: 550 },
        aboveUsd: { a: 600, b: 550 },
        cheaperAbove: "standard",
      },
      {
        at: 61,
        below: 60,
        kind: "step",
        belowUsd: { a: 600, b: 550 },
        aboveUsd: { a: 500, b: 550 },
        cheaperAbove: "serverless",
      },
    ]);
  });
});

describe("step or continuous: |d(above) − d(below)| > 1e-6 × the larger cost", () => {
  it("exactly at the threshold is continuous: a = $1,000,000 + (partitions − 10.5), b = $1,000,000", () => {
    // At 10: a = 999,999.5 (d = −0.5); at 11: a = 1,000,000.5 (d = +0.5). |0.5 − (−0.5)| = 1 and
    // 1e-6 × max(999,999.5, 1,000,000, 1) = 1e-6 × 1,000,000 = 1 exactly: not above it.
    const p = handMade(partitions, (x) => [1_000_000 + (x - 10.5), 1_000_000]);
    const [c] = run(p, { field: "partitions", from: 1, to: 20, points: 2 }).crossings;
    expect([c?.below, c?.at, c?.kind, c?.cheaperAbove]).toEqual([10, 11, "continuous", "standard"]);
  });
  it("one step past it is a step: the same at $999,999 (1e-6 × 999,999.5 < 1)", () => {
    const p = handMade(partitions, (x) => [999_999 + (x - 10.5), 999_999]);
    const [c] = run(p, { field: "partitions", from: 1, to: 20, points: 2 }).crossings;
    expect([c?.below, c?.at, c?.kind]).toEqual([10, 11, "step"]);
  });
  it("a symmetric jump is a step: a = partitions + 0.5, b = $10 (−0.5 at 9, +0.5 at 10; 1 > 1e-6 × 10.5)", () => {
    const p = handMade(partitions, (x) => [x + 0.5, 10]);
    expect(run(p, { field: "partitions", from: 1, to: 20, points: 2 }).crossings).toEqual([
      {
        at: 10,
        below: 9,
        kind: "step",
        belowUsd: { a: 9.5, b: 10 },
        aboveUsd: { a: 10.5, b: 10 },
        cheaperAbove: "standard",
      },
    ]);
  });
});

describe("the scan points of a fractional field", () => {
  it("the last point is `to` itself: a feasible up to exactly 1,000,039.73 B/s, scanned log from 1.039", () => {
    // 1.039 × (1,000,039.73 ÷ 1.039) is 1,000,039.7300000001 in doubles: a point computed by the
    // spacing formula would fall just past `to`, where a is infeasible, and report a boundary.
    const to = 1_000_039.73;
    expect(1.039 * (to / 1.039)).toBeGreaterThan(to);
    const p = handMade(ingress, (x) => [x <= to ? 1 : null, 2]);
    const r = run(p, { field: "ingress", from: 1.039, to, points: 2 });
    expect([r.boundaries, r.crossings]).toEqual([[], []]);
  });
  it("fractional scan points are not rounded: a feasible below 1,000.3 B/s over 1,000.2..1,000.4", () => {
    // Rounded, both points would be 1,000 (one point, no cell) and the boundary would be lost.
    const p = handMade(ingress, (x) => [x < 1000.3 ? 1 : null, 2]);
    const r = run(p, { field: "ingress", from: 1000.2, to: 1000.4, points: 2 });
    expect(r.boundaries.map((b) => [b.option, b.becomes])).toEqual([["serverless", "infeasible"]]);
    const at = r.boundaries[0]?.at as number;
    expect(at).toBeGreaterThanOrEqual(1000.3);
    expect(at - 1000.3).toBeLessThanOrEqual(1e-12 * at);
  });
  it("a cell exactly 1e-12 × its top wide is not bisected: 953,674.31640625 − 2⁻²⁰ .. 953,674.31640625", () => {
    // 1e-12 × 953,674.31640625 is 2⁻²⁰ (9.5367431640625e-7) exactly in doubles, and the bottom is
    // the top less 2⁻²⁰ exactly, so the cell is already as narrow as the bisection goes: the
    // boundary is its top, though a is infeasible from just above the bottom (the midpoint too).
    const to = 953_674.31640625;
    const d = 2 ** -20;
    expect(1e-12 * to).toBe(d);
    const from = to - d;
    expect(to - from).toBe(d);
    const p = handMade(ingress, (x) => [x <= from ? 1 : null, 2]);
    expect(run(p, { field: "ingress", from, to, points: 2 }).boundaries).toEqual([
      { option: "serverless", at: to, becomes: "infeasible" },
    ]);
  });
});
