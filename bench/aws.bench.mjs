// AWS commands against loopback servers (no network):
// 1. `pricing refresh` for every region from offer files (31 regions, each a copy of the recorded
//    us-east-1 offer file with its region swapped), against a floor: a fresh node process doing the
//    same GETs with plain fetch (process start + the same HTTP round trips, no normalising or writing).
// 2. `import cloudwatch` for a 30-day, 30-broker, 500-topic synthetic cluster, against a floor: a
//    fresh node process replaying the very requests the import made (same bodies, same responses,
//    served from the same cache) with plain fetch.
// Each figure is a median of several runs, reported as a ratio to its floor measured in this run.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { offerFileFor, regionIndex } from "../fixtures/aws/build-fixtures.mjs";
import { syntheticCluster } from "../test/aws/fakes/cloudwatch-fake.mjs";
import { report } from "./lib.mjs";

const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const RUNS = 5;
const dir = mkdtempSync(join(tmpdir(), "msk-bench-aws-"));
const ENV = {
  ...process.env,
  NO_COLOR: "1",
  MSK_PLANNER_CACHE_DIR: dir,
  AWS_ACCESS_KEY_ID: "AKIAFAKEBENCH",
  AWS_SECRET_ACCESS_KEY: "fake-bench-secret",
  AWS_EC2_METADATA_DISABLED: "true",
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
};

function run(args) {
  return new Promise((resolve, reject) => {
    const t = process.hrtime.bigint();
    const p = spawn(process.execPath, args, { env: ENV, stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    p.stderr.on("data", (d) => (err += d));
    p.on("close", (code) =>
      code === 0
        ? resolve(Number(process.hrtime.bigint() - t) / 1e6)
        : reject(new Error(`${args.join(" ")}: exit ${code}: ${err}`)),
    );
  });
}

async function median(args) {
  await run(args); // warm-up
  const t = [];
  for (let i = 0; i < RUNS; i++) t.push(await run(args));
  t.sort((a, b) => a - b);
  return t[Math.floor(t.length / 2)];
}

function serve(handler) {
  const server = createServer((req, res) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      const r = handler(req, Buffer.concat(chunks).toString("utf8"));
      res.writeHead(r.status ?? 200, { "content-length": Buffer.byteLength(r.text), ...r.headers });
      res.end(r.text);
    });
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ server, url: `http://127.0.0.1:${server.address().port}` }),
    ),
  );
}

// ── 1. pricing refresh, all regions ────────────────────────────────────────────────────────────
const REGIONS = [
  "us-east-1",
  "us-east-2",
  "us-west-1",
  "us-west-2",
  "ca-central-1",
  "sa-east-1",
  "eu-west-1",
  "eu-west-2",
  "eu-west-3",
  "eu-central-1",
  "eu-central-2",
  "eu-north-1",
  "eu-south-1",
  "eu-south-2",
  "me-south-1",
  "me-central-1",
  "il-central-1",
  "af-south-1",
  "ap-east-1",
  "ap-south-1",
  "ap-south-2",
  "ap-northeast-1",
  "ap-northeast-2",
  "ap-northeast-3",
  "ap-southeast-1",
  "ap-southeast-2",
  "ap-southeast-3",
  "ap-southeast-4",
  "ap-southeast-5",
  "ca-west-1",
  "mx-central-1",
];
const base = JSON.stringify(offerFileFor("us-east-1"));
const files = new Map(
  REGIONS.map((r, i) => [
    `/offers/v1.0/aws/AmazonMSK/20260911124456/${r}/index.json`,
    base.replaceAll('"us-east-1"', JSON.stringify(r)).replaceAll("USE1-", `R${String(i).padStart(2, "0")}-`),
  ]),
);
const indexText = JSON.stringify(regionIndex(REGIONS));
const offers = await serve((req) => {
  if (req.url === "/offers/v1.0/aws/AmazonMSK/current/region_index.json")
    return { text: indexText, headers: { "content-type": "application/json" } };
  const f = files.get(req.url);
  return f ? { text: f, headers: { "content-type": "application/json" } } : { status: 404, text: "" };
});
const urls = [
  `${offers.url}/offers/v1.0/aws/AmazonMSK/current/region_index.json`,
  ...[...files.keys()].map((p) => offers.url + p),
];
const fetchAll = `const u=${JSON.stringify(urls)};await (await fetch(u[0])).text();const q=[...u.slice(1)];await Promise.all(Array.from({length:4},async()=>{while(q.length){const x=q.shift();await (await fetch(x)).text();}}));`;
const floorRefresh = await median(["--input-type=module", "-e", fetchAll]);
const refresh = await median([
  CLI,
  "pricing",
  "refresh",
  "--offers-url",
  offers.url,
  "--out",
  join(dir, "catalog.json"),
]);
report(
  `pricing refresh, ${REGIONS.length} regions (offer files)`,
  refresh,
  "ms",
  "node + same GETs",
  floorRefresh,
  `${urls.length} requests, ${(base.length / 1024).toFixed(0)} KiB per region`,
);
offers.server.close();

// ── 2. import cloudwatch, 30 days × 30 brokers × 500 topics ─────────────────────────────────────
const cluster = syntheticCluster({
  cluster: "bench",
  brokers: 30,
  topics: 500,
  replication: true,
  value: (metric, dims, t) => {
    const k = Math.floor(t / 300);
    const diurnal = 1 + 0.5 * Math.sin((2 * Math.PI * (k % 288)) / 288);
    const b = Number(dims["Broker ID"] ?? 1);
    switch (metric) {
      case "BytesInPerSec":
        return (dims.Topic ? 2e4 : 4e6) * diurnal * (1 + b / 100);
      case "BytesOutPerSec":
        return (dims.Topic ? 6e4 : 1.2e7) * diurnal;
      case "MessagesInPerSec":
        return 4e3 * diurnal;
      case "ReplicationBytesInPerSec":
        return 8e6 * diurnal;
      case "PartitionCount":
        return 300;
      case "KafkaDataLogsDiskUsed":
        return 40 + (k % 100) / 10;
      case "ClientConnectionCount":
        return 200 + (k % 50);
      default:
        return 0;
    }
  },
});
const cache = new Map();
const recorded = [];
let recording = false;
const cw = await serve((req, body) => {
  const target = String(req.headers["x-amz-target"] ?? "");
  const key = `${target}\n${body.replace(/"StartTime":[\d.]+,"EndTime":[\d.]+/, "")}`;
  let r = cache.get(key);
  if (!r) {
    const out = cluster.handle({ operation: target.slice(target.indexOf(".") + 1), body: JSON.parse(body) });
    r = { status: out.status, headers: out.headers, text: JSON.stringify(out.body) };
    cache.set(key, r);
  }
  if (recording) recorded.push({ target, body });
  return r;
});
const importArgs = [
  CLI,
  "import",
  "cloudwatch",
  "--cluster",
  "bench",
  "--region",
  "us-east-1",
  "--days",
  "30",
  "--endpoint",
  cw.url,
  "--storage-per-broker",
  "2000GiB",
  "--out",
  join(dir, "w.yaml"),
];
recording = true;
await run(importArgs); // fills the response cache and records the requests
recording = false;
writeFileSync(join(dir, "replay.json"), JSON.stringify(recorded));
const replay = `const r=JSON.parse(require("node:fs").readFileSync(${JSON.stringify(join(dir, "replay.json"))},"utf8"));for(const x of r){await (await fetch(${JSON.stringify(cw.url)},{method:"POST",headers:{"content-type":"application/x-amz-json-1.0","x-amz-target":x.target},body:x.body})).text();}`;
const floorImport = await median(["-e", `(async()=>{${replay}})()`]);
const imp = await median(importArgs);
report(
  "import cloudwatch, 30 d × 30 brokers × 500 topics",
  imp,
  "ms",
  "node + same requests",
  floorImport,
  `${recorded.length} requests, ${cluster.metricCount} metrics listed`,
);
cw.server.close();
rmSync(dir, { recursive: true, force: true });
