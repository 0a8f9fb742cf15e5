// Sensitivity and huge workloads (issue #14 goal 5).
// - Linearity: `sensitivity` moves every field of every stream, so its work is (streams × fields)
//   scenarios; linear means its CPU per stream stays flat as streams grow. Measured on the CLI as
//   `sensitivity FILE --json` minus `plan FILE --json` (the floor: same start-up, YAML and one plan),
//   per stream, at 1,000 vs 100 streams. Goal ≤ 1.5, not 1.0: the varied stream's demand is resumed
//   from the sums before it and the running sums its change moves add the later streams' terms again
//   (needed for byte-identical sums), a small n² term; the whole-workload rebuild it replaced measured
//   about 10× here. The issue's
//   absolute target, 1,000 streams under 2 s, is shown as detail (the whole CLI run's CPU).
// - A 10,000-stream workload planned in under 1 s (JSON and YAML): `plan FILE --json` as a whole
//   process (start-up included), CPU seconds, medians of 3, one goal per format; the `yaml`
//   library's parse of the same text is printed for context (plain block YAML is read without it,
//   src/cli/plain-yaml.ts). The goal is an absolute second, as the issue states it, measured in CPU
//   time so other jobs on the machine do not count.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseDocument, stringify } from "yaml";
import { goal } from "./lib.mjs";

const dir = mkdtempSync(join(tmpdir(), "msk-bench-sensitivity-"));
const cli = new URL("../dist/cli.js", import.meta.url).pathname;
const hook = new URL("./cpu-at-exit.cjs", import.meta.url).pathname;

/** A deterministic n-stream workload, streams in every form the schema takes. */
function workload(n) {
  const streams = [];
  for (let i = 0; i < n; i++) {
    const s = { name: `s${i}`, description: `stream ${i}` };
    if (i % 5 === 1)
      Object.assign(s, {
        messagesPerSec: 1000 + ((i * 37) % 5000),
        messageSize: `${1 + (i % 4)} KiB`,
        compressionRatio: 1 + (i % 3),
      });
    else {
      s.ingress = `${(0.05 + ((i * 13) % 97) / 100).toFixed(2)} MiB/s`;
      if (i % 3 === 0) s.peakIngress = `${(0.2 + ((i * 13) % 97) / 40).toFixed(2)} MiB/s`;
    }
    if (i % 4 === 0) s.egress = `${(0.1 + ((i * 7) % 50) / 50).toFixed(2)} MiB/s`;
    if (i % 6 === 2) s.consumerGroups = 1 + (i % 4);
    s.partitions = 3 + (i % 12);
    if (i % 7 === 0) s.replicationFactor = 2;
    s.retention = `${1 + (i % 7)}d`;
    if (i % 9 === 0) Object.assign(s, { retention: "10d", localRetention: "1d" });
    streams.push(s);
  }
  return { region: "us-east-1", azs: 3, clientConnections: 2000, streams };
}

const cpuMs = (fn) => {
  const s = process.cpuUsage();
  fn();
  const u = process.cpuUsage(s);
  return (u.user + u.system) / 1000;
};
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** CPU ms of `msk-planner ...args` as a whole process, and its stderr. */
function childCpuMs(args) {
  const f = join(dir, `cpu-${Math.random().toString(16).slice(2)}.txt`);
  const r = spawnSync(process.execPath, ["--require", hook, cli, ...args], {
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, BENCH_CPU_FILE: f },
  });
  return { ms: Number(readFileSync(f, "utf8").trim()), status: r.status, stderr: String(r.stderr).trim() };
}
const files = {};
for (const n of [100, 1000]) {
  files[n] = join(dir, `w${n}.yaml`);
  writeFileSync(files[n], stringify(workload(n)));
}
// Sensitivity's own CPU: the run minus `plan` of the same file (start-up, YAML, one plan), so the
// fixed costs do not flatter the small workload. Interleaved round by round; medians of 3.
const runs = { 100: [], 1000: [] };
let cli1000 = [];
for (let i = 0; i < 3; i++)
  for (const n of [100, 1000]) {
    const sens = childCpuMs(["sensitivity", files[n], "--json"]);
    const floor = childCpuMs(["plan", files[n], "--json"]);
    if (sens.status !== 0 || floor.status !== 0) throw new Error(`${sens.stderr} ${floor.stderr}`);
    runs[n].push((sens.ms - floor.ms) / n);
    if (n === 1000) cli1000.push(sens.ms);
  }
const [p100, p1000] = [med(runs[100]), med(runs[1000])];
cli1000 = med(cli1000);
goal("sensitivity: CPU per stream, 1,000 vs 100 streams (linear ≈ 1)", p1000 / p100, "<=", 1.5, {
  detail: `${(p100 * 1000).toFixed(0)} µs vs ${(p1000 * 1000).toFixed(0)} µs per stream; CLI on 1,000 streams ${(cli1000 / 1000).toFixed(2)} s CPU (issue: < 2 s, ${cli1000 < 2000 ? "met" : "not met"})`,
});

// 10,000 streams, JSON and YAML: the whole `plan` process.
const huge = workload(10_000);
const hugeFiles = { JSON: join(dir, "w10000.json"), YAML: join(dir, "w10000.yaml") };
writeFileSync(hugeFiles.JSON, JSON.stringify(huge));
const yamlText = stringify(huge);
writeFileSync(hugeFiles.YAML, yamlText);
const yamlLibMs = med(
  [0, 1, 2].map(() =>
    cpuMs(() => parseDocument(yamlText, { logLevel: "silent" }).toJS({ maxAliasCount: 100 })),
  ),
);
for (const [format, file] of Object.entries(hugeFiles)) {
  const runs = [0, 1, 2].map(() => childCpuMs(["plan", file, "--json"]));
  const failed = runs.find((r) => r.status !== 0);
  if (failed) throw new Error(`plan of the 10,000-stream ${format} file failed: ${failed.stderr}`);
  goal(
    `plan of a 10,000-stream workload (${format}) < 1 s CPU, whole process`,
    med(runs.map((r) => r.ms)) / 1000,
    "<=",
    1,
    {
      detail:
        format === "YAML"
          ? `(the yaml library alone parses that file in ${yamlLibMs.toFixed(0)} ms CPU)`
          : "",
    },
  );
}
rmSync(dir, { recursive: true, force: true });
