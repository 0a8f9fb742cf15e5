// `diff --iac`'s table and Markdown in full (src/report/iac-diff.ts), from a change written out by
// hand: cluster 3 → 6 kafka.m5.large brokers (2,190 → 4,380 broker-hours × $0.21 = $459.90 →
// $919.80, +$459.90; its storage line unchanged at $300.00), a connector removed ($160.60 → 0),
// one added at a partly priced $80.30, one resource unchanged. Totals $920.50 → $1,300.10, +$379.60.
import { describe, expect, it } from "vitest";
import type { IacDiff } from "../../src/iac/diff.js";
import { renderIacDiffMarkdown, renderIacDiffTable } from "../../src/report/iac-diff.js";

function diff(): IacDiff {
  return {
    region: "eu-west-1",
    hours: 730,
    catalog: { source: "bundled", date: "2026-09-11" },
    base: {
      sources: [
        { file: "old.tf", format: "terraform-hcl" },
        { file: "vars.tf", format: "terraform-hcl" },
      ],
      totalUsd: 920.5,
      priced: "complete",
    },
    new: {
      sources: [
        { file: "new.tf", format: "terraform-hcl" },
        { file: "extra.tf", format: "terraform-hcl" },
      ],
      totalUsd: 1300.1,
      priced: "partial",
    },
    resources: [
      {
        address: "aws_msk_cluster.main",
        type: "aws_msk_cluster",
        change: "changed",
        baseUsd: 759.9,
        newUsd: 1219.8,
        deltaUsd: 459.9,
        priced: { base: "complete", new: "complete" },
        lines: [
          { component: "Broker instances", baseUsd: 459.9, newUsd: 919.8, deltaUsd: 459.9 },
          { component: "Broker storage", baseUsd: 300, newUsd: 300, deltaUsd: 0 },
        ],
      },
      {
        address: "aws_mskconnect_connector.new",
        type: "aws_mskconnect_connector",
        change: "added",
        baseUsd: 0,
        newUsd: 80.3,
        deltaUsd: 80.3,
        priced: { base: null, new: "partial" },
        lines: [{ component: "MCU-hours", baseUsd: 0, newUsd: 80.3, deltaUsd: 80.3 }],
      },
      {
        address: "aws_mskconnect_connector.old",
        type: "aws_mskconnect_connector",
        change: "removed",
        baseUsd: 160.6,
        newUsd: 0,
        deltaUsd: -160.6,
        priced: { base: "complete", new: null },
        lines: [{ component: "MCU-hours", baseUsd: 160.6, newUsd: 0, deltaUsd: -160.6 }],
      },
      {
        address: "aws_msk_configuration.c",
        type: "aws_msk_configuration",
        change: "unchanged",
        baseUsd: 0,
        newUsd: 0,
        deltaUsd: 0,
        priced: { base: "complete", new: "complete" },
        lines: [],
      },
    ],
    deltaUsd: 379.6,
  } as IacDiff;
}

describe("diff --iac renderers", () => {
  it("the table: a row per changed resource, its changed lines indented, the total under a rule", () => {
    expect(renderIacDiffTable(diff())).toBe(
      [
        "MSK cost change from old.tf, vars.tf to new.tf, extra.tf in eu-west-1 per month (730 h)",
        "┌────────────────────────────────────────┬──────────────┬─────────────┬──────────────┐",
        "│ Resource / component                   │ Before (USD) │ After (USD) │ Change (USD) │",
        "├────────────────────────────────────────┼──────────────┼─────────────┼──────────────┤",
        "│ aws_msk_cluster.main (changed)         │      $759.90 │   $1,219.80 │     +$459.90 │",
        "│   Broker instances                     │      $459.90 │     $919.80 │     +$459.90 │",
        "│ aws_mskconnect_connector.new (added)   │            — │    ≥ $80.30 │      +$80.30 │",
        "│   MCU-hours                            │        $0.00 │      $80.30 │      +$80.30 │",
        "│ aws_mskconnect_connector.old (removed) │      $160.60 │           — │     -$160.60 │",
        "│   MCU-hours                            │      $160.60 │       $0.00 │     -$160.60 │",
        "├────────────────────────────────────────┼──────────────┼─────────────┼──────────────┤",
        "│ Total                                  │      $920.50 │ ≥ $1,300.10 │     +$379.60 │",
        "└────────────────────────────────────────┴──────────────┴─────────────┴──────────────┘",
        "1 resource unchanged. Prices: bundled catalog dated 2026-09-11.",
        "Some lines are not priced (usage or values missing): the change is that of the priced lines; give --usage to price them.",
        "",
      ].join("\n"),
    );
  });

  it("Markdown: a heading with the change, the totals, a row per changed resource, the caveat", () => {
    expect(renderIacDiffMarkdown(diff())).toBe(
      [
        "### MSK cost change: +$379.60 per month",
        "",
        "$920.50 → ≥ $1,300.10 (eu-west-1; bundled catalog dated 2026-09-11).",
        "",
        "| Resource | Change | Before (USD) | After (USD) | Change (USD) |",
        "| --- | --- | ---: | ---: | ---: |",
        "| `aws_msk_cluster.main` | changed | $759.90 | $1,219.80 | +$459.90 |",
        "| `aws_mskconnect_connector.new` | added | — | ≥ $80.30 | +$80.30 |",
        "| `aws_mskconnect_connector.old` | removed | $160.60 | — | -$160.60 |",
        "| **Total** | | $920.50 | ≥ $1,300.10 | **+$379.60** |",
        "",
        "_Some lines are not priced (usage or values missing): the change is that of the priced lines; give --usage to price them._",
        "",
      ].join("\n"),
    );
  });

  it("over 365 hours, both sides complete, nothing priced as none, several unchanged: no caveat", () => {
    const d = diff();
    d.hours = 365;
    d.new.priced = "complete";
    d.base.priced = "none";
    d.resources = d.resources.map((r) => ({ ...r, change: "unchanged" as const }));
    const t = renderIacDiffTable(d);
    expect(t.split("\n")[0]).toBe(
      "MSK cost change from old.tf, vars.tf to new.tf, extra.tf in eu-west-1 per 365 hours",
    );
    expect(t).toContain("│ Total                │    ≥ $920.50 │   $1,300.10 │     +$379.60 │");
    expect(t).toContain("4 resources unchanged.");
    expect(t).toContain("the change is that of the priced lines");
    const md = renderIacDiffMarkdown(d);
    expect(md.split("\n")[0]).toBe("### MSK cost change: +$379.60 per 365 hours");
    expect(md).toContain("≥ $920.50 → $1,300.10 (eu-west-1;");
    d.base.priced = "complete";
    expect(renderIacDiffTable(d)).not.toContain("priced lines");
    expect(
      renderIacDiffTable(d).endsWith("4 resources unchanged. Prices: bundled catalog dated 2026-09-11.\n"),
    ).toBe(true);
    expect(
      renderIacDiffMarkdown(d).endsWith("| **Total** | | $920.50 | $1,300.10 | **+$379.60** |\n\n"),
    ).toBe(true);
  });
});
