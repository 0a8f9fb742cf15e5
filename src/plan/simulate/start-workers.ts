/**
 * Starting the worker threads of a sweep or Monte Carlo run (./pool.ts runs them). Apart from the
 * pool, which imports the planner, so the CLI can start them before it loads the command's code
 * (src/cli/main.ts): a worker's start-up — the runtime, then its bundle — then overlaps this
 * thread's own loading, reading and preparing.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { RuntimeError } from "../../model/errors.js";

/** Worker threads started before their task was known: their start-up overlaps the caller's own. */
export interface StartedWorkers {
  threads: Worker[];
  /** The first error a thread raised before the pool took them over. */
  failure?: unknown;
}

/**
 * A bounded young generation per worker: its chunks are short-lived garbage, and the default (up
 * to 48 MB each) is what pushed two workers with every option past 250 MB of peak RSS; 6 MB kept
 * RSS low but made the worker scavenge about three times as often as the main thread (9 % of its
 * profile), so it lagged and the main thread waited for its chunks. 16 MB: nine options on two
 * workers stay near 120 MB (bench/simulate.bench.mjs goal 3; 116 MB measured since every thread
 * writes its chunks into the sweep's slots of shared memory and they are written from there,
 * ./pool.ts; 123–125 MB when each chunk had a buffer of its own).
 */
export const RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 16 };

/**
 * Start `n` worker threads now, before the task is known (a command that reads and checks its
 * input first): loading the bundle and starting the runtime, most of a worker's start-up, then
 * happen while this thread prepares. Hand them to the pool (./pool.ts runChunks), or {@link stopWorkers}.
 */
export function startWorkers(n: number, url: URL = defaultWorkerUrl()): StartedWorkers {
  const s: StartedWorkers = { threads: [] };
  for (let i = 0; i < n; i++) {
    const w = new Worker(url, { resourceLimits: RESOURCE_LIMITS });
    w.on("error", (e) => {
      s.failure ??= e;
    });
    s.threads.push(w);
  }
  return s;
}

/** Terminate started worker threads (those the pool did not end already). */
export async function stopWorkers(s: StartedWorkers | undefined): Promise<void> {
  if (s) await Promise.all(s.threads.map((w) => w.terminate()));
}

/** Where the bundled worker entry is: next to the running bundle (or one folder up, from a chunk), or dist/ when running from source. */
export function defaultWorkerUrl(): URL {
  const candidates = ["./sweep-worker.cjs", "../sweep-worker.cjs", "../../../dist/sweep-worker.cjs"].map(
    (p) => new URL(p, import.meta.url),
  );
  for (const u of candidates) if (existsSync(fileURLToPath(u))) return u;
  throw new RuntimeError("cannot find the worker bundle sweep-worker.cjs (run `npm run build`)");
}

/**
 * The worker threads of a streamed sweep command line (`--csv` or `--json` with `--workers N`,
 * N from 2 to the machine's cores: N − 1 of them), started now; none otherwise, or when they
 * cannot start (the pool then starts them, and says why it cannot). The CLI calls this before it
 * loads the sweep's code (src/cli/main.ts), the sweep command otherwise.
 */
export function startSweepWorkers(argv: {
  workers?: unknown;
  csv?: unknown;
  json?: unknown;
}): StartedWorkers | undefined {
  const n = Number(argv.workers);
  if (!(argv.csv || argv.json) || !Number.isInteger(n) || n < 2 || n > availableParallelism())
    return undefined;
  try {
    return startWorkers(n - 1);
  } catch {
    return undefined;
  }
}
