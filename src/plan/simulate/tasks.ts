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

export function chunkRunner(t: TaskInit): (start: number, end: number) => ChunkResult {
  if (t.task === "sweep") {
    const s = prepareSweep(t.init);
    return (a, b) => s.chunkBytes(a, b);
  }
  const m = prepareMonteCarlo(t.init);
  return (a, b) => m.chunk(a, b);
}
