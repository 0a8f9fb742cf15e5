/**
 * The fast path for the most common command lines, `msk-planner price FILE`, `plan FILE` and
 * `sensitivity FILE`, each with or without `--json` (issue #14: `price` within 2× `node -e 0`,
 * `plan` within 3×), and a streamed sweep. Loading yargs, declaring every command's flags and
 * parsing the line cost about a fifth of `price`'s start-up, and the code-split chunks another
 * fifth (each chunk is a file to resolve, read and compile). Here the arguments the command's
 * handler gets are the ones yargs gave it at build time for the same line with a placeholder file
 * (scripts/build.mjs writes them to dist/cli-argv.json, through program.ts's parsedArgv), the
 * placeholder replaced by the file given; the handler runs from one self-contained bundle per
 * command (dist/fast/<command>.cjs, loaded with its code cache by fast-load.ts).
 *
 * Only where that is exactly what yargs would hand the handler: the command and one file name, no
 * flag but `--json` (set as yargs sets it) — or, for `sweep`, a few of its own flags whose values
 * are set as yargs sets them ({@link FAST_FLAG_COMMANDS}). A name yargs would read differently
 * (empty, starting with a dash or a quote) or anything more on the line goes through yargs
 * (test/cli/fast-path.test.ts compares the two).
 */
import { readFileSync } from "node:fs";

/**
 * The commands with a fast path for `COMMAND FILE` and `COMMAND FILE --json`; each has a bundle
 * dist/fast/<command>.cjs. `sensitivity` re-plans every field of every stream, but its start-up
 * through yargs was still about a sixth of its CPU at 1,000 streams (issue #14 goal 5).
 */
export const FAST_COMMANDS = ["price", "plan", "sensitivity"] as const;
/**
 * The commands with a fast path for some flags too (dist/fast/<command>.cjs): `sweep FILE` with
 * one or more `--vary SPEC`, at most one each of `--csv`, `--json` and `--workers N` (issue #14:
 * a sweep's start-up counts against its rate). The handler gets the recorded `sweep FILE`
 * arguments with those flags' values set as yargs sets them (test/cli/fast-path.test.ts compares).
 */
export const FAST_FLAG_COMMANDS = ["sweep"] as const;
/** Every command whose `COMMAND FILE` arguments the build records. */
export const RECORDED_COMMANDS = [...FAST_COMMANDS, ...FAST_FLAG_COMMANDS] as const;
export type FastCommand = (typeof RECORDED_COMMANDS)[number];

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
 * A `--vary` value yargs hands over as it is: a field path then `=` and values, in the characters
 * specs are written with (no quotes, nothing yargs could read as a flag, a number or a boolean).
 */
const PLAIN_VARY = /^[A-Za-z][\w.]*=[\w.,:/%+ -]+$/;

/** The flags of a fast sweep line (`--vary V …`, `--csv`, `--json`, `--workers N`), or undefined. */
function sweepFlags(rest: readonly string[]): Record<string, unknown> | undefined {
  const vary: string[] = [];
  const set: Record<string, unknown> = {};
  for (let i = 0; i < rest.length; i++) {
    const t = rest[i] as string;
    const v = rest[i + 1];
    if (t === "--vary" && v !== undefined && PLAIN_VARY.test(v)) {
      vary.push(v);
      i++;
    } else if ((t === "--csv" || t === "--json") && !(t.slice(2) in set)) set[t.slice(2)] = true;
    else if (t === "--workers" && v !== undefined && /^[1-9]\d{0,3}$/.test(v) && !("workers" in set)) {
      set.workers = v;
      i++;
    } else return undefined;
  }
  return vary.length ? { ...set, vary } : undefined;
}

/**
 * The handler's arguments for `args` from the recorded ones, or undefined when `args` is not a
 * fast-path line. Values are copied, so the recording is never changed.
 */
export function fastArgv(
  args: readonly string[],
  recorded: RecordedArgv,
): { command: FastCommand; argv: Record<string, unknown> } | undefined {
  const [command, file] = args as [string, string];
  const flags = (FAST_COMMANDS as readonly string[]).includes(command)
    ? args.length === 2
      ? {}
      : args.length === 3 && args[2] === "--json"
        ? { json: true }
        : undefined
    : args.length > 3 && (FAST_FLAG_COMMANDS as readonly string[]).includes(command)
      ? sweepFlags(args.slice(2))
      : undefined;
  if (!flags || !plainFileName(file)) return undefined;
  const pairs = recorded[command as FastCommand];
  if (!Array.isArray(pairs)) return undefined;
  const argv: Record<string, unknown> = {};
  for (const [key, value] of pairs) argv[key] = value === FILE_PLACEHOLDER ? file : structuredClone(value);
  return { command: command as FastCommand, argv: Object.assign(argv, flags) };
}

/** {@link fastArgv} with the recording beside the entry; undefined when there is none (not built yet). */
export function fastCommandLine(
  args: readonly string[],
  entryUrl: string,
): { command: FastCommand; argv: Record<string, unknown> } | undefined {
  if (args.length < 2 || !(RECORDED_COMMANDS as readonly string[]).includes(args[0] as string))
    return undefined;
  let recorded: RecordedArgv;
  try {
    recorded = JSON.parse(readFileSync(new URL(ARGV_FILE, entryUrl), "utf8")) as RecordedArgv;
  } catch {
    return undefined;
  }
  return fastArgv(args, recorded);
}
