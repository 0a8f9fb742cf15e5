/**
 * Monte Carlo: draw every distributed workload field (src/model/distribution.ts), plan each
 * sample with the lean evaluator, summarise per option.
 *
 * Determinism: sample i draws from its own PRNG stream (seed, i) (./prng.ts), so results do not
 * depend on chunking or on the number of worker threads; sums run in sample order.
 *
 * Summary (issue #5 `simulate --json`): per option p5, p50, p95 and mean over the samples where it
 * is feasible and priced (percentiles by linear interpolation between order statistics, numpy's
 * default; null when it never is), pInfeasible = infeasible samples ÷ samples, pPartial = feasible
 * samples priced only in part (their cost is a lower bound, and is in the percentiles) ÷ samples,
 * pUnpriced = feasible samples with no price at all ÷ samples, and pCheapest = samples where it is
 * the cheapest feasible, completely priced option ÷ samples where any option is (ties go to the
 * first option in `--options` order, as in `plan`). pCheapest therefore sums to 1 over the options;
 * samples where nothing is feasible are reported apart as `pNoneFeasible`, samples where something
 * is feasible but nothing feasible is completely priced as `pNoneComplete` (when every sample is
 * one of those, every pCheapest is 0).
 * A sample whose drawn values break a cross-field rule (a peak drawn below its average, a local
 * retention above retention, tier reads above egress) is adjusted, not fatal: the dependent field
 * moves to the nearest consistent value (src/model/workload-schema.ts buildWorkloadAdjusted) and
 * the run goes on; `adjustedSamples` counts, per field path, the samples so adjusted (deterministic:
 * the same draws give the same adjustments). Any other broken rule still stops the run with an
 * InputError naming the sample.
 */
import { type FieldDistribution, makeSampler } from "../../model/distribution.js";
import { resolveInstanceTypes } from "../../model/instance-types.js";
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
   * Samples [start, end): first [cost, status] per option (row-major; cost NaN where infeasible or
   * unpriced, status per {@link SAMPLE_STATUS}), then their adjustments (row-major, one column per `adjustable` path, 1 = adjusted).
   */
  chunk(start: number, end: number): Float64Array;
}

/** A sample's status per option, as stored in a chunk. */
export const SAMPLE_STATUS = { infeasible: 0, complete: 1, partial: 2, none: 3 } as const;

/**
 * Prepare a Monte Carlo run over a workload's distributions (seeded, so the same seed gives the
 * same result); run it with {@link runMonteCarlo}.
 */
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
      instanceTypes: resolveInstanceTypes(parsed.instanceTypes, "instanceTypes"),
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
      const out = new Float64Array(n * (2 * nOpt + nAdj));
      for (let i = start; i < end; i++) {
        current = i;
        rng.reseed(init.seed, i);
        for (const d of draws) d.set(Math.min(d.hi, d.sample(rng.next(), next)));
        adjusted.clear();
        const rows: OptionEvaluation[] = p.evaluate(scenario.buildAdjustedOrThrow(adjusted, describe));
        const o = (i - start) * nOpt * 2;
        for (let j = 0; j < nOpt; j++) {
          const r = rows[j] as OptionEvaluation;
          out[o + 2 * j] = r.feasible && r.monthlyUsd !== null ? r.monthlyUsd : Number.NaN;
          out[o + 2 * j + 1] = r.feasible ? SAMPLE_STATUS[r.priced] : SAMPLE_STATUS.infeasible;
        }
        if (adjusted.size > 0) {
          const a = n * 2 * nOpt + (i - start) * nAdj;
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
  /** Share of samples feasible but priced only in part (cost a lower bound). */
  pPartial: number;
  /** Share of samples feasible with no price at all. */
  pUnpriced: number;
}

/**
 * Result of a Monte Carlo run: per option the cost distribution and how often it is cheapest, and
 * how often no option is feasible; reproducible from `seed`.
 */
export interface MonteCarloResult {
  samples: number;
  seed: number;
  options: MonteCarloOptionSummary[];
  /** Share of samples where no option is feasible (not part of any pCheapest). */
  pNoneFeasible: number;
  /** Share of samples where some option is feasible but none feasible is completely priced (not part of any pCheapest). */
  pNoneComplete: number;
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
  private readonly feasible: number[];
  private readonly partial: number[];
  private readonly unpriced: number[];
  private none = 0;
  private noneComplete = 0;
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
    this.feasible = options.map(() => 0);
    this.partial = options.map(() => 0);
    this.unpriced = options.map(() => 0);
  }

  /** A chunk as PreparedMonteCarlo.chunk lays it out: [cost, status] per option of its samples, then their adjustments. */
  add(chunk: Float64Array): void {
    const nOpt = this.options.length;
    const nAdj = this.adjustable.length;
    const n = chunk.length / (2 * nOpt + nAdj);
    for (let k = n * 2 * nOpt; k < chunk.length; k++)
      if (chunk[k] === 1)
        this.adjustedCounts[(k - n * 2 * nOpt) % nAdj] =
          (this.adjustedCounts[(k - n * 2 * nOpt) % nAdj] as number) + 1;
    for (let o = 0; o < n * 2 * nOpt; o += 2 * nOpt) {
      let best = -1;
      let bestUsd = Number.POSITIVE_INFINITY;
      let anyFeasible = false;
      for (let j = 0; j < nOpt; j++) {
        const v = chunk[o + 2 * j] as number;
        const status = chunk[o + 2 * j + 1] as number;
        if (status === SAMPLE_STATUS.infeasible) continue;
        anyFeasible = true;
        this.feasible[j] = (this.feasible[j] as number) + 1;
        if (status === SAMPLE_STATUS.partial) this.partial[j] = (this.partial[j] as number) + 1;
        if (status === SAMPLE_STATUS.none) {
          this.unpriced[j] = (this.unpriced[j] as number) + 1;
          continue;
        }
        (this.costs[j] as Float64Array)[this.count[j] as number] = v;
        this.count[j] = (this.count[j] as number) + 1;
        this.sums[j] = (this.sums[j] as number) + v;
        if (status === SAMPLE_STATUS.complete && v < bestUsd) {
          best = j;
          bestUsd = v;
        }
      }
      if (!anyFeasible) this.none++;
      else if (best < 0) this.noneComplete++;
      else this.cheapest[best] = (this.cheapest[best] as number) + 1;
      this.seen++;
    }
  }

  result(): MonteCarloResult {
    const n = this.seen;
    const withComplete = n - this.none - this.noneComplete;
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
          pCheapest: withComplete ? (this.cheapest[j] as number) / withComplete : 0,
          pInfeasible: n ? (n - (this.feasible[j] as number)) / n : 0,
          pPartial: n ? (this.partial[j] as number) / n : 0,
          pUnpriced: n ? (this.unpriced[j] as number) / n : 0,
        };
      }),
      pNoneFeasible: n ? this.none / n : 0,
      pNoneComplete: n ? this.noneComplete / n : 0,
      adjustedSamples: Object.fromEntries(
        this.adjustable.flatMap((path, k) => {
          const c = this.adjustedCounts[k] as number;
          return c > 0 ? [[path, c]] : [];
        }),
      ),
    };
  }
}
