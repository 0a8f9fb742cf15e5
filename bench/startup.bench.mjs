// Cold start (issue #14, goal 1): `msk-planner price FILE` ≤ 2× `node -e 0`, `plan FILE` ≤ 3×,
// `--help` ≤ 2×. Each command runs as a fresh process, interleaved round by round with
// `node -e 0` (the floor: Node's own start-up, which no CLI can beat), so load from other
// processes on a shared machine falls on the floor and the command alike; the figure is the
// ratio of medians.
import { spawnSync } from "node:child_process";
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

const times = new Map(cases.map((c) => [c.key, []]));
for (let round = 0; round < WARMUP + ROUNDS; round++) {
  for (const c of cases) {
    const ms = once(c.args);
    if (round >= WARMUP) times.get(c.key).push(ms);
  }
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const floor = median(times.get("floor"));
for (const c of cases) {
  if (c.key === "floor") continue;
  const ms = median(times.get(c.key));
  const label = c.args.slice(1).join(" ");
  report(`cold start: ${label}`, ms, "ms", "node -e 0", floor);
  goal(`cold start: ${label} vs node -e 0`, ms / floor, "<=", c.goal, {
    detail: `(${ms.toFixed(0)} ms vs ${floor.toFixed(0)} ms, medians of ${ROUNDS} interleaved runs)`,
  });
}
