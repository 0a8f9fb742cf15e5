// diffPlans (issue #15): two saved plans in, a typed diff out; every delta below is worked by hand
// from test/diff/fixtures/before.json and after.json.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { type DiffablePlan, diffPlans, type PlanDiff } from "../../src/plan/diff.js";
import { renderDiffJson, renderDiffMarkdown, renderDiffTable } from "../../src/report/diff.js";

const load = (f: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, "fixtures", f), "utf8")) as DiffablePlan;
const before = load("before.json");
const after = load("after.json");
// Diffed before each test, not at load: a mutant is switched on only when the tests start.
let d: PlanDiff;
beforeEach(() => {
  d = diffPlans(before, after);
});
const opt = (id: string) => d.options.find((o) => o.option === id);

describe("diffPlans on two saved plans, by hand", () => {
  it("the recommendation changes standard → serverless; its cost $1,000 → $1,100 = +$100, +10%", () => {
    expect(d.recommended).toEqual({ old: "standard", new: "serverless", changed: true });
    expect(d.recommendedCost).toEqual({ oldUsd: 1000, newUsd: 1100, deltaUsd: 100, deltaFraction: 0.1 });
  });
  it("standard: $1,000 → $1,250 = +$250, +25%; brokers $700 → $900 (+$200, +28.57%) paired across instance types; storage unchanged; cross-AZ added +$50", () => {
    const s = opt("standard");
    expect(s).toMatchObject({
      kind: "changed",
      oldUsd: 1000,
      newUsd: 1250,
      deltaUsd: 250,
      deltaFraction: 0.25,
    });
    expect(s?.lineItems).toEqual([
      {
        kind: "changed",
        component: "Broker instances (kafka.m5.large) → Broker instances (kafka.m7g.large)",
        unit: "broker-hours",
        oldQuantity: 2190,
        newQuantity: 2190,
        oldUsd: 700,
        newUsd: 900,
        deltaUsd: 200,
        deltaFraction: 200 / 700,
      },
      {
        kind: "unchanged",
        component: "Broker storage (EBS, provisioned)",
        unit: "GB-months",
        oldQuantity: 3000,
        newQuantity: 3000,
        oldUsd: 300,
        newUsd: 300,
        deltaUsd: 0,
        deltaFraction: 0,
      },
      {
        kind: "added",
        component: "Cross-AZ data transfer",
        unit: "GB",
        oldQuantity: null,
        newQuantity: 5000,
        oldUsd: null,
        newUsd: 50,
        deltaUsd: 50,
        deltaFraction: null,
      },
    ]);
    expect(s?.configuration).toEqual([
      { field: "instanceType", old: "kafka.m5.large", new: "kafka.m7g.large" },
    ]);
  });
  it("serverless: data in 6,525 → 5,525 GB, $652.50 → $552.50 = -$100 (-15.33%); total $1,200 → $1,100 (-8.33%)", () => {
    const s = opt("serverless");
    expect(s).toMatchObject({ oldUsd: 1200, newUsd: 1100, deltaUsd: -100 });
    expect(s?.deltaFraction).toBeCloseTo(-100 / 1200, 12);
    const dataIn = s?.lineItems.find((l) => l.component === "Serverless data in");
    expect(dataIn).toMatchObject({ oldUsd: 652.5, newUsd: 552.5, deltaUsd: -100, kind: "changed" });
    expect(dataIn?.deltaFraction).toBeCloseTo(-100 / 652.5, 12);
    expect(s?.configuration).toEqual([]);
  });
  it("express: infeasible → feasible at $1,500: no old cost, so no percentage", () => {
    expect(opt("express")).toMatchObject({
      oldFeasible: false,
      newFeasible: true,
      oldUsd: null,
      newUsd: 1500,
      deltaUsd: 1500,
      deltaFraction: null,
    });
  });
  it("a plan against itself: every option and line unchanged, deltas 0", () => {
    const same = diffPlans(before, before);
    expect(same.recommended.changed).toBe(false);
    for (const o of same.options) {
      expect(o.kind).toBe("unchanged");
      if (o.oldUsd !== null) expect(o.deltaUsd).toBe(0);
    }
  });
  it("an option only one side has is added or removed", () => {
    const fewer = { ...after, options: after.options.filter((o) => o.option !== "express") };
    expect(diffPlans(before, fewer).options.find((o) => o.option === "express")).toMatchObject({
      kind: "removed",
      oldFeasible: false,
      newFeasible: null,
    });
  });
});

describe("diff renderers", () => {
  it("table: one row per option with old, new, change and %; changed lines indented", () => {
    const t = renderDiffTable(d);
    expect(t).toContain(
      "recommendation changed: standard → serverless; its cost $1,000.00 → $1,100.00 (+$100.00, +10.0%)",
    );
    expect(t).toMatch(/│ standard\s+│\s+\$1,000\.00 │\s+\$1,250\.00 │\s+\+\$250\.00 │\s+\+25\.0% │/);
    expect(t).toMatch(
      /│ {3}Serverless data in\s+│\s+\$652\.50 │\s+\$552\.50 │\s+-\$100\.00 │\s+-15\.3% │ changed/,
    );
    expect(t).toMatch(/│ express\s+│\s+infeasible │\s+\$1,500\.00 │\s+\+\$1,500\.00 │\s+— │ now feasible/);
    expect(t).not.toContain("Broker storage"); // unchanged lines are left out
  });
  it("Markdown: a summary, an options table and per-option details, fit for a PR comment", () => {
    const m = renderDiffMarkdown(d);
    expect(m).toContain("| standard | $1,000.00 | $1,250.00 | +$250.00 | +25.0% |");
    expect(m).toContain("| express (now feasible) | infeasible | $1,500.00 | +$1,500.00 | — |");
    expect(m).toContain("<details><summary>standard: +$250.00</summary>");
    expect(m).toContain("- instanceType: kafka.m5.large → kafka.m7g.large");
    expect(m).toContain("| Cross-AZ data transfer | — | $50.00 | +$50.00 | — |");
  });
  it("JSON: the typed diff, unrounded, byte-identical for the same inputs", () => {
    expect(JSON.parse(renderDiffJson(d))).toEqual(d);
    expect(renderDiffJson(diffPlans(before, after))).toBe(renderDiffJson(d));
  });
});
