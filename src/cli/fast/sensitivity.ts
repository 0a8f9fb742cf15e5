/**
 * `msk-planner sensitivity FILE [--json]` without yargs (src/cli/fast-path.ts): built as one
 * self-contained bundle, dist/fast/sensitivity.cjs, so the command loads one file. The handler and
 * the error handling are the yargs program's own (commands/index.ts runs the same handler).
 */
import { handler } from "../commands/sensitivity.js";
import { runCommandLine } from "../run-command.js";

/**
 * No error is renamed for a flag (program.ts's namedForFlag): the line has none but `--json`, and
 * the command and a file name that does not start with a dash, so naming would change nothing.
 */
export function run(argv: Record<string, unknown>): Promise<void> {
  return runCommandLine(() => handler(argv as Parameters<typeof handler>[0]));
}
