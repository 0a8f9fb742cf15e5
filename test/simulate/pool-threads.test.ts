// The chunk runner computes on this thread and `workers − 1` worker threads
// (src/plan/simulate/pool.ts): rows are written in scenario order whatever thread computed them,
// and a failing scenario fails every thread count alike — the same rows written before it, the
// same error — because a chunk's error is thrown only when that chunk's turn to be written comes.
// Worker threads run the built bundle: `npm run build` first.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runSweep } from "../../src/plan/simulate/run.js";
import type { SweepInit } from "../../src/plan/simulate/sweep.js";
import { ALTERNATIVE_OPTIONS, MSK_OPTIONS } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";

const catalog = bundledCatalog();
const small = parse(readFileSync("fixtures/workloads/small.yaml", "utf8"));

async function sweepOut(init: SweepInit, workers: number, chunkSize: number) {
  let text = "";
  let error: string | undefined;
  try {
    await runSweep(
      init,
      (t) => {
        text += t;
      },
      { workers, chunkSize },
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
});
