// The Standard choice does not depend on the billing period. Every cost the choice weighs is a rate
// times the period — broker-hours, GB-months (GiB × hours ÷ 730), PST MiB/s-months, data over the
// period — so every candidate's cost scales by the same factor and the cheapest stays the cheapest.
// The workloads below sit where storage, or provisioned storage throughput (PST), decides between
// types: weighing either by the wrong power of the months (÷ instead of ×: 100 times too heavy at
// 73 h) picks another configuration.
import { expect, it } from "vitest";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { preparePlanner } from "../../src/plan/planner.js";
import type { OptionId } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";

const configurations = (stream: Record<string, unknown>, hours: number) =>
  preparePlanner({
    catalog: bundledCatalog(),
    region: "us-east-1",
    options: ["standard", "standard-tiered"] as OptionId[],
    hours,
  })
    .plan(parseWorkload({ region: "us-east-1", streams: [{ name: "s", consumerGroups: 1, ...stream }] }))
    .options.map((o) => {
      if (o.configuration === null) return [o.option, null];
      const c = o.configuration as {
        instanceType: string;
        brokers: number;
        storagePerBrokerGiB?: number;
        provisionedThroughputMiBps?: number | null;
      };
      return [o.option, c.instanceType, c.brokers, c.storagePerBrokerGiB, c.provisionedThroughputMiBps];
    });

it("429 MiB/s kept 76 h over 52 partitions: Standard is 51 × kafka.m5.large at 73 h, 730 h and 8,760 h", () => {
  const s = { ingress: "429 MiB/s", partitions: 52, retention: "76h" };
  const at730 = configurations(s, 730);
  expect(at730.find((c) => c[0] === "standard")).toEqual(["standard", "kafka.m5.large", 51, 13486, null]);
  for (const hours of [73, 365, 8760]) expect(configurations(s, hours)).toEqual(at730);
});

it("472 MiB/s kept 289 h over 2,082 partitions: Standard tiered is 57 × kafka.m7g.large at 73 h, 730 h and 8,760 h", () => {
  const s = { ingress: "472 MiB/s", partitions: 2082, retention: "289h" };
  const at730 = configurations(s, 730);
  expect(at730.find((c) => c[0] === "standard-tiered")).toEqual([
    "standard-tiered",
    "kafka.m7g.large",
    57,
    4193,
    null,
  ]);
  for (const hours of [73, 365, 8760]) expect(configurations(s, hours)).toEqual(at730);
});

it("1,378 MiB/s read by 3 groups, kept 3 h over 190 partitions: 24 × kafka.m7g.4xlarge with 517 MiB/s of PST at every period", () => {
  const s = { ingress: "1378 MiB/s", consumerGroups: 3, partitions: 190, retention: "3h" };
  const at730 = configurations(s, 730);
  expect(at730.find((c) => c[0] === "standard")).toEqual(["standard", "kafka.m7g.4xlarge", 24, 3634, 517]);
  for (const hours of [73, 365, 8760]) expect(configurations(s, hours)).toEqual(at730);
});
