/**
 * yargs' strict-mode failures ("Unknown arguments: ingres, foo") reworded as one line that names
 * what was typed as it was typed (`--ingres`, not `ingres`) and suggests what was meant: a flag of
 * the command being run, or a command at that level (src/model/suggest.ts).
 */
import type { Argv } from "yargs";
import { didYouMean } from "../model/suggest.js";
import { kebab } from "./plan-flags.js";

/** What yargs tells us of the instance that failed (its declared flags and its subcommands). */
interface FailedInstance {
  getOptions(): { key: Record<string, unknown> };
  getInternalMethods?(): { getCommandInstance(): { getCommands(): string[] } };
}

/** The flags the command declares, as typed on a command line (`--peak-ingress`). */
function declaredFlags(y: FailedInstance): string[] {
  const keys = Object.keys(y.getOptions().key).filter((k) => k !== "$0" && !/[A-Z]/.test(k));
  return keys.map((k) => (k.length === 1 ? `-${k}` : `--${kebab(k)}`));
}

function subcommands(y: FailedInstance): string[] {
  try {
    return y.getInternalMethods?.().getCommandInstance().getCommands() ?? [];
  } catch {
    return [];
  }
}

/** How `name` (as yargs reports it: no dashes, no `no-`) was typed, if as a flag: `--no-ingres`. */
function typedFlag(name: string, raw: readonly string[]): string | undefined {
  for (const t of raw) {
    const m = /^(--?)(no-)?([^=]+)/.exec(t);
    if (!m) continue;
    const [, dashes, no = "", typed] = m as unknown as [string, string, string | undefined, string];
    if (typed === name || (dashes === "-" && typed.includes(name))) return `${dashes}${no}${typed}`;
  }
  return undefined;
}

/** A flag's suggestion, keeping a typed `--no-` (`--no-tolerate-az-los` → `--no-tolerate-az-loss`). */
function flagHint(flag: string, declared: string[]): string | undefined {
  if (flag.startsWith("--no-"))
    return didYouMean(
      flag.slice(5),
      declared.map((d) => d.replace(/^--/, "")),
    )?.replace(/mean /, "mean --no-");
  return didYouMean(flag, declared);
}

/**
 * The one-line message for a yargs "Unknown argument(s)" failure while running `cli`, or undefined
 * when `msg` is another failure. The first unknown name is explained, the others listed.
 */
export function explainUnknownArguments(msg: string, raw: readonly string[], cli: Argv): string | undefined {
  const m = /^Unknown arguments?: (.+)$/.exec(msg);
  if (!m) return undefined;
  const failed = cli as unknown as FailedInstance;
  const reported = (m[1] as string).split(", ");
  // yargs reports `--foo-bar` twice, as foo-bar and fooBar.
  const names = reported.filter((n) => !/[A-Z]/.test(n) || !reported.includes(kebab(n)));
  const [name = "", ...others] = names.map((n) => typedFlag(n, raw) ?? n);
  const more = others.length ? ` (also unknown: ${others.join(", ")})` : "";
  if (name.startsWith("-")) {
    const hint = flagHint(name, declaredFlags(failed));
    return `${name}: unknown flag${hint ? `; ${hint}` : "; see --help for the flags"}${more}`;
  }
  return unknownCommand(name, subcommands(failed), more);
}

function unknownCommand(name: string, commands: string[], more = ""): string {
  if (commands.length === 0)
    return `unexpected argument ${JSON.stringify(name)}: this command takes no more arguments${more}`;
  const hint = didYouMean(name, commands);
  return `unknown command ${JSON.stringify(name)}${hint ? `; ${hint}` : `; expected one of: ${commands.join(", ")}`}${more}`;
}

/**
 * A command group's subcommand that is not one (`pricing shw`): yargs takes it for the group's
 * `<command>` argument and fails for want of a subcommand. The word typed right after the group's
 * name, when it is not a subcommand, is reported as an unknown command; otherwise undefined.
 */
export function explainUnknownSubcommand(raw: readonly string[], cli: Argv): string | undefined {
  const commands = subcommands(cli as unknown as FailedInstance);
  const typed = raw[1];
  if (commands.length === 0 || typed === undefined || raw[0]?.startsWith("-") || typed.startsWith("-"))
    return undefined;
  return commands.includes(typed) ? undefined : unknownCommand(typed, commands);
}
