// diffPlans on small hand-made plans, one rule each: cost changes at 0 and null, a line removed or
// changed only in quantity, what makes an option "unchanged", and the recommended option's cost.
import { describe, expect, it } from "vitest";
import { costChange, type DiffablePlan, type DiffOption, diffPlans } from "../../src/plan/diff.js";

const line = (component: string, quantity: number, costUsd: number, more: object = {}) => ({
  component,
  quantity,
  unit: "GB-Mo",
  costUsd,
  ...more,
});
const option = (o: Partial<DiffOption> & { option: string }): DiffOption => ({
  feasible: true,
  monthlyUsd: 100,
  configuration: { brokers: 3 },
  lineItems: [line("Storage", 1000, 100)],
  ...o,
});
const plan = (
  options: DiffOption[],
  recommended: string | null = options[0]?.option ?? null,
): DiffablePlan => ({
  region: "us-east-1",
  hours: 730,
  options,
  recommended,
});

describe("costChange", () => {
  it("new − old, and that ÷ old; an absent side counts as 0; no fraction of 0 or of nothing", () => {
    expect(costChange(200, 250)).toEqual({ oldUsd: 200, newUsd: 250, deltaUsd: 50, deltaFraction: 0.25 });
    expect(costChange(100, null)).toEqual({ oldUsd: 100, newUsd: null, deltaUsd: -100, deltaFraction: -1 });
    expect(costChange(null, 50)).toEqual({ oldUsd: null, newUsd: 50, deltaUsd: 50, deltaFraction: null });
    expect(costChange(0, 5)).toEqual({ oldUsd: 0, newUsd: 5, deltaUsd: 5, deltaFraction: null });
    expect(costChange(null, null)).toEqual({
      oldUsd: null,
      newUsd: null,
      deltaUsd: null,
      deltaFraction: null,
    });
  });
});

describe("diffPlans, rule by rule", () => {
  it("a line only the old plan has is removed: −its cost, −100 %, its source kept", () => {
    const old = option({
      option: "standard",
      monthlyUsd: 150,
      lineItems: [
        line("Storage", 1000, 100),
        line("Cross-AZ", 2500, 50, { source: "AWS", sourceUrl: "https://a" }),
      ],
    });
    const d = diffPlans(plan([old]), plan([option({ option: "standard" })]));
    const [o] = d.options;
    expect(o?.kind).toBe("changed");
    expect(o?.lineItems).toEqual([
      {
        kind: "unchanged",
        component: "Storage",
        unit: "GB-Mo",
        oldQuantity: 1000,
        newQuantity: 1000,
        oldUsd: 100,
        newUsd: 100,
        deltaUsd: 0,
        deltaFraction: 0,
      },
      {
        kind: "removed",
        component: "Cross-AZ",
        unit: "GB-Mo",
        oldQuantity: 2500,
        newQuantity: null,
        oldUsd: 50,
        newUsd: null,
        deltaUsd: -50,
        deltaFraction: -1,
        source: "AWS",
        sourceUrl: "https://a",
      },
    ]);
  });
  it("the same cost for another quantity is a change; a source without a URL has a null one", () => {
    const d = diffPlans(
      plan([option({ option: "standard" })]),
      plan([option({ option: "standard", lineItems: [line("Storage", 2000, 100, { source: "catalog" })] })]),
    );
    expect(d.options[0]?.kind).toBe("changed");
    expect(d.options[0]?.lineItems[0]).toMatchObject({
      kind: "changed",
      oldQuantity: 1000,
      newQuantity: 2000,
      deltaUsd: 0,
      source: "catalog",
      sourceUrl: null,
    });
    const plain = diffPlans(plan([option({ option: "standard" })]), plan([option({ option: "standard" })]));
    expect(Object.keys(plain.options[0]?.lineItems[0] ?? {})).not.toContain("source");
    expect(Object.keys(plain.options[0]?.lineItems[0] ?? {})).not.toContain("sourceUrl");
  });
  it("an option is unchanged only when its feasibility, cost, configuration and every line are", () => {
    const base = option({ option: "standard" });
    const kind = (b: DiffOption) => diffPlans(plan([base]), plan([b])).options[0]?.kind;
    expect(kind(option({ option: "standard" }))).toBe("unchanged");
    expect(kind(option({ option: "standard", feasible: false }))).toBe("changed");
    expect(kind(option({ option: "standard", monthlyUsd: 101 }))).toBe("changed");
    expect(kind(option({ option: "standard", configuration: { brokers: 6 } }))).toBe("changed");
    expect(
      diffPlans(plan([base]), plan([option({ option: "standard", configuration: { brokers: 6 } })]))
        .options[0]?.configuration,
    ).toEqual([{ field: "brokers", old: 3, new: 6 }]);
    // Same total, lines moved between components.
    expect(
      kind(
        option({ option: "standard", lineItems: [line("Storage", 1000, 60), line("Cross-AZ", 2000, 40)] }),
      ),
    ).toBe("changed");
  });
  it("an option only the new plan has is added, with its lines added and no configuration change", () => {
    const d = diffPlans(
      plan([option({ option: "standard" })]),
      plan([option({ option: "standard" }), option({ option: "serverless", monthlyUsd: 80 })]),
    );
    const s = d.options.find((o) => o.option === "serverless");
    expect(s).toMatchObject({
      kind: "added",
      oldFeasible: null,
      newFeasible: true,
      configuration: [],
      oldUsd: null,
      newUsd: 80,
      deltaUsd: 80,
    });
    expect(s?.lineItems.map((l) => l.kind)).toEqual(["added"]);
    const r = diffPlans(
      plan([option({ option: "standard" }), option({ option: "serverless" })]),
      plan([option({ option: "standard" })]),
    );
    expect(r.options.find((o) => o.option === "serverless")?.lineItems.map((l) => l.kind)).toEqual([
      "removed",
    ]);
  });
  it("the recommended cost: null with no recommendation, or when the recommended option is missing", () => {
    const a = plan([option({ option: "standard", monthlyUsd: 100 })], "standard");
    expect(
      diffPlans(a, plan([option({ option: "standard", monthlyUsd: 120 })], null)).recommendedCost,
    ).toEqual({
      oldUsd: 100,
      newUsd: null,
      deltaUsd: -100,
      deltaFraction: -1,
    });
    expect(
      diffPlans(a, plan([option({ option: "standard", monthlyUsd: 120 })], "serverless")).recommendedCost
        .newUsd,
    ).toBeNull();
    expect(diffPlans(a, a).recommendedCost).toEqual({
      oldUsd: 100,
      newUsd: 100,
      deltaUsd: 0,
      deltaFraction: 0,
    });
  });
});
