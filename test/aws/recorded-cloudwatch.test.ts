// CloudWatch import against a fixture written in CloudWatch's documented wire format
// (fixtures/aws/cloudwatch-wire/, built by its build.mjs, NOT recorded from the project's own
// fake): two ListMetrics pages and every series as CloudWatch stores them, newest first. The
// replay server below answers with the documented semantics only: ListMetrics pages by NextToken;
// GetMetricData results carry each query's Id, honour ScanBy (default TimestampDescending), and
// come in two pages (PartialData + NextToken, then Complete) with the same Id on both. A query for
// anything but the fixture's window, period and Average is refused, so the importer's requests are
// checked too.
//
// Hand-worked (3 brokers, 288 five-minute periods; broker b takes b MiB/s × 0.9, 1.1, 1.3, 0.7 in
// turn): cluster ingress 6 MiB/s × that factor → mean 6 MiB/s; P95 rank ⌈0.95 × 288⌉ = 274, above
// the 216 periods at ≤ 1.1 → 6 × 1.3 = 7.8 MiB/s = peak. Egress 2.5 × → fan-out 2.5. Messages of
// 700 B. Replication 1.55 × ingress → RF round(2.55) = 3, measured. PartitionCount 99 + 100 + 101 =
// 300 replicas ÷ 3 = 100 partitions. Connections 3 × (10 + k mod 3) → peak 36.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { importCluster } from "../../src/aws/import-cluster.js";
import { useFakeServer } from "./fakes/harness.js";
import type { FakeReply, FakeRequest } from "./fakes/server.js";

const DIR = resolve(import.meta.dirname, "../../fixtures/aws/cloudwatch-wire");
const MiB = 2 ** 20;
const NOW = new Date("2026-11-25T00:00:00Z");
const START = Date.UTC(2026, 10, 24) / 1000;
const JSON10 = { "content-type": "application/x-amz-json-1.0" };
const fake = useFakeServer({ credentials: true });

interface Result {
  Id: string;
  Label: string;
  Timestamps: number[];
  Values: number[];
  StatusCode: string;
}
const stored = JSON.parse(readFileSync(join(DIR, "GetMetricData.json"), "utf8")) as {
  MetricDataResults: Result[];
};
const byLabel = new Map(stored.MetricDataResults.map((r) => [r.Label, r]));

interface Query {
  Id: string;
  MetricStat: {
    Metric: { Namespace: string; MetricName: string; Dimensions: { Name: string; Value: string }[] };
    Period: number;
    Stat: string;
  };
}

function replay(req: FakeRequest): FakeReply {
  const body = req.body as {
    NextToken?: string;
    MetricDataQueries?: Query[];
    StartTime?: number;
    EndTime?: number;
    ScanBy?: string;
  };
  if (req.operation === "ListMetrics")
    return {
      headers: JSON10,
      body: readFileSync(join(DIR, `ListMetrics.${body.NextToken ?? "first"}.json`), "utf8"),
    };
  if (req.operation !== "GetMetricData") return { status: 599, body: `unexpected ${req.operation}` };
  if (body.StartTime !== START || body.EndTime !== START + 86_400)
    return { status: 599, body: `window ${body.StartTime}..${body.EndTime} is not the fixture's` };
  const second = body.NextToken === "md-2";
  const results = (body.MetricDataQueries ?? []).map((q) => {
    const m = q.MetricStat;
    const broker = m.Metric.Dimensions.find((d) => d.Name === "Broker ID")?.Value;
    const r = byLabel.get(`${m.Metric.MetricName}|${broker}`);
    if (!r || m.Metric.Namespace !== "AWS/Kafka" || m.Period !== 300 || m.Stat !== "Average")
      throw new Error(`no stored series for ${JSON.stringify(m)}`);
    const asc = (body.ScanBy ?? "TimestampDescending") === "TimestampAscending";
    const ts = asc ? [...r.Timestamps].reverse() : r.Timestamps;
    const vs = asc ? [...r.Values].reverse() : r.Values;
    const half = ts.length / 2;
    return {
      Id: q.Id,
      Label: r.Label,
      Timestamps: second ? ts.slice(half) : ts.slice(0, half),
      Values: second ? vs.slice(half) : vs.slice(0, half),
      StatusCode: second ? "Complete" : "PartialData",
    };
  });
  return {
    headers: JSON10,
    body: { MetricDataResults: results, Messages: [], ...(second ? {} : { NextToken: "md-2" }) },
  };
}

describe("import cloudwatch from a wire-format fixture", () => {
  it("derives the hand-worked workload", async () => {
    const server = await fake.start(replay);
    const { imported: w, metrics } = await importCluster({
      cluster: "wire-demo",
      region: "us-east-1",
      days: 1,
      now: NOW,
      endpoint: server.url,
    });
    expect(server.requests.filter((r) => r.operation === "ListMetrics")).toHaveLength(2);
    expect(server.requests.filter((r) => r.operation === "GetMetricData")).toHaveLength(2); // 21 queries, 2 pages
    expect(metrics.brokers).toEqual(["1", "2", "3"]);
    expect(metrics.topics).toEqual([]);
    expect(w.ingress.mean.value).toBeCloseTo(6 * MiB, 3);
    expect(w.ingress.p95.value).toBeCloseTo(7.8 * MiB, 3);
    expect(w.ingress.peak.value).toBeCloseTo(7.8 * MiB, 3);
    expect(w.fanOut).toBeCloseTo(2.5, 9);
    expect(w.messageSizeBytes?.value).toBeCloseTo(700, 6);
    expect(w.replicationFactor.value).toBe(3);
    expect(w.replicationFactor.from).toMatch(
      /^1 \+ ReplicationBytesInPerSec ÷ BytesInPerSec .* = 2\.55, rounded$/,
    );
    expect(w.partitions.value).toBe(100);
    expect(w.clientConnections?.value).toBe(36);
    expect(w.window).toEqual({
      start: "2026-11-24T00:00Z",
      end: "2026-11-25T00:00Z",
      days: 1,
      periodSeconds: 300,
    });
  });
});
