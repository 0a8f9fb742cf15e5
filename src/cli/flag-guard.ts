/**
 * Checks on the command line that yargs does not make, applied to every command in one place
 * (a global middleware registered in src/cli/program.ts, so it holds for every command however its
 * flags are declared):
 * - a single-value flag given twice (`--out a --out b`) is an error, not an array that a handler
 *   then mistakes for a string;
 * - a boolean flag given a value other than true/false (`--json=maybe`) is an error, not false;
 * - an empty value for a flag that takes one (`--catalog ''`) is an error, not "not given";
 * - anything after `--` is an error: no command takes extra arguments, so they would be ignored.
 * Each is one line naming the flag, exit 2 (UsageError).
 */
import type { Argv } from "yargs";
import { UsageError } from "./errors.js";
import { STDIO } from "./stdio.js";

/** Flags whose bare form (`--sensitivity` with no value) means "the default": empty is allowed. */
const BARE_ALLOWED = new Set(["sensitivity"]);

interface DeclaredOptions {
  array: string[];
  boolean: string[];
  string: string[];
  number: string[];
}

/**
 * Values yargs would misread, joined to their flag (`--flag value` → `--flag=value`):
 * - `--ingress -5MiB/s`: a value that starts with a minus and a digit is the flag's value, not a
 *   cluster of short flags (yargs would read -5, -M, -i, -B and report "Unknown arguments: 5, M,
 *   i, B"). The value's own check then says whether a negative is allowed
 *   (`--ingress: expected a non-negative rate, got "-5MiB/s"`).
 * - `--md -`: a lone dash is the flag's value (standard output, where the flag allows it; the
 *   command says so otherwise), not an empty value followed by a stray argument.
 * Tokens after `--` are left alone.
 */
export function joinFlagValues(raw: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i] as string;
    const next = raw[i + 1];
    if (t === "--") return [...out, ...raw.slice(i)];
    if (/^--[^=]+$/.test(t) && next !== undefined && (next === STDIO || /^-\.?\d/.test(next))) {
      out.push(`${t}=${next}`);
      i++;
    } else out.push(t);
  }
  return out;
}

/** The raw-token checks, before yargs has interpreted anything. */
export function checkRawArgs(raw: readonly string[], booleans: ReadonlySet<string>): void {
  const dashdash = raw.indexOf("--");
  if (dashdash >= 0 && dashdash < raw.length - 1)
    throw new UsageError(
      `arguments after "--" are not accepted (${JSON.stringify(raw.slice(dashdash + 1).join(" ")).slice(0, 60)}); no command takes extra arguments`,
    );
  for (const token of raw.slice(0, dashdash >= 0 ? dashdash : undefined)) {
    const m = /^--(?:no-)?([^=]+)=(.*)$/s.exec(token);
    if (m && booleans.has(m[1] as string) && !/^(true|false)$/.test(m[2] as string))
      throw new UsageError(
        `--${m[1]}: a switch takes no value (or =true/=false), got ${JSON.stringify(m[2]).slice(0, 60)}`,
      );
  }
}

/** The parsed-value checks: repeated single-value flags and empty values. */
export function checkParsed(
  argv: Record<string, unknown>,
  declared: DeclaredOptions,
  raw: readonly string[] = [],
): void {
  // A positional (`plan ''`) is named as the help shows it, a flag with its dashes.
  const label = (name: string) =>
    raw.some((t) => t === `--${name}` || t.startsWith(`--${name}=`))
      ? `--${name}`
      : name.toUpperCase().replace(/-/g, "_");
  const arrays = new Set(declared.array);
  for (const name of [...declared.string, ...declared.boolean, ...declared.number]) {
    if (arrays.has(name) || name === "help" || name === "version") continue;
    const v = argv[name];
    if (Array.isArray(v)) throw new UsageError(`${label(name)}: given ${v.length} times; give it once`);
  }
  for (const name of declared.string) {
    if (BARE_ALLOWED.has(name)) continue;
    const v = argv[name];
    const values = Array.isArray(v) ? v : [v];
    if (values.some((x) => typeof x === "string" && x.trim() === "")) {
      // yargs reads a positional `-` as "" (flags' `-` were joined above, so a lone `-` left in
      // the command line is the positional's): say what it meant rather than "empty".
      if (label(name) !== `--${name}` && raw.includes(STDIO))
        throw new UsageError(`${label(name)}: - (standard input) is not read; give the file's path`);
      throw new UsageError(`${label(name)}: expected a value, got an empty string`);
    }
  }
}

/** Register the checks on `cli` for every command; `raw` is the command line as given. */
export function guardFlags(cli: Argv, raw: readonly string[]): Argv {
  // yargs calls middleware with the instance of the command being run (its options declared);
  // @types/yargs omits that second argument.
  const check = (argv: Record<string, unknown>, y: { getOptions(): DeclaredOptions }) => {
    const declared = y.getOptions();
    checkRawArgs(raw, new Set(declared.boolean));
    checkParsed(argv, declared, raw);
  };
  return cli.middleware(check as unknown as Parameters<Argv["middleware"]>[0], true);
}
