/**
 * Worker thread entry (bundled to dist/sweep-worker.js by scripts/build.mjs): prepares the task
 * once from workerData (or from its first message, when started before the task was known), says it is ready (src/plan/simulate/pool.ts sends chunks only then, and
 * computes them itself meanwhile), then computes each requested chunk and posts the result back.
 * Errors are posted as data so the main thread rethrows them with their exit code, a chunk's when
 * that chunk's turn to be written comes; a failed preparation as id -1.
 */
import { parentPort, workerData } from "node:worker_threads";
import { isMskPlannerError } from "../../model/errors.js";
import { type ChunkResult, chunkRunner, type TaskInit } from "./tasks.js";

export interface ChunkRequest {
  id: number;
  start: number;
  end: number;
}

export type ChunkReply =
  | { ready: true }
  | { id: number; result: ChunkResult }
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

/** The task of a worker started before it was known (src/plan/simulate/pool.ts startWorkers). */
export interface TaskMessage {
  task: TaskInit;
}

const port = parentPort;
if (port) {
  let run: ((a: number, b: number) => ChunkResult) | undefined;
  const prepare = (task: TaskInit) => {
    try {
      run = chunkRunner(task);
      port.postMessage({ ready: true } satisfies ChunkReply);
    } catch (e) {
      port.postMessage({ id: -1, error: serializeError(e) } satisfies ChunkReply);
    }
  };
  // Started with its task, or (workerData null) started early and sent it once known.
  if (workerData) prepare(workerData as TaskInit);
  port.on("message", (m: ChunkRequest | TaskMessage) => {
    if ("task" in m) {
      prepare(m.task);
      return;
    }
    if (!run) return;
    try {
      const result = run(m.start, m.end);
      // Transferred, not copied: each chunk's result owns its buffer (src/plan/simulate/sweep.ts take()).
      port.postMessage({ id: m.id, result } satisfies ChunkReply, [result.buffer as ArrayBuffer]);
    } catch (e) {
      port.postMessage({ id: m.id, error: serializeError(e) } satisfies ChunkReply);
    }
  });
}
