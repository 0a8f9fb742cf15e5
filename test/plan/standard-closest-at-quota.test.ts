// The Standard closest infeasible configuration names a resource only when it needs more brokers
// than the quota allows (60 brokers; src/plan/standard-option.ts closestInfeasible). Each workload
// below needs exactly 60 brokers for one resource and more for others: at 60 brokers that
// resource's per-broker figure is within its ceiling, so it is not among the reasons (a `>=` there
// would add a reason such as "297.6 MiB/s > 298 MiB/s"). The closest type is the one needing the
// fewest brokers relative to its quota. Bundled us-east-1 prices, default targets (50 % utilisation,
// one AZ lost of 3: loads × 1.5).
import { expect, it } from "vitest";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { preparePlanner } from "../../src/plan/planner.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";

const reasons = (stream: Record<string, unknown>, clientConnections: number) => {
  const o = preparePlanner({ catalog: bundledCatalog(), region: "us-east-1", options: ["standard"] }).plan(
    parseWorkload({ region: "us-east-1", clientConnections, streams: [{ name: "s", ...stream }] }),
  ).options[0];
  expect(o?.feasible).toBe(false);
  return o?.reasons;
};

it("network out at exactly 60 brokers: (3 × 2,381 read + 2 × 2,381 replicated) × 1.5 = 17,857.5 MiB/s ÷ 60 = 297.6 ≤ 298 MiB/s", () => {
  expect(
    reasons({ ingress: "2381 MiB/s", consumerGroups: 3, partitions: 143612, retention: "26h" }, 195651),
  ).toEqual([
    "brokers needed 108 > 60 (broker quota per cluster) for kafka.m5.4xlarge",
    "partitions per broker 7,181 > 4,000 (recommended 4,000, maximum 6,000) for kafka.m5.4xlarge × 60 brokers",
    "storage per broker 21,764 GiB > 16,384 GiB (with storage head-room) for kafka.m5.4xlarge × 60 brokers",
    "client connections per broker 4,891 > 3,000 (IAM quota) for kafka.m5.4xlarge × 60 brokers",
  ]);
});

it("network in at exactly 60 brokers (149 MiB/s a broker, just under 50 % of 298 MiB/s)", () => {
  expect(
    reasons({ ingress: "1986 MiB/s", consumerGroups: 1, partitions: 180823, retention: "143h" }, 67153),
  ).toEqual([
    "brokers needed 366 > 60 (broker quota per cluster) for kafka.m5.2xlarge",
    "storage write per broker 149 MiB/s > 125 MiB/s (50% of 250 MiB/s) for kafka.m5.2xlarge × 60 brokers",
    "partitions per broker 9,041 > 2,000 (recommended 2,000, maximum 3,000) for kafka.m5.2xlarge × 60 brokers",
    "storage per broker 99,843 GiB > 16,384 GiB (with storage head-room) for kafka.m5.2xlarge × 60 brokers",
  ]);
});

it("partitions at exactly 60 brokers: 79,151 × 3 replicas ÷ 60 = 3,958 ≤ 4,000 a broker", () => {
  expect(
    reasons({ ingress: "1466 MiB/s", consumerGroups: 5, partitions: 79151, retention: "61h" }, 158535),
  ).toEqual([
    "brokers needed 117 > 60 (broker quota per cluster) for kafka.m5.4xlarge",
    "storage per broker 31,439 GiB > 16,384 GiB (with storage head-room) for kafka.m5.4xlarge × 60 brokers",
    "client connections per broker 3,963 > 3,000 (IAM quota) for kafka.m5.4xlarge × 60 brokers",
  ]);
});

it("storage at exactly 60 brokers (16,247 GiB a broker ≤ 16,384 GiB)", () => {
  expect(
    reasons({ ingress: "15405 MiB/s", consumerGroups: 3, partitions: 137477, retention: "3h" }, 46866),
  ).toEqual([
    "brokers needed 555 > 60 (broker quota per cluster) for kafka.m5.4xlarge",
    "network out per broker 1,925.6 MiB/s > 298 MiB/s (50% of 596 MiB/s) for kafka.m5.4xlarge × 60 brokers",
    "network in per broker 1,155.4 MiB/s > 298 MiB/s (50% of 596 MiB/s) for kafka.m5.4xlarge × 60 brokers",
    "storage write per broker 1,155.4 MiB/s > 283.1 MiB/s (50% of 566.2 MiB/s with the highest PST) for kafka.m5.4xlarge × 60 brokers",
    "partitions per broker 6,874 > 4,000 (recommended 4,000, maximum 6,000) for kafka.m5.4xlarge × 60 brokers",
  ]);
});

it("client connections at exactly 60 brokers: 119,302 × 1.5 = 178,953 ÷ 60 = 2,983 ≤ 3,000 a broker", () => {
  expect(
    reasons({ ingress: "12900 MiB/s", consumerGroups: 5, partitions: 185014, retention: "185h" }, 119302),
  ).toEqual([
    "brokers needed 3,075 > 60 (broker quota per cluster) for kafka.m5.large",
    "network out per broker 2,257.5 MiB/s > 44.7 MiB/s (50% of 89.4 MiB/s) for kafka.m5.large × 60 brokers",
    "network in per broker 967.5 MiB/s > 44.7 MiB/s (50% of 89.4 MiB/s) for kafka.m5.large × 60 brokers",
    "storage write per broker 967.5 MiB/s > 38.7 MiB/s (50% of 77.5 MiB/s) for kafka.m5.large × 60 brokers",
    "partitions per broker 9,251 > 1,000 (recommended 1,000, maximum 1,500) for kafka.m5.large × 60 brokers",
    "storage per broker 839,004 GiB > 16,384 GiB (with storage head-room) for kafka.m5.large × 60 brokers",
  ]);
});

it("storage write at exactly 60 brokers, to the byte: 812,500,000 B/s × RF 3 ÷ 60 = 40,625,000 B/s = 50 % of kafka.m5.large's 81,250,000 B/s", () => {
  // No AZ-loss factor (tolerateAzLoss: false), so the per-broker write is exactly the ceiling;
  // 200,000 client connections need ⌈200,000 ÷ 3,000⌉ = 67 → 69 brokers, past the quota.
  const o = preparePlanner({ catalog: bundledCatalog(), region: "us-east-1", options: ["standard"] }).plan(
    parseWorkload({
      region: "us-east-1",
      clientConnections: 200_000,
      targets: { tolerateAzLoss: false },
      streams: [{ name: "s", ingress: "812500000 B/s", partitions: 10, retention: "1h" }],
    }),
  ).options[0];
  expect(o?.configuration).toMatchObject({ instanceType: "kafka.m5.large", brokers: 60, brokersNeeded: 69 });
  expect(o?.reasons).toEqual([
    "brokers needed 69 > 60 (broker quota per cluster) for kafka.m5.large",
    "client connections per broker 3,333 > 3,000 (IAM quota) for kafka.m5.large × 60 brokers",
  ]);
});
