// The Standard choice weighs each configuration's storage at the catalog's price. Two
// configurations whose broker-hours cost exactly the same (kafka.m7g.xlarge is $0.408/h, twice
// kafka.m7g.large's $0.204/h) differ only by their storage rounded up to whole GiB per broker, and
// the choice must take the one with less storage. Bundled us-east-1 prices; built inside the test
// (a mutant is switched on after the file loads).
import { expect, it } from "vitest";
import { resolveInstanceTypes } from "../../src/model/instance-types.js";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { preparePlanner } from "../../src/plan/planner.js";
import type { StandardConfiguration } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";

const standard = (types?: string[], ingress = "40 MiB/s", retention = "53h") => {
  const planner = preparePlanner({
    catalog: bundledCatalog(),
    region: "us-east-1",
    options: ["standard"],
    ...(types ? { instanceTypes: resolveInstanceTypes(types, "instanceTypes") } : {}),
  });
  const w = parseWorkload({
    region: "us-east-1",
    streams: [{ name: "s", ingress, retention, partitions: 375, consumerGroups: 1 }],
  });
  const o = planner.plan(w).options[0];
  if (!o?.feasible) throw new Error("expected feasible");
  return { ...o, configuration: o.configuration as StandardConfiguration };
};

it("40 MiB/s kept 53 h: 3 × kafka.m7g.xlarge ($8,103.12), not 6 × kafka.m7g.large ($8,103.42), whose brokers cost the same", () => {
  // 3 × m7g.xlarge: 2,190 broker-hours × $0.408 = $893.52; storage 3 × 14,907 = 44,721 GB-months
  // × $0.10 = $4,472.10; cross-AZ 136,875 GB × $0.02 = $2,737.50; total $8,103.12.
  // 6 × m7g.large: 4,380 × $0.204 = $893.52 (the same); storage 6 × 7,454 = 44,724 GB-months (the
  // same need, 14,907 ÷ 2 = 7,453.5 rounded up per broker) × $0.10 = $4,472.40; total $8,103.42.
  const large = standard(["kafka.m7g.large"]);
  const xlarge = standard(["kafka.m7g.xlarge"]);
  expect([large.configuration?.brokers, large.configuration?.storagePerBrokerGiB]).toEqual([6, 7454]);
  expect([xlarge.configuration?.brokers, xlarge.configuration?.storagePerBrokerGiB]).toEqual([3, 14907]);
  expect(large.monthlyUsd).toBeCloseTo(893.52 + 4472.4 + 2737.5, 6);
  expect(xlarge.monthlyUsd).toBeCloseTo(893.52 + 4472.1 + 2737.5, 6);
  // Every default type allowed: the cheaper of the two (no other type does better).
  const chosen = standard();
  expect(chosen.configuration).toMatchObject({
    instanceType: "kafka.m7g.xlarge",
    brokers: 3,
    storagePerBrokerGiB: 14907,
  });
  expect(chosen.monthlyUsd).toBeCloseTo(8103.12, 6);
});

it("30 MiB/s kept 40 h: 6 × kafka.m7g.large and 3 × kafka.m7g.xlarge cost exactly the same ($5,478.045): the cheaper broker type, visited first, is kept", () => {
  // Both: $1.224 of brokers an hour and 25,314 GiB of storage (6 × 4,219 = 3 × 8,438): a tie to the
  // cent. The choice replaces the best only with a strictly cheaper configuration, and visits the
  // types cheapest broker first, so kafka.m7g.large stays.
  const large = standard(["kafka.m7g.large"], "30 MiB/s", "40h");
  const xlarge = standard(["kafka.m7g.xlarge"], "30 MiB/s", "40h");
  expect([large.configuration?.brokers, large.configuration?.storagePerBrokerGiB]).toEqual([6, 4219]);
  expect([xlarge.configuration?.brokers, xlarge.configuration?.storagePerBrokerGiB]).toEqual([3, 8438]);
  expect(large.monthlyUsd).toBe(xlarge.monthlyUsd);
  expect(large.monthlyUsd).toBeCloseTo(5478.045, 6);
  const chosen = standard(undefined, "30 MiB/s", "40h");
  expect(chosen.configuration).toMatchObject({
    instanceType: "kafka.m7g.large",
    brokers: 6,
    storagePerBrokerGiB: 4219,
  });
});

it("one prepared planner, two plans: the second choice does not depend on the first (the chooser's scratch records are reused)", () => {
  const planner = preparePlanner({ catalog: bundledCatalog(), region: "us-east-1", options: ["standard"] });
  const w = (ingress: string) =>
    parseWorkload({
      region: "us-east-1",
      streams: [{ name: "s", ingress, retention: "1d", partitions: 300, consumerGroups: 2 }],
    });
  const fresh = (ingress: string) =>
    preparePlanner({ catalog: bundledCatalog(), region: "us-east-1", options: ["standard"] }).plan(w(ingress))
      .options[0];
  // 1 MiB/s first, then 300 MiB/s, whose configuration costs more than that first choice.
  const small = planner.plan(w("1 MiB/s")).options[0];
  const big = planner.plan(w("300 MiB/s")).options[0];
  expect(small).toEqual(fresh("1 MiB/s"));
  expect(big?.feasible).toBe(true);
  expect(big).toEqual(fresh("300 MiB/s"));
  expect(big?.monthlyUsd as number).toBeGreaterThan(small?.monthlyUsd as number);
});
