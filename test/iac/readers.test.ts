// Reader details: CDK synth folders, HCL count and for_each, usage defaults by resource type,
// state files, a module address in a plan.
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadIac, readIacText } from "../../src/iac/load.js";
import { priceIac } from "../../src/iac/price-iac.js";
import { parseUsage } from "../../src/iac/usage.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";

const catalog = bundledCatalog();
const dir = mkdtempSync(join(tmpdir(), "msk-iac-readers-"));

describe("IaC readers", () => {
  it("a cdk.out folder: every *.template.json, each its own source", async () => {
    const out = join(dir, "cdk.out");
    mkdirSync(out);
    copyFileSync("fixtures/iac/template.json", join(out, "MskEstate.template.json"));
    writeFileSync(join(out, "manifest.json"), "{}");
    const docs = await loadIac([out]);
    expect(docs.map((d) => d.format)).toEqual(["cloudformation-json"]);
    expect(priceIac(docs, catalog).totalUsd).toBeCloseTo(5936.245, 6);
  });

  it("HCL count expands instances; an unresolvable count leaves the resource unpriced, named", async () => {
    const tf = (count: string) =>
      `resource "aws_mskconnect_connector" "c" {\n  count = ${count}\n  capacity {\n    provisioned_capacity {\n      mcu_count    = 2\n      worker_count = 1\n    }\n  }\n}\n`;
    const two = priceIac([await readIacText("a.tf", tf("2"))], catalog);
    expect(two.resources.map((r) => r.address)).toEqual([
      "aws_mskconnect_connector.c[0]",
      "aws_mskconnect_connector.c[1]",
    ]);
    expect(two.totalUsd).toBeCloseTo(2 * 2 * 730 * 0.11, 9); // 2 connectors × 2 MCUs × 730 h × $0.11
    const unknown = priceIac([await readIacText("b.tf", tf("length(var.x)"))], catalog);
    expect(unknown.resources[0]).toMatchObject({ kind: "unresolved", priced: "none" });
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a Terraform interpolation, not a JS template
    expect(unknown.unresolved[0]).toMatchObject({ attribute: "count", expression: "${length(var.x)}" });
  });

  it("usage defaults by resource type apply where the usage file names no address", async () => {
    const doc = await readIacText(
      "r.yaml",
      "Resources:\n  A: { Type: AWS::MSK::Replicator }\n  B: { Type: AWS::MSK::Replicator }\n",
    );
    const usage = parseUsage(
      { content: { A: { replicated: "100GiB" } }, label: "usage.yaml" },
      { content: { "AWS::MSK::Replicator": { replicated: "10GiB" } }, label: "defaults.yaml" },
    );
    const r = priceIac([doc], catalog, { usage });
    // A: 730 × $0.30 + 100 × $0.08; B: 730 × $0.30 + 10 × $0.08
    expect(r.resources.map((x) => Math.round(x.totalUsd * 100) / 100)).toEqual([227, 219.8]);
    expect(r.priced).toBe("complete");
  });

  it("usage: an unknown field or a bare number where a size is needed is bad input naming the entry", () => {
    expect(() => parseUsage({ content: { A: { written: "1GiB" } }, label: "u.yaml" })).toThrow(
      /u\.yaml: A\.written: unknown usage field/,
    );
    expect(() => parseUsage({ content: { A: { replicated: 5 } }, label: "u.yaml" })).toThrow(
      /u\.yaml: A\.replicated/,
    );
  });

  it("a raw terraform.tfstate (version 4): instances with index keys, region from the ARN", async () => {
    const state = {
      version: 4,
      terraform_version: "1.9.8",
      resources: [
        {
          mode: "managed",
          type: "aws_msk_serverless_cluster",
          name: "s",
          instances: [{ index_key: "a", attributes: { arn: "arn:aws:kafka:eu-west-1:1:cluster/s/x" } }],
        },
      ],
    };
    const [doc] = await loadIac([writeJson("terraform.tfstate", state)]);
    expect(doc?.region).toBe("eu-west-1");
    expect(doc?.resources.map((r) => r.address)).toEqual(['aws_msk_serverless_cluster.s["a"]']);
  });

  it("a plan with a module: addresses keep the module path", async () => {
    const plan = {
      format_version: "1.1",
      planned_values: {
        root_module: {
          child_modules: [
            {
              address: "module.kafka",
              resources: [
                {
                  address: "module.kafka.aws_msk_replicator.r",
                  mode: "managed",
                  type: "aws_msk_replicator",
                  name: "r",
                  values: {},
                },
              ],
            },
          ],
        },
      },
    };
    const [doc] = await loadIac([writeJson("module-plan.json", plan)]);
    expect(doc?.resources.map((r) => r.address)).toEqual(["module.kafka.aws_msk_replicator.r"]);
  });
});

function writeJson(name: string, v: unknown): string {
  const p = join(dir, name);
  writeFileSync(p, JSON.stringify(v));
  return p;
}
