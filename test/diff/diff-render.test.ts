// The plan diff's renderers in full (src/report/diff.ts, src/report/table.ts) at library level:
// every figure is worked by hand in test/diff/diff-plans.test.ts (standard $1,000 → $1,250 =
// +$250, +25 %; brokers $700 → $900 = +28.57 %; Serverless data in $652.50 → $552.50 = −15.33 %,
// total $1,200 → $1,100 = −8.33 %; Express infeasible → $1,500); here the layout is pinned: column
// alignment, the indented line items and configuration changes, blank lines, Markdown details.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { PlanDiff } from "../../src/plan/diff.js";
import { type DiffablePlan, diffPlans } from "../../src/plan/diff.js";
import { formatDeltaPct, renderDiffMarkdown, renderDiffTable } from "../../src/report/diff.js";

const load = (f: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, "fixtures", f), "utf8")) as DiffablePlan;
// Rendered inside each test (mutation testing switches a mutant on per test).
const diff = () => diffPlans(load("before.json"), load("after.json"));

describe("plan diff renderers, whole output", () => {
  it("the terminal table: numbers right-aligned, line items and configuration indented under their option", () => {
    expect(renderDiffTable(diff()).split("\n")).toEqual([
      "Plan diff (old → new): recommendation changed: standard → serverless; its cost $1,000.00 → $1,100.00 (+$100.00, +10.0%)",
      "┌──────────────────────────────────────────────────────────────────────────┬────────────┬───────────┬────────────┬────────┬───────────────┐",
      "│ Option / line item                                                       │  Old (USD) │ New (USD) │     Change │      % │               │",
      "├──────────────────────────────────────────────────────────────────────────┼────────────┼───────────┼────────────┼────────┼───────────────┤",
      "│ serverless                                                               │  $1,200.00 │ $1,100.00 │   -$100.00 │  -8.3% │               │",
      "│   Serverless data in                                                     │    $652.50 │   $552.50 │   -$100.00 │ -15.3% │ changed       │",
      "│ standard                                                                 │  $1,000.00 │ $1,250.00 │   +$250.00 │ +25.0% │               │",
      "│   Broker instances (kafka.m5.large) → Broker instances (kafka.m7g.large) │    $700.00 │   $900.00 │   +$200.00 │ +28.6% │ changed       │",
      "│   Cross-AZ data transfer                                                 │          — │    $50.00 │    +$50.00 │      — │ added         │",
      "│   instanceType: kafka.m5.large → kafka.m7g.large                         │            │           │            │        │ configuration │",
      "│ express                                                                  │ infeasible │ $1,500.00 │ +$1,500.00 │      — │ now feasible  │",
      "│   Broker instances (express.m7g.large)                                   │          — │ $1,500.00 │ +$1,500.00 │      — │ added         │",
      "│   instanceType: null → express.m7g.large                                 │            │           │            │        │ configuration │",
      "│   brokers: null → 3                                                      │            │           │            │        │ configuration │",
      "└──────────────────────────────────────────────────────────────────────────┴────────────┴───────────┴────────────┴────────┴───────────────┘",
      "",
    ]);
  });

  it("Markdown: summary, options table, a details block per changed option", () => {
    expect(renderDiffMarkdown(diff()).split("\n")).toEqual([
      "### msk-planner cost diff",
      "",
      "**recommendation changed: standard → serverless; its cost $1,000.00 → $1,100.00 (+$100.00, +10.0%)**",
      "",
      "| Option | Old | New | Change | % |",
      "|---|---:|---:|---:|---:|",
      "| serverless | $1,200.00 | $1,100.00 | -$100.00 | -8.3% |",
      "| standard | $1,000.00 | $1,250.00 | +$250.00 | +25.0% |",
      "| express (now feasible) | infeasible | $1,500.00 | +$1,500.00 | — |",
      "",
      "<details><summary>serverless: -$100.00</summary>",
      "",
      "| Line item | Old | New | Change | % |",
      "|---|---:|---:|---:|---:|",
      "| Serverless data in | $652.50 | $552.50 | -$100.00 | -15.3% |",
      "",
      "</details>",
      "",
      "<details><summary>standard: +$250.00</summary>",
      "",
      "- instanceType: kafka.m5.large → kafka.m7g.large",
      "",
      "| Line item | Old | New | Change | % |",
      "|---|---:|---:|---:|---:|",
      "| Broker instances (kafka.m5.large) → Broker instances (kafka.m7g.large) | $700.00 | $900.00 | +$200.00 | +28.6% |",
      "| Cross-AZ data transfer | — | $50.00 | +$50.00 | — |",
      "",
      "</details>",
      "",
      "<details><summary>express: +$1,500.00</summary>",
      "",
      "- instanceType: null → express.m7g.large",
      "- brokers: null → 3",
      "",
      "| Line item | Old | New | Change | % |",
      "|---|---:|---:|---:|---:|",
      "| Broker instances (express.m7g.large) | — | $1,500.00 | +$1,500.00 | — |",
      "",
      "</details>",
      "",
    ]);
  });

  it("a plan against itself: every change $0.00 and 0.0%, an infeasible option's dashes, no details", () => {
    const same = diffPlans(load("before.json"), load("before.json"));
    expect(renderDiffTable(same).split("\n")).toEqual([
      "Plan diff (old → new): recommendation unchanged: standard; its cost $1,000.00 → $1,000.00 ($0.00, 0.0%)",
      "┌────────────────────┬────────────┬────────────┬────────┬──────┬──┐",
      "│ Option / line item │  Old (USD) │  New (USD) │ Change │    % │  │",
      "├────────────────────┼────────────┼────────────┼────────┼──────┼──┤",
      "│ standard           │  $1,000.00 │  $1,000.00 │  $0.00 │ 0.0% │  │",
      "│ serverless         │  $1,200.00 │  $1,200.00 │  $0.00 │ 0.0% │  │",
      "│ express            │ infeasible │ infeasible │      — │    — │  │",
      "└────────────────────┴────────────┴────────────┴────────┴──────┴──┘",
      "",
    ]);
    expect(renderDiffMarkdown(same).split("\n")).toEqual([
      "### msk-planner cost diff",
      "",
      "**recommendation unchanged: standard; its cost $1,000.00 → $1,000.00 ($0.00, 0.0%)**",
      "",
      "| Option | Old | New | Change | % |",
      "|---|---:|---:|---:|---:|",
      "| standard | $1,000.00 | $1,000.00 | $0.00 | 0.0% |",
      "| serverless | $1,200.00 | $1,200.00 | $0.00 | 0.0% |",
      "| express | infeasible | infeasible | — | — |",
      "",
    ]);
  });

  it("a removed option, and a changed region, period and catalog said first", () => {
    const after = load("after.json");
    const fewer = {
      ...after,
      options: after.options.filter((o) => o.option !== "express"),
      region: "eu-west-1",
      hours: 365,
      catalog: { source: "bundled", date: "2027-01-01" },
    } as DiffablePlan;
    const d = diffPlans(load("before.json"), fewer);
    expect(renderDiffTable(d).split("\n")).toEqual([
      "Plan diff (old → new): recommendation changed: standard → serverless; its cost $1,000.00 → $1,100.00 (+$100.00, +10.0%)",
      "  region us-east-1 → eu-west-1",
      "  billing period 730 → 365 hours",
      "  price catalog bundled 2026-09-11 → bundled 2027-01-01",
      "┌──────────────────────────────────────────────────────────────────────────┬────────────┬───────────┬──────────┬────────┬───────────────┐",
      "│ Option / line item                                                       │  Old (USD) │ New (USD) │   Change │      % │               │",
      "├──────────────────────────────────────────────────────────────────────────┼────────────┼───────────┼──────────┼────────┼───────────────┤",
      "│ serverless                                                               │  $1,200.00 │ $1,100.00 │ -$100.00 │  -8.3% │               │",
      "│   Serverless data in                                                     │    $652.50 │   $552.50 │ -$100.00 │ -15.3% │ changed       │",
      "│ standard                                                                 │  $1,000.00 │ $1,250.00 │ +$250.00 │ +25.0% │               │",
      "│   Broker instances (kafka.m5.large) → Broker instances (kafka.m7g.large) │    $700.00 │   $900.00 │ +$200.00 │ +28.6% │ changed       │",
      "│   Cross-AZ data transfer                                                 │          — │    $50.00 │  +$50.00 │      — │ added         │",
      "│   instanceType: kafka.m5.large → kafka.m7g.large                         │            │           │          │        │ configuration │",
      "│ express                                                                  │ infeasible │    absent │        — │      — │ removed       │",
      "└──────────────────────────────────────────────────────────────────────────┴────────────┴───────────┴──────────┴────────┴───────────────┘",
      "",
    ]);
    expect(renderDiffMarkdown(d).split("\n")).toEqual([
      "### msk-planner cost diff",
      "",
      "**recommendation changed: standard → serverless; its cost $1,000.00 → $1,100.00 (+$100.00, +10.0%)**",
      "",
      "- region us-east-1 → eu-west-1",
      "- billing period 730 → 365 hours",
      "- price catalog bundled 2026-09-11 → bundled 2027-01-01",
      "",
      "| Option | Old | New | Change | % |",
      "|---|---:|---:|---:|---:|",
      "| serverless | $1,200.00 | $1,100.00 | -$100.00 | -8.3% |",
      "| standard | $1,000.00 | $1,250.00 | +$250.00 | +25.0% |",
      "| express (removed) | infeasible | absent | — | — |",
      "",
      "<details><summary>serverless: -$100.00</summary>",
      "",
      "| Line item | Old | New | Change | % |",
      "|---|---:|---:|---:|---:|",
      "| Serverless data in | $652.50 | $552.50 | -$100.00 | -15.3% |",
      "",
      "</details>",
      "",
      "<details><summary>standard: +$250.00</summary>",
      "",
      "- instanceType: kafka.m5.large → kafka.m7g.large",
      "",
      "| Line item | Old | New | Change | % |",
      "|---|---:|---:|---:|---:|",
      "| Broker instances (kafka.m5.large) → Broker instances (kafka.m7g.large) | $700.00 | $900.00 | +$200.00 | +28.6% |",
      "| Cross-AZ data transfer | — | $50.00 | +$50.00 | — |",
      "",
      "</details>",
      "",
    ]);
  });

  it("an added option, one no longer feasible, a configuration-only change, no recommendation, | escaped", () => {
    const change = (oldUsd: number | null, newUsd: number | null) => ({
      oldUsd,
      newUsd,
      deltaUsd: oldUsd === null && newUsd === null ? null : (newUsd ?? 0) - (oldUsd ?? 0),
      deltaFraction: oldUsd ? ((newUsd ?? 0) - oldUsd) / oldUsd : null,
    });
    const d: PlanDiff = {
      region: { old: "us-east-1", new: "us-east-1" },
      hours: { old: 730, new: 730 },
      catalog: { old: null, new: "bundled 2026-09-11" },
      recommended: { old: "standard", new: null, changed: true },
      recommendedCost: change(null, null),
      options: [
        // Added and feasible: "added", not "now feasible" (it was not there before).
        {
          option: "kinesis",
          kind: "added",
          oldFeasible: null,
          newFeasible: true,
          ...change(null, 40),
          configuration: [],
          lineItems: [],
        },
        {
          option: "standard",
          kind: "changed",
          oldFeasible: true,
          newFeasible: false,
          ...change(1000, null),
          configuration: [],
          lineItems: [],
        },
        {
          option: "a|b",
          kind: "changed",
          oldFeasible: true,
          newFeasible: true,
          // 0.04 % rounds to 0.0 %: shown without a sign.
          ...change(10000, 10004),
          configuration: [{ field: "brokers", old: 3, new: 6 }],
          lineItems: [
            {
              kind: "unchanged",
              component: "x|y",
              unit: "h",
              oldQuantity: 1,
              newQuantity: 1,
              ...change(1, 1),
            },
          ],
        },
      ],
    } as PlanDiff;
    expect(renderDiffTable(d).split("\n")).toEqual([
      "Plan diff (old → new): recommendation changed: standard → none",
      "  price catalog unknown → bundled 2026-09-11",
      "┌────────────────────┬────────────┬────────────┬────────────┬─────────┬────────────────────┐",
      "│ Option / line item │  Old (USD) │  New (USD) │     Change │       % │                    │",
      "├────────────────────┼────────────┼────────────┼────────────┼─────────┼────────────────────┤",
      "│ kinesis            │     absent │     $40.00 │    +$40.00 │       — │ added              │",
      "│ standard           │  $1,000.00 │ infeasible │ -$1,000.00 │ -100.0% │ no longer feasible │",
      "│ a|b                │ $10,000.00 │ $10,004.00 │     +$4.00 │    0.0% │                    │",
      "│   brokers: 3 → 6   │            │            │            │         │ configuration      │",
      "└────────────────────┴────────────┴────────────┴────────────┴─────────┴────────────────────┘",
      "",
    ]);
    expect(renderDiffMarkdown(d).split("\n")).toEqual([
      "### msk-planner cost diff",
      "",
      "**recommendation changed: standard → none**",
      "",
      "- price catalog unknown → bundled 2026-09-11",
      "",
      "| Option | Old | New | Change | % |",
      "|---|---:|---:|---:|---:|",
      "| kinesis (added) | absent | $40.00 | +$40.00 | — |",
      "| standard (no longer feasible) | $1,000.00 | infeasible | -$1,000.00 | -100.0% |",
      "| a\\|b | $10,000.00 | $10,004.00 | +$4.00 | 0.0% |",
      "",
      "<details><summary>a\\|b: +$4.00</summary>",
      "",
      "- brokers: 3 → 6",
      "",
      "",
      "</details>",
      "",
    ]);
    // The other way round: none → an option; no option feasible on either side.
    d.recommended = { old: null, new: "kinesis", changed: true };
    expect(renderDiffTable(d).split("\n")[0]).toBe(
      "Plan diff (old → new): recommendation changed: none → kinesis",
    );
    d.recommended = { old: null, new: null, changed: false };
    expect(renderDiffTable(d).split("\n")[0]).toBe(
      "Plan diff (old → new): recommendation unchanged: none (no option is feasible)",
    );
    d.recommendedCost = change(null, 40);
    expect(renderDiffTable(d).split("\n")[0]).toBe(
      "Plan diff (old → new): recommendation unchanged: none (no option is feasible); its cost — → $40.00 (+$40.00, —)",
    );
    d.recommendedCost = change(40, null);
    expect(renderDiffTable(d).split("\n")[0]).toBe(
      "Plan diff (old → new): recommendation unchanged: none (no option is feasible); its cost $40.00 → — (-$40.00, -100.0%)",
    );
    d.catalog = { old: "bundled 2026-09-11", new: null };
    expect(renderDiffTable(d).split("\n")[1]).toBe("  price catalog bundled 2026-09-11 → unknown");
  });

  it("percentages: a change that rounds to 0.0 % has no sign, either way", () => {
    expect(formatDeltaPct(0.0004)).toBe("0.0%");
    expect(formatDeltaPct(-0.0004)).toBe("0.0%");
    expect(formatDeltaPct(0)).toBe("0.0%");
    expect(formatDeltaPct(0.0006)).toBe("+0.1%");
    expect(formatDeltaPct(-0.0006)).toBe("-0.1%");
    expect(formatDeltaPct(null)).toBe("—");
  });
});
