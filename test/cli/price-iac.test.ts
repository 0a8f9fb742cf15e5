// `msk-planner price --iac`: the built CLI on the hand-written fixtures (fixtures/iac/), and every
// kind of bad input as one line naming the file (and the resource address), exit 2.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "msk-iac-"));
const write = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

function badInput(args: string[], ...expected: (string | RegExp)[]) {
  const r = runCli(args);
  expect(r.stdout).toBe("");
  expect(r.code).toBe(2);
  expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  for (const e of expected) expect(r.stderr).toMatch(e);
}

const CLUSTER_TF = (body: string) => `resource "aws_msk_cluster" "main" {\n${body}\n}\n`;

describe("price --iac (CLI)", () => {
  it("--json: resources → line items in the price line-item shape; total = the hand sum", () => {
    const r = runCli(["price", "--iac", "fixtures/iac/plan.json", "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    // 3×730×1.68 + 3×1000×0.10 + 3×500×0.08 + 3×730×0.408 + 730×0.75 + 2×730×0.11 + 730×0.30 + 730×0.0225
    expect(j.totalUsd).toBeCloseTo(3679.2 + 300 + 120 + 893.52 + 547.5 + 160.6 + 219 + 16.425, 6);
    expect(j.priced).toBe("partial");
    const connector = j.resources.find(
      (x: { address: string }) => x.address === "aws_mskconnect_connector.sink",
    );
    // The same line-item shape as `price --json`.
    const price = JSON.parse(runCli(["price", "fixtures/clusters/standard-addons.yaml", "--json"]).stdout);
    expect(Object.keys(connector.lineItems[0]).sort()).toEqual(Object.keys(price.lineItems[0]).sort());
    expect(runCli(["price", "--iac", "fixtures/iac/plan.json", "--json"]).stdout).toBe(r.stdout);
  });

  it("table and Markdown show a lower bound with what is not priced", () => {
    const t = runCli(["price", "--iac", "fixtures/iac/template.yaml"]);
    expect(t.code).toBe(0);
    expect(t.stdout).toContain("≥ $5,936.25 (not priced: 10 usage-based lines need usage)");
    expect(t.stdout).toContain("not priced: needs usage");
    expect(t.stdout).toMatch(/StandardCluster: ClusterName = .*parameter EnvName has no Default/);
    const md = runCli(["price", "--iac", "fixtures/iac/template.yaml", "--markdown"]);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain("### MSK cost: ≥ $5,936.25");
    expect(md.stdout).toContain("| `StandardCluster` | AWS::MSK::Cluster | ≥ $4,099.20 | partial |");
    expect(md.stdout).toContain("| `ConnectorSink` | AWS::S3::Bucket | not priced | none |");
  });

  it("a usage file prices the usage-based lines: complete", () => {
    const usage = write(
      "usage.yaml",
      [
        "aws_msk_cluster.standard: { crossAz: 1000GiB }",
        "aws_msk_cluster.express: { dataWritten: 1000GiB, stored: 500GiB, crossAz: 0GiB }",
        "aws_msk_serverless_cluster.events: { partitions: 100, dataIn: 1000GiB, dataOut: 2000GiB, stored: 500GiB }",
        "aws_msk_replicator.dr: { replicated: 100GiB }",
        "aws_msk_vpc_connection.partner: { privateData: 1000GiB }",
        "",
      ].join("\n"),
    );
    const r = runCli(["price", "--iac", "fixtures/iac/plan.json", "--usage", usage, "--json"]);
    expect(r.stderr).toBe("");
    const j = JSON.parse(r.stdout);
    expect(j.priced).toBe("complete");
    // Added: cross-AZ 1,000 × $0.02 = 20; Express 1,000 × $0.01 + 500 × $0.10 = 60; Serverless
    // 100 × 730 × $0.0015 + 1,000 × $0.10 + 2,000 × $0.05 + 500 × $0.10 = 359.5; replicated 100 × $0.08 = 8;
    // private data 1,000 × $0.006 = 6. Express cross-AZ given as 0: no line, nothing missing.
    expect(j.totalUsd).toBeCloseTo(5936.245 + 20 + 60 + 359.5 + 8 + 6, 6);
  });

  it("malformed JSON, YAML and HCL: one line naming the file, exit 2", () => {
    badInput(["price", "--iac", write("bad.json", '{"format_version": ')], /bad\.json: not valid JSON/);
    badInput(["price", "--iac", write("bad.yaml", "Resources:\n  A: [\n")], /bad\.yaml: not valid YAML/);
    badInput(
      ["price", "--iac", write("bad.tf", 'resource "aws_msk_cluster" "x" {\n')],
      /bad\.tf: not valid HCL: .*Unclosed configuration block/,
    );
  });

  it("an unsupported plan format version: exit 2 naming the file and the version", () => {
    badInput(
      [
        "price",
        "--iac",
        write("v2.json", JSON.stringify({ format_version: "2.0", planned_values: { root_module: {} } })),
      ],
      /v2\.json: unsupported Terraform JSON format version "2\.0" \(expected 1\.x/,
    );
  });

  it("a resource missing a required field: exit 2 naming the file, the address and the field", () => {
    const plan = {
      format_version: "1.2",
      planned_values: {
        root_module: {
          resources: [
            {
              address: "aws_msk_cluster.main",
              mode: "managed",
              type: "aws_msk_cluster",
              name: "main",
              values: { number_of_broker_nodes: 3 },
            },
          ],
        },
      },
    };
    badInput(
      ["price", "--iac", write("missing.json", JSON.stringify(plan))],
      /missing\.json: aws_msk_cluster\.main: missing broker_node_group_info\.instance_type \(expected a broker instance type/,
    );
    badInput(
      [
        "price",
        "--iac",
        write(
          "missing.tf",
          CLUSTER_TF('  broker_node_group_info {\n    instance_type = "kafka.m5.large"\n  }'),
        ),
      ],
      /missing\.tf: aws_msk_cluster\.main: missing number_of_broker_nodes/,
    );
    badInput(
      [
        "price",
        "--iac",
        write(
          "missing.yaml",
          "Resources:\n  Main:\n    Type: AWS::MSK::Cluster\n    Properties:\n      NumberOfBrokerNodes: 3\n      BrokerNodeGroupInfo: { InstanceType: kafka.m5.large }\n",
        ),
      ],
      /missing\.yaml: Main: missing BrokerNodeGroupInfo\.StorageInfo\.EBSStorageInfo\.VolumeSize/,
    );
    badInput(
      [
        "price",
        "--iac",
        write(
          "wrong.yaml",
          "Resources:\n  Main:\n    Type: AWS::MSK::Cluster\n    Properties:\n      NumberOfBrokerNodes: three\n      BrokerNodeGroupInfo: { InstanceType: kafka.m5.large, StorageInfo: { EBSStorageInfo: { VolumeSize: 100 } } }\n",
        ),
      ],
      /wrong\.yaml: Main: NumberOfBrokerNodes: expected a whole number of brokers, got "three"/,
    );
  });

  it("a value the calculators reject names the file and the address", () => {
    badInput(
      [
        "price",
        "--iac",
        write(
          "big.tf",
          CLUSTER_TF(
            '  number_of_broker_nodes = 3\n  broker_node_group_info {\n    instance_type = "kafka.m5.large"\n    storage_info {\n      ebs_storage_info {\n        volume_size = 20000\n      }\n    }\n  }',
          ),
        ),
      ],
      /big\.tf: aws_msk_cluster\.main: broker_node_group_info\.storage_info\.ebs_storage_info\.volume_size: /,
    );
  });

  it("a required value that cannot be resolved: listed as not priced, not an error", () => {
    const f = write(
      "unresolved.tf",
      'variable "n" {}\n' +
        CLUSTER_TF(
          '  number_of_broker_nodes = var.n\n  broker_node_group_info {\n    instance_type = "kafka.m5.large"\n    storage_info {\n      ebs_storage_info {\n        volume_size = 100\n      }\n    }\n  }',
        ),
    );
    const r = runCli(["price", "--iac", f, "--json"]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.resources[0]).toMatchObject({ kind: "unresolved", priced: "none", totalUsd: 0 });
    expect(j.resources[0].notes[0]).toMatch(
      /number_of_broker_nodes = \$\{var\.n\} could not be resolved \(variable n has no default/,
    );
    expect(j.priced).toBe("none");
  });
});

describe("diff --iac and --recommend (CLI)", () => {
  it("diff --iac on two plan JSONs: the hand-worked +$4,832.12 as table, Markdown and JSON", () => {
    const args = ["diff", "--iac", "fixtures/iac/plan.json", "fixtures/iac/plan-new.json"];
    const t = runCli(args);
    expect(t.stderr).toBe("");
    expect(t.code).toBe(0);
    // +3 × kafka.m5.4xlarge (4,099.20) + express.m7g.large → xlarge (893.52) − the connector (160.60)
    expect(t.stdout).toMatch(/Total .*\+\$4,832\.12/);
    expect(runCli([...args, "--markdown"]).stdout).toContain("### MSK cost change: +$4,832.12 per month");
    const j = JSON.parse(runCli([...args, "--json"]).stdout);
    expect(j.deltaUsd).toBeCloseTo(
      3 * 730 * 1.68 + 3 * 1000 * 0.1 + 3 * 500 * 0.08 + 3 * 730 * 0.408 - 2 * 730 * 0.11,
      6,
    );
  });

  it("diff without --iac, or with a malformed side: exit 2, one line", () => {
    badInput(["diff", "fixtures/iac/plan.json", "fixtures/iac/plan-new.json"], /--iac/);
    badInput(
      ["diff", "--iac", "fixtures/iac/plan.json", write("broken.json", "{")],
      /broken\.json: not valid JSON/,
    );
  });

  it("--recommend with a workload in the usage file names the cheapest feasible option and the saving", () => {
    const usage = write(
      "usage-recommend.yaml",
      `aws_msk_cluster.standard:\n  workload: ${join(process.cwd(), "fixtures/workloads/small.yaml")}\n`,
    );
    const r = runCli(["price", "--iac", "fixtures/iac/plan.json", "--usage", usage, "--recommend"]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("What to run instead");
    expect(r.stdout).toMatch(
      /aws_msk_cluster\.standard: deployed \$[\d,.]+ \(fits its workload.*cheapest feasible: .*saves \$[\d,.]+; binding constraint: /,
    );
    badInput(["price", "--iac", "fixtures/iac/plan.json", "--recommend"], /--recommend: needs a workload/);
  });
});

describe("price --iac --xlsx (CLI)", () => {
  it("writes the workbook: line items as quantity × unit price formulas, totals as SUMIF/SUM, what is not priced", async () => {
    const file = join(dir, "iac.xlsx");
    const r = runCli(["price", "--iac", "fixtures/iac/template.yaml", "--xlsx", file]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const items = wb.getWorksheet("Line items");
    const cost = items?.getRow(2).getCell(6).value as { formula: string; result: number };
    expect(cost.formula).toBe("C2*E2");
    expect(cost.result).toBeCloseTo(
      (items?.getRow(2).getCell(3).value as number) * (items?.getRow(2).getCell(5).value as number),
      9,
    );
    const res = wb.getWorksheet("Resources");
    const rows = res?.getSheetValues() as unknown[][];
    const total = rows.find((row) => row?.[1] === "Total") as unknown[];
    expect((total[5] as { formula: string; result: number }).result).toBeCloseTo(5936.245, 6);
    expect((total[5] as { formula: string }).formula).toMatch(/^SUM\(E2:E\d+\)$/);
    const not = wb.getWorksheet("Not priced")?.getSheetValues() as unknown[][];
    expect(not.some((row) => row?.[1] === "ConnectorSink")).toBe(true);
    expect(not.filter((row) => String(row?.[3] ?? "").startsWith("needs usage"))).toHaveLength(10);
  });
});
