// Axis-factored sweeping keeps Express's row along a partitions axis unless the brokers its
// partition replicas need change, or the per-partition ingress rule flips
// (src/plan/simulate/partition-keys.ts). Two hand-made grids across exactly those points; the
// random grids of partition-keys.property.test.ts rarely make Express partition-bound or land a
// scenario exactly on the rule's limit.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { preparePlanner } from "../../src/plan/planner.js";
import { prepareSweep } from "../../src/plan/simulate/sweep.js";
import { MSK_OPTIONS } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";

const catalog = bundledCatalog();
const small = parse(readFileSync("fixtures/workloads/small.yaml", "utf8")) as {
  streams: Record<string, unknown>[];
};
const planner = preparePlanner({ catalog, region: "us-east-1" });

/** small.yaml's one stream with these fields set. */
function input(fields: Record<string, unknown>) {
  return { ...small, streams: [{ ...small.streams[0], ...fields }] };
}

/** Express's row of each scenario of a partitions sweep, visited in order, and of evaluate(). */
function expressRows(fields: Record<string, unknown>, partitions: number[]) {
  const sweep = prepareSweep({
    input: input(fields),
    vary: [`partitions=${partitions.join(",")}`],
    catalog,
    format: "csv",
    options: MSK_OPTIONS,
  });
  const pick = (rows: readonly { option: string; feasible: boolean; monthlyUsd: number | null }[]) => {
    const r = rows.find((o) => o.option === "express");
    return r && { feasible: r.feasible, monthlyUsd: r.monthlyUsd };
  };
  return partitions.map((p, i) => ({
    got: pick(sweep.scenario(i).options),
    want: pick(planner.evaluate(parseWorkload(input({ ...fields, partitions: p })))),
  }));
}

describe("Express along a partitions axis", () => {
  it("1,000 → 1,001 partitions: 3,000 → 3,003 replicas need a fourth express.m7g.large (1,000 each), six with 3 AZs: the row is re-sized", () => {
    // Replicas = partitions × 3 (Express's fixed replication factor): 3,000 / 1,000 = 3 brokers;
    // 3,003 / 1,000 = 3.003 → 4, rounded up to a multiple of 3 AZs → 6. The cost rises.
    const rows = expressRows({}, [1000, 1001]);
    expect(rows[0]?.want?.feasible).toBe(true);
    expect(rows[1]?.want?.monthlyUsd).toBeGreaterThan(rows[0]?.want?.monthlyUsd as number);
    for (const r of rows) expect(r.got).toEqual(r.want);
  });

  it("a peak of exactly 15 MB/s per partition is allowed, 30 MB/s over one partition is not: 30 MB/s over 2, 1, then 2 partitions", () => {
    // 30,000,000 B/s ÷ 2 = 15,000,000 B/s = the 15 MBps per-partition limit exactly (allowed);
    // ÷ 1 = 30,000,000 B/s > 15,000,000 (broken). Both need one broker's worth of replicas (6 and 3),
    // so only the rule's flip tells the sweep to evaluate Express again.
    const rows = expressRows({ peakIngress: "30 MB/s" }, [2, 1, 2]);
    expect(rows.map((r) => r.want?.feasible)).toEqual([true, false, true]);
    for (const r of rows) expect(r.got).toEqual(r.want);
  });
});
