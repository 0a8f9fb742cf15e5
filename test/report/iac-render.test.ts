// `price --iac` renderers at library level (src/report/iac.ts; the CLI tests cannot see a mutant):
// fixtures/iac/template.yaml priced with the bundled catalog in us-east-1 over 730 h. Hand sums:
// Standard 3 × 730 × $1.68 + 3 × 1,000 × $0.10 + 3 × 500 × $0.08 = $4,099.20; Express 3 × 730 ×
// $0.408 = $893.52; Serverless 730 × $0.75 = $547.50; Connect 2 × 730 × $0.11 = $160.60;
// Replicator 730 × $0.30 = $219.00; private connectivity 730 × $0.0225 = $16.425: $5,936.245.
import { beforeAll, describe, expect, it } from "vitest";
import { loadIac, readIacText } from "../../src/iac/load.js";
import { type IacPriceResult, priceIac } from "../../src/iac/price-iac.js";
import type { Recommendation } from "../../src/iac/recommend.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import {
  iacTotalText,
  recommendationLines,
  renderIacMarkdown,
  renderIacTable,
} from "../../src/report/iac.js";

let r: IacPriceResult;
/** The same over 365 hours. */
let half: IacPriceResult;
beforeAll(async () => {
  const docs = await loadIac(["fixtures/iac/template.yaml"]);
  r = priceIac(docs, bundledCatalog());
  half = priceIac(docs, bundledCatalog(), { hours: 365 });
});
const rowOf = (table: string, start: string) =>
  table
    .split("\n")
    .find((l) => l.startsWith(`│ ${start}`))
    ?.split("│")
    .slice(1, -1)
    .map((c) => c.trim());

describe("the total", () => {
  it("a lower bound naming what is missing: lines that need usage, resources with unresolved values", () => {
    expect(iacTotalText(r)).toBe("≥ $5,936.25 (not priced: 10 usage-based lines need usage)");
    const one = {
      ...r,
      resources: r.resources.map((x) => (x.address === "Dr" ? x : { ...x, missingPrices: [] })),
    };
    expect(iacTotalText(one)).toBe("≥ $5,936.25 (not priced: 1 usage-based line needs usage)");
    const unresolved = (n: number) => ({
      ...r,
      resources: r.resources.map((x, i) => ({
        ...x,
        missingPrices: [],
        kind: i < n ? "unresolved" : x.kind,
      })),
    });
    expect(iacTotalText(unresolved(1) as IacPriceResult)).toBe(
      "≥ $5,936.25 (not priced: 1 resource with unresolved values)",
    );
    expect(
      iacTotalText({
        ...unresolved(2),
        resources: [...unresolved(2).resources.slice(0, 2), r.resources[2]],
      } as IacPriceResult),
    ).toBe("≥ $5,936.25 (not priced: 1 usage-based line needs usage; 2 resources with unresolved values)");
    expect(iacTotalText({ ...r, priced: "complete" })).toBe("$5,936.25");
  });
});

describe("the terminal table", () => {
  it("a header naming the sources, region and period; a block per resource with its lines indented", () => {
    const t = renderIacTable(r);
    expect(t.split("\n")[0]).toBe(
      "MSK cost of fixtures/iac/template.yaml (cloudformation-yaml) in us-east-1 for 730 hours (one month; a month is 730 h; billed GB = GiB, 2^30 bytes)",
    );
    expect(rowOf(t, "Resource / component")).toEqual([
      "Resource / component",
      "Quantity",
      "Unit",
      "Unit price",
      "Cost (USD)",
    ]);
    expect(rowOf(t, "Configuration (")).toEqual([
      "Configuration (AWS::MSK::Configuration)",
      "",
      "",
      "",
      "free",
    ]);
    expect(rowOf(t, "ConnectorSink (")).toEqual([
      "ConnectorSink (AWS::S3::Bucket)",
      "",
      "",
      "",
      "not priced",
    ]);
    expect(rowOf(t, "StandardStorageScaling (")?.[4]).toBe("free");
    expect(rowOf(t, "Sink (")).toEqual(["Sink (AWS::KafkaConnect::Connector)", "", "", "", "$160.60"]);
    expect(rowOf(t, "StandardCluster (")?.[4]).toBe("≥ $4,099.20");
    expect(rowOf(t, "  MSK Connect")).toEqual(["MSK Connect", "1,460", "MCU-hours", "$0.11", "$160.60"]);
    expect(rowOf(t, "  Broker instances (kafka.m5.4xlarge)")).toEqual([
      "Broker instances (kafka.m5.4xlarge)",
      "2,190",
      "broker-hours",
      "$1.68",
      "$3,679.20",
    ]);
    expect(rowOf(t, "  MSK Replicator, per GB replicated")).toEqual([
      "MSK Replicator, per GB replicated",
      "",
      "",
      "",
      "not priced: needs usage",
    ]);
    // The total under a rule, right-aligned.
    const lines = t.split("\n");
    const total = lines.findIndex((l) => l.startsWith("│ Total"));
    expect(lines[total - 1]).toMatch(/^├─+┼/);
    expect(rowOf(t, "Total")?.[4]).toBe("≥ $5,936.25 (not priced: 10 usage-based lines need usage)");
  });

  it("the storage range, notes, unresolved values and sources after the table", () => {
    const t = renderIacTable(r);
    expect(t).toContain(
      "\nStorage autoscaling:\n  StandardCluster: broker storage autoscaling (StandardStorageScaling) 1,000 / 1,000 / 4,000 GiB per broker (minimum / configured / maximum): $4,099.20 / $4,099.20 / $4,999.20 before usage-based lines\nNotes:\n  Configuration: an MSK configuration: no charge\n",
    );
    expect(t).toContain(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation's own ${…} substitution
      '\nValues not resolved:\n  Dr: ServiceExecutionRoleArn = {"Fn::Sub":"arn:aws:iam::${AWS::AccountId}:role/replicator"} (pseudo parameter AWS::AccountId is known only when the stack is deployed)\n',
    );
    expect(t).toContain(
      "\nPrices: bundled catalog dated 2026-09-11. Sources:\n  MSK Replicator: Amazon MSK pricing page (public copy of 2026-08-26), us-east-1",
    );
    // Sources of priced lines only (cross-AZ needs usage here).
    expect(t.match(/^ {2}Cross-AZ data transfer/gm)).toBeNull();
    expect(t.endsWith("\n")).toBe(true);
    expect(t).not.toContain("What to run instead");
  });

  it("another period in hours; a complete range without the 'before usage-based lines' caveat; no sections when empty", () => {
    expect(renderIacTable(half).split("\n")[0]).toMatch(/for 365 hours \(365 hours; a month is 730 h;/);
    const quiet = {
      ...r,
      unresolved: [],
      resources: r.resources
        .filter((x) => x.address === "StandardCluster")
        .map((x) => ({ ...x, notes: [], priced: "complete" as const })),
    };
    const t = renderIacTable(quiet);
    expect(t).toContain("$4,099.20 / $4,099.20 / $4,999.20\n");
    expect(t).not.toContain("Notes:");
    expect(t).not.toContain("Values not resolved:");
    const bare = renderIacTable({
      ...quiet,
      resources: quiet.resources.map((x) => ({ ...x, storageAutoscaling: undefined })),
    });
    expect(bare).not.toContain("Storage autoscaling:");
  });
});

describe("Markdown", () => {
  it("a summary table, the line items in a details block, the notes as a list", () => {
    const md = renderIacMarkdown(r);
    expect(md).toContain(
      "### MSK cost: ≥ $5,936.25 (not priced: 10 usage-based lines need usage) for one month\n\nRegion us-east-1; prices from the bundled catalog dated 2026-09-11; read from `fixtures/iac/template.yaml`.\n\n| Resource | Type | Cost (USD) | Priced |\n| --- | --- | ---: | --- |\n| `Configuration` | AWS::MSK::Configuration | free | complete |\n| `ConnectorSink` | AWS::S3::Bucket | not priced | none |\n| `Dr` | AWS::MSK::Replicator | ≥ $219.00 | partial |",
    );
    expect(md).toContain(
      "<details><summary>Line items</summary>\n\n| Resource | Component | Quantity | Unit | Unit price | Cost (USD) |\n| --- | --- | ---: | --- | ---: | ---: |\n| `Dr` | MSK Replicator | 730 | replicator-hours | $0.30 | $219.00 |\n| `Dr` | MSK Replicator, per GB replicated | | | | not priced: needs usage |\n",
    );
    expect(md).toContain(
      "| `Partner` | Multi-VPC private connectivity | 730 | scheme-hours | $0.0225 | $16.43 |",
    );
    expect(md).toContain(
      "\n</details>\n\n- StandardCluster: broker storage autoscaling (StandardStorageScaling) 1,000 / 1,000 / 4,000 GiB",
    );
    expect(md).toContain("\n- Configuration: an MSK configuration: no charge\n");
    expect(md).toContain(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation's own ${…} substitution
      '\n- not resolved: StandardCluster: ClusterName = {"Fn::Sub":"${EnvName}-standard"} (parameter EnvName has no Default)\n',
    );
    expect(md).not.toContain("What to run instead");
    expect(renderIacMarkdown(half)).toMatch(/^### MSK cost: .* for 365 hours\n/);
  });
});

describe("layout and the rarer cases", () => {
  it("names left, numbers right; the total's empty cells empty", () => {
    const lines = renderIacTable(r).split("\n");
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^│ {3}MSK Connect {2,}│ {4}1,460 │ MCU-hours {8}│ {6}\$0\.11 │ {2,}\$160\.60 │$/,
      ),
    );
    expect(rowOf(renderIacTable(r), "Total")).toEqual([
      "Total",
      "",
      "",
      "",
      "≥ $5,936.25 (not priced: 10 usage-based lines need usage)",
    ]);
  });

  it("two sources: each named with its format, in order", async () => {
    const two = priceIac(
      await loadIac(["fixtures/iac/template.yaml", "fixtures/iac/plan.json"]),
      bundledCatalog(),
    );
    expect(renderIacTable(two).split("\n")[0]).toMatch(
      /^MSK cost of fixtures\/iac\/template\.yaml \(cloudformation-yaml\), fixtures\/iac\/plan\.json \(terraform-plan\) in us-east-1 /,
    );
    expect(renderIacMarkdown(two)).toContain(
      "; read from `fixtures/iac/template.yaml`, `fixtures/iac/plan.json`.\n",
    );
  });

  it("a resource whose count cannot be resolved: not priced, and the total says why", async () => {
    const tf = `resource "aws_mskconnect_connector" "c" {\n  count = length(var.x)\n  capacity {\n    provisioned_capacity {\n      mcu_count    = 2\n      worker_count = 1\n    }\n  }\n}\n`;
    const un = priceIac([await readIacText("b.tf", tf)], bundledCatalog());
    expect(rowOf(renderIacTable(un), "aws_mskconnect_connector.c (")).toEqual([
      "aws_mskconnect_connector.c (aws_mskconnect_connector)",
      "",
      "",
      "",
      "not priced",
    ]);
    expect(iacTotalText(un)).toBe("≥ $0.00 (not priced: 1 resource with unresolved values)");
    expect(renderIacMarkdown(un)).toContain(
      "| `aws_mskconnect_connector.c` | aws_mskconnect_connector | not priced | none |\n",
    );
  });

  it("exactly what follows the table, and nothing when there is nothing to say", () => {
    const std = r.resources.filter((x) => x.address === "StandardCluster");
    const quiet = {
      ...r,
      unresolved: [],
      resources: std.map((x) => ({ ...x, notes: [], priced: "complete" as const })),
    };
    const afterTable = (t: string) =>
      t.split("\n").slice(t.split("\n").findIndex((l) => l.startsWith("└")) + 1);
    expect(afterTable(renderIacTable(quiet))).toEqual([
      "Storage autoscaling:",
      "  StandardCluster: broker storage autoscaling (StandardStorageScaling) 1,000 / 1,000 / 4,000 GiB per broker (minimum / configured / maximum): $4,099.20 / $4,099.20 / $4,999.20",
      "Prices: bundled catalog dated 2026-09-11. Sources:",
      expect.stringMatching(/^ {2}Broker instances \(kafka\.m5\.4xlarge\): /),
      expect.stringMatching(/^ {2}Broker storage \(EBS, provisioned\): /),
      expect.stringMatching(/^ {2}Provisioned storage throughput .*: /),
      "",
    ]);
    const bare = {
      ...quiet,
      resources: quiet.resources.map((x) => ({ ...x, storageAutoscaling: undefined })),
    };
    expect(afterTable(renderIacTable(bare))[0]).toBe("Prices: bundled catalog dated 2026-09-11. Sources:");
    const md = renderIacMarkdown(bare);
    expect(md.endsWith("| not priced: needs usage |\n\n</details>\n")).toBe(true);
  });

  it("Markdown blocks are separated by one blank line and the document ends with one newline", () => {
    const md = renderIacMarkdown(r);
    expect(md).toContain(
      "| `StandardStorageScaling` | AWS::ApplicationAutoScaling::ScalableTarget | free | complete |\n\n<details><summary>Line items</summary>\n",
    );
    expect(md).toContain("| not priced: needs usage |\n\n</details>\n\n- StandardCluster:");
    expect(md.endsWith("(parameter EnvName has no Default)\n")).toBe(true);
  });
});

describe("what to run instead", () => {
  const rec = (over: Partial<Recommendation>): Recommendation => ({
    address: "aws_msk_cluster.main",
    deployed: {
      totalUsd: 1000,
      feasible: true,
      overCapacity: [],
      utilisation: { storage: 0.5, networkIn: 0.75, cpu: 0.25 },
    },
    cheapest: {
      option: "express",
      configuration: { instanceType: "express.m7g.large", brokers: 3, note: null } as never,
      totalUsd: 893.52,
      binding: "networkIn",
    },
    savingsUsd: 106.48,
    ...over,
  });

  it("deployed cost and its peak, the cheapest feasible option, the saving and its binding constraint", () => {
    expect(recommendationLines({ ...r, recommendations: [rec({})] })).toEqual([
      "aws_msk_cluster.main: deployed $1,000.00 (fits its workload; peak networkIn 75.0% of capacity); cheapest feasible: express (instanceType express.m7g.large, brokers 3) $893.52, saves $106.48; binding constraint: networkIn",
    ]);
  });

  it("infeasible as deployed, dearer than deployed, no binding; nothing feasible at all", () => {
    const lines = recommendationLines({
      ...r,
      recommendations: [
        rec({
          deployed: {
            totalUsd: 500,
            feasible: false,
            overCapacity: [
              { resource: "storage", utilisation: 5.90625 },
              { resource: "networkIn", utilisation: 1.25 },
            ],
            utilisation: {},
          },
          cheapest: {
            option: "standard",
            configuration: { brokers: 1200 } as never,
            totalUsd: 893.52,
            binding: null,
          },
          savingsUsd: -393.52,
        }),
        rec({ cheapest: null, savingsUsd: null }),
      ],
    });
    expect(lines).toEqual([
      "aws_msk_cluster.main: deployed $500.00, INFEASIBLE for its workload: storage at 590.6% of capacity, networkIn at 125.0% of capacity; cheapest feasible: standard (brokers 1,200) $893.52, costs $393.52 more; binding constraint: none",
      "aws_msk_cluster.main: deployed $1,000.00 (fits its workload; peak networkIn 75.0% of capacity); no MSK option is feasible for the workload",
    ]);
  });

  it("a saving of exactly $0 reads as costing $0.00 more", () => {
    expect(recommendationLines({ ...r, recommendations: [rec({ savingsUsd: 0 })] })[0]).toMatch(
      /, costs \$0\.00 more; binding constraint: networkIn$/,
    );
  });

  it("in the table and in Markdown, under their own heading", () => {
    const withRecs = { ...r, recommendations: [rec({})] };
    expect(renderIacTable(withRecs)).toContain(
      "\nWhat to run instead (each cluster's workload, planned):\n  aws_msk_cluster.main: deployed $1,000.00",
    );
    expect(renderIacMarkdown(withRecs)).toContain(
      "\n#### What to run instead\n\n- aws_msk_cluster.main: deployed $1,000.00",
    );
    expect(renderIacMarkdown(withRecs).endsWith("binding constraint: networkIn\n")).toBe(true);
    // Asked for, but no cluster had a workload: the heading alone in the table, nothing in Markdown.
    expect(renderIacTable({ ...r, recommendations: [] })).toContain(
      "What to run instead (each cluster's workload, planned):\nValues not resolved:",
    );
    expect(renderIacMarkdown({ ...r, recommendations: [] })).not.toContain("What to run instead");
  });
});
