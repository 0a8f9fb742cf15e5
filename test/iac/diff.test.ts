// diff --iac on two hand-written plan JSONs (fixtures/iac/plan.json → plan-new.json) matches a
// hand-worked delta (bundled catalog, us-east-1, 730 h).
import { describe, expect, it } from "vitest";
import { diffIac } from "../../src/iac/diff.js";
import { loadIac } from "../../src/iac/load.js";
import { priceIac } from "../../src/iac/price-iac.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import { renderIacDiffMarkdown, renderIacDiffTable } from "../../src/report/iac-diff.js";

const catalog = bundledCatalog();
const priced = async (p: string) => priceIac(await loadIac([p]), catalog);

// The change, worked by hand:
// aws_msk_cluster.standard 3 → 6 × kafka.m5.4xlarge with 1,000 GiB and 500 MiB/s each:
const STANDARD = 3 * 730 * 1.68 + 3 * 1000 * 0.1 + 3 * 500 * 0.08; // +3,679.20 + 300 + 120 = +4,099.20
// aws_msk_cluster.express express.m7g.large ($0.408/h) → express.m7g.xlarge ($0.816/h), 3 brokers:
const EXPRESS = 3 * 730 * (0.816 - 0.408); // +893.52
// aws_mskconnect_connector.sink removed: 2 workers × 1 MCU × 730 h × $0.11:
const CONNECT = -(2 * 730 * 0.11); // −160.60
const DELTA = STANDARD + EXPRESS + CONNECT; // +4,832.12

describe("diff --iac", () => {
  it("per-resource and total monthly change = the hand-worked delta", async () => {
    const d = diffIac(await priced("fixtures/iac/plan.json"), await priced("fixtures/iac/plan-new.json"));
    expect(DELTA).toBeCloseTo(4832.12, 6);
    expect(d.deltaUsd).toBeCloseTo(DELTA, 6);
    const byAddress = Object.fromEntries(d.resources.map((r) => [r.address, r]));
    expect(byAddress["aws_msk_cluster.standard"]).toMatchObject({ change: "changed" });
    expect(byAddress["aws_msk_cluster.standard"]?.deltaUsd).toBeCloseTo(STANDARD, 6);
    expect(byAddress["aws_msk_cluster.express"]?.deltaUsd).toBeCloseTo(EXPRESS, 6);
    expect(byAddress["aws_mskconnect_connector.sink"]).toMatchObject({ change: "removed", newUsd: 0 });
    expect(byAddress["aws_mskconnect_connector.sink"]?.deltaUsd).toBeCloseTo(CONNECT, 6);
    const others = d.resources.filter(
      (r) =>
        !(
          r.address in
          { "aws_msk_cluster.standard": 1, "aws_msk_cluster.express": 1, "aws_mskconnect_connector.sink": 1 }
        ),
    );
    for (const r of others) expect(r).toMatchObject({ change: "unchanged", deltaUsd: 0 });
    // Line by line: the Express broker line moves from one instance type's component to the other's.
    expect(
      byAddress["aws_msk_cluster.express"]?.lines.map((l) => [
        l.component,
        Math.round(l.deltaUsd * 100) / 100,
      ]),
    ).toEqual([
      ["Broker instances (express.m7g.large)", -893.52],
      ["Broker instances (express.m7g.xlarge)", 1787.04],
    ]);
  });

  it("renders the change as a table and as Markdown, saying the priced lines only are compared", async () => {
    const d = diffIac(await priced("fixtures/iac/plan.json"), await priced("fixtures/iac/plan-new.json"));
    const t = renderIacDiffTable(d);
    expect(t).toContain("aws_mskconnect_connector.sink (removed)");
    expect(t).toMatch(/Total .*≥ \$5,936\.25 .*≥ \$10,768\.37 .*\+\$4,832\.12/);
    expect(t).toContain("8 resources unchanged");
    expect(t).toContain("the change is that of the priced lines");
    const md = renderIacDiffMarkdown(d);
    expect(md).toContain("### MSK cost change: +$4,832.12 per month");
    expect(md).toContain("| `aws_mskconnect_connector.sink` | removed | $160.60 | — | -$160.60 |");
  });

  it("the same source on both sides: no change", async () => {
    const a = await priced("fixtures/iac/template.yaml");
    const d = diffIac(a, a);
    expect(d.deltaUsd).toBe(0);
    expect(d.resources.every((r) => r.change === "unchanged")).toBe(true);
  });
});
