/**
 * One top-level handler for a command line, shared by the yargs program (program.ts) and the
 * fast path (fast-path.ts): Ctrl-C handlers installed, and any error becomes one line on stderr
 * and the exit code (2 bad input, 1 anything else).
 */
import { reportError } from "./errors.js";
import { handleInterrupts } from "./interrupt.js";

/** Run `body`; an error it throws is first passed through `explain` (say it in the command line's words). */
export function runCommandLine(
  body: () => Promise<void>,
  explain: (e: unknown) => Promise<unknown> = async (e) => e,
): Promise<void> {
  handleInterrupts();
  return body().catch(async (e: unknown) => {
    process.exitCode = reportError(await explain(e));
  });
}
