/**
 * Typed errors. Every problem the user can cause is data: a code, the path of the field, what was
 * expected and what was found. The CLI prints `message` as one line and maps `exitCode`
 * (2 bad input, 1 anything else); the library throws these classes so callers can branch on them.
 */

export type ProblemCode =
  | "invalid_input" // a value of the wrong type, shape or unit
  | "unknown_field" // a field that does not exist (or does not belong to the kind)
  | "missing_field"
  | "unknown_region"
  | "unknown_instance"
  | "price_unavailable" // the catalog has no sourced price for a dimension in a region
  | "infeasible"
  | "file_not_found"
  | "aws_call_failed"
  | "io";

/** One problem with the input: what kind (`code`), which field (`path`), and a one-line message. */
export interface Problem {
  code: ProblemCode;
  /** Dotted path of the field, e.g. `streams.orders.retention` or `--brokers`. Empty for global problems. */
  path: string;
  message: string;
}

/**
 * Base class of every error this library throws on purpose: a {@link ProblemCode} and the CLI exit
 * code it maps to (2 bad input, 1 anything else). Its `name` is the subclass's name.
 */
export class MskPlannerError extends Error {
  readonly code: ProblemCode;
  readonly exitCode: 1 | 2;
  constructor(code: ProblemCode, message: string, exitCode: 1 | 2) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.exitCode = exitCode;
  }
}

/** Bad input from the user: exit code 2. */
export class InputError extends MskPlannerError {
  readonly path: string;
  readonly problems: readonly Problem[];
  constructor(path: string, message: string, code: ProblemCode = "invalid_input", problems?: Problem[]) {
    super(code, path ? `${path}: ${message}` : message, 2);
    this.path = path;
    this.problems = problems ?? [{ code, path, message }];
  }
}

/** A price the catalog does not hold (region or dimension not sourced): bad input, exit 2. */
export class PriceUnavailableError extends InputError {
  constructor(path: string, message: string) {
    super(path, message, "price_unavailable");
  }
}

/** An AWS call failed (network, throttling beyond retries, access denied …): exit 1. */
export class AwsCallError extends MskPlannerError {
  constructor(message: string) {
    super("aws_call_failed", message, 1);
  }
}

/** Anything else that is not the user's input: exit 1. */
export class RuntimeError extends MskPlannerError {
  constructor(message: string, code: ProblemCode = "io") {
    super(code, message, 1);
  }
}

/** True when `e` is one of this library's typed errors (so it carries `code` and `exitCode`). */
export function isMskPlannerError(e: unknown): e is MskPlannerError {
  return e instanceof MskPlannerError;
}
