// The one wording of an infeasibility (src/plan/infeasibility.ts): each display unit, infinity,
// the four codes, and the optional stream, basis, per-broker and subject parts.
import { describe, expect, it } from "vitest";
import {
  describeInfeasibility,
  formatQuantity,
  type InfeasibilityUnit,
} from "../../src/plan/infeasibility.js";

describe("formatQuantity", () => {
  it.each<[number, InfeasibilityUnit, string]>([
    [Number.POSITIVE_INFINITY, "count", "∞"],
    [Number.POSITIVE_INFINITY, "MiB/s", "∞"], // not "∞ MiB/s": infinity is shown bare in every unit
    [1234.5, "count", "1,235"],
    [3 * 2 ** 20, "MiB/s", "3 MiB/s"],
    [2.5e6, "MBps", "2.5 MBps"],
    [2.5e6, "MB/s", "2.5 MB/s"], // 10^6 B
    [1.5 * 2 ** 30, "GiB", "2 GiB"], // whole GiB
    [8 * 2 ** 20, "MiB", "8 MiB"],
    [1234, "bytes", "1,234 bytes"],
    [14 * 86_400, "days", "14 days"],
    [300.25, "calls/s", "300.3 calls/s"],
  ])("%d in %s is %s", (v, unit, words) => {
    expect(formatQuantity(v, unit)).toBe(words);
  });
});

describe("describeInfeasibility", () => {
  const day = 86_400;
  it("a rule: its basis (or 'rule'), the workload's value and the rule's, prefixed by the stream", () => {
    expect(
      describeInfeasibility({
        code: "rule",
        resource: "retention",
        actual: day,
        limit: 3 * day,
        unit: "days",
        basis: "b",
        stream: "s1",
      }),
    ).toBe("s1: b: retention 1 days, rule 3 days");
    expect(
      describeInfeasibility({
        code: "rule",
        resource: "retention",
        actual: day,
        limit: 3 * day,
        unit: "days",
      }),
    ).toBe("rule: retention 1 days, rule 3 days");
  });

  it("below, exceeds and mismatch; one step past a limit that rounds to it says the exact values", () => {
    expect(
      describeInfeasibility({
        code: "below",
        resource: "retention",
        actual: day,
        limit: 3 * day,
        unit: "days",
      }),
    ).toBe("retention 1 days < 3 days");
    expect(
      describeInfeasibility({
        code: "exceeds",
        resource: "retention",
        actual: 14 * day + 1,
        limit: 14 * day,
        unit: "days",
        stream: "q",
      }),
    ).toBe("q: retention 14 days > 14 days (exactly 1,209,601 > 1,209,600)");
    // The exact values and a basis both: "; " between them.
    expect(
      describeInfeasibility({
        code: "exceeds",
        resource: "retention",
        actual: 14 * day + 1,
        limit: 14 * day,
        unit: "days",
        basis: "SQS quota",
      }),
    ).toBe("retention 14 days > 14 days (exactly 1,209,601 > 1,209,600; SQS quota)");
    expect(
      describeInfeasibility({
        code: "mismatch",
        resource: "azs",
        actual: 2,
        limit: 3,
        unit: "count",
        basis: "x",
        subject: "y",
        perBroker: true,
      }),
    ).toBe("availability zones per broker 2 ≠ 3 (x) for y");
  });
});
