#!/usr/bin/env node
/**
 * The CLI's entry. `msk-planner --help` prints the help yargs rendered at build time
 * (help-text.ts), without loading yargs; `price FILE` and `plan FILE` run their handler from one
 * bundle each with the arguments yargs gave it at build time (fast-path.ts); every other command
 * line loads the program (program.ts: yargs, every command and its flags).
 */
import { fastCommandLine } from "./fast-path.js";
import { printPrerenderedHelp } from "./help-text.js";

const args = process.argv.slice(2);
if (!printPrerenderedHelp(args, import.meta.url)) {
  const fast = fastCommandLine(args, import.meta.url);
  if (fast) {
    // Literal paths (the build keeps them as imports of the bundles beside this file).
    if (fast.command === "sweep") {
      // A streamed sweep on several threads: its worker threads start before the sweep's bundle
      // loads, so their start-up overlaps that too (issue #14 goal 3).
      const { startSweepWorkers } = await import("../plan/simulate/start-workers.js");
      const started = startSweepWorkers(fast.argv);
      await (await import("./fast/sweep.js")).run(fast.argv, started);
    } else {
      const { run } =
        fast.command === "price" ? await import("./fast/price.js") : await import("./fast/plan.js");
      await run(fast.argv);
    }
  } else {
    const { run } = await import("./program.js");
    await run();
  }
}
