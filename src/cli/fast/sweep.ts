/**
 * `msk-planner sweep FILE --vary SPEC … [--csv|--json] [--workers N]` without yargs
 * (src/cli/fast-path.ts): built as one self-contained bundle, dist/fast/sweep.js, so the command
 * loads one file (issue #14: a sweep's start-up counts against its rate). The handler and the
 * error handling are the yargs program's own (commands/index.ts runs the same handler).
 */
import { handler } from "../commands/sweep.js";
import { runCommandLine } from "../run-command.js";

/**
 * No error is renamed for a flag (program.ts's namedForFlag): the line's only flags are the
 * sweep's own, never a workload field's, so naming would change nothing.
 */
export function run(argv: Record<string, unknown>): Promise<void> {
  return runCommandLine(() => handler(argv as Parameters<typeof handler>[0]));
}
