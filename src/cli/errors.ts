/** The top-level error handler: one line per problem on stderr, no stack trace, exit 2 or 1. */
import { redactSecrets } from "../aws/redact.js";
import { isMskPlannerError, MskPlannerError } from "../model/errors.js";

/** A bad command line (unknown flag, missing argument): exit 2. */
export class UsageError extends MskPlannerError {
  constructor(message: string) {
    super("invalid_input", message, 2);
  }
}

/** One line, with any AWS secret an error message may carry (a server's echo) redacted. */
function oneLine(message: string): string {
  return redactSecrets(message.replace(/\s*[\r\n]\s*/g, " "));
}

/** Print the error as one line (or one per problem) and return the exit code. */
export function reportError(e: unknown): 1 | 2 {
  if (isMskPlannerError(e)) {
    process.stderr.write(`msk-planner: ${oneLine(e.message)}\n`);
    return e.exitCode;
  }
  const message = e instanceof Error ? e.message : String(e);
  process.stderr.write(`msk-planner: unexpected error: ${oneLine(message)}\n`);
  if (process.env.MSK_PLANNER_DEBUG && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
  return 1;
}
