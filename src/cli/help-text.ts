/**
 * The top-level help text, rendered by yargs at build time (scripts/build.mjs runs the built CLI's
 * `--help` and writes what it printed to dist/cli-help.json), so that `msk-planner --help` starts
 * without loading yargs (issue #14: `--help` within 2× `node -e 0`). Served only where it is
 * exactly what yargs would print, at the same width (test/cli/help-fast-path.test.ts compares the
 * two, at several widths and locales); anything else goes through yargs. The locale does not
 * matter: the bundle carries no yargs translations, so yargs prints English under any LANG.
 */
import { readFileSync } from "node:fs";

/** Beside dist/cli.js: { "100": text, "110": text }, the widths a pipe and a wide terminal get. */
const HELP_FILE = "cli-help.json";

/** The width yargs wraps help to (program.ts's `.wrap()`): the terminal's, at most 110, 100 when not a terminal. */
export function helpWidth(): number {
  return Math.min(110, process.stdout.columns || 100);
}

/**
 * Print the pre-rendered help when the command line is exactly `--help` or `-h` and it applies;
 * returns whether it did (false: let yargs do it).
 */
export function printPrerenderedHelp(args: readonly string[], entryUrl: string): boolean {
  if (args.length !== 1 || (args[0] !== "--help" && args[0] !== "-h")) return false;
  let texts: Record<string, string>;
  try {
    texts = JSON.parse(readFileSync(new URL(HELP_FILE, entryUrl), "utf8")) as Record<string, string>;
  } catch {
    return false; // not built yet (the build renders it through yargs)
  }
  const text = texts[String(helpWidth())];
  if (typeof text !== "string") return false;
  process.stdout.write(text);
  return true;
}
