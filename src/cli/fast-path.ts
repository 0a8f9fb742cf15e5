/**
 * The fast path for the two most common command lines, `msk-planner price FILE` and
 * `msk-planner plan FILE` (issue #14: `price` within 2× `node -e 0`, `plan` within 3×). Loading
 * yargs, declaring every command's flags and parsing the line cost about a fifth of `price`'s
 * start-up, and the code-split chunks another fifth (each chunk is a file to resolve, read and
 * compile). Here the arguments the command's handler gets are the ones yargs gave it at build time
 * for the same line with a placeholder file (scripts/build.mjs writes them to dist/cli-argv.json,
 * through program.ts's parsedArgv), the placeholder replaced by the file given; the handler runs
 * from one self-contained bundle per command (dist/fast/price.js, dist/fast/plan.js).
 *
 * Only where that is exactly what yargs would hand the handler: the command and one file name, no
 * flag. A name yargs would read differently (empty, starting with a dash or a quote) or anything
 * more on the line goes through yargs (test/cli/fast-path.test.ts compares the two).
 */
import { readFileSync } from "node:fs";

/** The commands with a fast path; each has a bundle dist/fast/<command>.js. */
export const FAST_COMMANDS = ["price", "plan"] as const;
export type FastCommand = (typeof FAST_COMMANDS)[number];

/** The file name the build parses in place of the user's: replaced wherever yargs put it. */
export const FILE_PLACEHOLDER = "msk-planner-fast-path-file.yaml";

/** Beside dist/cli.js: per command, the handler's arguments as [key] (undefined) or [key, value] pairs. */
export const ARGV_FILE = "cli-argv.json";

export type RecordedArgv = Record<FastCommand, [string, unknown?][]>;

/** A file name yargs hands the handler unchanged: not empty, no leading dash (a flag) or quote (stripped). */
function plainFileName(file: string): boolean {
  return file.trim() !== "" && !/^[-'"]/.test(file);
}

/**
 * The handler's arguments for `args` from the recorded ones, or undefined when `args` is not a
 * fast-path line. Values are copied, so the recording is never changed.
 */
export function fastArgv(
  args: readonly string[],
  recorded: RecordedArgv,
): { command: FastCommand; argv: Record<string, unknown> } | undefined {
  if (args.length !== 2) return undefined;
  const [command, file] = args as [string, string];
  if (!(FAST_COMMANDS as readonly string[]).includes(command) || !plainFileName(file)) return undefined;
  const pairs = recorded[command as FastCommand];
  if (!Array.isArray(pairs)) return undefined;
  const argv: Record<string, unknown> = {};
  for (const [key, value] of pairs) argv[key] = value === FILE_PLACEHOLDER ? file : structuredClone(value);
  return { command: command as FastCommand, argv };
}

/** {@link fastArgv} with the recording beside the entry; undefined when there is none (not built yet). */
export function fastCommandLine(
  args: readonly string[],
  entryUrl: string,
): { command: FastCommand; argv: Record<string, unknown> } | undefined {
  if (args.length !== 2) return undefined;
  let recorded: RecordedArgv;
  try {
    recorded = JSON.parse(readFileSync(new URL(ARGV_FILE, entryUrl), "utf8")) as RecordedArgv;
  } catch {
    return undefined;
  }
  return fastArgv(args, recorded);
}
