// Benchmark helpers. Every figure is reported as a ratio to a floor measured in the same run,
// because these machines are noisy: absolute times are printed for context only.
import { spawnSync } from "node:child_process";
import { appendFileSync } from "node:fs";

/** Median wall time (ms) of running fn, after warm-up. */
export function timeMs(fn, { runs = 7, warmup = 2 } = {}) {
  for (let i = 0; i < warmup; i++) fn();
  const t = [];
  for (let i = 0; i < runs; i++) {
    const s = process.hrtime.bigint();
    fn();
    t.push(Number(process.hrtime.bigint() - s) / 1e6);
  }
  t.sort((a, b) => a - b);
  return t[Math.floor(t.length / 2)];
}

/** Median wall time (ms) of a child process. */
export function processMs(cmd, args, { runs = 9, warmup = 2, env } = {}) {
  return timeMs(
    () => {
      const r = spawnSync(cmd, args, { stdio: "ignore", env: env ?? process.env });
      if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} exited ${r.status}`);
    },
    { runs, warmup },
  );
}

/** CPU milliseconds (user + system) this process has used: robust where other jobs share the cores. */
export function cpuMs() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * Calls per CPU second of fn(i) for i over [0, n), cycling, for at least minMs of CPU after one
 * warm-up pass (CPU time, not wall time: the machine may be shared).
 */
export function cpuRate(fn, n, minMs = 1500) {
  for (let i = 0; i < n; i++) fn(i);
  let done = 0;
  const t0 = cpuMs();
  let t = t0;
  while (t - t0 < minMs) {
    for (let i = 0; i < n; i++) fn(i);
    done += n;
    t = cpuMs();
  }
  return (done / (t - t0)) * 1000;
}

export function report(name, value, unit, floorName, floorValue, extra = "") {
  const ratio = floorValue > 0 ? value / floorValue : Number.NaN;
  console.log(
    `${name.padEnd(48)} ${fmt(value)} ${unit.padEnd(10)} floor(${floorName}) ${fmt(floorValue)} ${unit.padEnd(10)} ratio ${ratio.toFixed(2)}×${extra ? `  ${extra}` : ""}`,
  );
}

function fmt(v) {
  return (v >= 100 ? v.toFixed(0) : v >= 1 ? v.toFixed(2) : v.toPrecision(3)).padStart(10);
}

/**
 * A goal of issue #14: prints the figure with PASS/FAIL and records it for run.mjs's summary.
 * `ratio` is the measured ratio to its floor (or anchor); `want` is ">=" or "<=" `target`.
 * A goal whose anchor could not be measured passes `ratio = null` and `skipped` (the reason).
 */
export function goal(name, ratio, want, target, { detail = "", skipped } = {}) {
  const status =
    skipped !== undefined
      ? "SKIP"
      : Number.isFinite(ratio) && (want === ">=" ? ratio >= target : ratio <= target)
        ? "PASS"
        : "FAIL";
  const shown =
    skipped !== undefined
      ? `skipped: ${skipped}`
      : `${ratio.toFixed(2)}× (goal ${want} ${Number(target.toFixed(2))}×)`;
  const line = `${status.padEnd(4)}  ${name.padEnd(60)} ${shown}${detail ? `  ${detail}` : ""}`;
  console.log(line);
  if (process.env.BENCH_GOALS_FILE) appendFileSync(process.env.BENCH_GOALS_FILE, `${line}\n`);
  return status;
}
