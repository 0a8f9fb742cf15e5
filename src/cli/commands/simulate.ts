/** `msk-planner simulate WORKLOAD --samples N --seed S`: Monte Carlo over the workload's distributions. */
import { InputError } from "../../model/errors.js";
import { checkLimit } from "../../model/limits.js";
import { runMonteCarlo } from "../../plan/simulate/run.js";
import { formatPercent, formatUsd } from "../../report/format.js";
import { adjustedSamplesNote } from "../../report/simulation-tables.js";
import { renderTable } from "../../report/table.js";
import { checkFinite } from "../finite.js";
import {
  monteCarloInit,
  progressBar,
  type SimArgs,
  simulationContext,
  workersOf,
} from "../simulate-context.js";

function wholeNumber(v: unknown, flag: string, min: number, fallback: number): number {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (typeof v === "boolean" || !Number.isInteger(n) || n < min)
    throw new InputError(flag, `expected a whole number ≥ ${min}, got ${JSON.stringify(v)}`);
  return n;
}

export async function handler(
  argv: SimArgs & { samples?: unknown; seed?: unknown; workers?: unknown },
): Promise<void> {
  const samples = wholeNumber(argv.samples, "--samples", 1, 10_000);
  const seed = wholeNumber(argv.seed, "--seed", 0, 42);
  if (seed > Number.MAX_SAFE_INTEGER)
    throw new InputError("--seed", `expected at most ${Number.MAX_SAFE_INTEGER}`);
  const workers = workersOf(argv.workers);
  // Bounded before anything is read or said (the note below would otherwise precede the error).
  checkLimit("samples", samples, "--samples", "samples");
  const ctx = await simulationContext(argv);
  if (ctx.distributions.length === 0) {
    process.stderr.write(
      "msk-planner: the workload has no distributions; every sample is the same plan (see README: What-if and simulation)\n",
    );
  }
  const bar = await progressBar(samples, "simulate");
  let result: Awaited<ReturnType<typeof runMonteCarlo>>;
  try {
    result = await runMonteCarlo(monteCarloInit(ctx, seed), samples, {
      workers,
      onProgress: (d) => bar.update(d),
    });
  } finally {
    bar.stop();
  }
  checkFinite(result, "the simulation");
  if (argv.json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const usd = (v: number | null) => (v === null ? "—" : formatUsd(v));
  const table = renderTable({
    head: ["Option", "P5", "P50", "P95", "Mean", "Cheapest", "Infeasible", "Partly priced"],
    rows: result.options.map((o) => [
      o.option,
      usd(o.p5),
      usd(o.p50),
      usd(o.p95),
      usd(o.mean),
      formatPercent(o.pCheapest),
      formatPercent(o.pInfeasible),
      formatPercent(o.pPartial),
    ]),
    align: ["left", "right", "right", "right", "right", "right", "right", "right"],
  });
  const dists = ctx.distributions.map((d) => `  ${d.path}: ${d.distribution.dist}`).join("\n");
  const adjusted = adjustedSamplesNote(result);
  process.stdout.write(
    `Monte Carlo: ${result.samples} samples, seed ${result.seed}; monthly USD over feasible samples\n${table}\n` +
      `${result.pNoneFeasible > 0 ? `No option feasible in ${formatPercent(result.pNoneFeasible)} of samples (not counted in Cheapest).\n` : ""}` +
      `${adjusted ? `Note: ${adjusted}.\n` : ""}` +
      `${result.pNoneComplete > 0 ? `No feasible option completely priced in ${formatPercent(result.pNoneComplete)} of samples (not counted in Cheapest; partly priced costs are lower bounds).\n` : ""}` +
      `Distributions:\n${dists || "  (none)"}\nPrices: ${ctx.origin}\n`,
  );
}
