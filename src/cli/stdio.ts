/**
 * `-` as a path: standard output for an output flag that prints text (`report --md -`,
 * `import cloudwatch --out -`). Outputs that cannot go to a terminal or a pipe (a workbook, a
 * folder of CSV files, the price catalog) refuse it by name rather than write a file called `-`.
 */
import { InputError } from "../model/errors.js";

export const STDIO = "-";

/** Refuse `-` for an output that must be a file or folder: one line naming the flag. */
export function fileOnly(flag: string, path: string | undefined, what: string): void {
  if (path === STDIO) throw new InputError(flag, `${what} cannot go to standard output (-); give a path`);
}
