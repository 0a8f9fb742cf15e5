/**
 * Shared by the simulator commands (whatif, sweep, project, simulate, sensitivity, breakeven):
 * read the workload (file and flags, distributions replaced by medians), the catalog and the
 * options, and prepare one planner. No arithmetic here.
 */
import { availableParallelism } from "node:os";
import type { FieldDistribution } from "../model/distribution.js";
import { InputError } from "../model/errors.js";
import type { ParsedWorkloadInput } from "../model/workload-schema.js";
import type { Planner } from "../plan/planner.js";
import type { MonteCarloInit } from "../plan/simulate/montecarlo.js";
import type { OptionId } from "../plan/types.js";
import type { Catalog } from "../pricing/catalog-schema.js";
import { loadCatalog } from "./catalog.js";
import { onInterrupt } from "./interrupt.js";
import { loadWorkload } from "./plan-flags.js";

export type SimArgs = Record<string, unknown> & {
  workloadFile?: string;
  catalog?: string;
  options?: string;
  json?: boolean;
};

export interface SimContext {
  input: Record<string, unknown>;
  parsed: ParsedWorkloadInput;
  distributions: FieldDistribution[];
  catalog: Catalog;
  origin: string;
  options: OptionId[] | undefined;
  region: string;
  planner: Planner;
}

export async function simulationContext(
  argv: SimArgs,
  /** Field values the command sets itself, for fields the workload lacks (loadWorkload). */
  supplied: readonly { path: string; value: string }[] = [],
): Promise<SimContext> {
  const { workload, distributions, input } = await loadWorkload(argv, argv.workloadFile, supplied);
  const [{ parseWorkloadInput }, { preparePlanner }] = await Promise.all([
    import("../model/workload-schema.js"),
    import("../plan/planner.js"),
  ]);
  const { catalog, origin } = loadCatalog({ catalog: argv.catalog });
  const options =
    argv.options === undefined
      ? undefined
      : (argv.options
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean) as OptionId[]);
  const planner = preparePlanner({
    catalog,
    region: workload.region,
    ...(workload.instanceTypes ? { instanceTypes: workload.instanceTypes } : {}),
    ...(options ? { options } : {}),
  });
  return {
    input,
    parsed: parseWorkloadInput(input),
    distributions,
    catalog,
    origin,
    options,
    region: workload.region,
    planner,
  };
}

/** The Monte Carlo simulator's input for this context (simulate, and report --samples). */
export function monteCarloInit(ctx: SimContext, seed: number): MonteCarloInit {
  return {
    input: ctx.input,
    distributions: ctx.distributions,
    seed,
    catalog: ctx.catalog,
    region: ctx.region,
    ...(ctx.options ? { options: ctx.options } : {}),
  };
}

/** A list flag given once or many times (`--set a=1 --set b=2`). */
export function listOf(v: unknown, flag: string): string[] {
  if (v === undefined) return [];
  const xs = (Array.isArray(v) ? v : [v]).map(String);
  if (xs.some((x) => x.trim() === "")) throw new InputError(flag, "expected a value, got nothing");
  return xs;
}

/**
 * `--workers N`: a whole number from 1 to the machine's cores (default 1), the threads computing:
 * this one and N − 1 worker threads (src/plan/simulate/pool.ts). More threads than cores only add
 * start-up and memory (each worker holds its own planner).
 */
export function workersOf(v: unknown, cores: number = availableParallelism()): number {
  if (v === undefined) return 1;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > cores)
    throw new InputError(
      "--workers",
      `expected a whole number from 1 to ${cores} (this machine's cores), got ${JSON.stringify(v)}`,
    );
  return n;
}

/** A progress bar on stderr, only when stderr is a terminal (cli-progress loads lazily). */
export async function progressBar(
  total: number,
  label: string,
): Promise<{ update(done: number): void; stop(): void }> {
  if (!process.stderr.isTTY || total < 2) return { update() {}, stop() {} };
  const { default: cliProgress } = await import("cli-progress");
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: `${label} [{bar}] {percentage}% {value}/{total} eta {eta_formatted}`,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  // Ctrl-C mid-run: stop the bar, which shows the cursor again (src/cli/interrupt.ts).
  const forget = onInterrupt(() => bar.stop());
  return {
    update: (d) => bar.update(d),
    stop: () => {
      forget();
      bar.stop();
    },
  };
}

/**
 * Write to stdout, resolved once stdout has taken the bytes (its write callback): a sweep on
 * several threads reuses a chunk's memory once its write resolves (src/plan/simulate/run.ts
 * runSweepBytes), and waiting for each write is back-pressure too (memory stays flat however many
 * rows stream). A failed write resolves as well: the stream's own error stands, as before.
 */
export function writeOut(text: string | Uint8Array): Promise<void> {
  return new Promise((resolve) => process.stdout.write(text, () => resolve()));
}
