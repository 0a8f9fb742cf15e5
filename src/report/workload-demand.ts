/**
 * What the workload asks of any cluster, on the Assumptions sheet below the inputs: one named cell
 * per {@link Demand} figure (`demand_peak_ingress_bytes_per_sec`, `demand_retained_bytes` …), whose
 * formula is the figure's declaration (src/model/demand-rules.ts) over the stream inputs and whose
 * cached value is the planner's own number (`plan`'s demand). Every formula that needs a workload
 * figure (a billed quantity, a live sheet's loads, a Serverless quota's demand) reads its cell;
 * none derives it again. A recalculating spreadsheet computes the cell from the inputs as shown
 * (MiB/s, hours), which may differ from the cached value in the last digit where an input's
 * conversion to bytes or seconds is inexact.
 */
import type { Demand } from "../model/demand.js";
import {
  crossAzBytesPerSec,
  type DemandArithmetic,
  demandFigure,
  type FigureUnit,
  figureValue,
  STREAM_FIGURES,
  type StreamNumbers,
} from "../model/demand-rules.js";
import type { ValueFormat } from "./assumptions.js";
import { N, streamName } from "./assumptions.js";
import { add, type Expr, max, mul, num, ref } from "./expr.js";
import { SIZING_FORMULAS } from "./sizing-formulas.js";
import { STREAM_INPUTS } from "./workload-inputs.js";

/** The demand declarations' arithmetic in the workbook: a sum over streams is one flat a+b+…, a maximum one MAX(0, …). */
export const DEMAND_FORMULAS: DemandArithmetic<Expr> = {
  ...SIZING_FORMULAS,
  sum: (terms) => (terms.length ? add(...terms) : num(0)),
  largest: (terms) => max(num(0), ...terms),
};

/** The Demand figures the workbook names: every per-stream one, and cross-AZ traffic. */
export type DemandField = (typeof STREAM_FIGURES)[number]["field"] | "crossAzBytesPerSec";

/** A figure's cell name: `demand_` and its Demand field in snake case (`peakIngressBytesPerSec` → `demand_peak_ingress_bytes_per_sec`). */
export const demandName = (field: DemandField): string =>
  `demand_${field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`;

/** A workload figure's cell, to read in a formula. */
export const demand = (field: DemandField): Expr => ref(demandName(field));

/** One derived cell of the Assumptions sheet. */
export interface DemandCell {
  name: string;
  label: string;
  /** The unit shown beside it (the cell holds canonical units: bytes/s, bytes, seconds). */
  unit: string;
  format: ValueFormat;
  expr: Expr;
  /** The planner's number (the cached value); null for a plan without its demand. */
  value: number | null;
}

const SHOWN: Record<FigureUnit, { unit: string; format: ValueFormat }> = {
  bytesPerSec: { unit: "MB/s (the cell holds bytes/s)", format: "bytesPerSecAsMB" },
  bytes: { unit: "GB (the cell holds bytes)", format: "bytesAsGB" },
  recordBytes: { unit: "bytes", format: "int" },
  count: { unit: "", format: "int" },
  perSec: { unit: "per second", format: "number" },
  seconds: { unit: "seconds", format: "int" },
  flag: { unit: "1 = yes, 0 = no", format: "flag" },
};

/** Conversion cell from the unit shown to the canonical unit, by format (MiB/s → bytes/s, hours → seconds). */
const TO_CANONICAL: Partial<Record<ValueFormat, string>> = {
  mibps: N.bytesPerMiB,
  hours: N.secondsPerHour,
};

/** Stream `i`'s numeric fields as formulas over its Assumptions cells, in canonical units. */
export function streamNumbers(i: number): StreamNumbers<Expr> {
  const out: Record<string, Expr> = {};
  for (const s of STREAM_INPUTS) {
    const cell = ref(streamName(i, s.field));
    const to = TO_CANONICAL[s.format];
    out[s.canonical as string] = to ? mul(cell, ref(to)) : cell;
  }
  return out as StreamNumbers<Expr>;
}

/** The derived cells of a workload of `streams` streams, valued from `d` (the plan's demand). */
export function demandCells(streams: number, d: Demand | undefined): DemandCell[] {
  const s = Array.from({ length: streams }, (_, i) => streamNumbers(i));
  const cells: DemandCell[] = STREAM_FIGURES.map((f) => ({
    name: demandName(f.field),
    label: f.label,
    ...SHOWN[f.unit],
    expr: demandFigure(DEMAND_FORMULAS, f, s),
    value: d ? figureValue(d, f.field) : null,
  }));
  cells.push({
    name: demandName("crossAzBytesPerSec"),
    label: "Cross-AZ traffic, clients to brokers, average",
    ...SHOWN.bytesPerSec,
    expr: crossAzBytesPerSec(SIZING_FORMULAS, {
      ingress: demand("ingressBytesPerSec"),
      egress: demand("egressBytesPerSec"),
      azs: ref(N.azs),
      fetchFromNearestReplica: ref(N.fetchNearest),
    }),
    value: d ? d.crossAzBytesPerSec : null,
  });
  return cells;
}
