/**
 * Sweep axes: `--vary FIELD=A..B:N[:log]` (N points from A to B inclusive, linearly or
 * log-spaced, in A's unit) or `--vary FIELD=v1,v2,…` (the values as given). Every value is parsed
 * here, once, to a canonical number; scenarios index into the arrays.
 */
import { InputError } from "../../model/errors.js";
import { LIMITS } from "../../model/limits.js";
import { checkFieldValue, parseFieldValue, type WorkloadField } from "../../model/workload-fields.js";
import type { ParsedWorkloadInput } from "../../model/workload-schema.js";
import { type ResolvedPath, resolvePath } from "./scenario.js";

export interface Axis {
  /** The `--vary` spec as given. */
  spec: string;
  resolved: ResolvedPath;
  /** Each value as given or generated, with its unit: `"10 MiB/s"`, `"7d"`, `12`. */
  labels: (string | number)[];
  /** The same values in canonical units. */
  values: number[];
}

/** Largest grid a sweep accepts (points per axis), to catch typos such as `:1e9`. */
export const MAX_AXIS_POINTS = LIMITS.axisPoints;

const LABEL = /^\s*([-+]?(?:\d[\d_]*\.?\d*|\.\d+)(?:e[-+]?\d+)?)\s*(.*?)\s*$/i;

/** Drop float noise from generated values: 12 significant digits. */
function tidy(n: number): number {
  return Number(n.toPrecision(12));
}

function label(n: number, unit: string): string | number {
  if (unit === "") return n;
  return unit === "%" ? `${n}%` : `${n} ${unit}`;
}

function canonicalOf(field: WorkloadField, v: unknown, path: string): number {
  const n = parseFieldValue({ ...field, integer: false, allowed: undefined }, v, path);
  return n;
}

function finish(field: WorkloadField, n: number, path: string, shown: unknown): number {
  return checkFieldValue(field, n, path, shown);
}

/**
 * The field path and first value of a `--vary` spec as written (`ingress=1MiB/s..10MiB/s:3` →
 * ingress, "1MiB/s"), or undefined when it has neither: what a sweep supplies for a field the
 * workload does not give (every scenario replaces it), before the spec is parsed in full.
 */
export function axisStart(spec: string): { path: string; value: string } | undefined {
  const eq = spec.indexOf("=");
  const value = spec
    .slice(eq + 1)
    .split(/\.\.|,/)[0]
    ?.trim();
  return eq > 0 && value ? { path: spec.slice(0, eq).trim(), value } : undefined;
}

/** Parse one `--vary` spec against the workload. */
export function parseAxis(spec: string, parsed: ParsedWorkloadInput): Axis {
  const eq = spec.indexOf("=");
  if (eq <= 0)
    throw new InputError(
      "--vary",
      `expected FIELD=A..B:N[:log] or FIELD=v1,v2,…, got ${JSON.stringify(spec)}`,
    );
  const path = spec.slice(0, eq).trim();
  const body = spec.slice(eq + 1).trim();
  const resolved = resolvePath(path, parsed, "--vary");
  const field = resolved.field;
  const where = `--vary ${path}`;
  const range = body.indexOf("..");
  if (range < 0) {
    const items = body.split(",").map((s) => s.trim());
    if (items.length === 0 || items.some((s) => s === ""))
      throw new InputError(
        where,
        `expected a list of values such as 10MiB/s,20MiB/s, got ${JSON.stringify(body)}`,
      );
    const values = items.map((s) => finish(field, canonicalOf(field, s, where), where, s));
    const labels = items.map((s) =>
      field.kind === "count" && /^[-+]?[\d.]+(e[-+]?\d+)?$/i.test(s) ? Number(s) : s,
    );
    return { spec, resolved, labels, values };
  }
  const a = body.slice(0, range).trim();
  const rest = body
    .slice(range + 2)
    .split(":")
    .map((s) => s.trim());
  const b = rest[0] ?? "";
  if (rest.length < 2 || rest[1] === "") {
    throw new InputError(
      where,
      `a range needs a count of points: A..B:N[:log], e.g. ${path}=${a || "A"}..${b || "B"}:10`,
    );
  }
  const count = Number(rest[1]);
  if (!Number.isInteger(count) || count < 1 || count > MAX_AXIS_POINTS) {
    throw new InputError(
      where,
      `expected a whole number of points from 1 to ${MAX_AXIS_POINTS}, got ${JSON.stringify(rest[1])}`,
    );
  }
  const scale = rest[2] ?? "linear";
  if (rest.length > 3 || (scale !== "log" && scale !== "linear"))
    throw new InputError(
      where,
      `expected :log or :linear after the count, got ${JSON.stringify(rest.slice(2).join(":"))}`,
    );
  const ma = LABEL.exec(a);
  if (!ma)
    throw new InputError(
      where,
      `expected a value such as 10MiB/s at the start of the range, got ${JSON.stringify(a)}`,
    );
  const unit = ma[2] as string;
  const lo = canonicalOf(field, a, where);
  const hi = canonicalOf(field, b, where);
  // Generated values are written in A's unit: one unit of it in canonical terms.
  const perUnit = unit === "" ? 1 : canonicalOf(field, unit === "%" ? "1%" : `1 ${unit}`, where);
  const na = Number((ma[1] as string).replace(/_/g, ""));
  const nb = hi / perUnit;
  if (scale === "log" && !(na > 0 && nb > 0))
    throw new InputError(where, "a log-spaced range needs both ends above 0");
  const labels: (string | number)[] = [];
  const values: number[] = [];
  for (let i = 0; i < count; i++) {
    const t = count === 1 ? 0 : i / (count - 1);
    let n = tidy(
      i === 0 ? na : i === count - 1 ? nb : scale === "log" ? na * (nb / na) ** t : na + (nb - na) * t,
    );
    // The canonical value is exactly what parsing the label gives (the label is the value shown,
    // and `plan` on a file holding it must give the same numbers): parsed here, once per point.
    let c = i === 0 ? lo : i === count - 1 ? hi : unit === "" ? n : canonicalOf(field, label(n, unit), where);
    if (field.integer) {
      c = Math.round(c);
      n = tidy(c / perUnit);
    }
    labels.push(label(n, unit));
    values.push(finish(field, c, where, label(n, unit)));
  }
  return { spec, resolved, labels, values };
}

/** Scenarios in a grid (the product of the axes' lengths). */
export function gridSize(axes: readonly Axis[]): number {
  let n = 1;
  for (const a of axes) n *= a.values.length;
  return n;
}

/**
 * The per-axis value indices of scenario `k` (first axis slowest, last fastest), written into `out`.
 */
export function gridIndices(axes: readonly Axis[], k: number, out: Int32Array): void {
  let r = k;
  for (let j = axes.length - 1; j >= 0; j--) {
    const len = (axes[j] as Axis).values.length;
    out[j] = r % len;
    r = Math.floor(r / len);
  }
}
