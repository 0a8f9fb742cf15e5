#!/usr/bin/env node
/**
 * The CLI's entry. `msk-planner --help` prints the help yargs rendered at build time
 * (help-text.ts), without loading yargs; `price FILE`, `plan FILE` and `sensitivity FILE` (each
 * with or without `--json`) and a streamed `sweep FILE --vary …` run their handler from one
 * bundle each (compiled with V8's code cache: fast-load.ts) with the arguments yargs gave it at
 * build time (fast-path.ts); every other command line loads the program (program.ts: yargs, every
 * command and its flags).
 */
import { fileURLToPath } from "node:url";
import { loadFastBundle } from "./fast-load.js";
import { fastCommandLine } from "./fast-path.js";
import { printPrerenderedHelp } from "./help-text.js";

/** A fast path's CommonJS bundle, compiled with its code cache (fast-load.ts). */
const fastBundle = (command: string) => fileURLToPath(new URL(`./fast/${command}.cjs`, import.meta.url));

const args = process.argv.slice(2);
if (!printPrerenderedHelp(args, import.meta.url)) {
  const fast = fastCommandLine(args, import.meta.url);
  if (fast) {
    if (fast.command === "sweep") {
      // A streamed sweep on several threads: its worker threads start before the sweep's bundle
      // loads, so their start-up overlaps that too (issue #14 goal 3).
      const { startSweepWorkers } = await import("../plan/simulate/start-workers.js");
      const started = startSweepWorkers(fast.argv);
      await loadFastBundle<typeof import("./fast/sweep.js")>(fastBundle("sweep")).run(fast.argv, started);
    } else {
      await loadFastBundle<{ run: (argv: Record<string, unknown>) => Promise<void> }>(
        fastBundle(fast.command),
      ).run(fast.argv);
    }
  } else {
    const { run } = await import("./program.js");
    await run();
  }
}
