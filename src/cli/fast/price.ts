/**
 * `msk-planner price FILE` without yargs (src/cli/fast-path.ts): built as one self-contained
 * bundle, dist/fast/price.cjs, so the command loads one file. The handler and the error handling
 * are the yargs program's own (commands/index.ts runs the same handler for this line).
 */
import { handler, type PriceArgs } from "../commands/price.js";
import { runCommandLine } from "../run-command.js";

/**
 * No error is renamed for a flag (program.ts's namedForFlag): the line has none, only the
 * command and a file name that does not start with a dash, so naming would change nothing.
 */
export function run(argv: Record<string, unknown>): Promise<void> {
  return runCommandLine(() => handler(argv as PriceArgs));
}
