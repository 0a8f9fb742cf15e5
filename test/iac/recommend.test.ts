// --recommend: a deployed cluster's cost with its workload beside the cheapest feasible option,
// and a cluster too small for its workload flagged infeasible (hand-worked storage overflow).
import { describe, expect, it } from "vitest";
import { readIacText } from "../../src/iac/load.js";
import { priceIac } from "../../src/iac/price-iac.js";
import { parseUsage } from "../../src/iac/usage.js";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { plan } from "../../src/plan/planner.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";

const catalog = bundledCatalog();
const cluster = (instance: string, brokers: number, gib: number) =>
  `resource "aws_msk_cluster" "main" {
  number_of_broker_nodes = ${brokers}
  broker_node_group_info {
    instance_type = "${instance}"
    storage_info {
      ebs_storage_info {
        volume_size = ${gib}
      }
    }
  }
}
`;
const WORKLOAD = {
  region: "us-east-1",
  azs: 3,
  streams: [
    {
      name: "s",
      ingress: "1 MiB/s",
      egress: "2 MiB/s",
      partitions: 30,
      replicationFactor: 3,
      retention: "7d",
    },
  ],
};

describe("price --iac --recommend", () => {
  it("a cluster too small for its workload is flagged infeasible, with by how much", async () => {
    const doc = await readIacText("small.tf", cluster("kafka.m5.large", 3, 100));
    const usage = parseUsage({
      content: { "aws_msk_cluster.main": { workload: WORKLOAD } },
      label: "usage.yaml",
    });
    const r = priceIac([doc], catalog, { usage, recommend: true });
    const [rec] = r.recommendations ?? [];
    expect(rec?.deployed.feasible).toBe(false);
    // Stored: 1 MiB/s × 7 days × 86,400 s × RF 3 = 1,814,400 MiB on 3 × 100 GiB = 307,200 MiB: 5.90625 ×.
    const storage = rec?.deployed.overCapacity.find((o) => o.resource === "storage");
    expect(storage?.utilisation).toBeCloseTo((1 * 7 * 86400 * 3) / (3 * 100 * 1024), 9);
  });

  it("beside the deployed cost: the planner's cheapest feasible option, the saving = deployed − cheapest, the binding constraint", async () => {
    const doc = await readIacText("big.tf", cluster("kafka.m5.4xlarge", 6, 4000));
    const usage = parseUsage({
      content: { "aws_msk_cluster.main": { workload: WORKLOAD } },
      label: "usage.yaml",
    });
    const r = priceIac([doc], catalog, { usage, recommend: true });
    const [rec] = r.recommendations ?? [];
    const planned = plan(parseWorkload(WORKLOAD), { catalog });
    const best = planned.options[0];
    expect(best?.feasible).toBe(true);
    expect(rec?.deployed.feasible).toBe(true);
    expect(rec?.cheapest).toEqual({
      option: best?.option,
      configuration: best?.configuration,
      totalUsd: best?.monthlyUsd,
      binding: best?.binding,
    });
    // The deployed cluster priced with the workload's cross-AZ traffic, as the planner prices it:
    // 6 × 730 × $1.68 + 6 × 4,000 × $0.10 + the cross-AZ line of the priced resource.
    const crossAz = r.resources[0]?.lineItems.find((l) => l.dimension === "crossAz")?.costUsd ?? 0;
    expect(crossAz).toBeGreaterThan(0);
    expect(rec?.deployed.totalUsd).toBeCloseTo(6 * 730 * 1.68 + 6 * 4000 * 0.1 + crossAz, 6);
    expect(rec?.savingsUsd).toBeCloseTo((rec?.deployed.totalUsd ?? 0) - (best?.monthlyUsd ?? 0), 9);
    expect(rec?.savingsUsd).toBeGreaterThan(0);
  });

  it("no workload for a cluster: no recommendation for it", async () => {
    const doc = await readIacText("none.tf", cluster("kafka.m5.large", 3, 100));
    expect(priceIac([doc], catalog, { recommend: true }).recommendations).toEqual([]);
  });
});
