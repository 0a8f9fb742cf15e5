/**
 * Monte Carlo: draw every distributed workload field (src/model/distribution.ts), plan each
 * sample with the lean evaluator, summarise per option.
 *
 * Determinism: sample i draws from its own PRNG stream (seed, i) (./prng.ts), so results do not
 * depend on chunking or on the number of worker threads; sums run in sample order.
 *
 * Summary (issue #5 `simulate --json`): per option p5, p50, p95 and mean over the samples where it
 * is feasible (percentiles by linear interpolation between order statistics, numpy's default;
 * null when it is never feasible), pInfeasible = infeasible samples ÷ samples, and pCheapest =
 * samples where it is the cheapest feasible option ÷ samples where any option is feasible (ties go
 * to the first option in `--options` order, as in `plan`). pCheapest therefore sums to 1 over the
 * options; samples where nothing is feasible are reported apart as `pNoneFeasible` (when every
 * sample is infeasible, every pCheapest is 0).
 * A sample whose drawn values break a cross-field rule (a peak drawn below its average, a local
 * retention above retention, tier reads above egress) is adjusted, not fatal: the dependent field
 * moves to the nearest consistent value (src/model/workload-schema.ts buildWorkloadAdjusted) and
 * the run goes on; `adjustedSamples` counts, per field path, the samples so adjusted (deterministic:
 * the same draws give the same adjustments). Any other broken rule still stops the run with an
 * InputError naming the sample.
 */
import { type FieldDistribution, makeSampler } from "../../model/distribution.js";
import { ADJUSTABLE_STREAM_FIELDS, adjustedPath, parseWorkloadInput } from "../../model/workload-schema.js";
import type { Catalog } from "../../pricing/catalog-schema.js";
import type { OptionEvaluation } from "../options.js";
import { type Planner, preparePlanner } from "../planner.js";
import type { OptionId } from "../types.js";
import { Prng } from "./prng.js";
import { resolvePath, ScenarioWorkload } from "./scenario.js";

export interface MonteCarloInit {
  /** The workload input after distributions were replaced by medians (plain JSON). */
  input: unknown;
  distributions: FieldDistribution[];
  seed: number;
  catalog: Catalog;
  region?: string;
  options?: readonly OptionId[];
  hours?: number;
}

export interface PreparedMonteCarlo {
  options: readonly OptionId[];
  /** Field paths a sample may be adjusted on (`streams.orders.peakIngress` …), in a fixed order. */
  adjustable: readonly string[];
  /**
   * Samples [start, end): first their costs (row-major, one column per option, NaN where
   * infeasible), then their adjustments (row-major, one column per `adjustable` path, 1 = adjusted).
   */
  chunk(start: number, end: number): Float64Array;
}

export function prepareMonteCarlo(init: MonteCarloInit, planner?: Planner): PreparedMonteCarlo {
  const parsed = parseWorkloadInput(init.input);
  const scenario = new ScenarioWorkload(parsed);
  const draws = init.distributions.map((d) => {
    const r = resolvePath(d.path, parsed);
    const f = r.field;
    const s = makeSampler(d.distribution, f.min ?? 0, f.integer === true);
    const hi = f.max ?? Number.POSITIVE_INFINITY;
    const set = scenario.setter(r);
    return { path: d.path, sample: s, hi, set };
  });
  const base = scenario.build().workload;
  const p =
    planner ??
    preparePlanner({
      catalog: init.catalog,
      region: init.region ?? base.region,
      ...(init.options ? { options: init.options } : {}),
      ...(init.hours !== undefined ? { hours: init.hours } : {}),
    });
  const nOpt = p.options.length;
  const adjustable = parsed.streams.flatMap((s) =>
    ADJUSTABLE_STREAM_FIELDS.map((f) => adjustedPath(s.name, f)),
  );
  const nAdj = adjustable.length;
  const adjusted = new Set<string>();
  const rng = new Prng(init.seed);
  const next = () => rng.next();
  let current = 0;
  const describe = () => `sample ${current} (seed ${init.seed})`;
  return {
    options: p.options,
    adjustable,
    chunk(start, end) {
      const n = end - start;
      const out = new Float64Array(n * (nOpt + nAdj));
      for (let i = start; i < end; i++) {
        current = i;
        rng.reseed(init.seed, i);
        for (const d of draws) d.set(Math.min(d.hi, d.sample(rng.next(), next)));
        adjusted.clear();
        const rows: OptionEvaluation[] = p.evaluate(scenario.buildAdjustedOrThrow(adjusted, describe));
        const o = (i - start) * nOpt;
        for (let j = 0; j < nOpt; j++) {
          const r = rows[j] as OptionEvaluation;
          out[o + j] = r.feasible && r.monthlyUsd !== null ? r.monthlyUsd : Number.NaN;
        }
        if (adjusted.size > 0) {
          const a = n * nOpt + (i - start) * nAdj;
          for (let k = 0; k < nAdj; k++) if (adjusted.has(adjustable[k] as string)) out[a + k] = 1;
        }
      }
      return out;
    },
  };
}

export interface MonteCarloOptionSummary {
  option: OptionId;
  p5: number | null;
  p50: number | null;
  p95: number | null;
  mean: number | null;
  pCheapest: number;
  pInfeasible: number;
}

export interface MonteCarloResult {
  samples: number;
  seed: number;
  options: MonteCarloOptionSummary[];
  /** Share of samples where no option is feasible (not part of any pCheapest). */
  pNoneFeasible: number;
  /**
   * Per field path, the samples whose draws broke a cross-field rule and were adjusted (a peak
   * raised to its average …); only fields adjusted at least once, in stream and field order.
   */
  adjustedSamples: Record<string, number>;
}

/** Percentile q ∈ [0, 1] of sorted values by linear interpolation (Hyndman & Fan type 7). */
export function percentile(sorted: Float64Array, q: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  const b = sorted[Math.min(n - 1, lo + 1)] as number;
  return a + (h - lo) * (b - a);
}

/** Accumulates chunks in sample order and summarises. */
export class MonteCarloAccumulator {
  private readonly costs: Float64Array[];
  private readonly count: number[];
  private readonly sums: number[];
  private readonly cheapest: number[];
  private readonly adjustedCounts: number[];
  private none = 0;
  private seen = 0;

  constructor(
    private readonly options: readonly OptionId[],
    samples: number,
    private readonly seed: number,
    private readonly adjustable: readonly string[] = [],
  ) {
    this.costs = options.map(() => new Float64Array(samples));
    this.count = options.map(() => 0);
    this.sums = options.map(() => 0);
    this.cheapest = options.map(() => 0);
    this.adjustedCounts = adjustable.map(() => 0);
  }

  /** A chunk as PreparedMonteCarlo.chunk lays it out: costs of its samples, then their adjustments. */
  add(chunk: Float64Array): void {
    const nOpt = this.options.length;
    const nAdj = this.adjustable.length;
    const n = chunk.length / (nOpt + nAdj);
    for (let k = n * nOpt; k < chunk.length; k++)
      if (chunk[k] === 1)
        this.adjustedCounts[(k - n * nOpt) % nAdj] =
          (this.adjustedCounts[(k - n * nOpt) % nAdj] as number) + 1;
    for (let o = 0; o < n * nOpt; o += nOpt) {
      let best = -1;
      let bestUsd = Number.POSITIVE_INFINITY;
      for (let j = 0; j < nOpt; j++) {
        const v = chunk[o + j] as number;
        if (Number.isNaN(v)) continue;
        (this.costs[j] as Float64Array)[this.count[j] as number] = v;
        this.count[j] = (this.count[j] as number) + 1;
        this.sums[j] = (this.sums[j] as number) + v;
        if (v < bestUsd) {
          best = j;
          bestUsd = v;
        }
      }
      if (best < 0) this.none++;
      else this.cheapest[best] = (this.cheapest[best] as number) + 1;
      this.seen++;
    }
  }

  result(): MonteCarloResult {
    const n = this.seen;
    const anyFeasible = n - this.none;
    return {
      samples: n,
      seed: this.seed,
      options: this.options.map((option, j) => {
        const c = this.count[j] as number;
        const sorted = (this.costs[j] as Float64Array).subarray(0, c).sort();
        return {
          option,
          p5: percentile(sorted, 0.05),
          p50: percentile(sorted, 0.5),
          p95: percentile(sorted, 0.95),
          mean: c ? (this.sums[j] as number) / c : null,
          pCheapest: anyFeasible ? (this.cheapest[j] as number) / anyFeasible : 0,
          pInfeasible: n ? (n - c) / n : 0,
        };
      }),
      pNoneFeasible: n ? this.none / n : 0,
      adjustedSamples: Object.fromEntries(
        this.adjustable.flatMap((path, k) => {
          const c = this.adjustedCounts[k] as number;
          return c > 0 ? [[path, c]] : [];
        }),
      ),
    };
  }
}
