/**
 * What the main thread (./pool.ts) and a worker thread (./worker.ts) exchange: one job per worker,
 * counters shared by every thread of the run, and each chunk's result or error posted back.
 * Kept apart from worker.ts, whose top level listens on the parent port when loaded in a thread.
 */
import { isMskPlannerError } from "../../model/errors.js";
import type { ChunkResult, TaskInit } from "./tasks.js";

/** Index into {@link JobMessage.counters}: the next chunk nobody has claimed (Atomics.add claims it). */
export const NEXT = 0;
/** Index into {@link JobMessage.counters}: the chunks the main thread has written so far. */
export const WRITTEN = 1;
/** How many counters a run shares. */
export const COUNTERS = 2;

/** {@link claimChunk}: every chunk is claimed. */
export const NONE_LEFT = -1;
/** {@link claimChunk}: the next chunk is a window or more ahead of the next one written. */
export const AHEAD = -2;

/**
 * Claim the next chunk for this thread: its index, {@link NONE_LEFT} or {@link AHEAD}. Claimed by
 * compare-and-exchange, so only when no other thread claimed it since this one checked the window:
 * a chunk is never claimed a window or more ahead of the next one written. (An Atomics.add after
 * the check let two threads both pass it and the later one overshoot it by one; its slot of shared
 * memory, {@link JobMessage.slots}, was then the slot of a chunk not yet copied out.)
 */
export function claimChunk(counters: Int32Array, chunks: number, window: number): number {
  for (;;) {
    const next = Atomics.load(counters, NEXT);
    if (next >= chunks) return NONE_LEFT;
    if (next - Atomics.load(counters, WRITTEN) >= window) return AHEAD;
    if (Atomics.compareExchange(counters, NEXT, next, next + 1) === next) return next;
  }
}

/** The one message a worker receives. */
export interface JobMessage {
  task: TaskInit;
  /** On a SharedArrayBuffer, shared with the main thread and the other workers: {@link NEXT}, {@link WRITTEN}. */
  counters: Int32Array;
  chunks: number;
  chunkSize: number;
  total: number;
  /** The most chunks claimed ahead of the next one written. */
  window: number;
  /**
   * A sweep's: shared memory (a SharedArrayBuffer) of `window` slots of `slotBytes` each; a worker
   * writes chunk `id`'s rows into slot `id % window` and replies with their byte count. Only chunks
   * less than a window ahead of the next one written are claimed, and the main thread copies a
   * chunk out when its reply arrives, so no two chunks in flight share a slot.
   */
  slots?: Uint8Array;
  slotBytes?: number;
}

/** A chunk's result, its byte count in its slot, or its error; id −1: the task could not be prepared. */
export type ChunkReply =
  | { id: number; result: ChunkResult }
  | { id: number; bytes: number }
  | { id: number; error: SerializedError };

export interface SerializedError {
  message: string;
  exitCode: 1 | 2;
  code?: string;
}

export function serializeError(e: unknown): SerializedError {
  if (isMskPlannerError(e)) return { message: e.message, exitCode: e.exitCode, code: e.code };
  return { message: e instanceof Error ? e.message : String(e), exitCode: 1 };
}
