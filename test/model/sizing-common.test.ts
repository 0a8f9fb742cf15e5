// The sizers' shared arithmetic (src/model/sizing/common.ts) at its edges: brokersFor with no
// capacity, and fitsIn — the product that lets a sizer skip a quotient — exactly at its margin and
// one step either side, and never claiming a fit the quotient would refuse.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { PST_MIN_MIB_PER_SEC } from "../../src/model/instances.js";
import { brokersFor, fitsIn } from "../../src/model/sizing/common.js";
import { pstPerBroker, sizingNumbers } from "../../src/model/sizing/rules.js";
import { standardCapacities } from "../../src/model/sizing/standard.js";

describe("brokersFor", () => {
  test("no capacity (0, −0, NaN, negative) needs infinitely many brokers; no load needs none", () => {
    for (const cap of [0, -0, Number.NaN, -1]) expect(brokersFor(1, cap)).toBe(Number.POSITIVE_INFINITY);
    expect(brokersFor(0, 0)).toBe(0);
    // 45 ÷ 15 = 3 exactly: not rounded up to 4 by float noise.
    expect(brokersFor(45, 15)).toBe(3);
    expect(brokersFor(45.000001, 15)).toBe(4);
  });
});

describe("fitsIn(load, capacity, n): load ≤ capacity × n × (1 − 1e-12), capacity finite", () => {
  test("well inside: 2 at 1 per broker fits 3 brokers", () => {
    expect(fitsIn(2, 1, 3)).toBe(true);
    expect(fitsIn(0, 1, 3)).toBe(true);
  });
  test("exactly at the margin 3 × (1 − 1e-12) it is shown; at 3 itself (the margin's other side) it is not", () => {
    expect(fitsIn(3 * (1 - 1e-12), 1, 3)).toBe(true);
    expect(fitsIn(3, 1, 3)).toBe(false);
    expect(fitsIn(3.5, 1, 3)).toBe(false);
  });
  test("no capacity, or one that is not finite, or a NaN: not shown (the caller takes the quotient)", () => {
    expect(fitsIn(1, Number.POSITIVE_INFINITY, 1)).toBe(false);
    expect(fitsIn(0, Number.POSITIVE_INFINITY, 1)).toBe(false);
    expect(fitsIn(1, 0, 3)).toBe(false);
    expect(fitsIn(Number.NaN, 1, 3)).toBe(false);
    expect(fitsIn(1, Number.NaN, 3)).toBe(false);
    expect(fitsIn(Number.POSITIVE_INFINITY, 1, 3)).toBe(false);
  });
  test("law: whenever fitsIn holds, brokersFor is at most n; and a load under n − 1 brokers' capacity is always shown", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e12, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e9, noNaN: true }),
        fc.integer({ min: 1, max: 200 }),
        (load, capacity, n) => {
          if (fitsIn(load, capacity, n)) expect(brokersFor(load, capacity)).toBeLessThanOrEqual(n);
          if (load <= capacity * (n - 1)) expect(fitsIn(load, capacity, n)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("the Standard capacity table's PST range", () => {
  test("a type with PST keeps its published minimum (not 0); one without has 0 to 0", () => {
    const caps = standardCapacities();
    const m5x4 = caps.find((c) => c.name === "kafka.m5.4xlarge");
    const m5 = caps.find((c) => c.name === "kafka.m5.large");
    expect([m5x4?.pstMinMiBps, PST_MIN_MIB_PER_SEC > 0]).toEqual([PST_MIN_MIB_PER_SEC, true]);
    expect([m5?.pstMinMiBps, m5?.pstMaxMiBps, m5?.pstMaxBytesPerSec]).toEqual([0, 0, 0]);
  });
});

describe("the declared PST rule (rules.ts pstPerBroker, whence the workbook's formula): whole MiB/s within the type's range", () => {
  const MiB = 2 ** 20;
  const pst = (writeMiBps: number, n: number, u: number) =>
    pstPerBroker(sizingNumbers, writeMiBps * MiB, n, u, MiB, 250, 1000);
  test("100 MiB/s over 2 brokers at 50 %: 100 ÷ (2 × 0.5) = 100 MiB/s each, raised to the 250 minimum", () => {
    expect(pst(100, 2, 0.5)).toBe(250);
  });
  test("600.5 MiB/s on 1 broker: ⌈600.5⌉ = 601, within the range", () => {
    expect(pst(600.5, 1, 1)).toBe(601);
  });
  test("1,500 MiB/s on 1 broker: capped at the 1,000 maximum", () => {
    expect(pst(1500, 1, 1)).toBe(1000);
  });
});
