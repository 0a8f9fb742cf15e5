// CloudWatch import against RECORDED responses (fixtures/aws/cloudwatch/*.json), replayed verbatim
// by the loopback server. The recording is the wire exchange of the real client with the synthetic
// cluster below (3 brokers, 2 topics, one day; 4 ListMetrics pages, paged GetMetricData); refresh it
// with RECORD_FIXTURES=1 (never silently: the test fails if a recorded response is missing).
//
// Hand-worked values: broker b carries b MiB/s of ingress (cluster 6 MiB/s), doubled in every 4th
// 5-minute period (k mod 4 = 3): n = 288 periods, 72 at 12 MiB/s and 216 at 6 MiB/s →
// mean = (216 × 6 + 72 × 12) / 288 = 7.5 MiB/s; P95 (rank ⌈0.95 × 288⌉ = 274 > 216) = 12 MiB/s;
// peak 12 MiB/s. Egress = 3 × ingress → fan-out 3. Messages of 512 B. PartitionCount 100 per broker
// and no Replication metric → RF 3 assumed → 100 leaders.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { importCluster } from "../../src/aws/import-cluster.js";
import { syntheticCluster } from "./fakes/cloudwatch-fake.mjs";
import { useFakeServer } from "./fakes/harness.js";
import type { FakeReply, FakeRequest } from "./fakes/server.js";

const DIR = resolve(import.meta.dirname, "../../fixtures/aws/cloudwatch");
const MiB = 2 ** 20;
const NOW = new Date("2026-11-25T00:00:00Z");
const RECORD = process.env.RECORD_FIXTURES === "1";
const fake = useFakeServer({ credentials: true });

/** A recorded response's file name: operation, first query Id (GetMetricData batch), page token. */
function keyOf(req: FakeRequest): string {
  const body = req.body as { NextToken?: string; MetricDataQueries?: { Id: string }[] };
  const batch = body.MetricDataQueries?.[0]?.Id ?? "";
  return `${req.operation}${batch ? `.${batch}` : ""}.${body.NextToken ?? "first"}.json`.replace(
    /[^A-Za-z0-9._-]/g,
    "_",
  );
}

function cluster() {
  return syntheticCluster({
    cluster: "recorded",
    brokers: 3,
    topics: 2,
    listPageSize: 10,
    pointsPerPage: 1000,
    value: (metric, dims, t) => {
      const k = Math.floor(t / 300);
      const f = k % 4 === 3 ? 2 : 1;
      const b = Number(dims["Broker ID"] ?? 0);
      if (dims.Topic) return metric === "BytesInPerSec" ? 1000 * b : 3000 * b;
      return (
        (
          {
            BytesInPerSec: b * MiB * f,
            BytesOutPerSec: 3 * b * MiB * f,
            MessagesInPerSec: (b * MiB * f) / 512,
            PartitionCount: 100,
            KafkaDataLogsDiskUsed: 30,
            ClientConnectionCount: 10,
          } as Record<string, number>
        )[metric] ?? 0
      );
    },
  });
}

describe("import cloudwatch from recorded responses", () => {
  it("replays the recorded exchange and derives the hand-worked workload", async () => {
    if (RECORD) {
      const c = cluster();
      mkdirSync(DIR, { recursive: true });
      const recorder = await fake.start((req) => {
        const r = c.handle(req);
        writeFileSync(join(DIR, keyOf(req)), `${JSON.stringify(r.body)}\n`);
        return r;
      });
      await importCluster({
        cluster: "recorded",
        region: "us-east-1",
        days: 1,
        now: NOW,
        endpoint: recorder.url,
      });
      await recorder.close();
    }
    const files = new Set(readdirSync(DIR));
    const server = await fake.start((req): FakeReply => {
      const name = keyOf(req);
      if (!files.has(name)) return { status: 599, body: `no recorded response ${name}` };
      return {
        headers: { "content-type": "application/x-amz-json-1.0" },
        body: readFileSync(join(DIR, name), "utf8"),
      };
    });
    const { imported: w, metrics } = await importCluster({
      cluster: "recorded",
      region: "us-east-1",
      days: 1,
      now: NOW,
      endpoint: server.url,
    });
    expect(server.requests.filter((r) => r.operation === "ListMetrics")).toHaveLength(4); // 40 metrics, 10 per page
    expect(server.requests.filter((r) => r.operation === "GetMetricData").length).toBeGreaterThan(3);
    expect(files.size).toBe(server.requests.length);
    expect(metrics.brokers).toEqual(["1", "2", "3"]);
    expect(metrics.topics).toEqual(["topic-0001", "topic-0002"]);
    expect(w.ingress.mean.value).toBe(7.5 * MiB);
    expect(w.ingress.p95.value).toBe(12 * MiB);
    expect(w.ingress.peak.value).toBe(12 * MiB);
    expect(w.fanOut).toBe(3);
    expect(w.messageSizeBytes?.value).toBe(512);
    expect(w.replicationFactor).toMatchObject({ value: 3, from: expect.stringMatching(/^assumed/) });
    expect(w.partitions.value).toBe(100);
    expect(w.clientConnections?.value).toBe(30);
    expect(w.window).toEqual({
      start: "2026-11-24T00:00Z",
      end: "2026-11-25T00:00Z",
      days: 1,
      periodSeconds: 300,
    });
  });
});
