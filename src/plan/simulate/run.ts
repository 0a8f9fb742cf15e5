/**
 * Drivers for the chunked simulations: a sweep streamed to a writer, and a Monte Carlo run
 * summarised — on the main thread or on worker threads, with the same output either way.
 */
import { InputError } from "../../model/errors.js";
import { checkLimit } from "../../model/limits.js";
import type { OptionId } from "../types.js";
import {
  MonteCarloAccumulator,
  type MonteCarloInit,
  type MonteCarloResult,
  prepareMonteCarlo,
} from "./montecarlo.js";
import { runChunks, type StartedWorkers } from "./pool.js";
import { compileSweep, type PreparedSweep, prepareSweep, type SweepInit } from "./sweep.js";

export interface RunOptions {
  /**
   * Computing threads: the calling thread and `workers − 1` worker threads (src/plan/simulate/pool.ts);
   * ≤ 1 computes on the calling thread alone.
   */
  workers?: number;
  chunkSize?: number;
  onProgress?: (done: number, total: number) => void;
  /** The bundled worker entry (default: dist/sweep-worker.cjs next to the bundle). */
  workerUrl?: URL;
  /** Worker threads started early (src/plan/simulate/pool.ts startWorkers), used first and terminated at the end. */
  started?: StartedWorkers;
}

/**
 * Stream a sweep: `write` receives the CSV header (if any) then rows, in scenario order. `init`
 * may be a sweep {@link prepareSweep} prepared already (a command that needed its size first).
 */
export async function runSweep(
  init: SweepInit | PreparedSweep,
  write: (text: string) => void | Promise<void>,
  o: RunOptions = {},
): Promise<{ scenarios: number }> {
  return runSweepBytes(
    init,
    (bytes) => write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8")),
    o,
  );
}

/**
 * {@link runSweep} with the text as UTF-8 bytes, each chunk as computed: what the CLI writes to
 * stdout without decoding and re-encoding it. On several threads a chunk's bytes are a view of
 * memory the threads share and reuse (src/plan/simulate/pool.ts slotBytes): `write` must be done
 * with them when it returns or its promise resolves (copy them to keep them).
 */
export async function runSweepBytes(
  init: SweepInit | PreparedSweep,
  write: (bytes: Uint8Array) => void | Promise<void>,
  o: RunOptions = {},
): Promise<{ scenarios: number }> {
  // Parsed, validated and prepared on this thread first: bad input fails before any worker
  // starts, the workers get canonical numbers (no unit parsing or schema at their start-up), and
  // this thread computes with the same prepared sweep.
  const s = "chunkBytes" in init ? init : prepareSweep(compileSweep(init));
  if (s.header) await write(Buffer.from(s.header, "utf8"));
  const chunkSize = o.chunkSize ?? 2048;
  await runChunks({
    total: s.total,
    chunkSize,
    workers: o.workers ?? 1,
    task: { task: "sweep", init: s.compiled },
    local: (a, b) => s.chunkBytes(a, b),
    slotBytes: s.maxChunkBytes(chunkSize),
    localInto: (a, b, out) => s.chunkInto(a, b, out),
    consume: (r) => write(r as Uint8Array),
    ...(o.onProgress ? { onProgress: o.onProgress } : {}),
    ...(o.workerUrl ? { workerUrl: o.workerUrl } : {}),
    ...(o.started ? { started: o.started } : {}),
  });
  return { scenarios: s.total };
}

/** One scenario of a sweep as values: each varied field as given, the recommendation, each option's monthly cost. */
export interface SweepRow {
  /** Per varied field (in `fields` order) its value as given or generated (`"10 MiB/s"`, `12`). */
  set: (string | number)[];
  recommended: OptionId | null;
  /** Per option (in `options` order) its monthly cost, null when infeasible. */
  monthlyUsd: (number | null)[];
}

/** A whole sweep as values (for a report sheet): never text that must be parsed again. */
export interface SweepResult {
  /** The varied field paths as written (`streams.a,b.ingress`). */
  fields: string[];
  options: readonly OptionId[];
  rows: SweepRow[];
}

/**
 * Run a sweep and keep every scenario as values, in scenario order, on the calling thread (a
 * report's sweep sheet: its rows all live in the workbook anyway). Same numbers as {@link runSweep}.
 */
export function collectSweep(init: Omit<SweepInit, "format">): SweepResult {
  const s = prepareSweep(compileSweep({ ...init, format: "ndjson" }));
  // Every row is held in memory (a report's Sweep sheet): bounded before any scenario is planned.
  checkLimit(
    "reportSweepRows",
    s.total,
    "--sweep",
    "the grid's scenarios",
    "stream larger sweeps with `msk-planner sweep --csv`",
  );
  const rows: SweepRow[] = [];
  for (let k = 0; k < s.total; k++) {
    const sc = s.scenario(k);
    rows.push({
      set: s.axes.map((a) => sc.set[a.resolved.path] as string | number),
      recommended: sc.recommended,
      monthlyUsd: sc.options.map((o) => (o.feasible ? o.monthlyUsd : null)),
    });
  }
  return { fields: s.axes.map((a) => a.resolved.path), options: s.options, rows };
}

/** Run a Monte Carlo simulation of `samples` draws and summarise it. */
export async function runMonteCarlo(
  init: MonteCarloInit,
  samples: number,
  o: RunOptions = {},
): Promise<MonteCarloResult> {
  if (!Number.isInteger(samples) || samples < 1)
    throw new InputError("--samples", `expected a whole number of samples ≥ 1, got ${samples}`);
  checkLimit("samples", samples, "--samples", "samples");
  if (!Number.isInteger(init.seed) || init.seed < 0)
    throw new InputError("--seed", `expected a whole number ≥ 0, got ${init.seed}`);
  const m = prepareMonteCarlo(init);
  const acc = new MonteCarloAccumulator(m.options, samples, init.seed, m.adjustable);
  await runChunks({
    total: samples,
    chunkSize: o.chunkSize ?? 1024,
    workers: o.workers ?? 1,
    task: { task: "montecarlo", init },
    consume: (r) => acc.add(r as Float64Array),
    ...(o.onProgress ? { onProgress: o.onProgress } : {}),
    ...(o.workerUrl ? { workerUrl: o.workerUrl } : {}),
  });
  return acc.result();
}
