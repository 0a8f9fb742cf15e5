// Hostile servers and partial failures through the built CLI: every run ends (the deadline covers
// the whole response; the size limit stops an endless body), exits 1 with one line and no secret,
// and the previous catalog stays byte-identical. Invalid prices fail a refresh unless
// --accept-partial; two concurrent refreshes into one cache both keep their region; a FIFO at
// --out is refused. Deadlines are short (1 s); nothing here measures time.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { syntheticCluster } from "./fakes/cloudwatch-fake.mjs";
import { useCliSandbox } from "./fakes/harness.js";
import { echoCredentials, expectNoSecret, withPrice } from "./fakes/hostile.js";
import { getProductsRoute, offersRoute } from "./fakes/price-list.js";
import { CW_JSON, type FakeReply, type Handler, PRICING_JSON } from "./fakes/server.js";

const sandbox = useCliSandbox("msk-hostile-");
const { serve, cli } = sandbox;

const PREVIOUS = `${JSON.stringify({ schemaVersion: 1, source: "offers", date: "2026-01-01", regions: { "eu-west-9": { storage: { amount: 0.1, unit: "GB-Mo", source: "x", date: "2026-01-01" } } } })}\n`;
const catalogPath = () => join(sandbox.dir, "catalog.json");
const keepPrevious = () => writeFileSync(catalogPath(), PREVIOUS);
const previousKept = () => expect(readFileSync(catalogPath(), "utf8")).toBe(PREVIOUS);
const api = (host: string, ...more: string[]) => [
  "pricing",
  "refresh",
  "--source",
  "api",
  "--endpoint",
  host,
  "--regions",
  "us-east-1",
  "--timeout",
  "1s",
  ...more,
];
const offers: Handler = (req) => offersRoute(req) ?? { status: 404 };

function oneLineFailure(r: { code: number; stdout: string; stderr: string }, code = 1): void {
  expect(r.code).toBe(code);
  expect(r.stderr.split("\n").filter(Boolean)).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at |unexpected error/);
  expectNoSecret(r.stdout + r.stderr);
}

describe("pricing refresh against hostile servers: ends, exit 1, previous catalog kept, no secret", () => {
  it("Price List API stalling mid-body", async () => {
    keepPrevious();
    const host = await serve(() => ({ headers: PRICING_JSON, body: { PriceList: [] }, stallAt: 4 }));
    const r = await cli(api(host));
    oneLineFailure(r);
    expect(r.stderr).toMatch(/no answer at .* after 2 attempts \(timed out\)/);
    previousKept();
  });

  it("Price List API streaming an endless body", async () => {
    keepPrevious();
    const host = await serve(() => ({ headers: PRICING_JSON, body: '{"PriceList":["', endless: "a" }));
    const r = await cli(api(host).map((a) => (a === "1s" ? "60s" : a)));
    oneLineFailure(r);
    expect(r.stderr).toContain("the response body is larger than 16 MiB");
    previousKept();
  });

  it("Price List API echoing the request's credentials in its error", async () => {
    keepPrevious();
    const host = await serve((req) => echoCredentials(req.headers, PRICING_JSON));
    const r = await cli(api(host));
    oneLineFailure(r);
    expect(r.stderr).toContain("[redacted]");
    previousKept();
  });

  it("offer file stalling mid-body", async () => {
    keepPrevious();
    const host = await serve((req) => {
      const r = offers(req) as FakeReply;
      return req.path.endsWith("us-east-1/index.json") ? { ...r, stallAt: 50 } : r;
    });
    const r = await cli([
      "pricing",
      "refresh",
      "--offers-url",
      host,
      "--regions",
      "us-east-1",
      "--timeout",
      "1s",
    ]);
    oneLineFailure(r);
    expect(r.stderr).toMatch(/no answer within 1 s \(after 4 attempts\)/);
    previousKept();
  });

  it("offer file streaming an endless body", async () => {
    keepPrevious();
    const host = await serve((req) =>
      req.path.endsWith("us-east-1/index.json") ? { body: '{"products":{"', endless: "x" } : offers(req),
    );
    const r = await cli(["pricing", "refresh", "--offers-url", host, "--regions", "us-east-1"]);
    oneLineFailure(r);
    expect(r.stderr).toContain("the response body is larger than 64 MiB");
    previousKept();
  });
});

describe("pricing refresh with invalid prices: all-or-nothing unless --accept-partial", () => {
  const BAD = [
    ["NaN", "NaN"],
    ["Infinity", "Infinity"],
    ["-1", "-1"],
    ["1 and 400 zeros (1e400)", `1${"0".repeat(400)}`],
    ["0x10", "0x10"],
  ];

  it.each(BAD)("offer file price %s: exit 1 naming the dimension; previous catalog kept", async (_, bad) => {
    keepPrevious();
    const host = await serve((req) => withPrice(offers(req) as FakeReply, "broker:kafka.m5.large", bad));
    const r = await cli(["pricing", "refresh", "--offers-url", host, "--regions", "us-east-1"]);
    oneLineFailure(r);
    expect(r.stderr).toMatch(
      /^msk-planner: 1 price is not a valid number: us-east-1 broker:kafka\.m5\.large \(sku \w+\): price ".*" is not a finite, non-negative decimal number; nothing written/,
    );
    previousKept();
  });

  it("Price List API price NaN: the same", async () => {
    keepPrevious();
    const host = await serve((req) => withPrice(getProductsRoute(req), "broker:kafka.m5.large", "NaN"));
    const r = await cli(api(host));
    oneLineFailure(r);
    expect(r.stderr).toContain("us-east-1 broker:kafka.m5.large");
    previousKept();
  });

  it("--accept-partial: writes the valid prices, leaves that dimension out and says so", async () => {
    keepPrevious();
    const host = await serve((req) => withPrice(offers(req) as FakeReply, "broker:kafka.m5.large", "NaN"));
    const r = await cli([
      "pricing",
      "refresh",
      "--offers-url",
      host,
      "--regions",
      "us-east-1",
      "--accept-partial",
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /1 invalid price left out \(--accept-partial\)[^\n]*:\n {2}us-east-1 {2}broker:kafka\.m5\.large/,
    );
    const written = JSON.parse(readFileSync(catalogPath(), "utf8"));
    expect(written.regions["us-east-1"]["broker:kafka.m5.large"]).toBeUndefined();
    expect(written.regions["us-east-1"]["broker:kafka.m5.xlarge"].amount).toBeGreaterThan(0);
    expect(Object.keys(written.regions)).toEqual(["eu-west-9", "us-east-1"]);
  });
});

/** The offers fake, holding each region's price file until `runs` runs have asked, so their merges overlap. */
function holdingOffers(runs: number): Handler {
  let waiting: (() => void)[] = [];
  return async (req) => {
    if (req.path.endsWith("/index.json") && !req.path.includes("region_index")) {
      await new Promise<void>((go) => {
        waiting.push(go);
        if (waiting.length === runs) {
          for (const w of waiting) w();
          waiting = [];
        }
      });
    }
    return offers(req);
  };
}

describe("pricing refresh: concurrent runs and special files", () => {
  it("two refreshes of different regions into one cache at once: both regions are kept", async () => {
    // Both runs are held at the fake until both have asked, so their merges really overlap.
    const host = await serve(holdingOffers(2));
    const [a, b] = await Promise.all([
      cli(["pricing", "refresh", "--offers-url", host, "--regions", "us-east-1"]),
      cli(["pricing", "refresh", "--offers-url", host, "--regions", "ap-southeast-1"]),
    ]);
    expect([a.code, b.code, a.stderr, b.stderr]).toEqual([0, 0, "", ""]);
    const written = JSON.parse(readFileSync(catalogPath(), "utf8"));
    expect(Object.keys(written.regions)).toEqual(["ap-southeast-1", "us-east-1"]);
  });

  it("two refreshes at once both finding a stale lock (its run was killed): one takes it over at a time, both regions kept", async () => {
    // A lock left by a run that no longer exists: the pid of a process that has exited.
    const dead = spawnSync(process.execPath, ["-e", ""]).pid as number;
    mkdirSync(dirname(catalogPath()), { recursive: true });
    writeFileSync(`${catalogPath()}.lock`, `${dead}\n`);
    const host = await serve(holdingOffers(2));
    const runs = await Promise.all(
      ["us-east-1", "ap-southeast-1"].map((r) =>
        cli(["pricing", "refresh", "--offers-url", host, "--regions", r]),
      ),
    );
    expect(runs.map((r) => [r.code, r.stderr])).toEqual([
      [0, ""],
      [0, ""],
    ]);
    const written = JSON.parse(readFileSync(catalogPath(), "utf8"));
    expect(Object.keys(written.regions)).toEqual(["ap-southeast-1", "us-east-1"]);
    expect(existsSync(`${catalogPath()}.lock`)).toBe(false);
    expect(existsSync(`${catalogPath()}.lock.takeover`)).toBe(false);
  });

  it("a FIFO or a directory at --out: refused before any request (exit 2)", async () => {
    const host = await serve(offers);
    const fifo = join(sandbox.dir, "fifo.json");
    execFileSync("mkfifo", [fifo]);
    for (const out of [fifo, sandbox.dir]) {
      const r = await cli(["pricing", "refresh", "--offers-url", host, "--out", out]);
      oneLineFailure(r, 2);
      expect(r.stderr).toMatch(
        /^msk-planner: --out: .* is a (FIFO|directory), not a regular file; refusing to replace it\n$/,
      );
    }
    expect(sandbox.server?.requests).toHaveLength(0);
  });
});

describe("import cloudwatch and rightsize against hostile servers", () => {
  const flags = (host: string) => [
    "--cluster",
    "c",
    "--region",
    "us-east-1",
    "--endpoint",
    host,
    "--timeout",
    "1s",
  ];

  it("GetMetricData stalling mid-body: both commands end with exit 1", async () => {
    const c = syntheticCluster({
      cluster: "c",
      brokers: 3,
      topics: 2,
      listPageSize: 500,
      pointsPerPage: 5000,
      value: () => 1,
    });
    const host = await serve((req) =>
      req.operation === "GetMetricData"
        ? { headers: CW_JSON, body: { MetricDataResults: [] }, stallAt: 10 }
        : c.handle(req),
    );
    for (const cmd of [
      ["import", "cloudwatch"],
      ["rightsize", "--instance", "kafka.m5.large"],
    ]) {
      const r = await cli([...cmd, ...flags(host)]);
      oneLineFailure(r);
      expect(r.stderr).toMatch(/GetMetricData: no answer at .* \(timed out\)/);
    }
  });

  it("a datapoint of 1.7e308 (absurd, beyond any plausible rate): one line naming the metric, exit 1, nothing written", async () => {
    const c = syntheticCluster({
      cluster: "c",
      brokers: 3,
      topics: 2,
      listPageSize: 500,
      pointsPerPage: 5000,
      value: () => 1.7e308,
    });
    const host = await serve((req) => c.handle(req));
    const out = join(sandbox.dir, "imported.yaml");
    const r = await cli(["import", "cloudwatch", ...flags(host), "--out", out]);
    oneLineFailure(r);
    expect(r.stderr).toMatch(
      /GetMetricData: \w+ .* has the value 1\.7e\+308 at .*; expected a finite number from 0 to /,
    );
    expect(existsSync(out)).toBe(false);
  });

  it("a cluster with no datapoints: an error saying nothing can be derived (never an all-zero workload), exit 1, nothing written", async () => {
    const c = syntheticCluster({
      cluster: "c",
      brokers: 3,
      topics: 2,
      listPageSize: 500,
      pointsPerPage: 5000,
      value: () => 1,
    });
    const host = await serve((req) =>
      req.operation === "GetMetricData"
        ? { headers: CW_JSON, body: { MetricDataResults: [] } }
        : c.handle(req),
    );
    const out = join(sandbox.dir, "imported.yaml");
    const r = await cli(["import", "cloudwatch", ...flags(host), "--out", out]);
    oneLineFailure(r);
    expect(r.stderr).toMatch(
      /no BytesInPerSec or BytesOutPerSec datapoints for cluster "c" .*no workload can be derived/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it("CloudWatch echoing the credentials: redacted", async () => {
    const host = await serve((req) => echoCredentials(req.headers, CW_JSON));
    const r = await cli(["import", "cloudwatch", ...flags(host)]);
    oneLineFailure(r);
  });
});
