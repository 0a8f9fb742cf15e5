// The CloudWatch fake computes statistics as CloudWatch does (Stat over the raw per-minute
// datapoints in each Period; Period a multiple of 60; a Unit other than the metric's matches no
// data), so an importer asking for the wrong statistic gets different numbers. And the import's
// derivations on messy data where rounding choices differ: replication factor 1 + 1.45 vs 1 + 1.55,
// capped by the broker count; nearest-rank percentiles where ⌈p·n⌉, round(p·n) and ⌊p·n⌋ differ.
import { describe, expect, it } from "vitest";
import { deriveWorkload, percentile } from "../../src/aws/derive-workload.js";
import { importCluster } from "../../src/aws/import-cluster.js";
import { syntheticCluster } from "./fakes/cloudwatch-fake.mjs";
import { useFakeServer } from "./fakes/harness.js";

const MiB = 2 ** 20;
const NOW = new Date("2026-11-25T06:00:00Z");
const fake = useFakeServer({ credentials: true });
// The five per-minute datapoints of each 5-minute period: value × (0.6, 1.2, 1.0, 1.3, 0.9); they
// average to the value (the jitters sum to 0) but their sum, minimum, maximum and p90 do not.
const JITTER = [-0.4, 0.2, 0, 0.3, -0.1];

function query(stat: string, period = 300, unit?: string) {
  return {
    Id: "q1",
    MetricStat: {
      Metric: {
        Namespace: "AWS/Kafka",
        MetricName: "BytesInPerSec",
        Dimensions: [
          { Name: "Cluster Name", Value: "c" },
          { Name: "Broker ID", Value: "1" },
        ],
      },
      Period: period,
      Stat: stat,
      ...(unit ? { Unit: unit } : {}),
    },
  };
}

describe("the fake answers GetMetricData as CloudWatch does", () => {
  const c = syntheticCluster({ cluster: "c", brokers: 1, topics: 0, value: () => 100, jitter: JITTER });
  const ask = (q: ReturnType<typeof query>, end = 600) =>
    c.handle({
      operation: "GetMetricData",
      body: { MetricDataQueries: [q], StartTime: 0, EndTime: end, ScanBy: "TimestampAscending" },
    }) as { status: number; body: { MetricDataResults?: { Values: number[] }[]; message?: string } };
  it.each([
    // Raw datapoints per 300 s: 60, 120, 100, 130, 90.
    ["Average", 100],
    ["Sum", 500],
    ["Minimum", 60],
    ["Maximum", 130],
    ["SampleCount", 5],
    ["p90", 130], // rank ⌈0.9 × 5⌉ = 5
    ["p50", 100], // rank ⌈2.5⌉ = 3 of 60, 90, 100, 120, 130
  ])("Stat %s over one 300-s period = %d", (stat, v) => {
    expect(ask(query(stat)).body.MetricDataResults?.[0]?.Values).toEqual([v, v]);
  });
  it("a 600-s Period takes the statistic over both 5-minute periods' 10 datapoints", () => {
    expect(ask(query("Sum", 600)).body.MetricDataResults?.[0]?.Values).toEqual([1000]);
    expect(ask(query("SampleCount", 600)).body.MetricDataResults?.[0]?.Values).toEqual([10]);
  });
  it("a Period that is not a multiple of 60, or an unknown Stat, is a 400 InvalidParameterValue", () => {
    const r = ask(query("Average", 90));
    expect(r.status).toBe(400);
    expect(r.body.message).toMatch(/Period must be a multiple of 60/);
    expect(ask(query("Mean")).status).toBe(400);
  });
  it("a Unit other than the metric's returns no datapoints; its own unit returns them", () => {
    expect(ask(query("Average", 300, "Bytes")).body.MetricDataResults?.[0]?.Values).toEqual([]);
    expect(ask(query("Average", 300, "Bytes/Second")).body.MetricDataResults?.[0]?.Values).toEqual([
      100, 100,
    ]);
  });
});

describe("import on messy data", () => {
  /** 3 brokers; ingress per broker cycles 1, 2, 4 MiB/s; replication = ratio × ingress; every datapoint jittered. */
  const cluster = (ratio: number, brokers = 3) =>
    syntheticCluster({
      cluster: "messy",
      brokers,
      topics: 1,
      replication: true,
      jitter: JITTER,
      value: (metric, dims, t) => {
        if (dims.Topic) return 1000;
        const f = [1, 2, 4][Math.floor(t / 300) % 3] as number;
        const v: Record<string, number> = {
          BytesInPerSec: f * MiB,
          BytesOutPerSec: 2 * f * MiB,
          MessagesInPerSec: (f * MiB) / 1000,
          ReplicationBytesInPerSec: ratio * f * MiB,
          PartitionCount: 90,
          KafkaDataLogsDiskUsed: 10,
          ClientConnectionCount: 7,
        };
        return v[metric] ?? 0;
      },
    });
  const run = async (ratio: number, brokers = 3) => {
    const c = cluster(ratio, brokers);
    const endpoint = await fake.serve((req) => c.handle(req));
    return importCluster({
      cluster: "messy",
      region: "us-east-1",
      days: 1,
      now: NOW,
      endpoint,
      timeoutSeconds: 5,
    });
  };
  it("the importer asks for Average: jittered per-minute data give the 5-minute means (mean 7/3 × 3 brokers = 7 MiB/s, peak 12)", async () => {
    const r = await run(2);
    // 288 periods cycling 1, 2, 4 MiB/s per broker: mean (1 + 2 + 4)/3 = 7/3, × 3 brokers = 7 MiB/s.
    expect(r.imported.ingress.mean.value).toBeCloseTo(7 * MiB, 3);
    expect(r.imported.ingress.peak.value).toBeCloseTo(12 * MiB, 3); // Maximum would say 4 × 1.3 × 3 = 15.6
    expect(r.imported.replicationFactor.value).toBe(3); // 1 + 2
  });
  it("replication factor = round(1 + replication ÷ ingress): 2.45 → 2, 2.55 → 3; capped at the broker count", async () => {
    expect((await run(1.45)).imported.replicationFactor.value).toBe(2);
    expect((await run(1.55)).imported.replicationFactor.value).toBe(3);
    expect((await run(2.4, 2)).imported.replicationFactor.value).toBe(2); // 3.4 → 3, only 2 brokers
  });
});

describe("nearest-rank percentiles where the rounding matters", () => {
  const messy = [7.5, 0.25, 3, 11, 2, 9.75, 5, 1, 8, 4.5, 6]; // n = 11, unsorted
  it("P95 of 11 values: rank ⌈10.45⌉ = 11 (the largest, 11), not round → 10th (9.75)", () => {
    expect(percentile(messy, 95)).toBe(11);
  });
  it("P50 of 11: rank ⌈5.5⌉ = 6 → 5; P10: ⌈1.1⌉ = 2 → 1; P100 = max; empty → 0", () => {
    expect(percentile(messy, 50)).toBe(5);
    expect(percentile(messy, 10)).toBe(1);
    expect(percentile(messy, 100)).toBe(11);
    expect(percentile([], 95)).toBe(0);
  });
  it("an exact rank is not rounded up: P95 of 20 values is the 19th (rank 19), P50 of 20 the 10th", () => {
    const xs = Array.from({ length: 20 }, (_, i) => (i * 7) % 20); // 0..19, shuffled
    expect(percentile(xs, 95)).toBe(18);
    expect(percentile(xs, 50)).toBe(9);
  });
  it("deriveWorkload's P95 is that percentile of the summed series", () => {
    const series = (values: number[]) => [
      { broker: "1", series: { timestamps: values.map((_, i) => i * 300), values } },
    ];
    const w = deriveWorkload({
      cluster: "c",
      region: "us-east-1",
      kind: "provisioned",
      startSeconds: 0,
      endSeconds: messy.length * 300,
      periodSeconds: 300,
      brokers: ["1"],
      topics: [],
      topic: {},
      topicAverages: {},
      calls: { listMetrics: 0, getMetricData: 0 },
      broker: { BytesInPerSec: series(messy) },
    });
    expect(w.ingress.p95.value).toBe(11);
    expect(w.ingress.mean.value).toBeCloseTo(58 / 11, 12); // 7.5 + 0.25 + 3 + 11 + 2 + 9.75 + 5 + 1 + 8 + 4.5 + 6 = 58
  });
});
