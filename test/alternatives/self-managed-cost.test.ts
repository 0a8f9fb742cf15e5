// Self-managed Kafka's cost-only path (src/plan/alternatives/self-managed-cost.ts: what a sweep,
// Monte Carlo or break-even calls per scenario) where its cheapest-first early stop or its
// tie-break decides the answer, each checked against the full evaluation and worked by hand: a
// period shorter than an hour (the stop compares a type's instance line at the fewest brokers,
// brokers × hours × price, with the best total so far; at 0.25 h a bound taken per hour would be
// 16× too large), negative prices in a caller's own tables (the stop must stay off), and equal
// totals (the fewest brokers win, with their priced status). Workloads and price tables are built
// inside the tests (a mutant is switched on after the file loads); gp3 and cross-AZ transfer are
// priced at $0 unless a test says otherwise.
import { describe, expect, it } from "vitest";
import { deriveDemand } from "../../src/model/derive-demand.js";
import type { Workload } from "../../src/model/workload.js";
import { type AlternativeInputs, evaluateAlternatives } from "../../src/plan/alternatives/index.js";
import { prepareSelfManagedCost } from "../../src/plan/alternatives/self-managed-cost.js";
import {
  BUNDLED_ALTERNATIVE_PRICES as ALT,
  type AlternativePriceTables,
} from "../../src/pricing/alternatives/prices.js";
import type { Price } from "../../src/pricing/catalog-schema.js";

const price = (amount: number): Price => ({ ...(ALT.crossAz["us-east-1"] as Price), amount });

/** us-east-1 with only the given EC2 types priced (by default m5.large $0.0816/h, m6i.4xlarge $0.096/h); gp3 and transfer free. */
function twoTypePrices(
  ec2: Record<string, number> = { "m5.large": 0.0816, "m6i.4xlarge": 0.096 },
): AlternativePriceTables {
  return {
    ...ALT,
    ec2Hourly: { "us-east-1": Object.fromEntries(Object.entries(ec2).map(([k, v]) => [k, price(v)])) },
    gp3: { "us-east-1": { storage: price(0), iops: price(0), throughput: price(0) } },
    crossAz: { "us-east-1": price(0) },
  };
}

/** One stream: `peak` B/s at peak (half that on average), RF 4, 1 h retention, 2 AZs, tolerating an AZ's loss. */
function workload(peak = 24_000_000): Workload {
  return {
    region: "us-east-1",
    azs: 2,
    clientConnections: 100,
    sizingModel: "blog",
    targets: {
      maxUtilisation: { standard: 0.5, express: 0.75, partitions: 1 },
      storageHeadroom: 1,
      tolerateAzLoss: true,
      fetchFromNearestReplica: false,
      tieredLocalRetentionSeconds: 86_400,
    },
    streams: [
      {
        name: "s",
        ingressBytesPerSec: peak / 2,
        peakIngressBytesPerSec: peak,
        egressBytesPerSec: 0,
        peakEgressBytesPerSec: 0,
        retentionSeconds: 3600,
        localRetentionSeconds: 3600,
        localRetentionGiven: false,
        replicationFactor: 4,
        partitions: 1,
        messageSizeBytes: 4096,
        messageSizeGiven: true,
        compressionRatio: 1,
        consumerGroups: 0,
        tierReadBytesPerSec: 0,
      },
    ],
  };
}

/** The full evaluation and the cost path of self-managed Kafka over `hours` (one by default). */
function both(w: Workload, inputs: AlternativeInputs, hours = 1) {
  const demand = deriveDemand(w);
  const [full] = evaluateAlternatives({ workload: w, demand, hours, region: "us-east-1", inputs }, [
    "self-managed",
  ]);
  if (!full?.feasible) throw new Error("expected feasible");
  return { full, cost: prepareSelfManagedCost("us-east-1", hours, inputs)(w, demand) };
}

describe("self-managed cost path: the early stop over a period shorter than an hour", () => {
  it("0.25 h: 4 × m6i.4xlarge beat 6 × m5.large; total 4 × 0.25 × $0.096 + 3 controllers × 0.25 × $0.0816 = $0.1572", () => {
    const { full, cost } = both(workload(), { prices: twoTypePrices() }, 0.25);
    // The full evaluator sizes every type: m6i.4xlarge needs 4 brokers (one per replica of RF 4),
    // m5.large 6 (its network and EBS throughput), so 6 × 0.25 × $0.0816 = $0.1224 > 4 × 0.25 × $0.096 = $0.096.
    expect(full.configuration).toMatchObject({ instanceType: "m6i.4xlarge", brokers: 4 });
    // The stop at m6i.4xlarge (second, dearer per hour) compares 4 × 0.25 × $0.096 = $0.096 with
    // m5.large's total $0.1224 + $0.0612 = $0.1836; per hour (4 ÷ 0.25 × $0.096 = $1.536) it would stop.
    // Controllers: the cheapest priced type with 8 GiB, m5.large: 3 × 0.25 × $0.0816 = $0.0612.
    expect(cost).toMatchObject({ feasible: true, priced: full.priced });
    expect(cost.monthlyUsd).toBeCloseTo(4 * 0.25 * 0.096 + 3 * 0.25 * 0.0816, 12);
    expect(cost.monthlyUsd).toBe(full.monthlyUsd);
  });
});

// The early stop's bound (a type costs at least its instance line at the fewest brokers) holds
// only when no line can be negative. A library caller may pass its own price tables
// (AlternativeInputs.prices), and nothing refuses a negative amount there: with one, the cost path
// must size every type in table order, as the full evaluator does.
describe("self-managed cost path: a negative price switches the early stop off", () => {
  it("broker types at -$0.40/h (m6i.4xlarge) and -$0.30/h (m5.large): 8 × m5.large (-$2.40) beat 4 × m6i.4xlarge (-$1.60)", () => {
    // 40 MB/s at peak: m6i.4xlarge needs 4 brokers, m5.large 8. Cheapest first, m6i.4xlarge
    // (-$0.40) would come first, and m5.large's bound 4 × 1 h × -$0.30 = -$1.20 > -$1.60 would stop
    // the loop before m5.large's 8 × -$0.30 = -$2.40. Once with only the two (every price
    // negative), once with m5.xlarge at $1/h too (a mixed table). Controllers on r5.large, which
    // the tables leave unpriced (a missing line, adding nothing).
    const tables: Record<string, number>[] = [
      { "m6i.4xlarge": -0.4, "m5.large": -0.3 },
      { "m6i.4xlarge": -0.4, "m5.large": -0.3, "m5.xlarge": 1 },
    ];
    for (const ec2 of tables) {
      const { full, cost } = both(workload(40_000_000), {
        prices: twoTypePrices(ec2),
        controllerInstanceType: "r5.large",
      });
      expect(full.configuration).toMatchObject({ instanceType: "m5.large", brokers: 8 });
      expect(cost.monthlyUsd).toBe(full.monthlyUsd);
      expect(cost.monthlyUsd).toBeCloseTo(8 * 1 * -0.3, 12);
      expect(cost.priced).toBe(full.priced);
    }
  });
  it("cross-AZ transfer at -$1/GB: 4 × m6i.4xlarge ($0.384/h) still beat 6 × m5.large ($0.4896/h)", () => {
    // 24 MB/s at peak as above. The transfer lines are the same for every type, and negative:
    // the best total after m5.large, $0.4896 + 3 controllers × $0.0816 - the transfer GB, is below
    // m6i.4xlarge's instance line ($0.384), so a stop there would keep m5.large. Once with gp3 at
    // $0, once with gp3 and the controllers unpriced (every other line negative or missing).
    for (const unpricedRest of [false, true]) {
      const prices = twoTypePrices();
      (prices.crossAz as Record<string, Price>)["us-east-1"] = price(-1);
      if (unpricedRest) (prices as { gp3: unknown }).gp3 = {};
      const inputs = { prices, ...(unpricedRest ? { controllerInstanceType: "r5.large" } : {}) };
      const { full, cost } = both(workload(), inputs);
      expect(full.configuration).toMatchObject({ instanceType: "m6i.4xlarge", brokers: 4 });
      const transferGB = full.lineItems
        .filter((l) => l.dimension === "dataTransfer:crossAz")
        .reduce((a, l) => a + l.quantity, 0);
      const controllers = unpricedRest ? 0 : 3 * 0.0816;
      // The stop would compare $0.384 with m5.large's total, 6 × $0.0816 + the controllers - the transfer GB.
      expect(6 * 0.0816 + controllers - transferGB).toBeLessThan(0.384);
      expect(cost.monthlyUsd).toBe(full.monthlyUsd);
      expect(cost.monthlyUsd).toBeCloseTo(4 * 0.096 + controllers - transferGB, 9);
      expect(cost.priced).toBe(full.priced);
    }
  });
});

describe("self-managed cost path: equal totals keep the fewest brokers, and their priced status", () => {
  it("every price $0, gp3 throughput unpriced, 100 MB/s: 3 × m5.4xlarge (191 MiB/s a volume, partial) over 9 × m5.large, 6 × m5.xlarge, 9 × r5.large (complete)", () => {
    // Every total is $0, so the choice is the tie-break: the fewest brokers. 100 MB/s × RF 3 on
    // 3 × m5.4xlarge needs 191 MiB/s a volume, above gp3's free 125 MiB/s, a line whose price the
    // table lacks: "partial". The others stay within 125 MiB/s: "complete". Keeping the first
    // type (m5.large), the last (r5.large) or a later one with as many brokers (r5.large, 9 = 9)
    // would report "complete".
    const prices = twoTypePrices({ "m5.large": 0, "m5.xlarge": 0, "m5.4xlarge": 0, "r5.large": 0 });
    (prices.gp3 as Record<string, unknown>)["us-east-1"] = { storage: price(0), iops: price(0) };
    const w = workload(100_000_000);
    w.azs = 3;
    w.targets = { ...w.targets, tolerateAzLoss: false };
    (w.streams[0] as { replicationFactor: number }).replicationFactor = 3;
    const { full, cost } = both(w, { prices });
    expect(full.configuration).toMatchObject({
      instanceType: "m5.4xlarge",
      brokers: 3,
      volumeThroughputPerBrokerMiBps: 191,
    });
    expect(full.priced).toBe("partial");
    expect(cost).toMatchObject({ feasible: true, priced: "partial", monthlyUsd: 0 });
  });
});
