// PricedSum (src/plan/priced-sum.ts), the fast paths' running total, line by line: priced lines
// summed, a missing price (NaN) counted and skipped, the status and total that follow, and the
// lines written only when their quantity is positive.
import { describe, expect, it } from "vitest";
import { amountOf, PricedSum } from "../../src/plan/priced-sum.js";

describe("PricedSum", () => {
  it("priced lines: 3 × $2 + 0.5 × $10 = $11, complete", () => {
    const s = new PricedSum();
    s.add(3, 2);
    s.add(0.5, 10);
    expect([s.monthlyUsd, s.status]).toEqual([11, "complete"]);
    expect(s.evaluation("serverless")).toEqual({
      option: "serverless",
      feasible: true,
      monthlyUsd: 11,
      priced: "complete",
    });
  });
  it("a missing price is counted, not added: partial with the priced part; none priced: null", () => {
    const s = new PricedSum();
    s.add(3, 2);
    s.add(4, Number.NaN);
    expect([s.monthlyUsd, s.status]).toEqual([6, "partial"]);
    s.reset();
    s.add(4, amountOf(undefined));
    expect([s.monthlyUsd, s.status]).toEqual([null, "none"]);
  });
  it("no line at all costs $0 (not null)", () => {
    const s = new PricedSum();
    expect(s.monthlyUsd).toBe(0);
    expect(s.reset().monthlyUsd).toBe(0);
  });
  it("addIfPositive writes a line only for a positive quantity, or when asked to always", () => {
    const s = new PricedSum();
    s.addIfPositive(0, Number.NaN);
    expect([s.monthlyUsd, s.status, s.missing]).toEqual([0, "complete", 0]);
    s.addIfPositive(0, Number.NaN, true);
    expect([s.monthlyUsd, s.status, s.missing]).toEqual([null, "none", 1]);
    s.reset().addIfPositive(2, 5);
    expect([s.monthlyUsd, s.priced]).toEqual([10, 1]);
  });
  it("amountOf: a price's amount, NaN without one", () => {
    expect(amountOf({ amount: 0.25 } as never)).toBe(0.25);
    expect(amountOf(undefined)).toBeNaN();
  });
});
