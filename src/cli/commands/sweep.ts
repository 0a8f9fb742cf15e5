/** `msk-planner sweep WORKLOAD --vary FIELD=A..B:N[:log] …`: stream the grid as NDJSON, CSV or a table. */
import { InputError } from "../../model/errors.js";
import { checkLimit } from "../../model/limits.js";
import { runSweep, runSweepBytes } from "../../plan/simulate/run.js";
import type { StartedWorkers } from "../../plan/simulate/start-workers.js";
import {
  listOf,
  progressBar,
  type SimArgs,
  simulationContext,
  workersOf,
  writeOut,
} from "../simulate-context.js";

/**
 * `started`: the worker threads the CLI started for this line before loading this code
 * (src/cli/main.ts); without them they start here. Terminated at the end whatever happens.
 */
export async function handler(
  argv: SimArgs & { vary?: unknown; csv?: boolean; workers?: unknown },
  given?: StartedWorkers,
): Promise<void> {
  const { startSweepWorkers, stopWorkers } = await import("../../plan/simulate/start-workers.js");
  let started = given;
  try {
    const vary = listOf(argv.vary, "--vary");
    if (vary.length === 0)
      throw new InputError("--vary", "expected at least one FIELD=A..B:N[:log] or FIELD=v1,v2,…");
    if (argv.json && argv.csv) throw new InputError("--csv", "choose --json (NDJSON) or --csv, not both");
    const workers = workersOf(argv.workers);
    // Streamed on several threads: the worker threads start now (if not already), so their
    // start-up (the runtime and the bundle) overlaps this thread's reading the workload and
    // preparing the sweep.
    started ??= startSweepWorkers(argv);
    await runGrid(argv, vary, workers, started);
  } finally {
    await stopWorkers(started);
  }
}

async function runGrid(
  argv: SimArgs & { csv?: boolean },
  vary: string[],
  workers: number,
  started: StartedWorkers | undefined,
): Promise<void> {
  // A varied field need not be given too: the sweep sets it in every scenario (issue #15).
  const { axisStart } = await import("../../plan/simulate/grid.js");
  const ctx = await simulationContext(
    argv,
    vary.map(axisStart).filter((x) => x !== undefined),
  );
  const { prepareSweep } = await import("../../plan/simulate/sweep.js");
  // Prepared once (axes parsed, planner prepared) and run as it is: the table is the CSV aligned.
  const sweep = prepareSweep({
    input: ctx.input,
    vary,
    catalog: ctx.catalog,
    region: ctx.region,
    format: argv.json ? "ndjson" : "csv",
    ...(ctx.options ? { options: ctx.options } : {}),
  });
  const total = sweep.total;
  // A table is built in memory before it prints; large grids stream as CSV or NDJSON instead.
  if (!argv.json && !argv.csv)
    checkLimit(
      "sweepTableRows",
      total,
      "--vary",
      "the grid's scenarios",
      "a table shows at most that many: stream them with --csv or --json",
    );
  const bar = await progressBar(total, "sweep");
  try {
    if (argv.json || argv.csv) {
      // Bytes straight to stdout: the rows are never decoded to a string and encoded again.
      await runSweepBytes(sweep, writeOut, {
        workers,
        onProgress: (d) => bar.update(d),
        ...(started ? { started } : {}),
      });
      return;
    }
    // Table: a readable summary for small grids (the rows as CSV, aligned).
    let text = "";
    await runSweep(
      sweep,
      (t) => {
        text += t;
      },
      { workers, onProgress: (d) => bar.update(d) },
    );
    bar.stop();
    const { renderTable } = await import("../../report/table.js");
    const { formatUsd } = await import("../../report/format.js");
    const lines = text
      .trimEnd()
      .split("\n")
      .map((l) => l.split(","));
    const csvHead = lines[0] as string[];
    const nSet = vary.length;
    // The CSV's OPTION_priced columns fold into their option's cost: a partial total reads as a
    // lower bound ("≥ $…"), an unpriced one as "not priced" (issue #15: no internal column names).
    const costColumns = csvHead.map((_h, i) => i).filter((i) => i > nSet && !csvHead[i]?.endsWith("_priced"));
    const head = [...csvHead.slice(0, nSet + 1), ...costColumns.map((i) => csvHead[i] as string)];
    const rows = lines.slice(1).map((r) => [
      ...r.slice(0, nSet),
      r[nSet] || "none",
      ...costColumns.map((i) => {
        const cost = r[i] ?? "";
        const priced = r[csvHead.indexOf(`${csvHead[i]}_priced`)];
        if (cost === "") return priced === "none" ? "not priced" : "—";
        return priced === "partial" ? `≥ ${formatUsd(Number(cost))}` : formatUsd(Number(cost));
      }),
    ]);
    process.stdout.write(
      `${renderTable({ head, rows })}\n${total} scenarios; monthly USD per option (— infeasible; ≥ a lower bound, some prices missing). Prices: ${ctx.origin}. Stream all rows: --json or --csv\n`,
    );
  } finally {
    bar.stop();
  }
}
