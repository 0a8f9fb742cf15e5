// The chunked runs' drivers called in-process (src/plan/simulate/run.ts, tasks.ts): the Monte Carlo
// run's input checks with their exact messages, each at and one past its bound; what a streamed
// sweep hands its writer (the header only when there is one, the rows in chunks of the size asked,
// the count returned) and to its worker threads (the task, the worker bundle, threads started
// early); a sweep collected as values; the chunk runner both threads share. The CLI tests check
// some of this through a child process, which a mutation run cannot see.
import { readFileSync } from "node:fs";
import { BroadcastChannel, receiveMessageOnPort } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { extractDistributions } from "../../src/model/distribution.js";
import { InputError } from "../../src/model/errors.js";
import { LIMITS } from "../../src/model/limits.js";
import { prepareMonteCarlo } from "../../src/plan/simulate/montecarlo.js";
import { type StartedWorkers, startWorkers } from "../../src/plan/simulate/pool.js";
import { collectSweep, runMonteCarlo, runSweep, runSweepBytes } from "../../src/plan/simulate/run.js";
import { compileSweep, prepareSweep, type SweepInit } from "../../src/plan/simulate/sweep.js";
import { chunkRunner, prepareChunkTask } from "../../src/plan/simulate/tasks.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";

const catalog = bundledCatalog();
const small = parse(readFileSync("fixtures/workloads/small.yaml", "utf8"));

/** small.yaml with its partitions drawn from 30..2,400: a Monte Carlo run on Serverless. */
function monteCarloInit(seed: number) {
  const { input, distributions } = extractDistributions({
    ...small,
    streams: [{ ...small.streams[0], partitions: { dist: "uniform", min: 30, max: 2400 } }],
  });
  return { input, distributions, seed, catalog, options: ["serverless" as const] };
}

/** A worker bundle that fails as it loads. */
const BROKEN = new URL(
  `data:text/javascript,${encodeURIComponent('throw new Error("broken worker bundle")')}`,
);

/**
 * A worker bundle that claims one chunk of the job it gets (the shared counter's next index), says
 * so on a broadcast channel, and fails instead of computing it: a run started with it can only fail
 * with its message. `firstProgress` (a run's onProgress) holds this thread, after its first chunk,
 * until the claim is made: so the worker takes part however fast this thread is. When the bundle
 * is not the one started, no claim comes (after 10 s `firstProgress` lets the run go on).
 */
function claimingWorker(name: string) {
  const code = `import { BroadcastChannel, parentPort } from "node:worker_threads";
parentPort.once("message", (job) => {
  Atomics.add(job.counters, 0, 1);
  const c = new BroadcastChannel(${JSON.stringify(name)});
  c.postMessage("claimed");
  c.close();
  parentPort.postMessage({ id: -1, error: { message: "the claiming worker failed", exitCode: 1 } });
});`;
  const channel = new BroadcastChannel(name);
  let waited = false;
  const firstProgress = () => {
    if (waited) return;
    waited = true;
    const nap = new Int32Array(new SharedArrayBuffer(4));
    for (let i = 0; i < 500 && !receiveMessageOnPort(channel as never); i++) Atomics.wait(nap, 0, 0, 20);
  };
  return {
    url: new URL(`data:text/javascript,${encodeURIComponent(code)}`),
    firstProgress,
    close: () => channel.close(),
  };
}

async function rejection(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error("expected the run to fail");
}

describe("runMonteCarlo: --samples and --seed", () => {
  it("samples: a whole number from 1 to the limit", async () => {
    for (const bad of [0, -5, 1.5, Number.NaN]) {
      const e = await rejection(runMonteCarlo(monteCarloInit(1), bad));
      expect(e).toBeInstanceOf(InputError);
      expect(e.message).toBe(`--samples: expected a whole number of samples ≥ 1, got ${bad}`);
    }
    expect((await runMonteCarlo(monteCarloInit(1), 1)).samples).toBe(1);
    const e = await rejection(runMonteCarlo(monteCarloInit(1), LIMITS.samples + 1));
    expect(e.message).toBe("--samples: samples 1,000,001 exceeds the limit of 1,000,000");
  });

  it("seed: a whole number from 0", async () => {
    for (const bad of [-1, 0.5]) {
      const e = await rejection(runMonteCarlo(monteCarloInit(bad), 2));
      expect(e).toBeInstanceOf(InputError);
      expect(e.message).toBe(`--seed: expected a whole number ≥ 0, got ${bad}`);
    }
    expect((await runMonteCarlo(monteCarloInit(0), 2)).seed).toBe(0);
  });

  it("progress after each chunk of the size asked; a worker bundle that fails fails the run", async () => {
    const seen: [number, number][] = [];
    await runMonteCarlo(monteCarloInit(2), 5, { chunkSize: 2, onProgress: (d, t) => seen.push([d, t]) });
    expect(seen).toEqual([
      [2, 5],
      [4, 5],
      [5, 5],
    ]);
    const claiming = claimingWorker("run-drivers-montecarlo");
    const e = await rejection(
      runMonteCarlo(monteCarloInit(2), 40, {
        workers: 2,
        chunkSize: 4,
        workerUrl: claiming.url,
        onProgress: claiming.firstProgress,
      }),
    );
    claiming.close();
    expect(e.message).toBe("the claiming worker failed");
  });
});

const SWEEP: SweepInit = { input: small, vary: ["partitions=30..90:7"], catalog, format: "ndjson" };

describe("runSweep / runSweepBytes: what the writer and the threads get", () => {
  it("NDJSON has no header: every write is rows; the count of scenarios is returned", async () => {
    const writes: string[] = [];
    const r = await runSweep(SWEEP, (t) => {
      writes.push(t);
    });
    expect(r).toEqual({ scenarios: 7 });
    expect(writes).toHaveLength(1); // one chunk of 2,048 scenarios at most
    expect(writes[0]?.split("\n")).toHaveLength(8); // 7 rows and the last newline
    expect(writes[0]?.startsWith('{"set":{"partitions":30}')).toBe(true);
  });

  it("CSV: the header first, then the rows in chunks of the size asked, with progress after each", async () => {
    const writes: string[] = [];
    const seen: number[] = [];
    const r = await runSweepBytes(
      { ...SWEEP, format: "csv" },
      (b) => {
        writes.push(Buffer.from(b).toString("utf8"));
      },
      { chunkSize: 3, onProgress: (d) => seen.push(d) },
    );
    expect(r).toEqual({ scenarios: 7 });
    expect(writes[0]).toMatch(/^partitions,recommended,/);
    expect(writes.slice(1).map((w) => w.split("\n").length - 1)).toEqual([3, 3, 1]);
    expect(seen).toEqual([3, 6, 7]);
  });

  it("a sweep prepared already is run as it is (the same bytes as from its init)", async () => {
    const fromInit: string[] = [];
    await runSweep(SWEEP, (t) => {
      fromInit.push(t);
    });
    const prepared: string[] = [];
    const r = await runSweep(prepareSweep(compileSweep(SWEEP)), (t) => {
      prepared.push(t);
    });
    expect(r).toEqual({ scenarios: 7 });
    expect(prepared).toEqual(fromInit);
  });

  it("with worker threads: the bundle given is the one started, and a failure of threads started early fails the run", async () => {
    const claiming = claimingWorker("run-drivers-sweep");
    const e = await rejection(
      runSweep({ ...SWEEP, vary: ["partitions=30..90:40"] }, () => {}, {
        workers: 2,
        chunkSize: 2,
        workerUrl: claiming.url,
        onProgress: claiming.firstProgress,
      }),
    );
    claiming.close();
    expect(e.message).toBe("the claiming worker failed");
    const early = startWorkers(1, BROKEN);
    await new Promise<void>((resolve) =>
      (early.threads[0] as NonNullable<(typeof early.threads)[0]>).once("exit", () => resolve()),
    );
    const e2 = await rejection(
      runSweep({ ...SWEEP, vary: ["partitions=30..90:40"] }, () => {}, {
        workers: 2,
        chunkSize: 2,
        started: early,
      }),
    );
    expect(e2.message).toMatch(/broken worker bundle/);
  });

  it("a worker thread gets the sweep's task: the rows it computes are the ones this thread would", async () => {
    // The first write waits for the worker's first message (a chunk it computed, or its failure to
    // prepare the task), so the worker takes part however fast this thread is.
    const init: SweepInit = { ...SWEEP, vary: ["partitions=30..90:40"], format: "csv" };
    const alone: string[] = [];
    await runSweep(init, (t) => {
      alone.push(t);
    });
    const started: StartedWorkers = startWorkers(1);
    const worker = started.threads[0] as NonNullable<(typeof started.threads)[0]>;
    const heard = new Promise<void>((resolve) => worker.once("message", () => resolve()));
    const both: string[] = [];
    await runSweep(
      init,
      async (t) => {
        both.push(t);
        if (both.length === 2) await heard;
      },
      { workers: 2, chunkSize: 2, started },
    );
    expect(both.join("")).toBe(alone.join(""));
  });
});

describe("collectSweep: a sweep as values", () => {
  it("the fields, the options, and per scenario the values set, the recommendation and each cost", () => {
    const r = collectSweep({
      input: small,
      vary: ["partitions=30,60", "retention=3d"],
      catalog,
      options: ["serverless", "standard"],
    });
    expect(r.fields).toEqual(["partitions", "retention"]);
    expect(r.options).toEqual(["serverless", "standard"]);
    expect(r.rows.map((x) => x.set)).toEqual([
      [30, "3d"],
      [60, "3d"],
    ]);
    // Each row as the sweep's own scenario() gives it.
    const s = prepareSweep(
      compileSweep({
        input: small,
        vary: ["partitions=30,60", "retention=3d"],
        catalog,
        format: "ndjson",
        options: ["serverless", "standard"],
      }),
    );
    for (const k of [0, 1]) {
      const sc = s.scenario(k);
      expect(r.rows[k]?.recommended).toBe(sc.recommended);
      expect(r.rows[k]?.monthlyUsd).toEqual(sc.options.map((o) => (o.feasible ? o.monthlyUsd : null)));
    }
    // Serverless on small.yaml: $1,086.09375 + $1.095 a partition (test/simulate/pinned.test.ts).
    expect(r.rows[0]?.monthlyUsd[0]).toBeCloseTo(1086.09375 + 1.095 * 30, 9);
    expect(r.rows[1]?.monthlyUsd[0]).toBeCloseTo(1086.09375 + 1.095 * 60, 9);
  });

  it(`at most ${LIMITS.reportSweepRows.toLocaleString("en-US")} scenarios, refused before any is planned`, () => {
    // 100,001 = 11 × 9,091 scenarios.
    let caught: unknown;
    try {
      collectSweep({ input: small, vary: ["partitions=1..11:11", "retention=1d..9091d:9091"], catalog });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as Error).message).toBe(
      "--sweep: the grid's scenarios 100,001 exceeds the limit of 100,000; stream larger sweeps with `msk-planner sweep --csv`",
    );
  });
});

describe("chunkRunner: the same code on every thread", () => {
  it("a sweep task gives the sweep's rows, a Monte Carlo task its samples' costs", () => {
    const compiled = compileSweep(SWEEP);
    expect(Buffer.from(chunkRunner({ task: "sweep", init: compiled })(2, 5)).toString("utf8")).toBe(
      Buffer.from(prepareSweep(compiled).chunkBytes(2, 5)).toString("utf8"),
    );
    const init = monteCarloInit(9);
    expect(Array.from(chunkRunner({ task: "montecarlo", init })(0, 3))).toEqual(
      Array.from(prepareMonteCarlo(init).chunk(0, 3)),
    );
  });

  it("a sweep task writes the same rows into a worker's slot from its start and returns their count; Monte Carlo has no slots", () => {
    const text = (b: Uint8Array) => Buffer.from(b).toString("utf8");
    for (const format of ["ndjson", "csv"] as const) {
      const compiled = compileSweep({ ...SWEEP, format });
      const s = prepareSweep(compiled);
      const into = prepareChunkTask({ task: "sweep", init: compiled }).into as NonNullable<
        ReturnType<typeof prepareChunkTask>["into"]
      >;
      // Rows 1..5, then 5..7 into the same slot (the encoder's buffer reused in between).
      for (const [a, b] of [
        [1, 6],
        [5, 7],
      ] as const) {
        const expected = s.chunkBytes(a, b);
        const slot = new Uint8Array(s.maxChunkBytes(b - a)).fill(0xff);
        const n = into(a, b, slot);
        expect(n, `${format} ${a}..${b}`).toBe(expected.length);
        expect(text(slot.subarray(0, n))).toBe(text(expected));
        // Nothing written past them.
        expect(slot.subarray(n).every((x) => x === 0xff)).toBe(true);
        // A slot one byte short of the rows refuses them rather than cutting a row.
        expect(() => into(a, b, new Uint8Array(n - 1))).toThrow(RangeError);
      }
    }
    expect(prepareChunkTask({ task: "montecarlo", init: monteCarloInit(9) }).into).toBeUndefined();
  });
});
