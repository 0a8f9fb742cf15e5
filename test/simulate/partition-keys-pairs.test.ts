// Axis-factored sweeping (src/plan/simulate/partition-keys.ts) tracks the brokers the partition
// replicas need at each distinct (recommended, maximum) partitions per broker of the allowed types,
// at the partitions target of the current scenario. Three hand-made grids where one tracked pair
// alone tells that a row changes: a type later in the table than the first allowed one, a type whose
// recommended count equals another's (Express's large and xlarge, 1,000 each) but whose maximum does
// not, and a partitions target that moves on the slower axis. In each, the sweep's rows must equal
// planner.evaluate() scenario by scenario.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { resolveInstanceTypes } from "../../src/model/instance-types.js";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { preparePlanner } from "../../src/plan/planner.js";
import { prepareSweep } from "../../src/plan/simulate/sweep.js";
import type { OptionId } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";

const catalog = bundledCatalog();
const small = parse(readFileSync("fixtures/workloads/small.yaml", "utf8")) as {
  streams: Record<string, unknown>[];
};

type Row = { option: string; feasible: boolean; monthlyUsd: number | null };

/** small.yaml with these cluster fields and its one stream's fields set. */
function input(cluster: Record<string, unknown>, stream: Record<string, unknown> = {}) {
  return { ...small, ...cluster, streams: [{ ...small.streams[0], ...stream }] };
}

/** The option's row in each scenario of the sweep, in order, and from evaluate() of that scenario. */
function rows(
  option: OptionId,
  cluster: Record<string, unknown>,
  vary: string[],
  scenarios: { cluster?: Record<string, unknown>; stream: Record<string, unknown> }[],
) {
  const sweep = prepareSweep({ input: input(cluster), vary, catalog, format: "csv", options: [option] });
  const planner = preparePlanner({
    catalog,
    region: "us-east-1",
    options: [option],
    instanceTypes: resolveInstanceTypes(cluster.instanceTypes as string[], "instanceTypes"),
  });
  const pick = (all: readonly Row[]) => {
    const r = all.find((o) => o.option === option);
    return r && { feasible: r.feasible, monthlyUsd: r.monthlyUsd };
  };
  expect(sweep.total).toBe(scenarios.length);
  return scenarios.map((s, i) => {
    const w = parseWorkload(input({ ...cluster, ...s.cluster }, s.stream));
    const full = planner.plan(w).options.find((o) => o.option === option);
    const c = full?.feasible ? (full.configuration as { brokers: number; instanceType: string }) : undefined;
    return {
      got: pick(sweep.scenario(i).options as Row[]),
      want: pick(planner.evaluate(w) as Row[]),
      // The configuration evaluate() priced, from the full result.
      config: c ? `${c.brokers} × ${c.instanceType}` : "infeasible",
    };
  });
}

describe("the pairs a partitions axis tracks", () => {
  it("Standard on kafka.m5.4xlarge or kafka.m7g.large: 1,000 → 1,001 partitions needs more m7g.large brokers, not more m5.4xlarge", () => {
    // Replicas 3,000 → 3,003 (RF 3). kafka.m7g.large holds 1,000 each: 3 → 4 brokers, 6 with 3 AZs.
    // kafka.m5.4xlarge (4,000 each, first in the table's order) needs 1 either way.
    const cluster = { instanceTypes: ["kafka.m5.4xlarge", "kafka.m7g.large"] };
    const r = rows(
      "standard",
      cluster,
      ["partitions=1000,1001"],
      [{ stream: { partitions: 1000 } }, { stream: { partitions: 1001 } }],
    );
    expect(r.map((x) => x.config)).toEqual(["3 × kafka.m7g.large", "6 × kafka.m7g.large"]);
    for (const x of r) expect(x.got).toEqual(x.want);
  });

  it("Express on large or xlarge at a 160 % partitions target: 30,400 → 30,401 partitions needs more xlarge brokers, as many large", () => {
    // Per broker at 160 %: large min(1,000 × 1.6, 1,500) = 1,500, xlarge min(1,600, 2,000) = 1,600.
    // Replicas (× 3) 91,200 → 91,203: large 60.8 → 61 brokers either way (over the 60-broker
    // quota: infeasible), xlarge 57 (a multiple of 3 AZs) → 57.0019 → 58 → 60.
    const cluster = {
      instanceTypes: ["express.m7g.large", "express.m7g.xlarge"],
      targets: { maxUtilisation: { partitions: 1.6 } },
    };
    const r = rows(
      "express",
      cluster,
      ["partitions=30400,30401"],
      [{ stream: { partitions: 30_400 } }, { stream: { partitions: 30_401 } }],
    );
    expect(r.map((x) => x.config)).toEqual(["57 × express.m7g.xlarge", "60 × express.m7g.xlarge"]);
    for (const x of r) expect(x.got).toEqual(x.want);
  });

  it("the partitions target on the slower axis: each row's first scenario sets the capacities the next one is compared with", () => {
    // kafka.m5.large holds 1,000 replicas at 100 %, 500 at 50 %. At 50 %: 1,000 partitions
    // (3,000 replicas) need 6 brokers, 500 (1,500) need 3; at 100 % 3,000 replicas need 3 brokers,
    // as many as 1,500 at 50 %: the 500-partition row must not keep the 1,000-partition one.
    const cluster = { instanceTypes: ["kafka.m5.large"] };
    const at = (share: number, partitions: number) => ({
      cluster: { targets: { maxUtilisation: { partitions: share } } },
      stream: { partitions },
    });
    const r = rows(
      "standard",
      cluster,
      ["targets.maxUtilisation.partitions=100%,50%", "partitions=1000,500"],
      [at(1, 1000), at(1, 500), at(0.5, 1000), at(0.5, 500)],
    );
    expect(r.map((x) => x.config)).toEqual([
      "3 × kafka.m5.large",
      "3 × kafka.m5.large",
      "6 × kafka.m5.large",
      "3 × kafka.m5.large",
    ]);
    for (const x of r) expect(x.got).toEqual(x.want);
  });
});
