/**
 * The Excel workbook: `buildWorkbook` returns exceljs's in-memory Workbook for callers who add
 * sheets; `writeReport` writes a workbook (or builds one from a plan with exceljs's streaming
 * writer, for big sweep sheets) atomically, then adds the charts (cost per option on the Summary; cost over time on the Projection). exceljs is
 * imported dynamically so it never loads for commands that do not write a workbook.
 */
import { readFileSync } from "node:fs";
import type { Workbook } from "exceljs";
import type { PlanResult } from "../plan/types.js";
import { atomicWrite, atomicWriteVia } from "./atomic.js";
import { buildReportModel, type ReportModel, type ReportOptions } from "./model.js";
import { addCharts, type ChartSpec } from "./xlsx-chart.js";
import { writeHelpers } from "./xlsx-helpers.js";
import { Helpers, writeInstances, writeLiveOption } from "./xlsx-live.js";
import { linearNames } from "./xlsx-names.js";
import { columnLetters } from "./xlsx-rows.js";
import { setProperties, writeAssumptions, writeOption, writeSummary, writeTable } from "./xlsx-sheets.js";

type ExcelJS = typeof import("exceljs");

/**
 * exceljs is CommonJS: Node's own import gives its exports only as `default` (its namespace has no
 * named exports), and so do vitest and esbuild's interop, so `default` is read and nothing else.
 */
async function excel(): Promise<ExcelJS> {
  return ((await import("exceljs")) as unknown as { default: ExcelJS }).default;
}

/** Charts to add after exceljs writes a workbook built here. */
const charts = new WeakMap<object, ChartSpec[]>();

function fill(wb: Workbook, m: ReportModel): ChartSpec[] {
  setProperties(wb, m);
  const { firstRow, nextRow } = writeSummary(wb, m);
  writeAssumptions(wb, m.assumptions, m.derived ?? []);
  const helpers = new Helpers(wb);
  for (const o of m.options)
    if (o.live) writeLiveOption(wb, o, o.live, helpers);
    else writeOption(wb, o);
  if (m.instances) writeInstances(wb, m.instances);
  for (const t of m.tables) writeTable(wb, t);
  writeHelpers(wb, m.helpers);
  const out: ChartSpec[] = [];
  // Options are sorted cheapest feasible first: the chart covers the feasible ones.
  const feasible = m.options.filter((o) => o.feasible && o.monthlyUsd !== null);
  if (feasible.length) {
    out.push({
      sheet: "Summary",
      title: `Monthly cost per option (${m.meta.region})`,
      kind: "bar",
      firstRow,
      lastRow: firstRow + feasible.length - 1,
      categoryColumn: "A",
      categories: feasible.map((o) => o.sheetName),
      series: [
        { name: "Monthly cost (USD)", column: "C", values: feasible.map((o) => o.monthlyUsd as number) },
      ],
      // Below the key assumptions, under the cost table (zero-based anchor rows).
      from: { col: 0, row: nextRow },
      to: { col: 5, row: nextRow + 20 },
    });
  }
  // Cost over time: a line per option on the Projection sheet, right of its table.
  const proj = m.tables.find((t) => t.name === "Projection");
  if (proj?.rows.length) {
    const series = proj.columns
      .map((c, i) => ({ c, i }))
      .filter(({ c }) => c.header.endsWith(" monthly (USD)"))
      .map(({ c, i }) => ({
        name: c.header.replace(" monthly (USD)", ""),
        column: columnLetter(i),
        values: proj.rows.map((r) => (typeof r[i] === "number" ? (r[i] as number) : null)),
      }));
    out.push({
      sheet: "Projection",
      title: "Monthly cost over time",
      kind: "line",
      firstRow: 2,
      lastRow: proj.rows.length + 1,
      categoryColumn: "A",
      categories: proj.rows.map((r) => String(r[0])),
      series,
      from: { col: proj.columns.length + 1, row: 1 },
      to: { col: proj.columns.length + 10, row: 22 },
    });
  }
  return out;
}

/** Zero-based column index → letters (0 → A, 26 → AA). */
const columnLetter = (i: number): string => columnLetters(i + 1);

/** Accept a plan or a model built from one. */
function toModel(source: PlanResult | ReportModel, opts?: ReportOptions): ReportModel {
  if ("meta" in source && "assumptions" in source) return source;
  if (!opts)
    throw new TypeError("writeReport: options (generatedAt, version) are required with a PlanResult");
  return buildReportModel(source, opts);
}

/**
 * Build the report workbook of a plan in memory: Summary, Assumptions, one sheet per option,
 * and any further tables. Add sheets to it as you like, then write it with {@link writeReport}.
 */
export async function buildWorkbook(plan: PlanResult | ReportModel, opts?: ReportOptions): Promise<Workbook> {
  const ExcelJS = await excel();
  const wb = new ExcelJS.Workbook();
  charts.set(wb, fill(wb, toModel(plan, opts)));
  return wb;
}

/**
 * Write a report workbook to `file` atomically: a failed run leaves no partial file and keeps any
 * existing report. Given a Workbook (from {@link buildWorkbook}), it is written as is; given a
 * plan (or its model), the workbook is streamed to disk row by row (exceljs WorkbookWriter), so a
 * 100,000-row sweep sheet never sits in memory as cell objects.
 */
export async function writeReport(
  source: Workbook | PlanResult | ReportModel,
  file: string,
  opts?: ReportOptions,
): Promise<void> {
  const ExcelJS = await excel();
  if (source instanceof ExcelJS.Workbook) {
    const bytes = new Uint8Array(await source.xlsx.writeBuffer());
    const specs = charts.get(source) ?? [];
    atomicWrite(file, specs.length ? addCharts(bytes, specs) : bytes);
    return;
  }
  const model = toModel(source as PlanResult | ReportModel, opts);
  await atomicWriteVia(file, async (tmp) => {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: tmp,
      useStyles: true,
      useSharedStrings: true,
    });
    linearNames(wb as unknown as Workbook);
    const specs = fill(wb as unknown as Workbook, model);
    await wb.commit();
    return specs.length ? addCharts(new Uint8Array(readFileSync(tmp)), specs) : null;
  });
}
