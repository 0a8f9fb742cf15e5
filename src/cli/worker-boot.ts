/**
 * The sweep and Monte Carlo worker thread's entry (dist/sweep-worker.cjs, started by
 * src/plan/simulate/start-workers.ts): loads the worker's code (src/plan/simulate/worker.ts,
 * bundled to dist/sweep-worker-code.cjs) with V8's code cache, as the CLI loads its fast-path
 * bundles (./fast-load.ts). A worker's start-up is paid per worker and per run, on top of what one
 * thread spends (issue #14 goal 3: two threads ≥ 1.6× one); compiling its bundle was about half
 * of loading it, and the functions a job runs were compiled again, lazily, in every worker. The
 * build (scripts/build.mjs) runs sweep jobs through a worker started here and keeps the code V8
 * compiled for them beside the bundle (`sweep-worker-code.cjs.cache`); a cache that does not fit
 * (another Node) is ignored by V8, so it costs a file read, never a wrong result.
 */
import { fileURLToPath } from "node:url";
import { type MessagePort, workerData } from "node:worker_threads";
import { compileCachedBundle, runBundle } from "./fast-load.js";

const bundle = fileURLToPath(new URL("./sweep-worker-code.cjs", import.meta.url));
const script = compileCachedBundle(bundle);
runBundle(script, bundle);

// Only the build passes this port: it asks, after its jobs ran here, for the code V8 compiled.
const port = (workerData as { codeCache?: MessagePort } | null)?.codeCache;
port?.once("message", () => {
  port.postMessage(script.createCachedData());
  port.close();
});
