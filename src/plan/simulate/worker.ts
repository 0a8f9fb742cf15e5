/**
 * Worker thread code (bundled to dist/sweep-worker-code.cjs by scripts/build.mjs, and loaded with
 * its V8 code cache by the thread's entry, dist/sweep-worker.cjs: src/cli/worker-boot.ts). Started before its
 * task is known (./pool.ts startWorkers), it receives one job (./thread-protocol.ts): the task and
 * the counters every thread of the run shares. It prepares the task, then claims chunks itself —
 * the next index from the shared counter, the one the main thread claims from too — and posts each
 * result back: a sweep's rows written into the chunk's slot of memory shared with the main thread
 * (only their byte count posted), other results with their buffer transferred. No request per chunk: a worker never idles waiting for the
 * main thread, busy computing, to hand it the next chunk. It claims no chunk more than the job's
 * window ahead of the next one written (it waits on that counter), so memory stays flat. Errors
 * are posted as data: the main thread rethrows a chunk's when that chunk's turn to be written
 * comes, and a failed preparation (id −1) at once.
 */
import { parentPort } from "node:worker_threads";
import { type ChunkTask, prepareChunkTask } from "./tasks.js";
import {
  AHEAD,
  type ChunkReply,
  claimChunk,
  type JobMessage,
  NONE_LEFT,
  serializeError,
  WRITTEN,
} from "./thread-protocol.js";

/** Claim and compute chunks until none is left to claim (the main thread also marks them all claimed when it stops). */
function work(port: NonNullable<typeof parentPort>, job: JobMessage): void {
  let task: ChunkTask;
  try {
    task = prepareChunkTask(job.task);
  } catch (e) {
    port.postMessage({ id: -1, error: serializeError(e) } satisfies ChunkReply);
    return;
  }
  const { counters, chunks, chunkSize, total, window, slots, slotBytes = 0 } = job;
  const into = slots ? task.into : undefined;
  for (;;) {
    const written = Atomics.load(counters, WRITTEN);
    const id = claimChunk(counters, chunks, window);
    if (id === NONE_LEFT) return;
    if (id === AHEAD) {
      // Far enough ahead: wait for the main thread to write one (bounded, so a stopped run is seen).
      Atomics.wait(counters, WRITTEN, written, 100);
      continue;
    }
    try {
      const [a, b] = [id * chunkSize, Math.min(total, (id + 1) * chunkSize)];
      if (into && slots) {
        // Into its slot of shared memory: no buffer allocated, transferred and collected per chunk.
        const at = (id % window) * slotBytes;
        port.postMessage({ id, bytes: into(a, b, slots.subarray(at, at + slotBytes)) } satisfies ChunkReply);
        continue;
      }
      const result = task.run(a, b);
      // Transferred, not copied: each chunk's result owns its buffer (src/plan/simulate/sweep.ts take()).
      port.postMessage({ id, result } satisfies ChunkReply, [result.buffer as ArrayBuffer]);
    } catch (e) {
      port.postMessage({ id, error: serializeError(e) } satisfies ChunkReply);
    }
  }
}

const port = parentPort;
// `on`, not `once`: a listener keeps the thread alive, every result delivered, until the main
// thread terminates it at the end of the run.
if (port) port.on("message", (job: JobMessage) => work(port, job));
