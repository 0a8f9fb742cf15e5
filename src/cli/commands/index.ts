/**
 * Every command, declared in one place: name, description, flags and examples. Handlers live
 * in sibling modules and are imported lazily.
 */
import type { Argv } from "yargs";

export function registerCommands(cli: Argv): void {
  void cli;
}
