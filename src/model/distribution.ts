/**
 * Distributions for numeric workload fields (issue #5): any field of the table in
 * ./workload-fields.ts may be written as a distribution instead of a value, in the field's units:
 *
 * ```yaml
 * ingress: { dist: lognormal, p50: 20 MiB/s, p95: 60 MiB/s }
 * retention: { dist: triangular, min: 3d, mode: 7d, max: 30d }
 * ```
 *
 * `simulate` samples them; `plan` and every other command use each distribution's median.
 * The workload loader calls {@link extractDistributions} on the raw parsed YAML/JSON before the
 * zod schema runs: distributions are replaced by their medians in a human-unit form the schema
 * parses, and returned, in canonical units, with their paths.
 *
 * Conventions (documented in the README):
 * - normal and lognormal are truncated to [min, max] when given, and always at the field's smallest
 *   valid value (0 for rates, 1 for partitions …): a sample is never negative;
 * - whole-number fields (partitions, replication factor, azs …) round medians and samples to the
 *   nearest whole number;
 * - lognormal is fitted to its median and 95th percentile: μ = ln p50, σ = (ln p95 − ln p50) / z₀.₉₅.
 */
import * as z from "zod";
import { InputError } from "./errors.js";
import { betaQuantile, normalCdf, normalQuantile } from "./special-functions.js";
import {
  CLUSTER_FIELDS,
  type FieldKind,
  formatCanonical,
  parseFieldValue,
  STREAM_FIELDS,
  type WorkloadField,
} from "./workload-fields.js";

/** z such that Φ(z) = 0.95. */
export const Z95 = 1.6448536269514722;

const value = z.unknown();
const DistributionInput = z.discriminatedUnion("dist", [
  z.strictObject({ dist: z.literal("uniform"), min: value, max: value }),
  z.strictObject({ dist: z.literal("triangular"), min: value, mode: value, max: value }),
  z.strictObject({ dist: z.literal("pert"), min: value, mode: value, max: value }),
  z.strictObject({
    dist: z.literal("normal"),
    mean: value,
    sd: value,
    min: value.optional(),
    max: value.optional(),
  }),
  z.strictObject({
    dist: z.literal("lognormal"),
    p50: value,
    p95: value,
    min: value.optional(),
    max: value.optional(),
  }),
]);
/** A distribution as written in a workload file (values in the field's human units). */
export type DistributionInput = z.infer<typeof DistributionInput>;

/** The distribution names, for messages and docs. */
export const DISTRIBUTION_NAMES = ["uniform", "triangular", "pert", "normal", "lognormal"] as const;

/** A distribution in canonical units (bytes/s, bytes, seconds, counts, fractions). */
export type Distribution =
  | { dist: "uniform"; min: number; max: number }
  | { dist: "triangular"; min: number; mode: number; max: number }
  | { dist: "pert"; min: number; mode: number; max: number }
  | { dist: "normal"; mean: number; sd: number; min?: number; max?: number }
  | { dist: "lognormal"; p50: number; p95: number; min?: number; max?: number };

/** A field of the workload drawn from a distribution. */
export interface FieldDistribution {
  /** `streams.orders.ingress`, `azs`, `targets.storageHeadroom`. */
  path: string;
  /** The field's name in the table: `ingress`, `azs`, `targets.storageHeadroom`. */
  field: string;
  kind: FieldKind;
  integer: boolean;
  /** Index in `workload.streams` for a stream field. */
  streamIndex?: number;
  distribution: Distribution;
  /** The median, canonical units (rounded for whole-number fields): what `plan` uses. */
  median: number;
}

export function isDistributionLike(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v) && "dist" in v;
}

/** Validate a written distribution for a field and convert it to canonical units. */
export function parseDistribution(raw: unknown, field: WorkloadField, path: string): Distribution {
  const r = DistributionInput.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    const where = issue?.path.length ? `${path}.${issue.path.join(".")}` : path;
    const d = (raw as Record<string, unknown>).dist;
    if (!DISTRIBUTION_NAMES.includes(d as never)) {
      throw new InputError(
        path,
        `unknown distribution ${JSON.stringify(d)}; expected one of ${DISTRIBUTION_NAMES.join(", ")}`,
      );
    }
    const msg =
      issue?.code === "unrecognized_keys"
        ? `unexpected key ${issue.keys.join(", ")} for dist ${String(d)}`
        : `${issue?.message ?? "invalid distribution"}`;
    throw new InputError(where, msg);
  }
  const d = r.data;
  // Bounds below the field's minimum are a problem with the input, not something to clip silently.
  const p = (k: string, v: unknown) => parseFieldValue(field, v, `${path}.${k}`);
  const ordered = (lo: number, hi: number, loName: string, hiName: string) => {
    if (lo > hi)
      throw new InputError(
        path,
        `${loName} must not exceed ${hiName} (${loName} ${lo} > ${hiName} ${hi} in canonical units)`,
      );
  };
  switch (d.dist) {
    case "uniform": {
      const min = p("min", d.min);
      const max = p("max", d.max);
      ordered(min, max, "min", "max");
      return { dist: "uniform", min, max };
    }
    case "triangular":
    case "pert": {
      const min = p("min", d.min);
      const mode = p("mode", d.mode);
      const max = p("max", d.max);
      ordered(min, max, "min", "max");
      ordered(min, mode, "min", "mode");
      ordered(mode, max, "mode", "max");
      return { dist: d.dist, min, mode, max };
    }
    case "normal": {
      const mean = p("mean", d.mean);
      // sd is a spread in the field's units; 0 is a degenerate (constant) distribution.
      const sd = p("sd", d.sd);
      const out: Distribution = { dist: "normal", mean, sd };
      if (d.min !== undefined) out.min = p("min", d.min);
      if (d.max !== undefined) out.max = p("max", d.max);
      if (out.min !== undefined && out.max !== undefined) ordered(out.min, out.max, "min", "max");
      if (out.min !== undefined && sd === 0 && mean < out.min) ordered(out.min, mean, "min", "mean");
      if (out.max !== undefined && sd === 0 && mean > out.max) ordered(mean, out.max, "mean", "max");
      return out;
    }
    case "lognormal": {
      const p50 = p("p50", d.p50);
      const p95 = p("p95", d.p95);
      if (p50 <= 0)
        throw new InputError(`${path}.p50`, `a lognormal needs p50 > 0, got ${JSON.stringify(d.p50)}`);
      if (p95 < p50)
        throw new InputError(
          path,
          `p95 must be at least p50 (p95 ${JSON.stringify(d.p95)} < p50 ${JSON.stringify(d.p50)})`,
        );
      const out: Distribution = { dist: "lognormal", p50, p95 };
      if (d.min !== undefined) out.min = p("min", d.min);
      if (d.max !== undefined) out.max = p("max", d.max);
      if (out.min !== undefined && out.max !== undefined) ordered(out.min, out.max, "min", "max");
      return out;
    }
  }
}

/** A sampler: u in (0,1) plus a source of further uniforms → a canonical value. */
export type Sampler = (u: number, next: () => number) => number;

/**
 * Precompute a distribution's sampler. Inverse-CDF sampling (one uniform per value) for every
 * distribution but PERT, which draws Beta(α, β) as a ratio of gammas (Marsaglia & Tsang 2000).
 * `floor` is the field's smallest valid value (normal/lognormal are truncated there).
 */
export function makeSampler(d: Distribution, floor = 0, integer = false): Sampler {
  const s = rawSampler(d, floor);
  if (!integer) return s;
  return (u, next) => Math.max(floor, Math.round(s(u, next)));
}

function rawSampler(d: Distribution, floor: number): Sampler {
  switch (d.dist) {
    case "uniform": {
      const { min, max } = d;
      return (u) => min + (max - min) * u;
    }
    case "triangular": {
      const { min, mode, max } = d;
      const w = max - min;
      if (w === 0) return () => min;
      const fc = (mode - min) / w;
      return (u) =>
        u < fc ? min + Math.sqrt(u * w * (mode - min)) : max - Math.sqrt((1 - u) * w * (max - mode));
    }
    case "pert": {
      const { min, max } = d;
      const w = max - min;
      if (w === 0) return () => min;
      const { a, b } = pertShape(d);
      return (u, next) => {
        const x = gammaSample(a, u, next);
        const y = gammaSample(b, next(), next);
        return min + (w * x) / (x + y);
      };
    }
    case "normal":
    case "lognormal": {
      const t = truncation(d, floor);
      if (t.constant !== undefined) {
        const c = t.constant;
        return () => c;
      }
      const { pLo, pHi, mu, sigma, log } = t;
      const span = pHi - pLo;
      return (u) => {
        const z = normalQuantile(pLo + span * u);
        return log ? Math.exp(mu + sigma * z) : mu + sigma * z;
      };
    }
  }
}

/** PERT as Beta(α, β) on [min, max] with λ = 4 (Vose, "Risk Analysis", 3rd ed.). */
function pertShape(d: { min: number; mode: number; max: number }): { a: number; b: number } {
  const w = d.max - d.min;
  return { a: 1 + (4 * (d.mode - d.min)) / w, b: 1 + (4 * (d.max - d.mode)) / w };
}

/** Gamma(shape ≥ 1, 1) by Marsaglia & Tsang (2000); u seeds the first normal deviate. */
function gammaSample(shape: number, u: number, next: () => number): number {
  const dd = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * dd);
  let uu = u;
  for (;;) {
    const x = normalQuantile(uu);
    uu = next();
    const v0 = 1 + c * x;
    if (v0 > 0) {
      const v = v0 * v0 * v0;
      const w = next();
      if (Math.log(w) < 0.5 * x * x + dd - dd * v + dd * Math.log(v)) return dd * v;
    }
  }
}

interface Truncation {
  constant?: number;
  pLo: number;
  pHi: number;
  mu: number;
  sigma: number;
  log: boolean;
}

function truncation(d: Extract<Distribution, { dist: "normal" | "lognormal" }>, floor: number): Truncation {
  const log = d.dist === "lognormal";
  const mu = log ? Math.log(d.p50) : d.mean;
  const sigma = log ? (Math.log(d.p95) - Math.log(d.p50)) / Z95 : d.sd;
  const lo = Math.max(d.min ?? floor, floor);
  const hi = d.max ?? Number.POSITIVE_INFINITY;
  const centre = log ? d.p50 : d.mean;
  if (sigma === 0) return { constant: Math.min(hi, Math.max(lo, centre)), pLo: 0, pHi: 1, mu, sigma, log };
  const zOf = (v: number) =>
    log ? (v <= 0 ? Number.NEGATIVE_INFINITY : (Math.log(v) - mu) / sigma) : (v - mu) / sigma;
  const pLo = normalCdf(zOf(lo));
  const pHi = hi === Number.POSITIVE_INFINITY ? 1 : normalCdf(zOf(hi));
  // The whole mass lies outside [lo, hi] (far tail): the distribution is the nearer bound, hi when
  // the mass lies above hi (both CDFs 0), lo when it lies below lo (both 1).
  if (pHi - pLo <= 0) return { constant: pHi <= 0 ? hi : lo, pLo, pHi, mu, sigma, log };
  return { pLo, pHi, mu, sigma, log };
}

/** The median of a distribution, canonical units (before whole-number rounding). */
export function medianOf(d: Distribution, floor = 0): number {
  switch (d.dist) {
    case "uniform":
      return (d.min + d.max) / 2;
    case "triangular": {
      const { min, mode, max } = d;
      if (max === min) return min;
      return mode >= (min + max) / 2
        ? min + Math.sqrt(((max - min) * (mode - min)) / 2)
        : max - Math.sqrt(((max - min) * (max - mode)) / 2);
    }
    case "pert": {
      if (d.max === d.min) return d.min;
      const { a, b } = pertShape(d);
      return d.min + (d.max - d.min) * betaQuantile(0.5, a, b);
    }
    case "normal":
    case "lognormal": {
      const t = truncation(d, floor);
      if (t.constant !== undefined) return t.constant;
      // Untruncated: the median is the centre exactly (exp(ln p50) would round).
      if (t.pLo === 0 && t.pHi === 1) return d.dist === "lognormal" ? d.p50 : d.mean;
      const z = normalQuantile((t.pLo + t.pHi) / 2);
      return t.log ? Math.exp(t.mu + t.sigma * z) : t.mu + t.sigma * z;
    }
  }
}

function fieldMedian(d: Distribution, field: WorkloadField): number {
  const floor = field.min ?? 0;
  const m = medianOf(d, floor);
  return field.integer ? Math.max(floor, Math.round(m)) : m;
}

/** The result of {@link extractDistributions}. */
export interface ExtractedDistributions {
  /** The input with every distribution replaced by its median in a human-unit form the schema parses. */
  input: unknown;
  distributions: FieldDistribution[];
}

/**
 * Replace every distribution in a raw workload (parsed YAML/JSON, before zod) by its median and
 * return them in canonical units with their paths. The input is not mutated. A distribution on a
 * field that is not numeric, an unknown `dist`, min > max, p95 < p50 … throw an InputError naming
 * the path.
 */
export function extractDistributions(raw: unknown): ExtractedDistributions {
  const distributions: FieldDistribution[] = [];
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return { input: raw, distributions };
  const root = { ...(raw as Record<string, unknown>) };

  const take = (
    v: unknown,
    field: WorkloadField,
    path: string,
    name: string,
    streamIndex?: number,
  ): unknown => {
    const distribution = parseDistribution(v, field, path);
    const median = fieldMedian(distribution, field);
    const fd: FieldDistribution = {
      path,
      field: name,
      kind: field.kind,
      integer: field.integer === true,
      distribution,
      median,
    };
    if (streamIndex !== undefined) fd.streamIndex = streamIndex;
    distributions.push(fd);
    return formatCanonical(field, median);
  };

  // Cluster-wide fields, nested objects copied on the way down (never mutate the caller's input).
  for (const [name, field] of Object.entries(CLUSTER_FIELDS)) {
    const keys = name.split(".");
    let parent: Record<string, unknown> | undefined = root;
    for (let i = 0; i < keys.length - 1 && parent; i++) {
      const k = keys[i] as string;
      const child: unknown = parent[k];
      if (typeof child !== "object" || child === null || Array.isArray(child)) parent = undefined;
      else {
        const copy: Record<string, unknown> = { ...(child as Record<string, unknown>) };
        parent[k] = copy;
        parent = copy;
      }
    }
    const last = keys[keys.length - 1] as string;
    if (parent && isDistributionLike(parent[last])) parent[last] = take(parent[last], field, name, name);
  }

  if (Array.isArray(root.streams)) {
    const fields = Object.entries(STREAM_FIELDS);
    root.streams = root.streams.map((s, i) => {
      if (typeof s !== "object" || s === null || Array.isArray(s)) return s;
      const stream = { ...(s as Record<string, unknown>) };
      for (const [name, field] of fields) {
        if (isDistributionLike(stream[name])) {
          const label = typeof stream.name === "string" && stream.name ? stream.name : String(i);
          stream[name] = take(stream[name], field, `streams.${label}.${name}`, name, i);
        }
      }
      return stream;
    });
  }
  // Single-stream shorthand at the root (ingress: … without a streams list), if the schema has it.
  for (const [name, field] of Object.entries(STREAM_FIELDS)) {
    if (isDistributionLike(root[name])) root[name] = take(root[name], field, name, name, 0);
  }

  rejectStrayDistributions(root, "");
  return { input: root, distributions };
}

/** Any `{ dist: … }` left is on a field that cannot take one. */
/** Whether any object under `v` looks like a distribution (a scan without paths: the usual answer is no). */
function anyDistributionLike(v: unknown): boolean {
  const stack: unknown[] = [v];
  while (stack.length) {
    const x = stack.pop();
    if (typeof x !== "object" || x === null) continue;
    if (Array.isArray(x)) for (const y of x) stack.push(y);
    else {
      if ("dist" in x) return true;
      for (const k in x) if (Object.hasOwn(x, k)) stack.push((x as Record<string, unknown>)[k]);
    }
  }
  return false;
}

function rejectStrayDistributions(v: unknown, path: string): void {
  // Paths are worded only on the way to a stray distribution.
  if (!anyDistributionLike(v)) return;
  if (Array.isArray(v)) {
    v.forEach((x, i) => {
      const name =
        typeof x === "object" && x !== null && typeof (x as Record<string, unknown>).name === "string"
          ? (x as { name: string }).name
          : String(i);
      rejectStrayDistributions(x, path ? `${path}.${name}` : name);
    });
    return;
  }
  if (typeof v !== "object" || v === null) return;
  if (isDistributionLike(v)) {
    throw new InputError(
      path,
      "this field cannot be a distribution; distributions are allowed on numeric workload fields only",
      "invalid_input",
    );
  }
  for (const [k, x] of Object.entries(v)) rejectStrayDistributions(x, path ? `${path}.${k}` : k);
}
