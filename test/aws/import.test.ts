// CloudWatch import with the real @aws-sdk/client-cloudwatch against a synthetic cluster behind the
// loopback fake (ListMetrics paged, GetMetricData ≤ 500 queries per call and paged), with numbers
// worked by hand below; and the failures: throttling then success, 500, malformed JSON, truncated
// page, expired credentials, empty result, hung server.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { fetchClusterMetrics } from "../../src/aws/cloudwatch.js";
import { deriveWorkload, percentile, sumSeries, workloadYaml } from "../../src/aws/derive-workload.js";
import { importCluster } from "../../src/aws/import-cluster.js";
import { InputError } from "../../src/model/errors.js";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { syntheticCluster } from "./fakes/cloudwatch-fake.mjs";
import { useFakeServer } from "./fakes/harness.js";
import { cwError } from "./fakes/server.js";

const MiB = 2 ** 20;
const GiB = 2 ** 30;
const NOW = new Date("2026-11-25T06:00:00Z");
const fake = useFakeServer({ credentials: true });
const { serve } = fake;

/**
 * The hand-worked cluster: 3 brokers, 400 topics, 10 days of 300-s periods (n = 2,880 = 144 cycles
 * of 20). At period k the cluster's ingress is f(k) = (k mod 20) + 1 MiB/s, split 1:2:3 over brokers
 * 1, 2, 3 (so broker b carries b/6 · f(k)). Then:
 *  - mean ingress = (1 + … + 20)/20 = 10.5 MiB/s; peak = 20 MiB/s;
 *  - P95 (nearest rank): rank ⌈0.95 · 2880⌉ = 2736; each level occurs 144 times, so rank 2736 is
 *    level ⌈2736/144⌉ = 19 → 19 MiB/s;
 *  - egress = 2 × ingress → mean 21, peak 40 MiB/s, fan-out 2;
 *  - messages = ingress ÷ 1024 → message size 1,024 B;
 *  - replication bytes = 2 × ingress → RF = 1 + 2 = 3;
 *  - PartitionCount 200 per broker → 600 replicas ÷ 3 = 200 leader partitions;
 *  - disk used 40 % of 1,000 GiB on each broker → 1,200 GiB; retention = 1,200 GiB ÷ (10.5 MiB/s × 3)
 *    = 1,228,800 MiB ÷ 31.5 MiB/s = 39,009.52… s = 10.8360 h;
 *  - connections 100 + (k mod 20) per broker → peak 3 × 119 = 357.
 */
function handWorked(extra: Partial<Parameters<typeof syntheticCluster>[0]> = {}) {
  return syntheticCluster({
    cluster: "orders-prod",
    brokers: 3,
    topics: 400,
    replication: true,
    listPageSize: 500,
    pointsPerPage: 5000,
    value: (metric, dims, t) => {
      const k = Math.floor(t / 300) % 20;
      const f = (k + 1) * MiB;
      const share = Number(dims["Broker ID"] ?? 0) / 6;
      if (dims.Topic) return metric === "BytesInPerSec" ? 1000 : 2000; // per broker-topic, constant
      switch (metric) {
        case "BytesInPerSec":
          return share * f;
        case "BytesOutPerSec":
          return 2 * share * f;
        case "MessagesInPerSec":
          return (share * f) / 1024;
        case "ReplicationBytesInPerSec":
          return 2 * share * f;
        case "PartitionCount":
          return 200;
        case "KafkaDataLogsDiskUsed":
          return 40;
        case "ClientConnectionCount":
          return 100 + k;
        default:
          return 0;
      }
    },
    ...extra,
  });
}

const OPTS = { cluster: "orders-prod", region: "us-east-1", days: 10, now: NOW, timeoutSeconds: 5 };

describe("import cloudwatch: the hand-worked cluster", () => {
  it("derives mean, P95 and peak ingress, egress, fan-out, RF, partitions, retention, message size, connections", async () => {
    const c = handWorked();
    const host = await serve((req) => c.handle(req));
    const {
      imported: w,
      metrics,
      yaml,
    } = await importCluster({ ...OPTS, endpoint: host, storagePerBrokerBytes: 1000 * GiB });
    expect(metrics.periodSeconds).toBe(300);
    expect(metrics.brokers).toEqual(["1", "2", "3"]);
    expect(metrics.topics).toHaveLength(400);
    expect(w.ingress.mean.value).toBeCloseTo(10.5 * MiB, 3);
    expect(w.ingress.p95.value).toBeCloseTo(19 * MiB, 3);
    expect(w.ingress.peak.value).toBeCloseTo(20 * MiB, 3);
    expect(w.egress.mean.value).toBeCloseTo(21 * MiB, 3);
    expect(w.egress.peak.value).toBeCloseTo(40 * MiB, 3);
    expect(w.fanOut).toBeCloseTo(2, 12);
    expect(w.replicationFactor.value).toBe(3);
    expect(w.partitions.value).toBe(200);
    expect(w.retentionSeconds?.value).toBeCloseTo(1_228_800 / 31.5, 6);
    expect(w.messageSizeBytes?.value).toBeCloseTo(1024, 9);
    expect(w.clientConnections?.value).toBe(357);
    expect(w.azs.value).toBe(3);
    // Per-topic averages: 3 brokers × 1000 B/s each = 3000 B/s per topic; 400 equal shares of 0.25 %.
    expect(w.topTopics[0]).toEqual({ topic: "topic-0001", ingressBytesPerSec: 3000, share: 1 / 400 });
    // Batched within the API limit, every page followed.
    expect(c.stats.maxQueries).toBeLessThanOrEqual(500);
    const topicQueries = 400 * 3 * 2; // BytesIn/Out per broker-topic
    const brokerQueries = 3 * 7;
    expect(c.stats.getMetricData).toBeGreaterThanOrEqual(Math.ceil((topicQueries + brokerQueries) / 500));
    expect(c.stats.listMetrics).toBe(Math.ceil(c.metricCount / 500));
    // The written file: each value with its metric, statistic and window.
    expect(yaml).toContain(
      "    ingress: 10.5 MiB/s  # BytesInPerSec, Average per 300 s, summed over 3 brokers; mean over 2026-11-15T06:00Z to 2026-11-25T06:00Z",
    );
    expect(yaml).toContain(
      "    peakIngress: 20 MiB/s  # BytesInPerSec, Average per 300 s, summed over 3 brokers; maximum over",
    );
    expect(yaml).toContain("    # P95 ingress: 19 MiB/s");
    expect(yaml).toContain("fan-out 2.00× ingress");
    expect(yaml).toContain("    retention: 10.835979h  # KafkaDataLogsDiskUsed");
    expect(yaml).toContain("    messageSize: 1024 B  #");
    expect(yaml).toContain("clientConnections: 357  # ClientConnectionCount");
  });

  it("the written file parses with the workload schema, with the same numbers", async () => {
    const c = handWorked();
    const host = await serve((req) => c.handle(req));
    const { yaml } = await importCluster({
      ...OPTS,
      endpoint: host,
      storagePerBrokerBytes: 1000 * GiB,
      peak: "p95",
    });
    const w = parseWorkload(parseYaml(yaml));
    expect(w.region).toBe("us-east-1");
    expect(w.azs).toBe(3);
    expect(w.clientConnections).toBe(357);
    const s = w.streams[0];
    expect(s?.ingressBytesPerSec).toBeCloseTo(10.5 * MiB, 0);
    expect(s?.peakIngressBytesPerSec).toBeCloseTo(19 * MiB, 0); // --peak p95
    expect(s?.partitions).toBe(200);
    expect(s?.replicationFactor).toBe(3);
    expect(s?.retentionSeconds).toBeCloseTo(39_009.5, 0);
    expect(s?.messageSizeBytes).toBe(1024);
  });

  it("without --storage-per-broker: retention not derived, said in a NOTE; the file still parses", async () => {
    const c = handWorked({ replication: false });
    const host = await serve((req) => c.handle(req));
    const { imported, yaml } = await importCluster({ ...OPTS, endpoint: host });
    expect(imported.retentionSeconds).toBeNull();
    expect(imported.replicationFactor.from).toMatch(/^assumed/);
    expect(yaml).toContain(
      "# NOTE: retention not derived: KafkaDataLogsDiskUsed is a percentage; pass --storage-per-broker SIZE",
    );
    expect(parseWorkload(parseYaml(yaml)).streams[0]?.retentionSeconds).toBe(7 * 86_400);
  });

  it("a Serverless cluster (per-topic metrics only): sums topics", async () => {
    const c = syntheticCluster({
      cluster: "sl",
      brokers: 0,
      topics: 4,
      value: (m) => (m === "BytesInPerSec" ? MiB : m === "BytesOutPerSec" ? 3 * MiB : 1024),
    });
    const host = await serve((req) => c.handle(req));
    const { imported: w, yaml } = await importCluster({ ...OPTS, cluster: "sl", endpoint: host, days: 1 });
    expect(w.kind).toBe("serverless");
    expect(w.ingress.mean.value).toBe(4 * MiB);
    expect(w.fanOut).toBe(3);
    expect(w.messageSizeBytes?.value).toBe(1024);
    expect(w.partitions.value).toBe(4);
    expect(parseWorkload(parseYaml(yaml)).streams[0]?.partitions).toBe(4);
  });
});

describe("import cloudwatch: failures", () => {
  it("throttling (x-amzn-query-error Throttling;Sender) then success: retried by the SDK", async () => {
    const c = handWorked();
    let throttled = false;
    const host = await serve((req) => {
      if (req.operation === "GetMetricData" && !throttled) {
        throttled = true;
        return cwError("Throttling", "ThrottlingException", "Rate exceeded");
      }
      return c.handle(req);
    });
    const { imported } = await importCluster({ ...OPTS, endpoint: host });
    expect(imported.partitions.value).toBe(200);
    expect(fake.server?.requests.some((r) => r.operation === "GetMetricData" && r.attempt === 2)).toBe(true);
    expect(fake.server?.requests[0]?.headers["x-amz-target"]).toBe(
      "GraniteServiceVersion20100801.ListMetrics",
    );
    expect(fake.server?.requests[0]?.headers["x-amzn-query-mode"]).toBe("true");
  });

  it("a persistent 500: one clear line after the retries", async () => {
    const host = await serve(() => cwError("InternalServiceError", "InternalServiceFault", "oops", 500));
    await expect(importCluster({ ...OPTS, endpoint: host, maxAttempts: 2 })).rejects.toThrow(
      'CloudWatch (us-east-1, cluster "orders-prod") ListMetrics failed after 2 attempts: InternalServiceFault (HTTP 500): oops',
    );
  });

  it("malformed JSON and a truncated page: clear errors", async () => {
    const c = handWorked();
    let host = await serve((req) =>
      req.operation === "GetMetricData"
        ? { headers: { "content-type": "application/x-amz-json-1.0" }, body: '{"MetricDataResults": [' }
        : c.handle(req),
    );
    await expect(importCluster({ ...OPTS, endpoint: host })).rejects.toThrow(
      /GetMetricData: malformed response at http:\/\/127\.0\.0\.1:\d+ \(not valid JSON/,
    );
    await fake.close();
    host = await serve((req) => {
      const r = c.handle(req);
      return (req.body as { NextToken?: string }).NextToken && req.operation === "GetMetricData"
        ? { ...r, truncateAt: 64 }
        : r;
    });
    await expect(importCluster({ ...OPTS, endpoint: host, maxAttempts: 2 })).rejects.toThrow(
      /^CloudWatch \(us-east-1, cluster "orders-prod"\) GetMetricData/,
    );
  });

  it("expired credentials: says so, not retried", async () => {
    const host = await serve(() =>
      cwError(
        "ExpiredToken",
        "ExpiredTokenException",
        "The security token included in the request is expired",
      ),
    );
    await expect(importCluster({ ...OPTS, endpoint: host })).rejects.toThrow(
      'CloudWatch (us-east-1, cluster "orders-prod") ListMetrics: AWS credentials are expired or invalid (ExpiredToken); refresh them and retry',
    );
    expect(fake.server?.requests).toHaveLength(1);
  });

  it("an empty result (no metrics for the cluster): bad input naming --cluster", async () => {
    const c = handWorked();
    const host = await serve((req) => c.handle(req));
    const p = importCluster({ ...OPTS, cluster: "orders-typo", endpoint: host });
    await expect(p).rejects.toBeInstanceOf(InputError);
    await expect(p).rejects.toThrow(
      '--cluster: no AWS/Kafka metrics for cluster "orders-typo" in us-east-1: check the cluster name and --region',
    );
  });

  it("a hung server: times out and fails", async () => {
    const host = await serve(() => "hang");
    await expect(
      fetchClusterMetrics({ ...OPTS, endpoint: host, timeoutSeconds: 0.2, maxAttempts: 1 }),
    ).rejects.toThrow(/timed out/);
  });
});

/**
 * Fetched metrics of a provisioned cluster "c" whose broker "1" carries ingress `vs` (and egress
 * `egress`, if given) in 300-s periods from t = 0.
 */
function metricsOf(vs: number[], region: string, brokers: string[], egress?: number[]) {
  const series = (values: number[]) => [
    { broker: "1", series: { timestamps: values.map((_, i) => i * 300), values } },
  ];
  return {
    cluster: "c",
    region,
    kind: "provisioned" as const,
    startSeconds: 0,
    endSeconds: vs.length * 300,
    periodSeconds: 300,
    brokers,
    topics: [],
    topic: {},
    topicAverages: {},
    calls: { listMetrics: 0, getMetricData: 0 },
    broker: egress
      ? { BytesInPerSec: series(vs), BytesOutPerSec: series(egress) }
      : { BytesInPerSec: series(vs) },
  };
}

describe("derivation laws", () => {
  const series = fc.array(fc.double({ min: 0, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 200 });
  it("law: mean ≤ P95 ≤ peak for any ingress series", () => {
    fc.assert(
      fc.property(series, (vs) => {
        const m = metricsOf(vs, "us-east-1", ["1"]);
        const w = deriveWorkload(m);
        return (
          w.ingress.p95.value <= w.ingress.peak.value &&
          w.ingress.mean.value <= w.ingress.peak.value * (1 + 1e-12) &&
          percentile(vs, 100) === w.ingress.peak.value
        );
      }),
    );
  });
  it("law: summing series is independent of their order", () => {
    fc.assert(
      fc.property(fc.array(series, { minLength: 1, maxLength: 5 }), (list) => {
        const ss = list.map((vs) => ({ timestamps: vs.map((_, i) => i), values: vs }));
        const a = sumSeries(ss);
        const b = sumSeries([...ss].reverse());
        return (
          a.timestamps.length === b.timestamps.length &&
          a.values.every((v, i) => Math.abs(v - (b.values[i] as number)) <= 1e-6 * Math.max(1, Math.abs(v)))
        );
      }),
    );
  });
  it("workloadYaml quotes every string it did not construct: a hostile cluster name adds no key, tag or comment", () => {
    const hostile = 'c\nregion: evil-1 # x\n  - name: !!js/function "f" : y';
    const m = { ...metricsOf([1e6, 2e6], "eu-west-1", ["1", "2", "3"]), cluster: hostile };
    const yaml = workloadYaml(deriveWorkload(m));
    const parsed = parseYaml(yaml) as { region: string; streams: { name: string; description: string }[] };
    expect(parsed.region).toBe("eu-west-1");
    expect(parsed.streams).toHaveLength(1);
    expect(parsed.streams[0]?.name).toBe(hostile);
    expect(parsed.streams[0]?.description).toBe(`all topics of ${hostile}, from CloudWatch`);
    // Every line holding the name has it as one double-quoted scalar (JSON escaping).
    for (const line of yaml.split("\n").filter((l) => l.includes("evil-1")))
      expect(line).toContain(JSON.stringify(hostile).slice(1, -1));
    expect(parseWorkload(parsed).streams[0]?.name).toBe(hostile);
  });
  it("workloadYaml output always parses with the workload schema", () => {
    fc.assert(
      fc.property(series, fc.integer({ min: 1, max: 30 }), (vs, brokers) => {
        const m = metricsOf(
          vs,
          "eu-west-1",
          Array.from({ length: brokers }, (_, i) => String(i + 1)),
          vs.map((v) => v / 3),
        );
        const w = parseWorkload(parseYaml(workloadYaml(deriveWorkload(m))));
        return w.streams.length === 1 && w.azs === (brokers % 3 === 0 ? 3 : 2);
      }),
      { numRuns: 50 },
    );
  });
});
