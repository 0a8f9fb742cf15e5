// Cold start (issue #14, goal 1): `msk-planner price FILE` ≤ 2× `node -e 0`, `plan FILE` ≤ 3×,
// `--help` ≤ 2×. Each command runs as a fresh process, interleaved round by round with
// `node -e 0` (the floor: Node's own start-up, which no CLI can beat), so load from other
// processes on a shared machine falls on the floor and the command alike; the figure is the
// ratio of medians. For context, the same ratio in CPU time (user + system of each process, from
// cpu-at-exit.cjs preloaded into the command and the floor alike), which waiting for the CPU on a
// loaded machine does not inflate.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { goal, report } from "./lib.mjs";

const node = process.execPath;
// No refreshed catalog in a cache folder: every command reads the bundled snapshot.
const env = { ...process.env, MSK_PLANNER_CACHE_DIR: "/nonexistent-msk-planner-bench-cache" };
const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const root = fileURLToPath(new URL("..", import.meta.url));

const cases = [
  { key: "floor", args: ["-e", "0"] },
  { key: "price", args: [cli, "price", "fixtures/clusters/standard.yaml"], goal: 2 },
  { key: "plan", args: [cli, "plan", "fixtures/workloads/typical.yaml"], goal: 3 },
  { key: "help", args: [cli, "--help"], goal: 2 },
];
const ROUNDS = Number(process.env.BENCH_STARTUP_ROUNDS ?? 25);
const WARMUP = 2;

function once(args) {
  const s = process.hrtime.bigint();
  const r = spawnSync(node, args, { cwd: root, env, stdio: "ignore" });
  const ms = Number(process.hrtime.bigint() - s) / 1e6;
  if (r.status !== 0) throw new Error(`node ${args.join(" ")} exited ${r.status}`);
  return ms;
}

const dir = mkdtempSync(join(tmpdir(), "msk-bench-startup-"));
const hook = fileURLToPath(new URL("./cpu-at-exit.cjs", import.meta.url));
let cpuRuns = 0;
/** CPU ms of one run (user + system, as the process itself measured it at exit). */
function cpuOnce(args) {
  const file = join(dir, `cpu-${cpuRuns++}.txt`);
  const r = spawnSync(node, ["--require", hook, ...args], {
    cwd: root,
    env: { ...env, BENCH_CPU_FILE: file },
    stdio: "ignore",
  });
  if (r.status !== 0) throw new Error(`node ${args.join(" ")} exited ${r.status}`);
  return Number(readFileSync(file, "utf8").trim());
}

const times = new Map(cases.map((c) => [c.key, []]));
const cpu = new Map(cases.map((c) => [c.key, []]));
for (let round = 0; round < WARMUP + ROUNDS; round++) {
  for (const c of cases) {
    const ms = once(c.args);
    if (round >= WARMUP) times.get(c.key).push(ms);
  }
}
for (let round = 0; round < Math.ceil(ROUNDS / 3); round++)
  for (const c of cases) cpu.get(c.key).push(cpuOnce(c.args));
rmSync(dir, { recursive: true, force: true });
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const floor = median(times.get("floor"));
const cpuFloor = median(cpu.get("floor"));
for (const c of cases) {
  if (c.key === "floor") continue;
  const ms = median(times.get(c.key));
  const cpuMs = median(cpu.get(c.key));
  const label = c.args.slice(1).join(" ");
  report(`cold start: ${label}`, ms, "ms", "node -e 0", floor);
  goal(`cold start: ${label} vs node -e 0`, ms / floor, "<=", c.goal, {
    detail: `(${ms.toFixed(0)} ms vs ${floor.toFixed(0)} ms, medians of ${ROUNDS} interleaved runs; CPU ${(cpuMs / cpuFloor).toFixed(2)}×: ${cpuMs.toFixed(0)} vs ${cpuFloor.toFixed(0)} ms)`,
  });
}
