/**
 * Ordered chunk runner: splits [0, total) into chunks, computes them on `threads` threads — this
 * one and `threads − 1` worker threads — and hands results to `consume` strictly in index order,
 * so the output is byte-identical whatever the thread count.
 *
 * Why this thread computes too (issue #14, two threads ≥ 1.6× one): a worker thread needs about
 * a tenth of a second to start (load its bundle, prepare its planner) and its own JIT warm-up,
 * while this thread has its sweep prepared and warm already. So this thread computes whenever it
 * has nothing to write, from the first chunk on: the workers' start-up hides behind its work, and
 * `--workers 2` on two cores is two computing threads, not two workers and an idle writer. A
 * caller that knows it will run several threads before it has read its input starts them first
 * ({@link startWorkers}): the runtime and the bundle then load while it reads and prepares, and
 * only the job is sent once known.
 *
 * Every thread claims its next chunk from one counter shared by all (a SharedArrayBuffer,
 * Atomics.compareExchange: ./thread-protocol.ts claimChunk): no thread is handed chunks or waits
 * for a request's round trip. Handing a worker
 * two chunks at a time left it idle about a quarter of the run, because this thread, computing,
 * read its results and sent it more only between its own chunks. No thread claims a chunk more
 * than a window ahead of the next one written ({@link WINDOW_PER_THREAD}), so memory stays flat
 * however large the run. A sweep's threads write each chunk's rows into that chunk's slot of
 * memory they share, written from there (RunChunksOptions.slotBytes), not into a new buffer each.
 */
import { InputError, RuntimeError } from "../../model/errors.js";
import { type StartedWorkers, startWorkers } from "./start-workers.js";
import { type ChunkResult, chunkRunner, type TaskInit } from "./tasks.js";
import {
  type ChunkReply,
  COUNTERS,
  claimChunk,
  type JobMessage,
  NEXT,
  type SerializedError,
  WRITTEN,
} from "./thread-protocol.js";

export { type StartedWorkers, startWorkers, stopWorkers } from "./start-workers.js";

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
  /**
   * A sweep's: the most bytes one chunk's result can take. With worker threads, every thread then
   * writes each chunk into its slot of memory they share (this one through {@link localInto}), and
   * `consume` gets a view of that slot, valid only until it returns or its promise resolves (the
   * slot is reused after): no buffer allocated, copied, transferred and collected per chunk. In a
   * 1,000,000-scenario sweep on two threads, the worker's garbage collection and buffer copies
   * were about a sixth of its CPU (issue #14 goal 3).
   */
  slotBytes?: number;
  /** A sweep's: this thread's chunk written into `out` (a slot), its byte count (./sweep.ts chunkInto). */
  localInto?: (start: number, end: number, out: Uint8Array) => number;
  /** The bundled worker entry; default: found next to the bundle (dist/sweep-worker.cjs). */
  workerUrl?: URL;
  /**
   * Worker threads {@link startWorkers} started already (sent the task here, used first, and
   * terminated when this ends, used or not).
   */
  started?: StartedWorkers;
}

/**
 * Chunks claimed but not yet written, at most, per computing thread: about 4 MB of rows per thread
 * for the four MSK options. Enough that this thread, computing chunks a worker's cold start leaves
 * to it, rarely waits for a worker's first (still unoptimised, tens of milliseconds) chunks.
 */
const WINDOW_PER_THREAD = 16;

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
  if (workers.length < n) workers.push(...startWorkers(n - workers.length, o.workerUrl).threads);
  const window = WINDOW_PER_THREAD * (n + 1);
  const counters = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * COUNTERS));
  const slotBytes = o.slotBytes;
  // Pages are only touched as rows are written: memory in use is what the chunks in flight take.
  const slots = slotBytes ? new Uint8Array(new SharedArrayBuffer(window * slotBytes)) : undefined;
  /** The first `bytes` of chunk `id`'s slot. */
  const slot = (id: number, bytes: number) => {
    const at = (id % window) * (slotBytes as number);
    return (slots as Uint8Array).subarray(at, at + bytes);
  };
  const job: JobMessage = {
    task: o.task,
    counters,
    chunks,
    chunkSize,
    total,
    window,
    ...(slots ? { slots, slotBytes } : {}),
  };
  for (const w of workers) w.postMessage(job);
  const done = new Map<number, ChunkResult | ChunkFailure>();
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
  for (const w of workers) {
    w.on("message", (m: ChunkReply) => {
      if (m.id < 0) {
        // The worker could not prepare the task (this thread did: not expected, but not hidden).
        fail(asError((m as { error: SerializedError }).error));
        return;
      }
      // A view of its slot: no other chunk uses the slot until this one is written (claimChunk's window).
      if ("bytes" in m) done.set(m.id, slot(m.id, m.bytes));
      else done.set(m.id, "error" in m ? new ChunkFailure(asError(m.error)) : m.result);
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
        Atomics.store(counters, WRITTEN, written);
        Atomics.notify(counters, WRITTEN);
        o.onProgress?.(b, total);
      } else {
        // Nothing to write yet: claim the next chunk and compute it here, then let the workers' results in.
        const c = claimChunk(counters, chunks, window);
        // None left, or a window ahead: wait for the results.
        if (c < 0) {
          await new Promise<void>((resolve) => (wake = resolve));
          continue;
        }
        const [a, b] = range(c);
        try {
          const into = slots ? o.localInto : undefined;
          done.set(c, into ? slot(c, into(a, b, slot(c, slotBytes as number))) : run(a, b));
        } catch (e) {
          done.set(c, new ChunkFailure(e));
        }
        await turn();
      }
    }
  } catch (e) {
    failure ??= e;
  } finally {
    // Workers still computing or waiting are not waited for.
    Atomics.store(counters, NEXT, chunks);
    await Promise.all(workers.map((w) => w.terminate()));
  }
  if (failure !== undefined) throw failure;
}
