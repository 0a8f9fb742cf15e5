/**
 * Upper bounds on every input that sets how much work a command does or how much it reads, each
 * checked before the work starts, so a typo (`--points 1e12`) or a hostile file (`plan /dev/zero`,
 * JSON nested 2,000 deep) is a one-line error naming the bound (exit 2) instead of a crash, a
 * hang or gigabytes of memory. README "Limits" lists them; each constant says why its value.
 */
import { InputError } from "./errors.js";
import { formatEnUs } from "./number-text.js";

export const LIMITS = {
  /** Break-even scan points: each is two plans; 1,000,000 is 500× the default 2,000 and takes minutes. */
  breakevenPoints: 1_000_000,
  /**
   * Monte Carlo samples: every option's cost of every sample is kept (8 bytes each) for exact
   * percentiles, so 1,000,000 samples × 9 options is 72 MB; 100× the default 10,000.
   */
  samples: 1_000_000,
  /** Points on one sweep axis: each axis's values are held in memory. */
  axisPoints: 1_000_000,
  /** Scenarios in one streamed sweep (the product of the axes): about minutes per 10 million. */
  sweepScenarios: 100_000_000,
  /**
   * Scenarios a sweep prints as a table: the table is built and aligned in memory before it prints,
   * and more rows than this are not read on a terminal; more: stream them with --csv or --json.
   */
  sweepTableRows: 1_000,
  /** Scenarios in a report's Sweep sheet (held in the report model); more: `sweep --csv` streams. */
  reportSweepRows: 100_000,
  /**
   * Streams in one workload: `plan` of 10,000 streams runs in about half a second of CPU, YAML or
   * JSON (bench/sensitivity.bench.mjs); a sweep or simulation rebuilds every stream per scenario.
   * The two commands that do per-stream work beyond that have their own, lower limits below.
   */
  streams: 10_000,
  /**
   * Streams `sensitivity` moves: every field of every stream is moved twice and re-planned, and
   * each re-plan sums the demand of the streams after the moved one again (a square term) — about
   * 1.5 s of CPU at 1,000 streams, and the alternatives' evaluation is per stream (a cube).
   */
  sensitivityStreams: 1_000,
  /**
   * Streams in a `report`: the workbook writes a dozen named inputs per stream and live formulas
   * over them (over 25 s of CPU and still writing at 10,000 streams); `plan --json` takes more.
   */
  reportStreams: 1_000,
  /** Bytes of an input file (workload, configuration, catalog): real ones are kilobytes. */
  inputFileBytes: 16 * 2 ** 20,
  /** Nesting depth of an input file's arrays and objects: real ones nest 4 deep. */
  nestingDepth: 64,
} as const;

export type LimitName = keyof typeof LIMITS;

/** Throw InputError at `path` when `value` exceeds the bound `name` (value is a count). */
export function checkLimit(name: LimitName, value: number, path: string, what: string, hint = ""): void {
  const max = LIMITS[name];
  if (value > max)
    throw new InputError(
      path,
      `${what} ${Number.isFinite(value) ? formatEnUs(value) : String(value)} exceeds the limit of ${formatEnUs(max)}${hint ? `; ${hint}` : ""}`,
      "invalid_input",
    );
}

/** Depth of nested arrays/objects in a parsed value, computed without recursion (so it cannot overflow). */
export function nestingDepth(value: unknown, stopAt: number = LIMITS.nestingDepth + 1): number {
  let max = 0;
  // Two parallel stacks (no [value, depth] pair per node: a 10,000-stream file has ~100,000 nodes).
  const values: unknown[] = [value];
  const depths: number[] = [0];
  while (values.length) {
    const v = values.pop();
    const d = depths.pop() as number;
    if (v === null || typeof v !== "object") continue;
    const depth = d + 1;
    if (depth > max) max = depth;
    if (max >= stopAt) return max;
    if (Array.isArray(v))
      for (const child of v) {
        values.push(child);
        depths.push(depth);
      }
    else
      for (const k in v)
        if (Object.hasOwn(v, k)) {
          values.push((v as Record<string, unknown>)[k]);
          depths.push(depth);
        }
  }
  return max;
}
