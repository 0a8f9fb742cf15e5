/**
 * `msk-planner sweep FILE --vary SPEC … [--csv|--json] [--workers N]` without yargs
 * (src/cli/fast-path.ts): built as one self-contained bundle, dist/fast/sweep.cjs, so the command
 * loads one file, compiled with its code cache (src/cli/fast-load.ts; issue #14: a sweep's
 * start-up counts against its rate). The handler and the error handling are the yargs program's
 * own (commands/index.ts runs the same handler).
 */
import type { StartedWorkers } from "../../plan/simulate/start-workers.js";
import { handler } from "../commands/sweep.js";
import { runCommandLine } from "../run-command.js";

/**
 * `started`: the worker threads src/cli/main.ts started for the line before loading this bundle.
 * No error is renamed for a flag (program.ts's namedForFlag): the line's only flags are the
 * sweep's own, never a workload field's, so naming would change nothing.
 */
export function run(argv: Record<string, unknown>, started?: StartedWorkers): Promise<void> {
  return runCommandLine(() => handler(argv as Parameters<typeof handler>[0], started));
}
