/**
 * Sweep: the cartesian grid of `--vary` axes, each scenario's options and recommendation, as
 * NDJSON or CSV text produced chunk by chunk (scenario index ranges), so output streams with flat
 * memory and worker threads can compute chunks while the main thread writes them in order.
 *
 * NDJSON row (issue #5 contract):
 *   {"set":{"<field>":<value as given or generated>},"recommended":<option|null>,
 *    "options":[{"option":…,"feasible":…,"monthlyUsd":<number|null>,"priced":"complete"|"partial"|"none"}]}
 *   (options in `--options` order; a "partial" monthlyUsd is a lower bound; recommended is the
 *   cheapest feasible, completely priced option, as in `plan`)
 * CSV: header `<field>…,recommended,<option>…,<option>_priced…`, one row per scenario, a cost cell
 * empty when infeasible or unpriced; the `_priced` cells say complete, partial or none.
 *
 * The per-scenario path: write the scenario's canonical numbers through precomputed setters (only
 * the axes whose value changed since the previous scenario, and those after them), rebuild the
 * workload (plain arithmetic; not even that when only fields the builder copies as they are
 * changed, such as partitions: those are patched into the last one, src/plan/simulate/scenario.ts),
 * derive its demand, evaluate each option — except, when only a fastest partitions axis moved, the
 * options whose row the new counts cannot change (src/plan/simulate/partition-keys.ts) — and
 * encode the row into one reused byte buffer from pre-encoded pieces (only costs are formatted per
 * row, and a cost equal to the option's previous one is not formatted again), so a chunk is one
 * Uint8Array (or bytes a worker thread copies into its slot of shared memory: chunkInto), not a
 * string built and re-encoded row by row.
 */
import { deriveDemandInto, emptyDemand, emptySums } from "../../model/derive-demand.js";
import { InputError } from "../../model/errors.js";
import { resolveInstanceTypes } from "../../model/instance-types.js";
import { checkLimit } from "../../model/limits.js";
import { type ParsedWorkloadInput, parseWorkloadInput } from "../../model/workload-schema.js";
import type { Catalog } from "../../pricing/catalog-schema.js";
import type { OptionEvaluation } from "../options.js";
import { type Planner, preparePlanner } from "../planner.js";
import type { OptionId } from "../types.js";
import { type Axis, gridIndices, gridSize, parseAxis } from "./grid.js";
import { PartitionKeys } from "./partition-keys.js";
import { ScenarioWorkload } from "./scenario.js";

export type SweepFormat = "ndjson" | "csv";

/** Everything a sweep (or a worker computing part of one) needs; structured-cloneable. */
export interface SweepInit {
  /** The workload input after distributions were replaced by medians (plain JSON). */
  input: unknown;
  vary: string[];
  catalog: Catalog;
  region?: string;
  options?: readonly OptionId[];
  hours?: number;
  format: SweepFormat;
}

/**
 * A sweep prepared by {@link prepareSweep}: its axes, the number of scenarios, the options, and
 * the output header; run it with {@link runSweep}.
 */
export interface PreparedSweep {
  /** What it was prepared from, as plain data: what a worker thread prepares its own copy from. */
  compiled: CompiledSweep;
  axes: Axis[];
  total: number;
  options: readonly OptionId[];
  /** CSV header line (with newline); empty for NDJSON. */
  header: string;
  /** Rows for scenarios [start, end), newline-terminated. */
  chunk(start: number, end: number): string;
  /** The same rows as UTF-8 bytes, in a buffer of their own (transferable from a worker thread). */
  chunkBytes(start: number, end: number): Uint8Array;
  /**
   * The same bytes written into `out` from its start (a worker thread's slot of shared memory:
   * no buffer allocated per chunk); returns how many. `out` must hold {@link maxChunkBytes} of the range.
   */
  chunkInto(start: number, end: number, out: Uint8Array): number;
  /** The most bytes the rows of `scenarios` scenarios can take (each row at its longest). */
  maxChunkBytes(scenarios: number): number;
  /** The lean rows of one scenario (for tests and other commands). */
  scenario(k: number): {
    set: Record<string, string | number>;
    recommended: OptionId | null;
    options: OptionEvaluation[];
  };
}

/**
 * Rows are encoded into one growing buffer, reused from chunk to chunk; `take` copies a chunk's
 * bytes out into a buffer of their own. The chunk loop writes through {@link put} with the buffer
 * and position in local variables (no object field written per piece), and sets `pos` back once
 * per chunk. Pieces are pre-encoded UTF-8; formatted numbers are ASCII.
 */
class RowEncoder {
  buf = new Uint8Array(1 << 16);
  pos = 0;

  /** Room for `n` more bytes after `pos`. */
  reserve(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.pos + n));
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
  }

  take(): Uint8Array {
    const out = this.buf.slice(0, this.pos);
    this.pos = 0;
    return out;
  }
}

/** Copy `b` into `buf` at `p`; returns the position after it. */
function put(buf: Uint8Array, p: number, b: Uint8Array): number {
  const n = b.length;
  // A native copy pays for itself only on longer pieces.
  if (n > 24) buf.set(b, p);
  else for (let i = 0; i < n; i++) buf[p + i] = b[i] as number;
  return p + n;
}

const encoder = new TextEncoder();
const utf8 = (s: string): Uint8Array => encoder.encode(s);
/** Longest text of a JavaScript number ("-1.7976931348623157e+308" is 24), with room to spare. */
const NUMBER_BYTES = 32;
/**
 * Sweeps of at least WARM_FROM scenarios first evaluate WARM_SCENARIOS spread over the grid (JIT
 * warm-up, in prepareSweep). 128 measured best on the bench grid (32 to 1,024 all within a few
 * milliseconds of it; none: about 0.1 s more CPU for 300,000 scenarios); below WARM_FROM the
 * warm-up would cost more than it saves.
 */
export const WARM_FROM = 50_000;
const WARM_SCENARIOS = 128;
const COMMA = 0x2c;
const NEWLINE = 0x0a;

function csvCell(v: string | number): string {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Index of the cheapest feasible, completely priced row (ties: first in option order), or -1: the
 * planner's recommendation rule (a lower bound is never compared with a complete total).
 */
export function cheapestIndex(rows: readonly OptionEvaluation[]): number {
  let best = -1;
  let bestUsd = Number.POSITIVE_INFINITY;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as OptionEvaluation;
    if (r.feasible && r.priced === "complete" && (r.monthlyUsd as number) < bestUsd) {
      best = i;
      bestUsd = r.monthlyUsd as number;
    }
  }
  return best;
}

/**
 * A sweep with its workload and axes already parsed to canonical numbers: plain data (structured-
 * cloneable), so worker threads receive it and start without the unit parser or the schema (whose
 * first use costs a worker more than a hundred milliseconds).
 */
export interface CompiledSweep extends Omit<SweepInit, "input" | "vary"> {
  parsed: ParsedWorkloadInput;
  axes: Axis[];
}

/** Parse and check the workload and the `--vary` axes (InputError naming the bad one). */
export function compileSweep(init: SweepInit): CompiledSweep {
  const parsed = parseWorkloadInput(init.input);
  const axes = init.vary.map((v) => parseAxis(v, parsed));
  const seen = new Set<string>();
  for (const a of axes) {
    if (seen.has(a.resolved.path))
      throw new InputError(`--vary ${a.resolved.path}`, "is varied twice; give each field one --vary");
    seen.add(a.resolved.path);
  }
  return {
    catalog: init.catalog,
    format: init.format,
    parsed,
    axes,
    ...(init.region !== undefined ? { region: init.region } : {}),
    ...(init.options ? { options: init.options } : {}),
    ...(init.hours !== undefined ? { hours: init.hours } : {}),
  };
}

/** Parse the workload and axes once, prepare the planner, and return the chunk producer. */
export function prepareSweep(init: SweepInit | CompiledSweep, planner?: Planner): PreparedSweep {
  const compiled = "axes" in init ? init : compileSweep(init);
  const { parsed, axes } = compiled;
  const scenario = new ScenarioWorkload(parsed);
  const setters = axes.map((a) => scenario.setter(a.resolved));
  const base = scenario.build().workload;
  const p =
    planner ??
    preparePlanner({
      catalog: compiled.catalog,
      region: compiled.region ?? base.region,
      instanceTypes: resolveInstanceTypes(parsed.instanceTypes, "instanceTypes"),
      ...(compiled.options ? { options: compiled.options } : {}),
      ...(compiled.hours !== undefined ? { hours: compiled.hours } : {}),
    });
  const options = p.options;
  const total = gridSize(axes);
  checkLimit("sweepScenarios", total, "--vary", "the grid's scenarios (the product of the axes' points):");
  const idx = new Int32Array(axes.length);

  // Pre-encoded pieces: per axis value its JSON `"field":value` or its CSV cell (only the
  // format's own: thousands of values per axis); per option its names.
  const ndjson = compiled.format === "ndjson";
  const setJson = axes.map((a) => {
    const key = `${JSON.stringify(a.resolved.path)}:`;
    return ndjson ? a.labels.map((l) => utf8(key + JSON.stringify(l))) : [];
  });
  const setCsv = axes.map((a) => (ndjson ? [] : a.labels.map((l) => utf8(csvCell(l)))));
  const optOpen = options.map((o) => utf8(`{"option":${JSON.stringify(o)},"feasible":`));
  const recJson = options.map((o) => utf8(JSON.stringify(o)));
  const recCsv = options.map((o) => utf8(o));
  // The row's `_priced` cells, pre-encoded per combination of statuses (few occur in a sweep).
  const pricedTails = new Map<number, Uint8Array>();
  let lastCode = -1;
  let lastTail: Uint8Array = new Uint8Array(0);
  const pricedCells = (rows: readonly OptionEvaluation[]): Uint8Array => {
    let code = 0;
    for (let i = 0; i < rows.length; i++) {
      const s = (rows[i] as OptionEvaluation).priced;
      code = code * 3 + (s === "complete" ? 0 : s === "partial" ? 1 : 2);
    }
    if (code === lastCode) return lastTail;
    let tail = pricedTails.get(code);
    if (!tail) {
      tail = utf8(rows.map((r) => `,${r.priced}`).join(""));
      pricedTails.set(code, tail);
    }
    lastCode = code;
    lastTail = tail;
    return tail;
  };
  const PRICED_JSON = {
    complete: utf8(',"priced":"complete"}'),
    partial: utf8(',"priced":"partial"}'),
    none: utf8(',"priced":"none"}'),
  };
  const TRUE_COST = utf8('true,"monthlyUsd":');
  const FALSE_COST = utf8('false,"monthlyUsd":');
  const NULL = utf8("null");
  const SET_OPEN = utf8('{"set":{');
  const REC_OPEN = utf8('},"recommended":');
  const OPTIONS_OPEN = utf8(',"options":[');
  const ROW_CLOSE = utf8("]}\n");
  const header =
    compiled.format === "csv"
      ? `${[...axes.map((a) => a.resolved.path), "recommended", ...options, ...options.map((o) => `${o}_priced`)].map(csvCell).join(",")}\n`
      : "";
  // The most bytes one row can take (each piece at its longest, each number at NUMBER_BYTES).
  const longest = (pieces: Uint8Array[]) => pieces.reduce((m, b) => Math.max(m, b.length), 0);
  const rowBytes =
    axes.reduce(
      (n, _, j) => n + longest((setJson[j] as Uint8Array[]).concat(setCsv[j] as Uint8Array[])) + 1,
      0,
    ) +
    64 +
    longest(recJson) +
    options.reduce((n, _, i) => n + (optOpen[i] as Uint8Array).length + 64 + NUMBER_BYTES, 0);

  const describe = () => axes.map((a, j) => `${a.resolved.path}=${a.labels[idx[j] as number]}`).join(", ");
  // Each axis's index in the scenario last written (-1: none yet): only changed axes are written again.
  const written = new Int32Array(axes.length).fill(-1);
  // The rows of the scenario last evaluated, reused: an option whose row a scenario cannot change
  // (only the partition counts moved, and not across one of its break points) keeps it.
  const rows: OptionEvaluation[] = new Array(options.length);
  const keys = new PartitionKeys(options, p.instanceTypes);
  // Factored only when the fastest axis is a partitions axis (src/plan/simulate/partition-keys.ts).
  const last = axes.length - 1;
  const factored = keys.useful && (axes[last] as Axis).resolved.name === "partitions";
  const none = new Uint8Array(options.length);
  const sums = emptySums();
  const demand = emptyDemand();
  const evaluate = (k: number): OptionEvaluation[] => {
    gridIndices(axes, k, idx);
    // From the first axis whose value changed on, every setter runs again in order, so a later
    // setter that overrides an earlier one's field (ingress then messagesPerSec) still has the last word.
    let from = 0;
    while (from < axes.length && idx[from] === written[from]) from++;
    for (let j = from; j < axes.length; j++) {
      (setters[j] as (v: number) => void)((axes[j] as Axis).values[idx[j] as number] as number);
      written[j] = idx[j] as number;
    }
    // Anything but the fastest axis moved: the rows kept so far may not stand.
    if (from < last) keys.invalidate();

    try {
      const w = scenario.currentOrThrow(describe);
      const d = deriveDemandInto(w, sums, demand);
      p.evaluateSome(w, d, rows, factored ? keys.update(w, d) : none);
    } catch (e) {
      written.fill(-1);
      keys.invalidate();
      throw e;
    }
    return rows;
  };
  // JIT warm-up (issue #14 goal 2): before the first chunk of a large sweep, scenarios spread over
  // the whole grid are evaluated (results dropped), so the sizers' type feedback has seen the
  // branches that only the grid's far end takes (larger types, more brokers) before the compiler
  // optimises them. Without it, the optimised code deoptimised each time the sweep reached a new
  // branch and was compiled again (about a fifth of a 300,000-scenario sweep's CPU). evaluate()
  // gives each scenario's rows whatever was evaluated before (worker threads visit chunks out of
  // order too: test/simulate/partition-keys.property.test.ts), so the output is unchanged; a
  // scenario that cannot be built is skipped here and fails in its turn.
  let warm = total >= WARM_FROM;
  const warmUp = () => {
    warm = false;
    for (let i = 0; i < WARM_SCENARIOS; i++) {
      try {
        evaluate(Math.floor(((i + 0.5) * total) / WARM_SCENARIOS));
      } catch {
        // evaluate reset its state; this scenario fails when the sweep reaches it.
      }
    }
  };
  const enc = new RowEncoder();
  // Per option, the last cost formatted and its ASCII bytes (NUMBER_BYTES per option):
  // neighbouring scenarios often cost the same (a count that did not change), and String(number)
  // is the dearest step of a row. (0 and -0 share a text, "0", so comparing them as equal is right.)
  const lastUsd = new Float64Array(options.length).fill(Number.NaN);
  const costBytes = new Uint8Array(options.length * NUMBER_BYTES);
  const costLength = new Int32Array(options.length);
  const putCost = (buf: Uint8Array, p: number, i: number, usd: number): number => {
    const at = i * NUMBER_BYTES;
    if (usd !== lastUsd[i]) {
      lastUsd[i] = usd;
      const text = String(usd);
      for (let c = 0; c < text.length; c++) costBytes[at + c] = text.charCodeAt(c);
      costLength[i] = text.length;
    }
    const n = costLength[i] as number;
    for (let c = 0; c < n; c++) buf[p + c] = costBytes[at + c] as number;
    return p + n;
  };
  /** Encode the rows of [start, end) into `enc` (from its position on). */
  const encode = (start: number, end: number): void => {
    if (warm) warmUp();
    let buf = enc.buf;
    let p = enc.pos;
    for (let k = start; k < end; k++) {
      const rows = evaluate(k);
      const best = cheapestIndex(rows);
      if (p + rowBytes > buf.length) {
        enc.pos = p;
        enc.reserve(rowBytes);
        buf = enc.buf;
      }
      if (ndjson) {
        p = put(buf, p, SET_OPEN);
        for (let j = 0; j < axes.length; j++) {
          if (j) buf[p++] = COMMA;
          p = put(buf, p, (setJson[j] as Uint8Array[])[idx[j] as number] as Uint8Array);
        }
        p = put(buf, p, REC_OPEN);
        p = put(buf, p, best < 0 ? NULL : (recJson[best] as Uint8Array));
        p = put(buf, p, OPTIONS_OPEN);
        for (let i = 0; i < rows.length; i++) {
          const r = rows[i] as OptionEvaluation;
          if (i) buf[p++] = COMMA;
          p = put(buf, p, optOpen[i] as Uint8Array);
          p = put(buf, p, r.feasible ? TRUE_COST : FALSE_COST);
          p = r.monthlyUsd === null ? put(buf, p, NULL) : putCost(buf, p, i, r.monthlyUsd);
          p = put(buf, p, PRICED_JSON[r.priced]);
        }
        p = put(buf, p, ROW_CLOSE);
      } else {
        for (let j = 0; j < axes.length; j++) {
          p = put(buf, p, (setCsv[j] as Uint8Array[])[idx[j] as number] as Uint8Array);
          buf[p++] = COMMA;
        }
        if (best >= 0) p = put(buf, p, recCsv[best] as Uint8Array);
        for (let i = 0; i < rows.length; i++) {
          const r = rows[i] as OptionEvaluation;
          buf[p++] = COMMA;
          if (r.feasible && r.monthlyUsd !== null) p = putCost(buf, p, i, r.monthlyUsd);
        }
        p = put(buf, p, pricedCells(rows));
        buf[p++] = NEWLINE;
      }
    }
    // Only a chunk computed to its end is kept (a scenario that throws leaves none of its rows).
    enc.pos = p;
  };
  const chunkBytes = (start: number, end: number): Uint8Array => {
    encode(start, end);
    return enc.take();
  };
  const chunkInto = (start: number, end: number, out: Uint8Array): number => {
    encode(start, end);
    const n = enc.pos;
    enc.pos = 0;
    // (A chunk longer than `out` throws a RangeError here: never, when `out` holds maxChunkBytes.)
    out.set(enc.buf.subarray(0, n));
    return n;
  };

  return {
    compiled,
    axes,
    total,
    options,
    header,
    chunkBytes,
    chunkInto,
    maxChunkBytes: (scenarios) => scenarios * rowBytes,
    chunk: (start, end) => Buffer.from(chunkBytes(start, end).buffer).toString("utf8"),
    scenario(k) {
      const rows = evaluate(k);
      const best = cheapestIndex(rows);
      const set: Record<string, string | number> = {};
      axes.forEach((a, j) => {
        set[a.resolved.path] = a.labels[idx[j] as number] as string | number;
      });
      return {
        set,
        recommended: best < 0 ? null : (options[best] as OptionId),
        options: rows.map((r) => ({ ...r })),
      };
    },
  };
}
