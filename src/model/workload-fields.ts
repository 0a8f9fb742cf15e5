/**
 * The numeric workload fields the simulator can set, vary, grow or draw from a distribution, as
 * declared by the one workload field table (src/model/workload-table.ts, `simulate`): from the
 * human field name (as written in a workload file, issue #4) to its kind, the unit parser for
 * that kind (src/model/units.ts) and the canonical field it becomes in `Workload` / `Stream`
 * (src/model/workload.ts).
 *
 * The simulator changes the number as if it had been written in the file (in the parsed input,
 * src/model/workload-schema.ts parseWorkloadInput) and rebuilds the workload with the schema's
 * own default rules, so fields that follow it when not written (peakIngress, egress,
 * localRetention …) follow exactly as they would on a re-parse.
 */
import { InputError } from "./errors.js";
import { parseCount, parseDuration, parseFraction, parseRate, parseSize } from "./units.js";
import type { PlanningTargets, Stream, Workload } from "./workload.js";
import {
  type FieldKind,
  rowsOf,
  type SimulatedClusterName,
  type SimulatedStreamName,
} from "./workload-table.js";

export type { FieldKind } from "./workload-table.js";

/** Canonical numeric keys of a Stream. */
export type StreamNumericKey = {
  [K in keyof Stream]: Stream[K] extends number ? K : never;
}[keyof Stream];

interface FieldBase {
  kind: FieldKind;
  /** Whole numbers only (partitions, replication factor …): medians and samples are rounded. */
  integer?: boolean;
  /** Smallest allowed value in canonical units (a count ≥ 1 …); absent = 0. */
  min?: number;
  /** Largest allowed value (utilisation targets ≤ 1). */
  max?: number;
  /** The only values allowed (azs: 2 or 3). */
  allowed?: readonly number[];
  description: string;
}

export interface StreamField extends FieldBase {
  scope: "stream";
  /** The canonical Stream field it becomes; absent when it has none (messagesPerSec). */
  canonical?: StreamNumericKey;
}

export interface ClusterField extends FieldBase {
  scope: "cluster";
  /** Path of the canonical value below the Workload root: ["targets", "storageHeadroom"]. */
  canonicalPath: readonly string[];
}

export type WorkloadField = StreamField | ClusterField;

/** The simulator's view of the table's rows of one scope (those it can set), in table order. */
function simulated<F extends WorkloadField, N extends string>(scope: F["scope"]): Record<N, F> {
  const out: Record<string, F> = {};
  for (const row of rowsOf(scope)) {
    if (!row.simulate) continue;
    const { canonical, canonicalPath, ...spec } = row.simulate;
    out[row.name] = (
      scope === "stream"
        ? { scope, ...spec, ...(canonical !== undefined ? { canonical } : {}) }
        : { scope, ...spec, canonicalPath: canonicalPath ?? [] }
    ) as F;
  }
  return Object.freeze(out) as Record<N, F>;
}

/** Stream fields by their human (file and flag) name: the table's stream rows with `simulate`. */
export const STREAM_FIELDS: Readonly<Record<SimulatedStreamName, StreamField>> = simulated<
  StreamField,
  SimulatedStreamName
>("stream");

/** Cluster-wide fields by their dotted human path: the table's cluster rows with `simulate`. */
export const CLUSTER_FIELDS: Readonly<Record<SimulatedClusterName, ClusterField>> = simulated<
  ClusterField,
  SimulatedClusterName
>("cluster");

export type StreamFieldName = SimulatedStreamName;
export type ClusterFieldName = SimulatedClusterName;

export function streamField(name: string): StreamField | undefined {
  return Object.hasOwn(STREAM_FIELDS, name)
    ? (STREAM_FIELDS as Record<string, StreamField>)[name]
    : undefined;
}

export function clusterField(path: string): ClusterField | undefined {
  return Object.hasOwn(CLUSTER_FIELDS, path)
    ? (CLUSTER_FIELDS as Record<string, ClusterField>)[path]
    : undefined;
}

/** Every settable path form, for error messages and `--help`. */
export function settablePaths(): string[] {
  return [
    ...Object.keys(STREAM_FIELDS),
    ...Object.keys(STREAM_FIELDS).map((f) => `streams.<name>.${f}`),
    ...Object.keys(CLUSTER_FIELDS),
  ];
}

/** Parse a human value of the field's kind to canonical units (the one unit parser does it). */
export function parseFieldValue(field: FieldBase, value: unknown, path: string): number {
  let n: number;
  switch (field.kind) {
    case "rate":
      n = parseRate(value, path);
      break;
    case "size":
      n = parseSize(value, path);
      break;
    case "duration":
      n = parseDuration(value, path);
      break;
    case "fraction":
      n = parseFraction(value, path);
      break;
    case "count":
      n = parseCount(value, path, { integer: field.integer === true, min: field.min ?? 0 });
      break;
  }
  return checkFieldValue(field, n, path, value);
}

/** Check a canonical value against the field's limits (min, max, whole number, allowed values). */
export function checkFieldValue(field: FieldBase, n: number, path: string, shown: unknown = n): number {
  if (!Number.isFinite(n))
    throw new InputError(path, `expected a finite number, got ${JSON.stringify(shown)}`);
  if (n < (field.min ?? 0))
    throw new InputError(path, `expected a value ≥ ${field.min ?? 0}, got ${JSON.stringify(shown)}`);
  if (field.max !== undefined && n > field.max)
    throw new InputError(path, `expected a value ≤ ${field.max}, got ${JSON.stringify(shown)}`);
  if (field.integer && !Number.isInteger(n))
    throw new InputError(path, `expected a whole number, got ${JSON.stringify(shown)}`);
  if (field.allowed && !field.allowed.includes(n))
    throw new InputError(path, `expected one of ${field.allowed.join(", ")}, got ${JSON.stringify(shown)}`);
  return n;
}

/** A canonical value written back in a human-unit form the workload schema parses. */
export function formatCanonical(field: FieldBase, n: number): string | number {
  switch (field.kind) {
    case "rate":
      return `${n} B/s`;
    case "size":
      return `${n} B`;
    case "duration":
      return `${n} s`;
    default:
      return n;
  }
}

/** Unit shown next to a canonical value in output (`set` of sweep rows, tables). */
export const CANONICAL_UNIT: Record<FieldKind, string> = {
  rate: "B/s",
  size: "B",
  duration: "s",
  count: "",
  fraction: "",
};

/** Read a cluster field's canonical value from a workload. */
export function readClusterValue(w: Workload, field: ClusterField): number {
  let o: unknown = w;
  for (const k of field.canonicalPath) o = (o as Record<string, unknown>)[k];
  return o as number;
}

export type { PlanningTargets };
