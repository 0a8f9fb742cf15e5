/**
 * Scenarios: a workload with some numbers changed. A field path (`ingress`, `streams.orders.retention`,
 * `azs`, `targets.storageHeadroom`) is resolved once against the parsed input to a setter; each
 * scenario writes plain canonical numbers through its setters into one working copy of the parsed
 * input and rebuilds the canonical Workload with the schema's own default rules
 * (src/model/workload-schema.ts buildWorkload) — no unit parsing, no zod, per scenario.
 *
 * Path rules (README "What-if and simulation"):
 * - `streams.<name>.<field>`: that stream's field;
 * - `<field>` alone (a stream field): every stream, each set to the value (or grown by its own rate);
 * - cluster-wide fields by their dotted path: `azs`, `clientConnections`, `targets.storageHeadroom` …
 * Setting `ingress` on a stream written as `messagesPerSec` replaces it (and vice versa).
 * Peaks follow their averages: setting `ingress` (or `egress`) on a stream whose file writes
 * `peakIngress` (`peakEgress`) scales that peak by the same factor, keeping the written peak-to-average
 * ratio — "what if ingress doubles" means the peaks double too — unless the scenario also sets the
 * peak itself. (Without this, raising the average above a written peak makes every scenario invalid.)
 */
import { InputError, type Problem } from "../../model/errors.js";
import { didYouMean } from "../../model/suggest.js";
import type { Workload } from "../../model/workload.js";
import {
  CLUSTER_FIELDS,
  type ClusterField,
  clusterField,
  readClusterValue,
  STREAM_FIELDS,
  type StreamField,
  streamField,
  type WorkloadField,
} from "../../model/workload-fields.js";
import {
  buildWorkload,
  buildWorkloadAdjusted,
  type ParsedWorkloadInput,
} from "../../model/workload-schema.js";

type ParsedStream = ParsedWorkloadInput["streams"][number];

/** One place a path writes to. */
export type Target =
  | { scope: "stream"; streamIndex: number; name: string }
  | { scope: "cluster"; keys: readonly string[] };

export interface ResolvedPath {
  /** The path as the user wrote it. */
  path: string;
  /** The field's table name: `ingress`, `azs`, `targets.storageHeadroom`. */
  name: string;
  field: WorkloadField;
  targets: Target[];
}

/**
 * Fields the workload builder copies as they are, in no rule with any other field (their own range
 * is checked where the value is parsed): a scenario that changes only these patches the workload
 * it built last instead of building it again (test/simulate/scenario-patch.test.ts holds the two
 * equal for each). Stream fields by name (the built stream holds them under the same name);
 * cluster fields by path.
 */
const COPIED_STREAM_FIELDS: ReadonlySet<string> = new Set(["partitions"]);
const COPIED_CLUSTER_PATHS: ReadonlySet<string> = new Set([
  "azs",
  "clientConnections",
  "targets.storageHeadroom",
  "targets.maxUtilisation.standard",
  "targets.maxUtilisation.express",
  "targets.maxUtilisation.partitions",
]);

/** Fields written in place of one another: writing one removes the other. */
const EXCLUSIVE: Record<string, string> = { ingress: "messagesPerSec", messagesPerSec: "ingress" };

/** Averages whose written peak scales with them (see the module comment). */
const PEAK_OF: Record<string, { peak: string; average: "ingressBytesPerSec" | "egressBytesPerSec" }> = {
  ingress: { peak: "peakIngress", average: "ingressBytesPerSec" },
  egress: { peak: "peakEgress", average: "egressBytesPerSec" },
};

function knownPaths(): string {
  return [...Object.keys(STREAM_FIELDS), "streams.<name>.<field>", ...Object.keys(CLUSTER_FIELDS)].join(", ");
}

/** Resolve a field path against the parsed input; InputError (exit 2) naming the path when unknown. */
export function resolvePath(path: string, parsed: ParsedWorkloadInput, flag = ""): ResolvedPath {
  const where = flag ? `${flag} ${path}` : path;
  const cf = clusterField(path);
  if (cf) return { path, name: path, field: cf, targets: [{ scope: "cluster", keys: path.split(".") }] };
  const sf = streamField(path);
  if (sf)
    return {
      path,
      name: path,
      field: sf,
      targets: parsed.streams.map((_, i) => ({ scope: "stream" as const, streamIndex: i, name: path })),
    };
  if (path.startsWith("streams.")) {
    const rest = path.slice("streams.".length);
    const dot = rest.lastIndexOf(".");
    const streamName = dot > 0 ? rest.slice(0, dot) : "";
    const fieldName = dot > 0 ? rest.slice(dot + 1) : rest;
    let i = parsed.streams.findIndex((s) => s.name === streamName);
    if (i < 0 && /^\d+$/.test(streamName) && Number(streamName) < parsed.streams.length)
      i = Number(streamName);
    if (i < 0) {
      throw new InputError(
        where,
        `unknown stream ${JSON.stringify(streamName)}; ${
          didYouMean(
            streamName,
            parsed.streams.map((s) => s.name),
          ) ?? `the workload has ${parsed.streams.map((s) => s.name).join(", ")}`
        }`,
        "unknown_field",
      );
    }
    const f = streamField(fieldName);
    if (!f)
      throw new InputError(
        where,
        `unknown stream field ${JSON.stringify(fieldName)}; ${didYouMean(fieldName, Object.keys(STREAM_FIELDS)) ?? `expected one of ${Object.keys(STREAM_FIELDS).join(", ")}`}`,
        "unknown_field",
      );
    return {
      path,
      name: fieldName,
      field: f,
      targets: [{ scope: "stream", streamIndex: i, name: fieldName }],
    };
  }
  const hint = didYouMean(path, [...Object.keys(STREAM_FIELDS), ...Object.keys(CLUSTER_FIELDS)]);
  throw new InputError(
    where,
    `unknown field path; ${hint ?? `expected one of ${knownPaths()}`}`,
    "unknown_field",
  );
}

/** A value on the path's field, read from the built workload (what the defaults made of it), per target. */
export function currentValues(r: ResolvedPath, parsed: ParsedWorkloadInput, built: Workload): number[] {
  return r.targets.map((t) => {
    if (t.scope === "cluster") return readClusterValue(built, r.field as ClusterField);
    const f = r.field as StreamField;
    const written = (parsed.streams[t.streamIndex] as Record<string, unknown>)[t.name];
    if (typeof written === "number") return written;
    if (f.canonical)
      return (built.streams[t.streamIndex] as unknown as Record<string, number>)[f.canonical] as number;
    throw new InputError(r.path, `is not set in the workload (nothing to change from)`, "missing_field");
  });
}

/**
 * A working copy of the parsed input that scenarios write numbers into. `setter(r)` returns a
 * function writing one value to every target of the path; `build()` rebuilds the workload.
 */
export class ScenarioWorkload {
  readonly base: ParsedWorkloadInput;
  private readonly work: ParsedWorkloadInput;
  /** Per stream, the names some setter writes (a peak set explicitly is not scaled). */
  private readonly driven: Set<string>[];
  private baseBuilt: Workload | undefined;
  /** The workload {@link current} built last, and whether a write since then needs a rebuild. */
  private built: Workload | undefined;
  private stale = true;

  constructor(base: ParsedWorkloadInput) {
    this.base = base;
    this.work = structuredClone(base);
    this.driven = base.streams.map(() => new Set<string>());
  }

  /** The base workload's canonical average for a stream (built once, on first need). */
  private baseAverage(streamIndex: number, key: "ingressBytesPerSec" | "egressBytesPerSec"): number {
    this.baseBuilt ??= buildWorkload(this.base).workload;
    return (this.baseBuilt.streams[streamIndex] as Workload["streams"][number])[key];
  }

  /** A setter for every target of the path; `perTarget` sets each target its own value. */
  setter(r: ResolvedPath): (value: number, targetIndex?: number) => void {
    const work = this.work;
    const fns = r.targets.map((t) => {
      if (t.scope === "cluster") {
        const keys = t.keys;
        const copied = COPIED_CLUSTER_PATHS.has(keys.join("."));
        return (v: number) => {
          let o = work as unknown as Record<string, unknown>;
          for (let i = 0; i < keys.length - 1; i++) {
            const k = keys[i] as string;
            if (o[k] === undefined) o[k] = {};
            o = o[k] as Record<string, unknown>;
          }
          o[keys[keys.length - 1] as string] = v;
          if (copied && !this.stale) setPath(this.built as unknown as Record<string, unknown>, keys, v);
          else this.stale = true;
        };
      }
      const s = work.streams[t.streamIndex] as ParsedStream & Record<string, unknown>;
      const name = t.name;
      const other = EXCLUSIVE[name];
      const driven = this.driven[t.streamIndex] as Set<string>;
      driven.add(name);
      const peak = PEAK_OF[name];
      const basePeak = peak
        ? (this.base.streams[t.streamIndex] as Record<string, unknown>)[peak.peak]
        : undefined;
      if (peak && typeof basePeak === "number") {
        // The written peak-to-average ratio, from the base workload (canonical numbers).
        const baseAverage = this.baseAverage(t.streamIndex, peak.average);
        const ratio = baseAverage > 0 ? basePeak / baseAverage : 1;
        return (v: number) => {
          s[name] = v;
          if (other !== undefined && s[other] !== undefined) delete s[other];
          if (!driven.has(peak.peak)) s[peak.peak] = v * ratio;
          this.stale = true;
        };
      }
      if (COPIED_STREAM_FIELDS.has(name)) {
        const streamIndex = t.streamIndex;
        return (v: number) => {
          s[name] = v;
          if (!this.stale)
            ((this.built as Workload).streams[streamIndex] as unknown as Record<string, number>)[name] = v;
        };
      }
      return (v: number) => {
        s[name] = v;
        if (other !== undefined && s[other] !== undefined) delete s[other];
        this.stale = true;
      };
    });
    if (fns.length === 1) {
      const f = fns[0] as (v: number) => void;
      return (v) => f(v);
    }
    return (v, targetIndex) => {
      if (targetIndex === undefined) for (const f of fns) f(v);
      else (fns[targetIndex] as (v: number) => void)(v);
    };
  }

  /** The canonical workload for the numbers written so far, and the rules they break. */
  build(): { workload: Workload; problems: Problem[] } {
    return buildWorkload(this.work);
  }

  /** The workload, or an InputError naming the scenario and the first broken rule. */
  buildOrThrow(describe: () => string): Workload {
    return orThrow(this.build(), describe);
  }

  /**
   * {@link buildOrThrow}, but one record kept from call to call: when only copied fields were
   * written since the last call, that record already holds them (patched in place by the setters),
   * so nothing is rebuilt. Valid until the next setter call; the caller must not keep it.
   */
  currentOrThrow(describe: () => string): Workload {
    if (this.stale || !this.built) {
      this.stale = true;
      this.built = this.buildOrThrow(describe);
      this.stale = false;
    }
    return this.built;
  }

  /**
   * The workload with cross-field rules adjusted (Monte Carlo: src/model/workload-schema.ts
   * buildWorkloadAdjusted), adding each adjusted field's path to `adjusted`; an InputError for any
   * other broken rule.
   */
  buildAdjustedOrThrow(adjusted: Set<string>, describe: () => string): Workload {
    return orThrow(buildWorkloadAdjusted(this.work, adjusted), describe);
  }
}

function orThrow(r: { workload: Workload; problems: Problem[] }, describe: () => string): Workload {
  const p = r.problems[0];
  if (p) throw new InputError(p.path, `${p.message} (in scenario ${describe()})`, p.code, r.problems);
  return r.workload;
}

/** Set `o[keys[0]][keys[1]]…` to `v` (every object on the way exists in a built workload). */
function setPath(o: Record<string, unknown>, keys: readonly string[], v: number): void {
  let x = o;
  for (let i = 0; i < keys.length - 1; i++) x = x[keys[i] as string] as Record<string, unknown>;
  x[keys[keys.length - 1] as string] = v;
}
