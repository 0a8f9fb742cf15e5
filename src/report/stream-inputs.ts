/**
 * The Assumptions sheet's per-stream inputs, derived from the one workload field table
 * (src/model/workload-table.ts, `report`, issue #15): each row's defined-name suffix, label, unit
 * and number format come from the table, its value from the table's canonical field of the stream,
 * converted to the unit shown. Nothing here names a field: a field the table marks for the report
 * appears, in the table's `position` order.
 */
import { BYTES_PER_MIB, SECONDS_PER_HOUR } from "../model/conventions.js";
import type { Stream } from "../model/workload.js";
import type { StreamNumericKey } from "../model/workload-fields.js";
import {
  type FieldRow,
  type ReportedStreamName,
  type ReportFormat,
  type ReportSpec,
  WORKLOAD_TABLE,
} from "../model/workload-table.js";
import type { ValueFormat } from "./assumptions.js";

/** Canonical units per unit shown, by format: MiB/s are 2^20 B/s, hours 3,600 s; the rest as is. */
const CANONICAL_PER_SHOWN: Readonly<Record<ReportFormat, number>> = {
  mibps: BYTES_PER_MIB,
  hours: SECONDS_PER_HOUR,
  bytes: 1,
  int: 1,
  number: 1,
};

export interface StreamInput {
  /** Defined-name suffix: `stream<N>_<field>`. */
  field: ReportedStreamName;
  label: string;
  unit: string;
  format: ValueFormat;
  days: boolean;
  /** The field's value for one stream, in the unit shown. */
  get: (s: Stream) => number;
}

function input(row: FieldRow, spec: ReportSpec): StreamInput {
  const canonical = row.simulate?.canonical as StreamNumericKey | undefined;
  if (row.scope !== "stream" || canonical === undefined)
    throw new Error(`workload table: ${row.name} has a report row but no canonical stream field`);
  const per = CANONICAL_PER_SHOWN[spec.format];
  return {
    field: spec.name as ReportedStreamName,
    label: spec.label,
    unit: spec.unit,
    format: spec.format,
    days: spec.days === true,
    get: (s) => s[canonical] / per,
  };
}

/** The stream inputs shown, in sheet order: the table's rows with a `report`, by `position`. */
export const STREAM_INPUTS: readonly StreamInput[] = (WORKLOAD_TABLE as readonly FieldRow[])
  .flatMap((r) => (r.report ? [{ row: r, spec: r.report }] : []))
  .sort((a, b) => a.spec.position - b.spec.position)
  .map(({ row, spec }) => input(row, spec));
