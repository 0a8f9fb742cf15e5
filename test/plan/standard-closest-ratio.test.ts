// The Standard closest infeasible configuration is the type needing the fewest brokers relative to
// its own broker quota: 60 for the KRaft types, 30 for kafka.t3.small (ZooKeeper only). With
// kafka.t3.small allowed and a workload bound by client connections (the same IAM quota of 3,000
// a broker for every type, so every type needs the same count), kafka.t3.small's need is twice as
// far past its quota. Bundled us-east-1 prices; built inside the test (a mutant is switched on after
// the file loads).
import { expect, it } from "vitest";
import { resolveInstanceTypes } from "../../src/model/instance-types.js";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { preparePlanner } from "../../src/plan/planner.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";

it("200,000 connections, one AZ of 3 lost: 300,000 ÷ 3,000 = 100 → 102 brokers of any type; 102 ÷ 60 = 1.7 beats kafka.t3.small's 102 ÷ 30 = 3.4", () => {
  const planner = preparePlanner({
    catalog: bundledCatalog(),
    region: "us-east-1",
    options: ["standard"],
    instanceTypes: resolveInstanceTypes(["kafka.*"], "instanceTypes"),
  });
  const w = parseWorkload({
    region: "us-east-1",
    clientConnections: 200_000,
    streams: [{ name: "s", ingress: "1 MiB/s", partitions: 10, retention: "1d" }],
  });
  const o = planner.plan(w).options[0];
  expect(o?.feasible).toBe(false);
  expect(o?.configuration).toMatchObject({ instanceType: "kafka.m5.large", brokers: 60 });
  // At 60 brokers: 200,000 × 1.5 ÷ 60 = 5,000 connections a broker.
  expect(o?.reasons).toEqual([
    "brokers needed 102 > 60 (broker quota per cluster) for kafka.m5.large",
    "client connections per broker 5,000 > 3,000 (IAM quota) for kafka.m5.large × 60 brokers",
  ]);
});
