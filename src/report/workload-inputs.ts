/**
 * The Assumptions sheet's workload inputs, derived from the one workload field table
 * (src/model/workload-table.ts, `report`, issue #15): each row's defined name, label, unit and
 * number format come from the table, its value from the table's canonical value, converted to the
 * unit shown. Nothing here names a field: a field the table marks for the report appears, in the
 * table's `position` order — the cluster-wide ones once (Workload section), the stream ones once
 * per stream.
 */
import { BYTES_PER_MIB, SECONDS_PER_HOUR } from "../model/conventions.js";
import type { Stream, Workload } from "../model/workload.js";
import type { StreamNumericKey } from "../model/workload-fields.js";
import {
  type FieldRow,
  type ReportedStreamName,
  type ReportFormat,
  type ReportSpec,
  WORKLOAD_TABLE,
} from "../model/workload-table.js";
import type { AssumptionRow, ValueFormat } from "./assumptions.js";

/** Canonical units per unit shown, by format: MiB/s are 2^20 B/s, hours 3,600 s; the rest as is. */
const CANONICAL_PER_SHOWN: Readonly<Record<ReportFormat, number>> = {
  mibps: BYTES_PER_MIB,
  hours: SECONDS_PER_HOUR,
  bytes: 1,
  int: 1,
  number: 1,
  fraction: 1,
  flag: 1,
  text: 1,
};

/** The table's rows of one scope marked for the report, in the sheet's order. */
function reported(scope: FieldRow["scope"]): { row: FieldRow; spec: ReportSpec }[] {
  return (WORKLOAD_TABLE as readonly FieldRow[])
    .flatMap((row) => (row.scope === scope && row.report ? [{ row, spec: row.report }] : []))
    .sort((a, b) => a.spec.position - b.spec.position);
}

/** A canonical value as shown: a number in the format's unit, a yes/no as 1/0, text as it is. */
function shown(v: unknown, format: ReportFormat): number | string | undefined {
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number") return v / CANONICAL_PER_SHOWN[format];
  return typeof v === "string" ? v : undefined;
}

export interface StreamInput {
  /** Defined-name suffix: `stream<N>_<field>`. */
  field: ReportedStreamName;
  /** The Stream field it shows (canonical units). */
  canonical: StreamNumericKey;
  label: string;
  unit: string;
  format: ValueFormat;
  days: boolean;
  /** The field's value for one stream, in the unit shown. */
  get: (s: Stream) => number;
}

/** The stream inputs shown, in sheet order: the table's stream rows with a `report`, by `position`. */
export const STREAM_INPUTS: readonly StreamInput[] = reported("stream").map(({ row, spec }) => {
  const canonical = row.simulate?.canonical as StreamNumericKey | undefined;
  if (canonical === undefined || spec.name === null)
    throw new Error(`workload table: ${row.name} has a report row but no canonical stream field or name`);
  const per = CANONICAL_PER_SHOWN[spec.format];
  return {
    field: spec.name as ReportedStreamName,
    canonical,
    label: spec.label,
    unit: spec.unit,
    format: spec.format,
    days: spec.days === true,
    get: (s: Stream) => s[canonical] / per,
  };
});

/** The cluster-wide inputs: a defined name (null for text) and where the value sits in a Workload. */
export const CLUSTER_INPUTS = reported("cluster").map(({ row, spec }) => ({
  spec,
  path: row.simulate?.canonicalPath ?? row.name.split("."),
}));

/** The Workload section's rows of the Assumptions sheet; a value the workload lacks is left out. */
export function clusterInputRows(w: Workload): AssumptionRow[] {
  const rows: AssumptionRow[] = [];
  for (const { spec, path } of CLUSTER_INPUTS) {
    let v: unknown = w;
    for (const k of path) v = (v as Record<string, unknown> | undefined)?.[k];
    const value = shown(v, spec.format);
    if (value === undefined) continue;
    rows.push({
      section: "Workload",
      name: spec.name,
      label: spec.label,
      value,
      unit: spec.unit,
      format: spec.format,
      ...(spec.days ? { days: true } : {}),
      source: path[0] === "targets" ? "workload targets" : "workload",
      sourceUrl: null,
    });
  }
  return rows;
}
