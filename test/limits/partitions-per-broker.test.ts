// Partition replicas per broker, exactly at the limit and one past it, through the planner.
// MSK's best practices give two figures per size (leaders and followers counted): a recommended
// count and a maximum. The partitions target (targets.maxUtilisation.partitions, default 100 %)
// scales the recommended count — above 100 % for high-partition, low-traffic clusters that have
// been tested — but never past the maximum: above it MSK blocks update operations on Standard
// brokers and does not allow the partitions at all on Express. Standard sizing once applied the
// target without the cap (found by mutation testing, issue #16); Express always capped it.
//
// kafka.m5.large and express.m7g.large: recommended 1,000, maximum 1,500 replicas per broker.
// With a target of 200 %: min(1,000 × 2, 1,500) = 1,500 per broker (not 2,000).
import { beforeEach, describe, expect, it } from "vitest";
import { deriveDemand } from "../../src/model/derive-demand.js";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { preparePlanner } from "../../src/plan/planner.js";
import type { MskOptionId, OptionResultOf } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";

// Only the two 1,000 / 1,500 sizes are candidates (a larger size would hold more per broker).
let planner: ReturnType<typeof preparePlanner>;
// Prepared and planned in beforeEach, not at load: Stryker switches a mutant on only when the
// tests start, so work done while the file loads never sees it (docs/mutation.md).
beforeEach(() => {
  planner = preparePlanner({
    catalog: bundledCatalog(),
    region: "us-east-1",
    instanceTypes: ["kafka.m5.large", "express.m7g.large"],
  });
});

type Options = { [O in MskOptionId]: OptionResultOf<O> };

/** One 1 MB/s stream of `partitions` partitions at RF 3 (replicas = 3 × partitions), on the two 1,000/1,500 sizes. */
function plan(partitions: number, share: number): Options {
  const w = parseWorkload({
    region: "us-east-1",
    azs: 3,
    targets: { tolerateAzLoss: false, maxUtilisation: { partitions: share } },
    streams: [{ name: "s", ingress: "1 MB/s", partitions, replicationFactor: 3, retention: "1d" }],
  });
  const d = deriveDemand(w);
  const r = planner.plan(w, d);
  for (const e of planner.evaluate(w, d)) {
    const o = r.options.find((x) => x.option === e.option);
    expect(e.feasible, e.option).toBe(o?.feasible);
    expect(e.monthlyUsd, e.option).toBe(o?.monthlyUsd);
  }
  return Object.fromEntries(r.options.map((o) => [o.option, o])) as Options;
}

const MSK = ["standard", "express"] as const;

describe("partitions target 200 % on a 1,000 / 1,500 size: 1,500 replicas per broker, not 2,000", () => {
  it("1,500 partitions × RF 3 = 4,500 replicas = 3 brokers × 1,500: 3 brokers", () => {
    const o = plan(1_500, 2);
    for (const id of MSK) {
      expect(o[id].feasible, id).toBe(true);
      expect(o[id].configuration?.brokers, id).toBe(3);
      expect(o[id].binding, id).toBe("partitions");
      // 4,500 ÷ 3 brokers ÷ 1,000 recommended = 150 % of the recommended count.
      expect(o[id].utilisation.partitions, id).toBeCloseTo(1.5, 12);
    }
  });
  it("1,501 partitions × 3 = 4,503 replicas: ⌈4,503 ÷ 1,500⌉ = 4 brokers, 6 as a multiple of 3 AZs (at 2,000 per broker it would be 3)", () => {
    const o = plan(1_501, 2);
    for (const id of MSK) {
      expect(o[id].feasible, id).toBe(true);
      expect(o[id].configuration?.brokers, id).toBe(6);
      expect(o[id].binding, id).toBe("partitions");
    }
  });
  it("at the broker quota: 30,000 partitions × 3 = 90,000 replicas = 60 brokers × 1,500 fits with 60", () => {
    const o = plan(30_000, 2);
    for (const id of MSK) {
      expect(o[id].feasible, id).toBe(true);
      expect(o[id].configuration?.brokers, id).toBe(60);
      expect(o[id].utilisation.brokers, id).toBe(1);
    }
  });
  it("one partition more: 90,003 replicas need 61 brokers (63 in 3 AZs) > 60: infeasible, the problem names 1,500 per broker", () => {
    const o = plan(30_001, 2);
    for (const id of MSK) {
      const r = o[id];
      expect(r.feasible, id).toBe(false);
      expect(r.monthlyUsd, id).toBeNull();
      const p = r.problems.find((x) => x.resource === "partitions");
      expect(p?.code, id).toBe("exceeds");
      // 90,003 replicas over the closest configuration's 60 brokers = 1,500.05 per broker > 1,500.
      expect(p?.actual, id).toBeCloseTo(90_003 / 60, 9);
      expect(p?.limit, id).toBe(1_500);
    }
  });
});

describe("the cap only bites above 150 %: at 100 % the recommended 1,000 per broker applies", () => {
  it("1,000 partitions × 3 = 3,000 replicas = 3 brokers × 1,000: 3 brokers; 1,001 partitions: 6", () => {
    for (const id of MSK) {
      expect(plan(1_000, 1)[id].configuration?.brokers, id).toBe(3);
      expect(plan(1_001, 1)[id].configuration?.brokers, id).toBe(6);
    }
  });
  it("at exactly 150 %, 1,000 × 1.5 = 1,500 = the maximum: 4,500 replicas still fit 3 brokers", () => {
    const o = plan(1_500, 1.5);
    for (const id of MSK) expect(o[id].configuration?.brokers, id).toBe(3);
  });
});
