// The chunk runner computes on this thread and `workers − 1` worker threads
// (src/plan/simulate/pool.ts): rows are written in scenario order whatever thread computed them,
// and a failing scenario fails every thread count alike — the same rows written before it, the
// same error — because a chunk's error is thrown only when that chunk's turn to be written comes.
// Worker threads run the built bundle: `npm run build` first.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { type StartedWorkers, startWorkers } from "../../src/plan/simulate/pool.js";
import { runSweep } from "../../src/plan/simulate/run.js";
import type { SweepInit } from "../../src/plan/simulate/sweep.js";
import { ALTERNATIVE_OPTIONS, MSK_OPTIONS } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";

const catalog = bundledCatalog();
const small = parse(readFileSync("fixtures/workloads/small.yaml", "utf8"));

async function sweepOut(init: SweepInit, workers: number, chunkSize: number, started?: StartedWorkers) {
  let text = "";
  let error: string | undefined;
  try {
    await runSweep(
      init,
      (t) => {
        text += t;
      },
      { workers, chunkSize, ...(started ? { started } : {}) },
    );
  } catch (e) {
    error = (e as Error).message;
  }
  return { text, error };
}

describe("sweeps on one, two and three threads", () => {
  it("write the same bytes, whatever the chunk size", async () => {
    const init: SweepInit = {
      input: small,
      vary: ["peakIngress=1MiB/s..4000MiB/s:30:log", "partitions=10..40000:20:log"],
      catalog,
      format: "csv",
      options: [...MSK_OPTIONS, ...ALTERNATIVE_OPTIONS],
    };
    const one = await sweepOut(init, 1, 2048);
    expect(one.error).toBeUndefined();
    expect(one.text.split("\n").length).toBe(30 * 20 + 2); // header, 600 rows, the last newline
    for (const [workers, chunkSize] of [
      [2, 7],
      [3, 7],
      [2, 64],
      [2, 600], // one chunk: computed here alone
    ] as const)
      expect(await sweepOut(init, workers, chunkSize), `${workers} threads, chunks of ${chunkSize}`).toEqual(
        one,
      );
  });

  it("fail at the same scenario with the same rows written before it", async () => {
    // small.yaml's average ingress is 1 MiB/s: the peaks below it (from the 33rd of 40 on) fail.
    const init: SweepInit = {
      input: small,
      vary: ["peakIngress=3MiB/s..0.5MiB/s:40", "partitions=30..3000:100"],
      catalog,
      format: "ndjson",
    };
    const one = await sweepOut(init, 1, 7);
    expect(one.error).toMatch(/peakIngress=0\.9\d* MiB\/s/);
    const rows = one.text.split("\n").length - 1;
    expect(rows).toBeGreaterThan(3000);
    expect(rows % 7).toBe(0); // whole chunks only: the failing chunk writes nothing
    for (const workers of [2, 3]) expect(await sweepOut(init, workers, 7), `${workers} threads`).toEqual(one);
  });

  it("with worker threads started before the task (the CLI's --workers), the same bytes; every thread ends", async () => {
    const init: SweepInit = {
      input: small,
      vary: ["peakIngress=1MiB/s..4000MiB/s:30:log", "partitions=10..40000:20:log"],
      catalog,
      format: "csv",
    };
    const one = await sweepOut(init, 1, 2048);
    const exits = (s: StartedWorkers) =>
      s.threads.map((w) => new Promise<number>((resolve) => w.once("exit", resolve)));
    // two started, two used (three threads); three started, one used (a grid of two chunks);
    // two started, none used (one chunk: computed here alone)
    for (const [started, workers, chunkSize] of [
      [2, 3, 7],
      [3, 3, 300],
      [2, 3, 600],
    ] as const) {
      const s = startWorkers(started);
      const ended = exits(s);
      expect(await sweepOut(init, workers, chunkSize, s), `${started} started, ${workers} threads`).toEqual(
        one,
      );
      await Promise.all(ended);
    }
  });

  it("started threads that fail before the task is handed over fail the run with their error", async () => {
    const bad = new URL(
      `data:text/javascript,${encodeURIComponent('throw new Error("broken worker bundle")')}`,
    );
    const s = startWorkers(2, bad);
    const ended = s.threads.map((w) => new Promise<void>((resolve) => w.once("exit", () => resolve())));
    await Promise.all(ended);
    const init: SweepInit = { input: small, vary: ["partitions=10..40000:50"], catalog, format: "csv" };
    const out = await sweepOut(init, 3, 7, s);
    expect(out.error).toMatch(/broken worker bundle/);
    expect(out.text.split("\n").filter(Boolean)).toHaveLength(1); // the header alone
  });
});
