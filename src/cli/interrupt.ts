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

/**
 * 128 + the signal's number, the shell's convention; SIGPIPE's for a reader that closed standard
 * output (`sweep … | head`): the status `yes | head` leaves `yes` with, so `set -o pipefail` sees it.
 */
const EXIT_CODE = { SIGINT: 130, SIGTERM: 143, SIGPIPE: 141 } as const;

/** Undo what is on screen and on disk, print `message`, exit with `code`. */
async function stop(code: number, message: string): Promise<void> {
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
  process.stderr.write(message);
  process.exit(code);
}

/**
 * Standard output failed. EPIPE: its reader is gone (`| head` has its lines), so stop quietly, as
 * a Unix tool killed by SIGPIPE does (Node ignores that signal, so without this the write error
 * is an unhandled 'error' event: a stack trace and exit 1). Anything else: one line, exit 1.
 */
function outputFailed(e: NodeJS.ErrnoException): void {
  if (e.code === "EPIPE") void stop(EXIT_CODE.SIGPIPE, "");
  else void stop(1, `msk-planner: cannot write standard output (${e.code ?? e.message})\n`);
}

/** Install the handlers once, at start-up (src/cli/main.ts). */
export function handleInterrupts(): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.once(signal, () => void stop(EXIT_CODE[signal], `\nmsk-planner: interrupted (${signal})\n`));
  process.stdout.on("error", outputFailed);
}
