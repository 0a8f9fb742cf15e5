// When no configuration fits, each MSK option reports the one that comes closest and every limit
// it breaks, per broker, with the numbers a user acts on (src/plan/standard-option.ts and
// express-option.ts `closestInfeasible`, serverless-option.ts `quotaProblems`). Worked by hand for
// one stream far above every quota (us-east-1, default targets: 50 % utilisation for Standard,
// 100 % for Express, one of 3 AZs lost = × 1.5, storage head-room × 2; RF 3; 3 consumer groups;
// 200,000 client connections). MB = 10^6 B; 20,000 MB/s = 19,073.49 MiB/s.
import { beforeEach, describe, expect, it } from "vitest";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { preparePlanner } from "../../src/plan/planner.js";
import type { OptionResult } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";

let planner: ReturnType<typeof preparePlanner>;
// Prepared and planned in beforeEach, not at load: Stryker switches a mutant on only when the
// tests start, so work done while the file loads never sees it (docs/mutation.md).
beforeEach(() => {
  planner = preparePlanner({
    catalog: bundledCatalog(),
    region: "us-east-1",
    options: ["standard", "standard-tiered", "express", "serverless"],
  });
});
const plan = (ingress: string, partitions: number): OptionResult[] =>
  planner.plan(
    parseWorkload({
      region: "us-east-1",
      azs: 3,
      clientConnections: 200_000,
      streams: [
        {
          name: "big",
          ingress,
          consumerGroups: 3,
          partitions,
          replicationFactor: 3,
          retention: "7d",
          localRetention: "1d",
        },
      ],
    }),
  ).options;
const byId = (os: OptionResult[], id: string) => os.find((o) => o.option === id) as OptionResult;

describe("20,000 MB/s in, 100,000 partitions: every MSK option infeasible, with its closest configuration", () => {
  let os: OptionResult[];
  beforeEach(() => {
    os = plan("20000 MB/s", 100_000);
  });

  it("standard: kafka.m5.large × 60 (the fewest brokers needed relative to its quota)", () => {
    // Per broker of 60: network in = 19,073.49 × RF 3 × 1.5 ÷ 60 = 1,430.5 MiB/s; network out =
    // 19,073.49 × (3 groups + 2 followers) × 1.5 ÷ 60 = 2,384.2; storage write = network in;
    // replicas 100,000 × 3 ÷ 60 = 5,000 > 1,000 recommended; storage 2×10^10 × 604,800 s × 3 × 2
    // ÷ 60 ÷ 2^30 = 1,126,528 GiB; connections 200,000 × 1.5 ÷ 60 = 5,000 > 3,000.
    const o = byId(os, "standard");
    expect(o.feasible).toBe(false);
    expect(o.monthlyUsd).toBeNull();
    expect(o.configuration).toEqual({
      instanceType: "kafka.m5.large",
      brokers: 60,
      brokersNeeded: 4128,
      azs: 3,
    });
    const at = "for kafka.m5.large × 60 brokers";
    expect(o.reasons).toEqual([
      "brokers needed 4,128 > 60 (broker quota per cluster) for kafka.m5.large",
      `network out per broker 2,384.2 MiB/s > 44.7 MiB/s (50% of 89.4 MiB/s) ${at}`,
      `network in per broker 1,430.5 MiB/s > 44.7 MiB/s (50% of 89.4 MiB/s) ${at}`,
      `storage write per broker 1,430.5 MiB/s > 38.7 MiB/s (50% of 77.5 MiB/s) ${at}`,
      `partitions per broker 5,000 > 1,000 (recommended 1,000, maximum 1,500) ${at}`,
      `storage per broker 1,126,528 GiB > 16,384 GiB (with storage head-room) ${at}`,
      `client connections per broker 5,000 > 3,000 (IAM quota) ${at}`,
    ]);
    expect(o.problems.slice(1).every((p) => p.perBroker === true)).toBe(true);
    expect(o.problems.map((p) => p.resource)).toEqual([
      "brokers",
      "networkOut",
      "networkIn",
      "storageThroughput",
      "partitions",
      "storage",
      "connections",
    ]);
  });

  it("standard-tiered: kafka.m5.4xlarge × 60, storage write against the highest PST", () => {
    // Local retention 1 day: 2×10^10 × 86,400 × 3 × 2 ÷ 60 ÷ 2^30 = 160,933 GiB per broker.
    // Network out adds the tier upload (× 1 more ingress): 19,073.49 × 6 × 1.5 ÷ 60 = 2,861 MiB/s.
    const o = byId(os, "standard-tiered");
    expect(o.configuration).toEqual({
      instanceType: "kafka.m5.4xlarge",
      brokers: 60,
      brokersNeeded: 687,
      azs: 3,
    });
    const at = "for kafka.m5.4xlarge × 60 brokers";
    expect(o.reasons).toEqual([
      "brokers needed 687 > 60 (broker quota per cluster) for kafka.m5.4xlarge",
      `network out per broker 2,861 MiB/s > 298 MiB/s (50% of 596 MiB/s) ${at}`,
      `network in per broker 1,430.5 MiB/s > 298 MiB/s (50% of 596 MiB/s) ${at}`,
      `storage write per broker 1,430.5 MiB/s > 283.1 MiB/s (50% of 566.2 MiB/s with the highest PST) ${at}`,
      `partitions per broker 5,000 > 4,000 (recommended 4,000, maximum 6,000) ${at}`,
      `storage per broker 160,933 GiB > 16,384 GiB (with storage head-room) ${at}`,
      `client connections per broker 5,000 > 3,000 (IAM quota) ${at}`,
    ]);
  });

  it("serverless: one problem per quota exceeded, none for those met", () => {
    // Egress 3 groups × 20,000 = 60,000 MB/s; per partition 0.2 MB/s in (under 5), 0.6 out (under 10).
    const o = byId(os, "serverless");
    expect(o.configuration).toEqual({ clusters: 1, partitions: 100_000 });
    expect(o.reasons).toEqual([
      "peak ingress 20,000 MBps > 200 MBps (Serverless quota)",
      "peak egress 60,000 MBps > 400 MBps (Serverless quota)",
      "partitions 100,000 > 2,400 (Serverless quota)",
      "client connections 200,000 > 3,000 (Serverless quota)",
    ]);
    expect(o.notes).toEqual([]);
  });
});

describe("Express above its largest size: express.m7g.16xlarge × 60", () => {
  it("60,000 MB/s in, 500,000 partitions: ingress, egress, partitions and connections per broker", () => {
    // 16xlarge: 500 MBps sustained in, 1,000 out, 20,000 partitions recommended (32,000 maximum).
    // Per broker of 60: in 60,000 ÷ 60 = 1,000 MBps (needs 60,000 ÷ 500 = 120 brokers); out
    // 3 × 60,000 ÷ 60 = 3,000 MBps (needs 180); replicas 500,000 × 3 ÷ 60 = 25,000 (needs 75);
    // connections 200,000 × 1.5 ÷ 60 = 5,000 (needs 100). Brokers needed: 180.
    const o = byId(plan("60000 MB/s", 500_000), "express");
    expect(o.configuration).toEqual({
      instanceType: "express.m7g.16xlarge",
      brokers: 60,
      brokersNeeded: 180,
      azs: 3,
    });
    const at = "for express.m7g.16xlarge × 60 brokers";
    expect(o.reasons).toEqual([
      "brokers needed 180 > 60 (broker quota per cluster) for express.m7g.16xlarge",
      `peak ingress per broker 1,000 MBps > 500 MBps (100% of sustained 500 MBps) ${at}`,
      `peak egress per broker 3,000 MBps > 1,000 MBps (sustained egress limit) ${at}`,
      `partitions per broker 25,000 > 20,000 (maximum 32,000) ${at}`,
      `client connections per broker 5,000 > 3,000 (IAM quota) ${at}`,
    ]);
    expect(o.notes).toHaveLength(2);
    expect(o.notes[1]).toBe(
      "storage billed on one copy of the full retention, data written on producer bytes (an assumption, as the AWS MSK sizing script (agent toolkit for AWS) bills it)",
    );
  });

  it("20,000 MB/s in: only brokers and connections are over (102 needed for connections)", () => {
    // Connections: 200,000 × 1.5 ÷ 3,000 = 100 → 102 (a multiple of 3); in 20,000 ÷ 500 = 40 brokers.
    const o = byId(plan("20000 MB/s", 100_000), "express");
    expect(o.reasons).toEqual([
      "brokers needed 102 > 60 (broker quota per cluster) for express.m7g.16xlarge",
      "client connections per broker 5,000 > 3,000 (IAM quota) for express.m7g.16xlarge × 60 brokers",
    ]);
  });
});
