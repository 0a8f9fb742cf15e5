#!/usr/bin/env node
/**
 * The CLI: this file declares every command and its flags; each command module reads input,
 * calls the library and renders (no arithmetic in src/cli). Command modules are imported lazily
 * so a command loads only what it uses (the AWS SDK and exceljs never load for `price`).
 * One top-level handler maps errors to exit codes: 2 bad input, 1 anything else.
 */
import yargs from "yargs";
import { hideBin } from "yargs/helpers";
import { reportError, UsageError } from "./errors.js";
import { guardFlags } from "./flag-guard.js";

async function main(argv: string[]): Promise<void> {
  const cli = yargs(argv)
    .scriptName("msk-planner")
    .usage("$0 <command> [options]\n\nCost and capacity planning for Amazon MSK, offline by default.")
    .strict()
    .recommendCommands()
    .demandCommand(1, "Name a command: see the list above.")
    .help()
    .alias("h", "help")
    .version()
    .wrap(Math.min(110, process.stdout.columns || 100))
    .epilogue("Prices: bundled snapshot with provenance (see `msk-planner pricing show`). Docs: README.md")
    .fail((msg, err) => {
      // yargs validation failures are bad input; errors thrown by handlers propagate to main's catch.
      if (err) throw err;
      throw new UsageError(msg);
    });

  // ── commands (each registered by its module's `command` export) ─────────────────────────────
  const { registerCommands } = await import("./commands/index.js");
  registerCommands(cli);
  // Repeated single-value flags, `--flag=junk` switches, empty values, arguments after `--`.
  guardFlags(cli, argv);

  await cli.parseAsync();
}

main(hideBin(process.argv)).catch((e: unknown) => {
  process.exitCode = reportError(e);
});
