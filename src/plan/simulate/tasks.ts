/**
 * Chunk tasks: what a worker thread (./worker.ts) or the main thread computes for a range of
 * scenario or sample indices. One factory so both run exactly the same code.
 */

import { type MonteCarloInit, prepareMonteCarlo } from "./montecarlo.js";
import { type CompiledSweep, prepareSweep, type SweepInit } from "./sweep.js";

export type TaskInit =
  | { task: "sweep"; init: SweepInit | CompiledSweep }
  | { task: "montecarlo"; init: MonteCarloInit };

/** Chunk results: sweep rows as UTF-8 bytes, or Monte Carlo per-sample costs (see montecarlo.ts). */
export type ChunkResult = Uint8Array | Float64Array;

/** A prepared task: each chunk's result in a buffer of its own, and for a sweep, written into a given one. */
export interface ChunkTask {
  run: (start: number, end: number) => ChunkResult;
  /** A sweep's rows written into `out` (./sweep.ts chunkInto); their byte count. */
  into?: (start: number, end: number, out: Uint8Array) => number;
}

export function prepareChunkTask(t: TaskInit): ChunkTask {
  if (t.task === "sweep") {
    const s = prepareSweep(t.init);
    return { run: (a, b) => s.chunkBytes(a, b), into: (a, b, out) => s.chunkInto(a, b, out) };
  }
  const m = prepareMonteCarlo(t.init);
  return { run: (a, b) => m.chunk(a, b) };
}

export function chunkRunner(t: TaskInit): (start: number, end: number) => ChunkResult {
  return prepareChunkTask(t).run;
}
