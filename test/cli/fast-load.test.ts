// The fast path's bundles and the sweep's worker code load with V8's code cache
// (src/cli/fast-load.ts, src/cli/worker-boot.ts, written by scripts/build.mjs): the cache the build
// wrote is accepted by this Node (the worker's in a worker thread, where it is used), and a cache
// that does not fit (corrupt, another Node's) or none at all changes nothing but speed — output
// and exit code byte-identical.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Worker } from "node:worker_threads";
import { afterAll, describe, expect, it } from "vitest";
import { cachePath, compileBundle } from "../../src/cli/fast-load.js";
import { RESOURCE_LIMITS } from "../../src/plan/simulate/start-workers.js";
import { ROOT } from "../helpers/cli.js";

const DIST = resolve(ROOT, "dist");
const copy = mkdtempSync(join(tmpdir(), "msk-fast-load-"));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

const env = { ...process.env, NO_COLOR: "1", NODE_OPTIONS: "", MSK_PLANNER_CACHE_DIR: join(copy, "none") };
function run(dist: string, args: string[]) {
  const r = spawnSync(process.execPath, [join(dist, "cli.js"), ...args], {
    cwd: ROOT,
    env,
    encoding: "utf8",
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const COMMANDS = ["price", "plan", "sweep"];
/** The code caches the lines below use: the fast bundles' and the worker code's (dist-relative). */
const CACHES = [...COMMANDS.map((c) => `fast/${c}.cjs.cache`), "sweep-worker-code.cjs.cache"];

/** Whether V8 rejects `cache` for the worker's code, compiled in a worker thread as a run starts one. */
function rejectedInWorker(cache: Buffer): Promise<boolean> {
  const bundle = join(DIST, "sweep-worker-code.cjs");
  const code = `const { parentPort, workerData } = require("node:worker_threads");
const { Script } = require("node:vm");
const source = "(function (exports, require, module, __filename, __dirname) { " + require("node:fs").readFileSync(workerData.bundle, "utf8") + "\\n})";
parentPort.postMessage(new Script(source, { filename: workerData.bundle, cachedData: workerData.cache }).cachedDataRejected);`;
  const w = new Worker(code, { eval: true, resourceLimits: RESOURCE_LIMITS, workerData: { bundle, cache } });
  return new Promise<boolean>((ok, fail) => {
    w.once("message", (m: boolean) => {
      void w.terminate();
      ok(m);
    });
    w.once("error", fail);
  });
}
const LINES = [
  ["price", "fixtures/clusters/express.yaml"],
  ["plan", "fixtures/workloads/typical.yaml"],
  // 2,500 scenarios, two chunks: a worker thread is started and handed the job (its bundle beside the copy's).
  [
    "sweep",
    "fixtures/workloads/small.yaml",
    "--vary",
    "peakIngress=3MiB/s..300MiB/s:50",
    "--vary",
    "partitions=30..3000:50",
    "--csv",
    "--workers",
    "2",
  ],
];

describe("fast-path bundles and their code cache", () => {
  it("the build's caches are accepted by this Node, and a cache that does not fit is rejected", () => {
    for (const command of COMMANDS) {
      const bundle = join(DIST, "fast", `${command}.cjs`);
      const cache = readFileSync(cachePath(bundle));
      expect(compileBundle(bundle, cache).cachedDataRejected, command).toBe(false);
      expect(compileBundle(bundle, cache.subarray(0, 1000)).cachedDataRejected, command).toBe(true);
    }
  });

  it("the worker code's cache is accepted in a worker thread, and one that does not fit is rejected", async () => {
    const cache = readFileSync(cachePath(join(DIST, "sweep-worker-code.cjs")));
    expect(await rejectedInWorker(cache)).toBe(false);
    expect(await rejectedInWorker(cache.subarray(0, 1000))).toBe(true);
  });

  it("a corrupt cache, or none, gives the same output and exit code", () => {
    // The declarations are not run: not copied.
    cpSync(DIST, join(copy, "dist"), { recursive: true, filter: (f) => !f.startsWith(join(DIST, "types")) });
    const expected = LINES.map((l) => run(DIST, l));
    expect(expected.map((r) => r.code)).toEqual([0, 0, 0]);
    for (const cache of CACHES) writeFileSync(join(copy, "dist", cache), "not a code cache");
    expect(LINES.map((l) => run(join(copy, "dist"), l))).toEqual(expected);
    for (const cache of CACHES) rmSync(join(copy, "dist", cache));
    expect(LINES.map((l) => run(join(copy, "dist"), l))).toEqual(expected);
  });
});
