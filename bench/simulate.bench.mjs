// Simulator throughput (issue #5). Every figure is a ratio to a floor measured in the same run:
// - sweep scenarios/s (one thread, and all cores via worker threads) vs a bare loop doing the same
//   per-scenario work without planning (grid indices + the same CSV row text from precomputed costs);
// - a 1,000,000-scenario sweep streamed to CSV through the CLI: wall time and peak RSS
//   (floor: `node -e 0`);
// - Monte Carlo samples/s vs a bare loop drawing the same uniforms and lognormal inverse CDFs.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { parse } from "yaml";
import { processMs, report } from "./lib.mjs";

const lib = await import(new URL("../dist/index.js", import.meta.url).href);
const catalog = lib.bundledCatalog();
const input = parse(readFileSync(new URL("../fixtures/workloads/small.yaml", import.meta.url), "utf8"));
const cores = availableParallelism();

// ── sweep, one thread and all cores ──
const N = 40_000;
const vary = [`peakIngress=3MiB/s..300MiB/s:200`, `partitions=30..3000:${N / 200}`];
const init = { input, vary, catalog, format: "csv" };
const s = lib.prepareSweep(init);
// Warm up (the JIT) on the whole grid once: a 1M-scenario sweep runs in steady state.
for (let a = 0; a < N; a += 2048) s.chunk(a, Math.min(N, a + 2048));
// In chunks of 2,048 scenarios, as runSweep computes them (one 40,000-row string would keep every
// row alive until its end and time the garbage collector's copying, not the sweep).
let t = performance.now();
let oneBytes = 0;
for (let a = 0; a < N; a += 2048) oneBytes += s.chunk(a, Math.min(N, a + 2048)).length;
const oneMs = performance.now() - t;
const text = s.chunk(0, N); // the rows again, untimed, for the floor below
if (text.length !== oneBytes) throw new Error("chunked and whole sweeps differ");
// Floor: the same grid walk and row text, costs taken from a precomputed array.
const costs = text
  .trimEnd()
  .split("\n")
  .map((l) => l.split(","));
t = performance.now();
let out = "";
const idx = [0, 0];
for (let k = 0; k < N; k++) {
  idx[0] = Math.floor(k / 200);
  idx[1] = k % 200;
  const r = costs[k];
  out += `${r[0]},${r[1]},${r[2]},${r[3]},${r[4]},${r[5]}\n`;
}
const floorMs = performance.now() - t;
if (out.length === 0) throw new Error("floor produced nothing");
report(
  "sweep scenarios/s, 1 thread",
  (N / oneMs) * 1000,
  "scen/s",
  "bare loop",
  (N / floorMs) * 1000,
  "(ratio = sweep rate ÷ floor rate)",
);
// All cores: a grid large enough (25× the one-thread run, 1,000,000 scenarios) that starting the
// worker threads and warming each one's JIT up is paid back (the one-thread figure is warm).
const NW = N * 25;
const initW = {
  input,
  vary: [`peakIngress=3MiB/s..300MiB/s:200`, `partitions=30..3000:${NW / 200}`],
  catalog,
  format: "csv",
};
t = performance.now();
let bytes = 0;
await lib.runSweep(
  initW,
  (x) => {
    bytes += x.length;
  },
  { workers: cores },
);
const allMs = (performance.now() - t) / (NW / N);
if (bytes === 0) throw new Error("sweep produced nothing");
report(
  `sweep scenarios/s, ${cores} workers (${NW.toLocaleString("en-US")} scenarios)`,
  (N / allMs) * 1000,
  "scen/s",
  "bare loop",
  (N / floorMs) * 1000,
  `(${(oneMs / allMs).toFixed(2)}× one thread)`,
);

// ── 1,000,000-scenario sweep through the CLI, CSV to /dev/null ──
const cli = new URL("../dist/cli.js", import.meta.url).pathname;
const args = [
  cli,
  "sweep",
  new URL("../fixtures/workloads/small.yaml", import.meta.url).pathname,
  "--vary",
  "peakIngress=3MiB/s..300MiB/s:1000",
  "--vary",
  "partitions=30..3000:1000",
  "--csv",
  "--workers",
  String(cores),
];
t = performance.now();
const r = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, ...args], {
  stdio: ["ignore", "ignore", "pipe"],
  encoding: "utf8",
});
const wallMs = performance.now() - t;
if (r.status !== 0) throw new Error(`1M sweep failed: ${r.stderr}`);
const peakMiB = Number(r.stderr.trim().split("\n").pop()) / 1024;
const nodeMs = processMs(process.execPath, ["-e", "0"], { runs: 5 });
report(
  "1M-scenario sweep to CSV, wall",
  wallMs,
  "ms",
  "node -e 0",
  nodeMs,
  `peak RSS ${peakMiB.toFixed(0)} MiB (main thread; aim < 10 s, < 250 MB)`,
);

// ── Monte Carlo ──
const { input: mcInput, distributions } = lib.extractDistributions({
  ...input,
  streams: [
    {
      ...input.streams[0],
      peakIngress: { dist: "lognormal", p50: "20 MiB/s", p95: "120 MiB/s", min: "1 MiB/s" },
      partitions: { dist: "pert", min: 10, mode: 30, max: 3000 },
    },
  ],
});
const S = 20_000;
await lib.runMonteCarlo({ input: mcInput, distributions, seed: 1, catalog }, 1000);
t = performance.now();
await lib.runMonteCarlo({ input: mcInput, distributions, seed: 1, catalog }, S);
const mcMs = performance.now() - t;
// Floor: the same number of lognormal draws (inverse CDF via Math.log/exp) and a sum.
t = performance.now();
let acc = 0;
let x = 1;
for (let i = 0; i < S * 4; i++) {
  x = (x * 1103515245 + 12345) % 2147483648;
  acc += Math.exp(Math.log((x + 0.5) / 2147483648) * 0.3);
}
const mcFloor = performance.now() - t;
if (!(acc > 0)) throw new Error("floor produced nothing");
report("Monte Carlo samples/s, 1 thread", (S / mcMs) * 1000, "samples/s", "bare loop", (S / mcFloor) * 1000);
