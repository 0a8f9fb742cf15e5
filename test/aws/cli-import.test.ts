// `msk-planner import cloudwatch` and `msk-planner rightsize` end to end: the built CLI and the real
// CloudWatch client against the synthetic cluster behind the loopback fake.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { ROOT } from "../helpers/cli.js";
import { syntheticCluster } from "./fakes/cloudwatch-fake.mjs";
import { useCliSandbox } from "./fakes/harness.js";
import { cwError, FAKE_CREDENTIALS } from "./fakes/server.js";

const MiB = 2 ** 20;
const sandbox = useCliSandbox("msk-import-");
const { serve, cli, runCli } = sandbox;
/** The flags naming the cluster behind the fake at `host`. */
const clusterFlags = (host: string, cluster = "orders-prod") => [
  "--cluster",
  cluster,
  "--region",
  "us-east-1",
  "--endpoint",
  host,
];

/**
 * 6 brokers, 20 topics; ingress a steady 30 MiB/s (5 MiB/s per broker), egress 60 MiB/s, messages
 * of 2 KiB, RF 3 from replication bytes, 300 partitions per broker → 600 leaders, disk 25 % of
 * 2,000 GiB per broker → 3,000 GiB held; retention = 3,000 GiB ÷ (30 MiB/s × 3) = 34,133.3 s.
 */
function steady() {
  return syntheticCluster({
    cluster: "orders-prod",
    brokers: 6,
    topics: 20,
    replication: true,
    value: (metric, dims) => {
      if (dims.Topic) return metric === "BytesInPerSec" ? (30 * MiB) / 20 / 3 : (60 * MiB) / 20 / 3;
      return (
        (
          {
            BytesInPerSec: 5 * MiB,
            BytesOutPerSec: 10 * MiB,
            MessagesInPerSec: (5 * MiB) / 2048,
            ReplicationBytesInPerSec: 10 * MiB,
            PartitionCount: 300,
            KafkaDataLogsDiskUsed: 25,
            ClientConnectionCount: 50,
          } as Record<string, number>
        )[metric] ?? 0
      );
    },
  });
}

describe("msk-planner import cloudwatch", () => {
  it("writes a commented workload file that parses, with the hand-worked numbers", async () => {
    const c = steady();
    const host = await serve((req) => c.handle(req));
    const out = join(sandbox.dir, "orders.yaml");
    const r = await cli([
      "import",
      "cloudwatch",
      ...clusterFlags(host),
      "--days",
      "3",
      "--storage-per-broker",
      "2000GiB",
      "--out",
      out,
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^Wrote .*orders\.yaml: provisioned cluster orders-prod, 6 brokers, 20 topics, /,
    );
    const text = readFileSync(out, "utf8");
    expect(text).toContain(
      "    ingress: 30 MiB/s  # BytesInPerSec, Average per 300 s, summed over 6 brokers; mean over",
    );
    expect(text).toContain("    egress: 60 MiB/s  # BytesOutPerSec");
    expect(text).toContain("    partitions: 600  # PartitionCount");
    expect(text).toContain("    replicationFactor: 3  # 1 + ReplicationBytesInPerSec ÷ BytesInPerSec");
    expect(text).toContain("    messageSize: 2048 B  #");
    expect(text).toContain("clientConnections: 300  #");
    expect(text).toContain(`#   "topic-0001": 1.5 MiB/s (5.0%)`);
    const w = parseWorkload(parseYaml(text));
    expect(w.streams[0]?.retentionSeconds).toBeCloseTo((3000 * 1024) / 90, 2);
    // And plan accepts it.
    const plan = runCli(["plan", out, "--json"], { env: { MSK_PLANNER_CACHE_DIR: sandbox.dir } });
    expect(plan.code).toBe(0);
    expect(JSON.parse(plan.stdout).workload.streams[0].partitions).toBe(600);
  });

  it("throttled first: retried; output on stdout when no --out", async () => {
    const c = steady();
    let first = true;
    const host = await serve((req) => {
      if (first && req.operation === "GetMetricData") {
        first = false;
        return cwError("Throttling", "ThrottlingException", "Rate exceeded");
      }
      return c.handle(req);
    });
    const r = await cli(["import", "cloudwatch", ...clusterFlags(host), "--days", "1"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Workload imported from CloudWatch/);
  });

  it("--out - is stdout, as with no --out (no file named -)", async () => {
    const c = steady();
    const host = await serve((req) => c.handle(req));
    const r = await cli(["import", "cloudwatch", ...clusterFlags(host), "--days", "1", "--out", "-"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Workload imported from CloudWatch/);
    expect(existsSync(join(ROOT, "-"))).toBe(false);
  });

  it("errors: unknown cluster exits 2 naming --cluster; CloudWatch 500 exits 1 in one line; bad flags exit 2", async () => {
    const c = steady();
    let host = await serve((req) => c.handle(req));
    let r = await cli(["import", "cloudwatch", ...clusterFlags(host, "nope")]);
    expect(r).toMatchObject({
      code: 2,
      stderr:
        'msk-planner: --cluster: no AWS/Kafka metrics for cluster "nope" in us-east-1: check the cluster name and --region\n',
    });
    await sandbox.close();
    host = await serve(() => cwError("InternalServiceError", "InternalServiceFault", "oops", 500));
    r = await cli(["import", "cloudwatch", ...clusterFlags(host)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'msk-planner: CloudWatch (us-east-1, cluster "orders-prod") ListMetrics failed after 2 attempts: InternalServiceFault (HTTP 500): oops\n',
    );
    expect(
      runCli(["import", "cloudwatch", "--cluster", "x", "--region", "us-east-1", "--days", "0"]).stderr,
    ).toBe('msk-planner: --days: expected a number of days in (0, 455], got "0"\n');
    expect(runCli(["import", "cloudwatch", "--cluster", "x", "--region", "Virginia"]).stderr).toBe(
      'msk-planner: --region: expected a region code such as "us-east-1", got "Virginia"\n',
    );
    for (const secret of [FAKE_CREDENTIALS.AWS_SECRET_ACCESS_KEY, FAKE_CREDENTIALS.AWS_SESSION_TOKEN])
      expect(r.stdout + r.stderr).not.toContain(secret);
  });
});

describe("msk-planner rightsize", () => {
  it("--current FILE: prices it, compares each option (saving or extra cost), utilisation now and after; --json = plan + current + savingsUsd", async () => {
    const c = steady();
    const host = await serve((req) => c.handle(req));
    const r = await cli([
      "rightsize",
      ...clusterFlags(host),
      "--days",
      "1",
      "--storage-per-broker",
      "2000GiB",
      "--current",
      "fixtures/clusters/standard.yaml",
      "--json",
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    // The current configuration is fixtures/clusters/standard.yaml: docs/billing-rules.md D2, $759.90, plus the
    // cross-AZ client traffic the planner prices for every provisioned option: producers and consumers
    // reach a leader in another AZ 2/3 of the time: 2/3 × (30 + 60) MiB/s = 60 MiB/s × 730 h × 3600 s
    // = 153,984.375 GiB × $0.02 = $3,079.6875 (docs/billing-rules.md). Total $3,839.5875.
    expect(j.current.monthlyUsd).toBeCloseTo(759.9 + 3079.6875, 6);
    expect(j.current.lineItems.map((l: { costUsd: number }) => l.costUsd)).toEqual([
      expect.closeTo(459.9, 9),
      expect.closeTo(300, 9),
      expect.closeTo(3079.6875, 6),
    ]);
    expect(j.current.basis).toBe(
      "given (--current fixtures/clusters/standard.yaml); cross-AZ client traffic from the workload, as the planner prices it",
    );
    expect(Object.keys(j.current.utilisation)).toEqual(
      expect.arrayContaining(["networkOut", "partitions", "storage"]),
    );
    // 600 leaders × RF 3 = 1,800 replicas on 3 brokers = 600 per broker; kafka.m5.large recommends 1,000.
    expect(j.current.utilisation.partitions).toBeCloseTo(0.6, 9);
    expect(j.workload.streams[0].partitions).toBe(600);
    const rec = j.options.find((o: { option: string }) => o.option === j.recommended);
    expect(j.savingsUsd).toBeCloseTo(j.current.monthlyUsd - rec.monthlyUsd, 6);
    for (const o of j.options)
      expect(o.savingsUsd).toBe(o.feasible ? j.current.monthlyUsd - o.monthlyUsd : null);
  });

  it("inferred from the broker count with --instance; table output; missing --instance is bad input", async () => {
    const c = steady();
    const host = await serve((req) => c.handle(req));
    const base = ["rightsize", ...clusterFlags(host), "--days", "1", "--storage-per-broker", "2000GiB"];
    const r = await cli([...base, "--instance", "kafka.m5.large"]);
    expect(r.code).toBe(0);
    // 6 × kafka.m5.large × 730 h × $0.21 + 6 × 2,000 GB-month × $0.10 + cross-AZ (above) $3,079.6875
    // = 919.80 + 1,200.00 + 3,079.6875 = $5,199.49.
    expect(r.stdout).toMatch(
      /^Current: 6 × kafka\.m5\.large, 2000 GiB each — \$5,199\.49 per month \(inferred: 6 brokers/,
    );
    expect(r.stdout).toContain("Utilisation now: ");
    expect(r.stdout).toMatch(/Recommended: \S+, (saving|costing) \$/);
    const before = sandbox.server?.requests.length;
    const missing = await cli([...base, "--current", "nope.yaml"]);
    expect(missing).toMatchObject({ code: 2, stderr: "msk-planner: --current: file not found: nope.yaml\n" });
    expect(sandbox.server?.requests.length).toBe(before); // bad input fails before any AWS call
    const bad = await cli(base);
    expect(bad).toMatchObject({
      code: 2,
      stderr:
        "msk-planner: --instance: CloudWatch does not say the broker type: pass --instance (e.g. kafka.m5.large) or --current FILE\n",
    });
  });
});
