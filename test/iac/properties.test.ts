// Laws of the IaC readers (fast-check, the suite's seed; see test/setup/fast-check.ts):
// - every format prices the same cluster exactly as `price` prices the equivalent configuration;
// - a Standard cluster's storage range is ordered minimum ≤ configured ≤ maximum.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readIacText } from "../../src/iac/load.js";
import { priceIac } from "../../src/iac/price-iac.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import { priceConfiguration } from "../../src/pricing/price-configuration.js";

const catalog = bundledCatalog();
const GIB = 2 ** 30;

const cluster = fc.record({
  instance: fc.constantFrom("kafka.m5.large", "kafka.m7g.xlarge", "kafka.m5.4xlarge", "express.m7g.large"),
  brokers: fc.integer({ min: 1, max: 30 }),
  // From 10 GiB: provisioned throughput needs at least 10 GiB per broker (price rejects less, tested there).
  volume: fc.integer({ min: 10, max: 16384 }),
  throughput: fc.option(fc.integer({ min: 250, max: 593 }), { nil: undefined }),
  max: fc.integer({ min: 1, max: 16384 }),
});
type C = typeof cluster extends fc.Arbitrary<infer T> ? T : never;
const standard = (c: C) => !c.instance.startsWith("express.");
const pst = (c: C) => standard(c) && c.instance === "kafka.m5.4xlarge" && c.throughput !== undefined;

function hcl(c: C): string {
  const storage = standard(c)
    ? `storage_info {\n ebs_storage_info {\n volume_size = local.v\n${pst(c) ? ` provisioned_throughput {\n enabled = true\n volume_throughput = ${c.throughput}\n }\n` : ""} }\n }\n`
    : "";
  return `variable "n" {\n default = ${c.brokers}\n}\nlocals {\n v = ${c.volume}\n}\nresource "aws_msk_cluster" "c" {\n number_of_broker_nodes = var.n\n broker_node_group_info {\n instance_type = "${c.instance}"\n${storage} }\n}\nresource "aws_appautoscaling_target" "s" {\n service_namespace = "kafka"\n scalable_dimension = "kafka:broker-storage:VolumeSize"\n resource_id = aws_msk_cluster.c.arn\n min_capacity = 1\n max_capacity = ${c.max}\n}\n`;
}

function yaml(c: C): string {
  const storage = standard(c)
    ? `\n        StorageInfo:\n          EBSStorageInfo:\n            VolumeSize: !Ref V${pst(c) ? `\n            ProvisionedThroughput: { Enabled: true, VolumeThroughput: ${c.throughput} }` : ""}`
    : "";
  return `Parameters:\n  V: { Type: Number, Default: "${c.volume}" }\nResources:\n  C:\n    Type: AWS::MSK::Cluster\n    Properties:\n      NumberOfBrokerNodes: ${c.brokers}\n      BrokerNodeGroupInfo:\n        InstanceType: ${c.instance}${storage}\n  S:\n    Type: AWS::ApplicationAutoScaling::ScalableTarget\n    Properties: { ServiceNamespace: kafka, ScalableDimension: "kafka:broker-storage:VolumeSize", ResourceId: !Ref C, MinCapacity: 1, MaxCapacity: ${c.max} }\n`;
}

function plan(c: C): string {
  const ebs = standard(c)
    ? [
        {
          ebs_storage_info: [
            {
              volume_size: c.volume,
              provisioned_throughput: pst(c) ? [{ enabled: true, volume_throughput: c.throughput }] : [],
            },
          ],
        },
      ]
    : [];
  return JSON.stringify({
    format_version: "1.2",
    planned_values: {
      root_module: {
        resources: [
          {
            address: "aws_msk_cluster.c",
            mode: "managed",
            type: "aws_msk_cluster",
            name: "c",
            values: {
              number_of_broker_nodes: c.brokers,
              broker_node_group_info: [{ instance_type: c.instance, storage_info: ebs }],
            },
          },
        ],
      },
    },
  });
}

/** What `price` charges for the same cluster (Express usage lines excluded, as --iac leaves them unpriced). */
function expected(c: C): number {
  if (!standard(c))
    return priceConfiguration(
      {
        kind: "express",
        region: "us-east-1",
        instanceType: c.instance,
        brokers: c.brokers,
        dataWrittenBytes: 0,
        storedBytes: 0,
      },
      catalog,
    ).totalUsd as number;
  return priceConfiguration(
    {
      kind: "standard",
      region: "us-east-1",
      instanceType: c.instance,
      brokers: c.brokers,
      storagePerBrokerBytes: c.volume * GIB,
      ...(pst(c) ? { throughputPerBrokerBytesPerSec: (c.throughput as number) * 2 ** 20 } : {}),
    },
    catalog,
  ).totalUsd as number;
}

describe("IaC laws", () => {
  it("HCL, CloudFormation YAML and plan JSON price a cluster as price prices its configuration", async () => {
    await fc.assert(
      fc.asyncProperty(cluster, async (c) => {
        const totals = await Promise.all(
          [
            ["c.tf", hcl(c)],
            ["c.yaml", yaml(c)],
            ["c.json", plan(c)],
          ].map(
            async ([name, text]) =>
              priceIac([await readIacText(name as string, text as string)], catalog).totalUsd,
          ),
        );
        for (const t of totals) expect(t).toBeCloseTo(expected(c), 6);
      }),
      { numRuns: 40 },
    );
  });

  it("storage range: minimum ≤ configured ≤ maximum, and the configured end is the priced total", async () => {
    await fc.assert(
      fc.asyncProperty(cluster.filter(standard), async (c) => {
        const r = priceIac([await readIacText("c.yaml", yaml(c))], catalog);
        const s = r.resources.find((x) => x.kind === "msk-cluster")?.storageAutoscaling;
        expect(s).toBeDefined();
        const u = s?.totalUsd;
        expect(u?.minimum).toBeLessThanOrEqual(u?.configured as number);
        expect(u?.configured).toBeLessThanOrEqual(u?.maximum as number);
        expect(u?.configured).toBe(r.totalUsd);
      }),
      { numRuns: 40 },
    );
  });
});
