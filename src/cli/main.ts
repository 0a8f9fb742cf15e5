#!/usr/bin/env node
/**
 * The CLI's entry. `msk-planner --help` prints the help yargs rendered at build time
 * (help-text.ts), without loading yargs; `price FILE` and `plan FILE` run their handler from one
 * bundle each (compiled with V8's code cache: fast-load.ts) with the arguments yargs gave it at
 * build time (fast-path.ts); every other command line loads the program (program.ts: yargs,
 * every command and its flags).
 */
import { fileURLToPath } from "node:url";
import { loadFastBundle } from "./fast-load.js";
import { fastCommandLine } from "./fast-path.js";
import { printPrerenderedHelp } from "./help-text.js";

const args = process.argv.slice(2);
if (!printPrerenderedHelp(args, import.meta.url)) {
  const fast = fastCommandLine(args, import.meta.url);
  if (fast) {
    if (fast.command === "sweep") {
      // A streamed sweep on several threads: its worker threads start before the sweep's bundle
      // loads, so their start-up overlaps that too (issue #14 goal 3).
      const { startSweepWorkers } = await import("../plan/simulate/start-workers.js");
      const started = startSweepWorkers(fast.argv);
      // A literal path: the build keeps it as an import of the bundle beside this file.
      await (await import("./fast/sweep.js")).run(fast.argv, started);
    } else {
      // CommonJS bundles compiled with their code cache (fast-load.ts).
      const bundle = fileURLToPath(new URL(`./fast/${fast.command}.cjs`, import.meta.url));
      await loadFastBundle<{ run: (argv: Record<string, unknown>) => Promise<void> }>(bundle).run(fast.argv);
    }
  } else {
    const { run } = await import("./program.js");
    await run();
  }
}
