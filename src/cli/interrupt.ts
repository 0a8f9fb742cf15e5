/**
 * Ctrl-C (SIGINT) and SIGTERM during a long run (a sweep, a Monte Carlo run, a workbook): undo what
 * is on screen and on disk, then exit 130 (128 + SIGINT, the shell's convention; 143 for SIGTERM).
 * - The terminal: the progress bar hides the cursor while it draws; each bar registers its own
 *   stop (which shows the cursor again) with {@link onInterrupt}.
 * - Files: outputs are written to temp files and renamed into place (src/report/atomic.ts), so no
 *   target is ever half-written; the temp files of the interrupted run are removed.
 */

type Cleanup = () => void;
const cleanups = new Set<Cleanup>();

/** Run `cleanup` if the process is interrupted; the returned function unregisters it. */
export function onInterrupt(cleanup: Cleanup): () => void {
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

const EXIT_CODE = { SIGINT: 130, SIGTERM: 143 } as const;

async function interrupted(signal: keyof typeof EXIT_CODE): Promise<void> {
  for (const c of [...cleanups].reverse()) {
    try {
      c();
    } catch {
      // keep going: every cleanup gets its turn
    }
  }
  try {
    // Loaded already if anything was written; otherwise it has made no temp files.
    (await import("../report/atomic.js")).removeOwnTempFiles();
  } catch {
    // exiting anyway
  }
  process.stderr.write(`\nmsk-planner: interrupted (${signal})\n`);
  process.exit(EXIT_CODE[signal]);
}

/** Install the handlers once, at start-up (src/cli/main.ts). */
export function handleInterrupts(): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void interrupted(signal));
}
