/**
 * The CLI program (loaded by the entry, main.ts): yargs and the commands; each command module reads input,
 * calls the library and renders (no arithmetic in src/cli). Command modules are imported lazily
 * so a command loads only what it uses (the AWS SDK and exceljs never load for `price`).
 * One top-level handler maps errors to exit codes: 2 bad input, 1 anything else.
 */
import yargs, { type Argv } from "yargs";
import { hideBin } from "yargs/helpers";
import { UsageError } from "./errors.js";
import { guardFlags, joinFlagValues } from "./flag-guard.js";
import { helpWidth } from "./help-text.js";
import { runCommandLine } from "./run-command.js";
import { explainUnknownArguments, explainUnknownSubcommand } from "./unknown-args.js";

const NO_COMMAND = "name a command: see the list above";

/** The program for the command line `args`: every command and its flags, the checks, the failure handler. */
async function program(args: readonly string[]): Promise<Argv> {
  const argv = joinFlagValues(args);
  const cli = yargs(argv)
    .scriptName("msk-planner")
    .usage("$0 <command> [options]\n\nCost and capacity planning for Amazon MSK, offline by default.")
    .strict()
    .demandCommand(1, NO_COMMAND)
    // `msk-planner completion` prints a bash script (zsh when $SHELL is zsh); the script calls back
    // with --get-yargs-completions, which yargs answers from the same command table.
    .completion(
      "completion",
      "Print a shell completion script (bash; zsh when $SHELL is zsh): add it to ~/.bashrc or ~/.zshrc",
    )
    .help()
    .alias("h", "help")
    .version()
    .wrap(helpWidth())
    // Top-level examples: one per question the tool answers (each command's --help has more).
    .example("$0 plan fixtures/workloads/typical.yaml", "Size and price every MSK option for a workload")
    .example(
      "$0 plan --ingress 20MiB/s --partitions 600 --retention 7d --compare alternatives",
      "From flags; also self-managed Kafka, Kinesis and SQS",
    )
    .example(
      "$0 price --instance kafka.m7g.large --brokers 3 --storage-per-broker 1TiB",
      "Price an explicit cluster",
    )
    .example(
      "$0 sweep fixtures/workloads/small.yaml --vary ingress=1MiB/s..100MiB/s:5",
      "What if the rate changes",
    )
    .example("$0 report fixtures/workloads/typical.yaml --xlsx plan.xlsx", "An Excel workbook for finance")
    .example("$0 completion >> ~/.bashrc", "Tab completion for bash (zsh: >> ~/.zshrc)")
    .epilogue("Prices: bundled snapshot with provenance (see `msk-planner pricing show`). Docs: README.md")
    .fail((msg, err, y) => {
      // yargs validation failures are bad input; errors thrown by handlers propagate to main's catch.
      if (err) throw err;
      // No command (`msk-planner`, `msk-planner pricing`): the help (commands and examples) is the
      // useful answer; on stderr with exit 2 like any usage error, as yargs' own demandCommand does.
      const unknownSubcommand = /^name a /i.test(msg) ? explainUnknownSubcommand(argv, cli) : undefined;
      if (unknownSubcommand) throw new UsageError(unknownSubcommand);
      if (/^(name a |not enough non-option arguments: got 0,)/i.test(msg)) {
        let help = "";
        y.showHelp((s: string) => {
          help = s;
        });
        process.stderr.write(`${help}\n\n`);
        // A command group (`pricing <command>`) lacks its subcommand; another command its arguments.
        throw new UsageError(msg.startsWith("Not enough") && /\nCommands:\n/.test(help) ? NO_COMMAND : msg);
      }
      // Unknown flags and commands: named as typed, with what was probably meant.
      throw new UsageError(explainUnknownArguments(msg, argv, cli) ?? msg);
    });

  skipHelpCache(cli);

  // ── commands (each registered by its module's `command` export) ─────────────────────────────
  const { registerCommands } = await import("./commands/index.js");
  registerCommands(cli);
  // Repeated single-value flags, `--flag=junk` switches, empty values, arguments after `--`.
  guardFlags(cli, argv);
  return cli;
}

async function main(args: string[]): Promise<void> {
  await (await program(args)).parseAsync();
}

/** Thrown by {@link parsedArgv}'s middleware to stop before the handler runs. */
class Parsed {
  constructor(readonly argv: Record<string, unknown>) {}
}

/**
 * The arguments yargs hands the command's handler for the command line `args`, without running
 * the handler: after every check and middleware, as the handler would receive them. The build
 * records them for the fast path's command lines (fast-path.ts).
 */
export async function parsedArgv(args: readonly string[]): Promise<Record<string, unknown>> {
  const cli = await program(args);
  cli.middleware((a) => {
    throw new Parsed({ ...a });
  }, false);
  try {
    await cli.parseAsync();
  } catch (e) {
    if (e instanceof Parsed) return e.argv;
    throw e;
  }
  throw new Error(`msk-planner ${args.join(" ")}: no command handler was reached`);
}

/**
 * yargs (18.2.0, pinned) renders the command's whole help text before running every command's
 * handler (`cacheHelpMessage`), to show it should the handler fail later. Our `.fail()` shows
 * help only for a missing command, which fails before any handler runs (nothing cached yet), and
 * no handler calls `showHelp`, so that text was never printed; rendering it cost 9–29 % of
 * `price`'s start-up (issue #14). `--help` itself does not use the cache: it renders as before.
 */
function skipHelpCache(cli: Argv): void {
  const internal = cli as unknown as {
    getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: () => void } };
  };
  const usage = internal.getInternalMethods?.().getUsageInstance?.();
  if (usage && typeof usage.cacheHelpMessage === "function") usage.cacheHelpMessage = () => {};
}

/** Run the command line of this process; errors become one line and the exit code. */
export function run(): Promise<void> {
  const given = hideBin(process.argv);
  return runCommandLine(
    () => main(given),
    // A workload field's error names the flag that set it (`--region`, not `region`).
    async (e) => (await import("./plan-flags.js")).namedForFlag(e, joinFlagValues(given)),
  );
}
