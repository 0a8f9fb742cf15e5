/**
 * Ordered chunk runner: splits [0, total) into chunks, computes them on `threads` threads — this
 * one and `threads − 1` worker threads — and hands results to `consume` strictly in index order,
 * so the output is byte-identical whatever the thread count.
 *
 * Why this thread computes too (issue #14, two threads ≥ 1.6× one): a worker thread needs about
 * a tenth of a second to start (load its bundle, prepare its planner) and its own JIT warm-up,
 * while this thread has its sweep prepared and warm already. So this thread takes the next chunk
 * nobody holds whenever it has nothing to write, from the first chunk on: the workers' start-up
 * hides behind its work, and `--workers 2` on two cores is two computing threads, not two workers
 * and an idle writer. A caller that knows it will run several threads before it has read its input
 * starts them first ({@link startWorkers}): the runtime and the bundle then load while it reads
 * and prepares, and only the task is sent once known. A worker is sent chunks only once it reports ready, at most 2 in flight, and
 * no chunk is started more than a window ahead of the next one written, so memory stays flat
 * however large the run.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { InputError, RuntimeError } from "../../model/errors.js";
import { type ChunkResult, chunkRunner, type TaskInit } from "./tasks.js";
import type { ChunkReply, SerializedError, TaskMessage } from "./worker.js";

export interface RunChunksOptions {
  total: number;
  chunkSize: number;
  /** Computing threads: this one and `workers − 1` worker threads; ≤ 1 computes here alone. */
  workers: number;
  task: TaskInit;
  /** This thread's runner for `task` when the caller has prepared it already (else built here). */
  local?: (start: number, end: number) => ChunkResult;
  /** Receives each chunk's result in order; may return a promise (output back-pressure). */
  consume: (result: ChunkResult, start: number, end: number) => void | Promise<void>;
  onProgress?: (done: number, total: number) => void;
  /** The bundled worker entry; default: found next to the bundle (dist/sweep-worker.js). */
  workerUrl?: URL;
  /**
   * Worker threads {@link startWorkers} started already (sent the task here, used first, and
   * terminated when this ends, used or not).
   */
  started?: StartedWorkers;
}

/** Worker threads started before their task was known: their start-up overlaps the caller's own. */
export interface StartedWorkers {
  threads: Worker[];
  /** The first error a thread raised before {@link runChunks} took them over. */
  failure?: unknown;
}

/**
 * A bounded young generation per worker: its chunks are short-lived garbage, and the default (up
 * to 48 MB each) is what pushed two workers with every option past 250 MB of peak RSS; 6 MB kept
 * RSS low but made the worker scavenge about three times as often as the main thread (9 % of its
 * profile), so it lagged and the main thread waited for its chunks. 16 MB: nine options on two
 * workers stay near 130 MB (bench/simulate.bench.mjs goal 3).
 */
const RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 16 };

/**
 * Start `n` worker threads now, before the task is known (a command that reads and checks its
 * input first): loading the bundle and starting the runtime, most of a worker's start-up, then
 * happen while this thread prepares. Hand them to {@link runChunks}, or {@link stopWorkers}.
 */
export function startWorkers(n: number, url: URL = defaultWorkerUrl()): StartedWorkers {
  const s: StartedWorkers = { threads: [] };
  for (let i = 0; i < n; i++) {
    const w = new Worker(url, { workerData: null, resourceLimits: RESOURCE_LIMITS });
    w.on("error", (e) => {
      s.failure ??= e;
    });
    s.threads.push(w);
  }
  return s;
}

/** Terminate started worker threads (those runChunks did not end already). */
export async function stopWorkers(s: StartedWorkers | undefined): Promise<void> {
  if (s) await Promise.all(s.threads.map((w) => w.terminate()));
}

/** Where the bundled worker entry is: next to the running bundle, or dist/ when running from source. */
export function defaultWorkerUrl(): URL {
  const candidates = ["./sweep-worker.js", "../sweep-worker.js", "../../../dist/sweep-worker.js"].map(
    (p) => new URL(p, import.meta.url),
  );
  for (const u of candidates) if (existsSync(fileURLToPath(u))) return u;
  throw new RuntimeError("cannot find the worker bundle sweep-worker.js (run `npm run build`)");
}

function asError(e: SerializedError): Error {
  return e.exitCode === 2 ? new InputError("", e.message) : new RuntimeError(e.message);
}

/** Let the event loop run (a worker's message, a Ctrl-C handler, a progress redraw); a microtask await does not. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A chunk that failed: thrown when its turn to be written comes, so every thread count fails alike. */
class ChunkFailure {
  constructor(readonly error: unknown) {}
}

export async function runChunks(o: RunChunksOptions): Promise<void> {
  const { total, chunkSize } = o;
  const chunks = Math.ceil(total / chunkSize);
  const range = (c: number): [number, number] => [c * chunkSize, Math.min(total, (c + 1) * chunkSize)];
  const run = o.local ?? chunkRunner(o.task);
  const n = Math.min(o.workers - 1, chunks - 1);
  const started = o.started?.threads ?? [];
  // Started threads beyond those needed are not kept waiting.
  if (started.length > Math.max(n, 0))
    await Promise.all(started.slice(Math.max(n, 0)).map((w) => w.terminate()));
  if (o.started?.failure !== undefined) {
    await Promise.all(started.map((w) => w.terminate()));
    throw o.started.failure;
  }
  if (n <= 0) {
    for (let c = 0; c < chunks; c++) {
      const [a, b] = range(c);
      await o.consume(run(a, b), a, b);
      o.onProgress?.(b, total);
      // Once per chunk of thousands of scenarios: no measurable cost.
      if (c + 1 < chunks) await turn();
    }
    return;
  }
  const workers = started.slice(0, n);
  for (const w of workers) w.postMessage({ task: o.task } satisfies TaskMessage);
  if (workers.length < n) {
    const url = o.workerUrl ?? defaultWorkerUrl();
    while (workers.length < n)
      workers.push(new Worker(url, { workerData: o.task, resourceLimits: RESOURCE_LIMITS }));
  }
  // Chunks computed or in flight but not yet written: at most 4 per thread and one being written
  // (a few MB of rows), so a thread that lags for a moment (a worker's warm-up, a collection) does
  // not leave the other waiting to write its chunk.
  const window = 4 * (n + 1) + 1;
  const done = new Map<number, ChunkResult | ChunkFailure>();
  const inFlight = new Map<Worker, number>();
  let next = 0; // next chunk nobody holds
  let written = 0; // next chunk to consume
  let failure: unknown;
  let wake: (() => void) | undefined;
  const signal = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const fail = (e: unknown) => {
    failure ??= e;
    signal();
  };
  const dispatch = (w: Worker) => {
    while ((inFlight.get(w) ?? 0) < 2 && next < chunks && next - written < window) {
      const [a, b] = range(next);
      w.postMessage({ id: next, start: a, end: b });
      next++;
      inFlight.set(w, (inFlight.get(w) ?? 0) + 1);
    }
  };
  for (const w of workers) {
    w.on("message", (m: ChunkReply) => {
      if ("ready" in m) inFlight.set(w, 0);
      else if (m.id < 0) {
        // The worker could not prepare the task (this thread did: not expected, but not hidden).
        fail(asError((m as { error: SerializedError }).error));
        return;
      } else {
        done.set(m.id, "error" in m ? new ChunkFailure(asError(m.error)) : m.result);
        inFlight.set(w, (inFlight.get(w) as number) - 1);
      }
      dispatch(w);
      signal();
    });
    w.on("error", fail);
    w.on("exit", (code) => {
      if (code !== 0 && written < chunks) fail(new RuntimeError(`a worker thread exited with code ${code}`));
    });
  }
  try {
    while (written < chunks && failure === undefined) {
      if (done.has(written)) {
        const r = done.get(written) as ChunkResult | ChunkFailure;
        done.delete(written);
        if (r instanceof ChunkFailure) throw r.error;
        const [a, b] = range(written);
        await o.consume(r, a, b);
        written++;
        o.onProgress?.(b, total);
        for (const w of inFlight.keys()) dispatch(w);
      } else if (next < chunks && next - written < window) {
        // Nothing to write yet: compute the next chunk here, then let the workers' messages in.
        const c = next++;
        const [a, b] = range(c);
        try {
          done.set(c, run(a, b));
        } catch (e) {
          done.set(c, new ChunkFailure(e));
        }
        await turn();
      } else await new Promise<void>((resolve) => (wake = resolve));
    }
  } catch (e) {
    failure ??= e;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  if (failure !== undefined) throw failure;
}
