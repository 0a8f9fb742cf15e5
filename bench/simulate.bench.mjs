// Sweep and Monte Carlo throughput (issue #14 goals 2, 3, 5 and 6). Every figure is a ratio
// measured in this run:
// - goal 2: the CLI sweep to CSV (one thread, whole process CPU) in scenarios/s ÷ planner.evaluate()
//   on workloads of the same grid (sampled, parsed beforehand) ≥ 0.8, on the 1,000,000-scenario
//   one-thread sweep goal 3 runs. The issue fixes no size for this goal (its own profile is of a
//   1M sweep); over 300,000 scenarios the costs paid once per process — Node's start-up, loading
//   the bundle, preparing, JIT compilation: about 0.3 s of CPU — are about half the run, while a
//   row beyond them costs less than an evaluate() call. So that a per-row cost cannot hide behind
//   the size, the detail prints the 300,000-scenario sweep's ratio too, and the rate of the
//   700,000 rows the larger sweep adds (its CPU minus the smaller's: what a row costs once warm);
// - goal 3: a 1,000,000-scenario CLI sweep with --workers 2 ÷ one thread (wall time, medians of 7
//   interleaved runs, as goal 2's sweeps) ≥ 1.6 on 2
//   cores, byte-identical output (SHA-256 of stdout), peak RSS < 250 MB for the four MSK options
//   and for all nine options (MSK and alternatives) on two workers;
// - goal 5: a sweep over all nine options ÷ the four MSK options (same grid, scenarios/s) ≥ 1/3;
// - goal 6: Monte Carlo samples/s ÷ a floor that draws the same distributions AND plans each
//   sample with the closed-form floor of bench/floor.mjs (the planning included).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import {
  ALTERNATIVE_OPTIONS,
  bundledCatalog,
  extractDistributions,
  parseWorkload,
  preparePlanner,
  prepareSweep,
  runMonteCarlo,
} from "../dist/index.js";
import { makeFloor } from "./floor.mjs";
import { cpuMs, cpuRate, goal, report } from "./lib.mjs";
import { prng } from "./workloads.mjs";

const catalog = bundledCatalog();
const smallPath = new URL("../fixtures/workloads/small.yaml", import.meta.url).pathname;
const input = parse(readFileSync(smallPath, "utf8"));
const cli = new URL("../dist/cli.js", import.meta.url).pathname;
const MSK = ["standard", "standard-tiered", "express", "serverless"];
const ALL = [...MSK, ...ALTERNATIVE_OPTIONS];

/**
 * Run the CLI under /usr/bin/time: wall, user+sys CPU (s), peak RSS (MiB), SHA-256 of stdout.
 * stdout goes to a file, hashed after the timed run: a hashing process reading a pipe (sha256sum
 * spends about 0.4 s of CPU on a 1M-scenario sweep's 118 MB) would compete for the two cores with
 * the two computing threads, and not with the one thread, charging its CPU to --workers 2 alone.
 */
function cliRun(args) {
  const dir = mkdtempSync(join(tmpdir(), "msk-bench-"));
  const timing = join(dir, "time");
  const out = join(dir, "stdout");
  try {
    const script = `t="$0"; o="$1"; shift; /usr/bin/time -f '%e %U %S %M' -o "$t" "$@" > "$o"`;
    const r = spawnSync("bash", ["-c", script, timing, out, process.execPath, cli, ...args], {
      encoding: "utf8",
    });
    if (r.status !== 0) throw new Error(`msk-planner ${args.join(" ")} failed: ${r.stderr}`);
    const [wall, user, sys, rss] = readFileSync(timing, "utf8")
      .trim()
      .split("\n")
      .pop()
      .split(" ")
      .map(Number);
    const sha = createHash("sha256").update(readFileSync(out)).digest("hex");
    return { wall, cpu: user + sys, rssMiB: rss / 1024, sha };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * How many interleaved rounds of the CLI sweeps goals 2 and 3 take the median of. Odd, so the
 * median is one run; seven, because five still let a noisy minute decide goal 3 (see below).
 */
const CLI_ROUNDS = 7;

/** The median wall and CPU of runs of one command, their peak RSS; refuses runs whose output differs. */
function medianRun(rs) {
  if (new Set(rs.map((r) => r.sha)).size !== 1)
    throw new Error("a sweep's output differs between runs of one command");
  const median = (k) => rs.map((r) => r[k]).sort((a, b) => a - b)[(rs.length - 1) >> 1];
  return {
    wall: median("wall"),
    cpu: median("cpu"),
    rssMiB: Math.max(...rs.map((r) => r.rssMiB)),
    sha: rs[0].sha,
  };
}

/** The median over rounds of one round's ratio `a[i][k] ÷ b[i][k]` (runs of the same round side by side). */
function pairedRatio(a, b, k) {
  const r = a.map((x, i) => x[k] / b[i][k]).sort((x, y) => x - y);
  return r[(r.length - 1) >> 1];
}

/** "min–max s" of one timing over runs, to show the spread beside a median. */
function spread(rs, k) {
  const v = rs.map((r) => r[k]);
  return `${Math.min(...v).toFixed(2)}–${Math.max(...v).toFixed(2)} s`;
}

// Goals 2 (the CLI part) and 3 run the CLI under GNU time in bash; without them they are skipped.
const canTime = existsSync("/usr/bin/time") && spawnSync("bash", ["-c", "true"]).status === 0;
const grid = (n) => ["--vary", "peakIngress=3MiB/s..300MiB/s:1000", "--vary", `partitions=30..3000:${n}`];
let sink = 0;
if (!canTime) {
  const skipped = "needs bash and /usr/bin/time (GNU time) to measure the CLI";
  goal("2. CLI sweep to CSV ÷ evaluate(), same grid, 1M (1 thread)", null, ">=", 0.8, { skipped });
  goal("3. 1M sweep --workers 2 ÷ 1 thread (wall)", null, ">=", 1.6, { skipped });
  goal("3. peak RSS ÷ 250 MB", null, "<=", 1, { skipped });
} else {
  // ── goal 2: the CLI sweep to CSV against evaluate() on the same grid ──
  // evaluate() on 6,000 scenarios of that grid, each parsed to a workload beforehand (the labels the sweep writes).
  const axes = prepareSweep({ input, vary: grid(300).filter((_, i) => i % 2), catalog, format: "csv" }).axes;
  const r = prng(5);
  const sampled = Array.from({ length: 6000 }, () => {
    const peak = axes[0].labels[Math.floor(r() * axes[0].labels.length)];
    const partitions = axes[1].labels[Math.floor(r() * axes[1].labels.length)];
    return parseWorkload({ ...input, streams: [{ ...input.streams[0], peakIngress: peak, partitions }] });
  });
  const planner = preparePlanner({ catalog, region: "us-east-1" });
  /** Per CPU second (the CLI runs below are measured in CPU seconds too). */
  const rate = cpuRate;
  const evalRate = rate((i) => {
    sink += planner.evaluate(sampled[i]).length;
  }, sampled.length);
  // The 300k sweep, and the one-thread and two-worker 1M sweeps of goal 3 (below), run here in
  // interleaved rounds; each figure is the median of its runs. One run each is not enough: on an
  // idle 2-core VM the one-thread 1M sweep takes either about 1.0 s or about 1.6 s of CPU from run to
  // run (builds from before and after this session alike), which alone flips both goals. That
  // spread is the machine's, not the JIT's: it stays with `node --predictable` (compiling and
  // collecting on the main thread alone, so no compiler thread's timing changes what runs), and a
  // fixed memory-bound loop run between those sweeps varied by about a fifth as well. So the rounds alternate their order (one, 1M×1, 1M×2,
  // then the reverse): a drift in the machine's speed during a round falls on both sides of goal 3,
  // and the detail prints the median of the rounds' own ratios beside the ratio of the medians.
  const runs = { one: [], m1: [], m2: [] };
  const commands = {
    one: ["sweep", smallPath, ...grid(300), "--csv"],
    m1: ["sweep", smallPath, ...grid(1000), "--csv", "--workers", "1"],
    m2: ["sweep", smallPath, ...grid(1000), "--csv", "--workers", "2"],
  };
  for (let round = 0; round < CLI_ROUNDS; round++) {
    const order = round % 2 ? ["m2", "m1", "one"] : ["one", "m1", "m2"];
    for (const k of order) runs[k].push(cliRun(commands[k]));
  }
  const [one, m1, m2] = [medianRun(runs.one), medianRun(runs.m1), medianRun(runs.m2)];
  const rate300k = 300_000 / one.cpu;
  const cliRate = 1_000_000 / m1.cpu;
  const rowRate = 700_000 / (m1.cpu - one.cpu);
  report("CLI sweep --csv, 300k scenarios, 1 thread (CPU)", rate300k, "scen/s", "evaluate", evalRate);
  report("CLI sweep --csv, 1M scenarios, 1 thread (CPU)", cliRate, "scen/s", "evaluate", evalRate);
  report("CLI sweep --csv, rows 300k..1M (CPU difference)", rowRate, "scen/s", "evaluate", evalRate);
  goal("2. CLI sweep to CSV ÷ evaluate(), same grid, 1M (1 thread)", cliRate / evalRate, ">=", 0.8, {
    detail: `${m1.cpu.toFixed(2)} s CPU incl. start-up (medians of ${CLI_ROUNDS}; ${spread(runs.m1, "cpu")}); 300k: ${(rate300k / evalRate).toFixed(2)}× (${one.cpu.toFixed(2)} s); rows beyond 300k: ${(rowRate / evalRate).toFixed(2)}×`,
  });

  // ── goal 3: 1,000,000 scenarios on two workers against one thread ──
  const cores = availableParallelism();
  goal(`3. 1M sweep --workers 2 ÷ 1 thread (wall; ${cores} cores)`, m1.wall / m2.wall, ">=", 1.6, {
    detail: `${m1.wall.toFixed(2)} s → ${m2.wall.toFixed(2)} s (medians of ${CLI_ROUNDS}; one thread ${spread(runs.m1, "wall")}, two ${spread(runs.m2, "wall")}); per round ${pairedRatio(runs.m1, runs.m2, "wall").toFixed(2)}× (median); CPU ${m1.cpu.toFixed(2)} s → ${m2.cpu.toFixed(2)} s; output ${m1.sha === m2.sha ? "byte-identical" : "DIFFERS"}`,
  });
  if (m1.sha !== m2.sha) throw new Error("the sweep's output differs between one thread and two workers");
  // Peak RSS: the MSK options over 1M scenarios; all nine options over 200k (memory is bounded per
  // chunk in flight, not per scenario, so the grid size does not change it).
  const a2 = cliRun([
    "sweep",
    smallPath,
    ...grid(200),
    "--csv",
    "--workers",
    "2",
    "--options",
    ALL.join(","),
  ]);
  const rss = Math.max(m1.rssMiB, m2.rssMiB, a2.rssMiB);
  goal("3. peak RSS ÷ 250 MB (sweeps above; nine options on 2 workers)", (rss * 2 ** 20) / 250e6, "<=", 1, {
    detail: `MSK 1 thread ${m1.rssMiB.toFixed(0)} MiB, 2 workers ${m2.rssMiB.toFixed(0)} MiB; nine options ${a2.rssMiB.toFixed(0)} MiB`,
  });
}

// ── goal 5: nine options against the four MSK options, in-process, same grid ──
const sweepRate = (options) => {
  const s = prepareSweep({ input, vary: grid(20).filter((_, i) => i % 2), catalog, format: "csv", options });
  s.chunkBytes(0, 4096);
  const t0 = cpuMs();
  let n = 0;
  while (cpuMs() - t0 < 2000 && n < s.total) {
    sink += s.chunkBytes(n, Math.min(s.total, n + 2048)).length;
    n = Math.min(s.total, n + 2048);
  }
  return (n / (cpuMs() - t0)) * 1000;
};
const mskRate = sweepRate(MSK);
const allRate = sweepRate(ALL);
report("sweep, all nine options", allRate, "scen/s", "4 MSK options", mskRate);
goal("5. sweep over all nine options ÷ the four MSK options", allRate / mskRate, ">=", 1 / 3);

// ── goal 6: Monte Carlo against a floor that draws and plans ──
const LN = { p50: 20, p95: 120 }; // peakIngress, MiB/s
const TRI = { min: 10, mode: 30, max: 3000 }; // partitions
const { input: mcInput, distributions } = extractDistributions({
  ...input,
  streams: [
    {
      ...input.streams[0],
      peakIngress: { dist: "lognormal", p50: `${LN.p50} MiB/s`, p95: `${LN.p95} MiB/s`, min: "1 MiB/s" },
      partitions: { dist: "triangular", ...TRI },
    },
  ],
});
const S = 20_000;
await runMonteCarlo({ input: mcInput, distributions, seed: 1, catalog }, 2000);
let t = cpuMs();
await runMonteCarlo({ input: mcInput, distributions, seed: 1, catalog }, S);
const mcMs = cpuMs() - t;
// Floor: per sample two uniforms, the lognormal's inverse CDF (a rational approximation of the
// normal quantile, as the sampler computes one) and the triangular's, written into a floor slot,
// then the closed-form planning of the four MSK options (bench/floor.mjs), and a running sum.
const F = makeFloor(catalog, 1);
F.set(0, parseWorkload(input));
const mu = Math.log(LN.p50 * 2 ** 20);
const sigma = (Math.log(LN.p95) - Math.log(LN.p50)) / 1.6448536269514722;
function normalQuantile(p) {
  // Acklam's central-region rational approximation (the tails cost the same).
  const q = p - 0.5;
  const r2 = q * q;
  return (
    ((((((-39.69683028665376 * r2 + 220.9460984245205) * r2 - 275.9285104469687) * r2 + 138.357751867269) *
      r2 -
      30.66479806614716) *
      r2 +
      2.506628277459239) *
      q) /
    (((((-54.47609879822406 * r2 + 161.5858368580409) * r2 - 155.6989798598866) * r2 + 66.80131188771972) *
      r2 -
      13.28068155288572) *
      r2 +
      1)
  );
}
const draw = prng(1);
const w = TRI.max - TRI.min;
const fc = (TRI.mode - TRI.min) / w;
const baseIn = F.W.in[0];
const baseOut = F.W.out[0] / F.W.peakIn[0];
let acc = 0;
t = cpuMs();
for (let i = 0; i < S; i++) {
  const peak = Math.max(2 ** 20, Math.exp(mu + sigma * normalQuantile(0.01 + 0.98 * draw())));
  const u = draw();
  const parts = Math.round(
    u < fc
      ? TRI.min + Math.sqrt(u * w * (TRI.mode - TRI.min))
      : TRI.max - Math.sqrt((1 - u) * w * (TRI.max - TRI.mode)),
  );
  F.W.peakIn[0] = Math.max(peak, baseIn);
  F.W.peakOut[0] = F.W.peakIn[0] * baseOut;
  F.W.parts[0] = parts;
  acc += F.floor(0);
}
const mcFloorMs = cpuMs() - t;
if (!(acc > 0) || !(sink > 0)) throw new Error("benchmark produced nothing");
report(
  "Monte Carlo samples/s, 1 thread (draw + plan)",
  (S / mcMs) * 1000,
  "samples/s",
  "draw + closed-form plan",
  (S / mcFloorMs) * 1000,
);
