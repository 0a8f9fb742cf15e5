#!/usr/bin/env node
/**
 * The CLI's entry. `msk-planner --help` prints the help yargs rendered at build time
 * (help-text.ts), without loading yargs; every other command line loads the program (program.ts:
 * yargs, every command and its flags).
 */
import { printPrerenderedHelp } from "./help-text.js";

if (!printPrerenderedHelp(process.argv.slice(2), import.meta.url)) {
  const { run } = await import("./program.js");
  await run();
}
