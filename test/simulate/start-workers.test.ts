// Starting a run's worker threads (src/plan/simulate/start-workers.ts) and what the threads send
// each other (thread-protocol.ts): which command lines start threads early and how many, where the
// worker bundle is found, a failing thread's first error kept, every thread stopped; an error
// serialised with its exit code. Worker threads run the built bundle: `npm run build` first.
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import type { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { InputError, PriceUnavailableError, RuntimeError } from "../../src/model/errors.js";
import {
  defaultWorkerUrl,
  type StartedWorkers,
  startSweepWorkers,
  startWorkers,
  stopWorkers,
} from "../../src/plan/simulate/start-workers.js";
import {
  AHEAD,
  COUNTERS,
  claimChunk,
  NEXT,
  NONE_LEFT,
  serializeError,
  WRITTEN,
} from "../../src/plan/simulate/thread-protocol.js";

const exited = (w: Worker) => new Promise<number>((resolve) => w.once("exit", resolve));

/** Threads started by `f`, stopped again (and seen to exit) before the test ends. */
async function started(s: StartedWorkers | undefined): Promise<number | undefined> {
  if (!s) return undefined;
  const exits = s.threads.map(exited);
  await stopWorkers(s);
  await Promise.all(exits);
  return s.threads.length;
}

describe("startSweepWorkers: the CLI's --workers N, started before the command's code loads", () => {
  const cores = availableParallelism();

  it("N − 1 threads for a streamed sweep (--csv or --json) with N from 2 to the machine's cores", async () => {
    expect(await started(startSweepWorkers({ workers: 2, csv: true }))).toBe(1);
    expect(await started(startSweepWorkers({ workers: "2", json: true }))).toBe(1);
    expect(await started(startSweepWorkers({ workers: cores, csv: true }))).toBe(cores - 1);
  });

  it("none for a table, one thread, a fraction, more than the cores, or no --workers", async () => {
    expect(startSweepWorkers({ workers: 2 })).toBeUndefined();
    expect(startSweepWorkers({ workers: 2, csv: false, json: false })).toBeUndefined();
    expect(startSweepWorkers({ workers: 1, csv: true })).toBeUndefined();
    expect(startSweepWorkers({ workers: 2.5, json: true })).toBeUndefined();
    expect(startSweepWorkers({ workers: cores + 1, csv: true })).toBeUndefined();
    expect(startSweepWorkers({ csv: true })).toBeUndefined();
  });
});

describe("startWorkers and stopWorkers", () => {
  it("the worker bundle is dist/sweep-worker.cjs when running from source", () => {
    const u = defaultWorkerUrl();
    expect(fileURLToPath(u)).toBe(fileURLToPath(new URL("../../dist/sweep-worker.cjs", import.meta.url)));
  });

  it("n threads; the first error a thread raises is kept; stopWorkers ends every thread, and none", async () => {
    // Each thread fails with its own thread id: the failure kept is the first error raised.
    const bad = new URL(
      `data:text/javascript,${encodeURIComponent('import { threadId } from "node:worker_threads"; throw new Error("thread " + threadId);')}`,
    );
    const s = startWorkers(2, bad);
    expect(s.threads).toHaveLength(2);
    expect(s.failure).toBeUndefined();
    const raised: string[] = [];
    for (const w of s.threads) w.on("error", (e) => raised.push(e.message));
    await Promise.all(s.threads.map(exited));
    expect(raised).toHaveLength(2);
    expect(new Set(raised).size).toBe(2);
    expect((s.failure as Error).message).toBe(raised[0]);

    const live = startWorkers(2);
    expect(await started(live)).toBe(2);
    await expect(stopWorkers(undefined)).resolves.toBeUndefined();
  });
});

describe("serializeError: what a worker thread posts for an error", () => {
  it("the library's errors keep their exit code and problem code; anything else exits 1", () => {
    expect(serializeError(new InputError("--vary x", "bad"))).toEqual({
      message: "--vary x: bad",
      exitCode: 2,
      code: "invalid_input",
    });
    expect(serializeError(new PriceUnavailableError("region", "no price"))).toEqual({
      message: "region: no price",
      exitCode: 2,
      code: "price_unavailable",
    });
    expect(serializeError(new RuntimeError("disk"))).toMatchObject({ message: "disk", exitCode: 1 });
    expect(serializeError(new TypeError("x is undefined"))).toEqual({
      message: "x is undefined",
      exitCode: 1,
    });
    expect(serializeError("a string")).toEqual({ message: "a string", exitCode: 1 });
    expect(serializeError(42)).toEqual({ message: "42", exitCode: 1 });
  });
});

describe("claimChunk: the next chunk, never a window or more ahead of the next one written", () => {
  it("claims 0, 1, 2 in turn; with 2 written and a window of 3, up to chunk 4; none past the last", () => {
    const counters = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * COUNTERS));
    // 6 chunks, a window of 3: chunks 0, 1, 2 are claimable before any is written.
    expect([0, 1, 2, 3].map(() => claimChunk(counters, 6, 3))).toEqual([0, 1, 2, AHEAD]);
    expect(Atomics.load(counters, NEXT)).toBe(3); // a refused claim takes nothing
    // Two written: chunks up to 2 + 3 − 1 = 4 are claimable.
    Atomics.store(counters, WRITTEN, 2);
    expect([0, 1, 2].map(() => claimChunk(counters, 6, 3))).toEqual([3, 4, AHEAD]);
    // All written: the last chunk, then none left (however far the window).
    Atomics.store(counters, WRITTEN, 5);
    expect([0, 1].map(() => claimChunk(counters, 6, 3))).toEqual([5, NONE_LEFT]);
    expect(Atomics.load(counters, NEXT)).toBe(6);
  });
});
