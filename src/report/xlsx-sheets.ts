/**
 * Fill the workbook's sheets from the report model. Written row by row in order and committed as
 * it goes, so the same code serves exceljs's in-memory Workbook (buildWorkbook) and its streaming
 * WorkbookWriter (writeReport, big sweep sheets). Only type imports of exceljs here: the module
 * itself is loaded with a dynamic import by src/report/xlsx.ts.
 *
 * Formulas: every cost is `quantity × unit price`, the quantity a formula over the Assumptions'
 * defined names, each with its cached result so viewers that do not recalculate show the numbers.
 * Injection safety: text from input is always written as a string cell, never as a formula.
 */
import type { Cell, Row, Workbook, Worksheet } from "exceljs";
import { type AssumptionRow, N, type ValueFormat } from "./assumptions.js";
import { render } from "./expr.js";
import { plainNote, resourceLabel, sentence } from "./labels.js";
import {
  type DerivedRow,
  MONTHS_PER_YEAR,
  type OptionSheet,
  type ReportModel,
  type ReportTable,
} from "./model.js";
import { streamingSheet, writeRows } from "./xlsx-rows.js";

/** Number format per value kind (Excel and LibreOffice both read these). */
export const NUM_FMT: Record<ValueFormat, string> = {
  usd: '"$"#,##0.00',
  usdRate: '"$"#,##0.00####',
  // A live line's unit price: a missing one (live.ts MISSING_PRICE, −1) reads "missing", never $0.00.
  usdRateOrMissing: '[<0]"missing";"$"#,##0.00####',
  int: "#,##0",
  // Two decimals everywhere (quantities, factors, rates): one look for every plain number.
  number: "#,##0.00",
  hours: '#,##0.## "h"',
  days: '#,##0.## "days"',
  bytes: '#,##0 "B"',
  gib: '#,##0.## "GiB"',
  mibps: '#,##0.0# "MiB/s"',
  fraction: "0.0%",
  // A condition section: values at or above live.ts NOT_A_CANDIDATE (1E+15) read as words, so the
  // formulas can keep comparing numbers while a reader never sees the sentinel.
  usdOrNone: '[>=1000000000000000]"none";"$"#,##0.00',
  usdOrNotTried: '[>=1000000000000000]"not tried";"$"#,##0.00',
  // Each trailing comma divides the shown value by 1,000 (Excel and LibreOffice): bytes as MB, GB.
  bytesPerSecAsMB: '#,##0.0,, "MB/s"',
  bytesAsGB: '#,##0.0,,, "GB"',
  flag: "0",
  text: "@",
};

const HEADER_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } } as const;
/** Values the planner chose (a configuration): grey, labelled "fixed by the planner". */
const FIXED_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEDEDED" } } as const;
/** Editable inputs: the usual spreadsheet convention of a light yellow cell. */
/** Formula cells derived from the inputs: the pale green of the live sizing cells (src/report/xlsx-live.ts). */
const DERIVED_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2EFDA" } } as const;
const INPUT_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } } as const;
const LANDSCAPE = {
  orientation: "landscape",
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  paperSize: 9,
} as const;

/** Excel's limit on the text in one cell (Excel specifications and limits: 32,767 characters). */
export const EXCEL_MAX_CELL_CHARS = 32_767;

/**
 * Text from input: always a string cell (a leading =, +, -, @ stays text), control characters
 * removed, and at most {@link EXCEL_MAX_CELL_CHARS} characters: longer text is cut with a note
 * saying how long it was (Excel would refuse or silently cut the cell).
 */
export function safeText(s: unknown): string {
  // XML 1.0 cannot hold C0 control characters other than tab, newline and carriage return.
  const text = String(s ?? "");
  let out = "";
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c >= 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) out += ch;
    if (out.length > EXCEL_MAX_CELL_CHARS) break;
  }
  if (out.length <= EXCEL_MAX_CELL_CHARS) return out;
  const note = ` … [truncated: ${text.length.toLocaleString("en-US")} characters; an Excel cell holds at most ${EXCEL_MAX_CELL_CHARS.toLocaleString("en-US")}]`;
  let cut = EXCEL_MAX_CELL_CHARS - note.length;
  // Never split a surrogate pair.
  if (/[\ud800-\udbff]/.test(out[cut - 1] ?? "")) cut--;
  return `${out.slice(0, cut)}${note}`;
}

/**
 * How a sheet prints: `fit` — scaled to one page wide (sheets up to about two screens wide);
 * `pages` — at a fixed, legible scale over as many pages as it takes, column A (the row labels)
 * repeated on each, no title row: a live option sheet's sizing tables run to 40 columns, which fitted to one
 * page wide would print at a fifth of their size.
 */
export type PrintLayout = "fit" | "pages";

const PAGES = { orientation: "landscape", fitToPage: false, scale: 70, paperSize: 9 } as const;

export function sheet(
  wb: Workbook,
  name: string,
  frozenRows: number,
  widths: number[],
  print: PrintLayout = "fit",
): Worksheet {
  const titles = frozenRows > 0 ? `${frozenRows}:${frozenRows}` : undefined;
  const ws = wb.addWorksheet(name, {
    views: frozenRows > 0 ? [{ state: "frozen", ySplit: frozenRows, xSplit: 0 }] : [],
    pageSetup:
      print === "fit"
        ? { ...LANDSCAPE, printTitlesRow: titles }
        : // No title row: a live option sheet's frozen header belongs to its line items only.
          { ...PAGES, printTitlesColumn: "A:A" },
  });
  ws.columns = widths.map((width) => ({ width }));
  return ws;
}

/**
 * Hide a sheet of formula parts (Helpers, Sizing helpers): each row is one long piece of a formula
 * over Excel's length limit, pages of formula text when printed and nothing a reader acts on.
 * Hidden sheets still calculate and are not printed; the Summary says where they are.
 */
export function hideHelperSheet(ws: Worksheet): void {
  ws.state = "hidden";
}

/** Why the helper sheets are hidden, on the Summary (see {@link hideHelperSheet}). */
export const HIDDEN_HELPERS_NOTE =
  "Where a formula would be longer than Excel's limit of 8,192 characters, its parts are in named cells on the Helpers or Sizing helpers sheet. Those sheets are hidden, so they do not print pages of formula text; unhide them (right-click a sheet tab, Unhide) to audit a part.";

/**
 * A header row. Labels wrap within their column (a label wider than its column would run into the
 * next header or be cut), and the row is as tall as its longest label needs: viewers do not grow
 * rows for wrapped text on their own.
 */
/** The line-item table's columns, on the fixed and the live option sheets alike. */
export const LINE_ITEM_HEADER = [
  "Component",
  "Quantity",
  "Unit",
  "Unit price (USD)",
  "Cost (USD)",
  "Price source",
  "Source URL",
  "Quantity formula",
];

export function header(ws: Worksheet, labels: string[]): Row {
  const row = ws.addRow(labels);
  row.font = { bold: true };
  let lines = 1;
  row.eachCell((c, i) => {
    c.fill = HEADER_FILL;
    c.border = { bottom: { style: "thin" } };
    c.alignment = { wrapText: true, vertical: "top" };
    lines = Math.max(lines, wrappedLines(String(c.value ?? ""), ws.getColumn(i).width ?? 9));
  });
  if (lines > 1) row.height = 15 * lines;
  return row;
}

/** Lines a bold label takes wrapped at word boundaries in a column `width` characters wide. */
function wrappedLines(text: string, width: number): number {
  const fit = Math.max(1, Math.floor(width / 1.15) - 1);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = Math.min(word.length, fit);
    if (used === 0) used = w;
    else if (used + 1 + w <= fit) used += 1 + w;
    else {
      lines++;
      used = w;
    }
  }
  return lines;
}

/** The same format without its unit, for a sheet whose Unit column already names it ("730 h hours"). */
export const bareFormat = (fmt: ValueFormat): string => NUM_FMT[fmt].replace(/ "[^"]*"$/, "");

/**
 * A note wraps across the first five columns (the label column and four of values), so it stays
 * on the first printed page of a sheet that prints over several pages wide (the Standard sheets),
 * at about 130 characters a line.
 */
export const NOTE_COLUMNS = 5;
export const NOTE_CHARS_PER_LINE = 130;

/** Row height for wrapped text: viewers do not grow rows on their own (15 points a line). */
export const lineHeight = (text: string, charsPerLine: number): number =>
  15 * Math.max(1, Math.ceil(text.length / charsPerLine));

/** Text beside a number: indented, so "$69,739.14" and "outbound network" never read as one. */
const TEXT_BESIDE_NUMBER = { indent: 2, vertical: "top" } as const;

export function setNumber(c: Cell, value: number, fmt: ValueFormat): void {
  c.value = value;
  c.numFmt = NUM_FMT[fmt];
}

/** A formula with its cached result ("" where the formula gives empty text, e.g. no option is feasible). */
export function setFormula(c: Cell, formula: string, result: number | string, fmt: ValueFormat): void {
  c.value = { formula, result };
  c.numFmt = NUM_FMT[fmt];
}

function setValue(c: Cell, value: number | string | boolean | null, fmt: ValueFormat): void {
  if (typeof value === "number") setNumber(c, value, fmt);
  else c.value = value === null ? "" : safeText(value);
}

/**
 * Give a fresh cell a defined name. `addName`, not `c.name =`: the setter first removes the cell's
 * names by scanning every name in the workbook, which made a workbook with thousands of names
 * (1,000 streams) take minutes; a cell named here has no name yet, so the result is the same.
 */
export function name(c: Cell, n: string): void {
  c.addName(n);
}

/** Summary: recommendation, cost per option side by side, key assumptions, provenance. */
export function writeSummary(
  wb: Workbook,
  m: ReportModel,
): { firstRow: number; lastRow: number; nextRow: number } {
  const ws = sheet(wb, "Summary", 4, [30, 16, 20, 20, 22, 70, 18, 20, 10, 10, 10]);
  const title = ws.addRow([m.meta.title]);
  title.font = { bold: true, size: 14 };
  const firstRow = 5;
  const lastRow = firstRow + m.options.length - 1;
  writeRecommendation(ws, m, firstRow, lastRow);
  header(ws, [
    "Option",
    "Feasible",
    "Monthly cost (USD)",
    "Annual cost (USD)",
    "Binding resource",
    "Notes",
    "Option id",
    "Ranked cost (USD, feasible and completely priced)",
    "Planner order",
    "Cheapest (order)",
    "Next cheapest (order)",
  ]);
  for (const o of m.options) {
    const row = ws.addRow([o.sheetName]);
    const r = row.number;
    const live = o.live;
    const key = o.id.replace(/[^A-Za-z0-9]/g, "_");
    const monthly = `${o.totalName ?? `total_${key}`}*${N.hoursPerMonth}/${N.hours}`;
    if (live) {
      const f = live.sizing.feasible;
      row.getCell(2).value = { formula: `IF(${f}=1,"yes","no")`, result: o.feasible ? "yes" : "no" };
      setFormula(
        row.getCell(3),
        `IF(AND(${f}=1,${live.pricedName}>0),${monthly},"")`,
        o.monthlyUsd ?? "",
        "usd",
      );
      row.getCell(5).value = { formula: `${key}_binding`, result: o.bindingLabel ?? "" };
      setFormula(
        row.getCell(8),
        `IF(AND(${f}=1,${live.missingName}=0),${o.totalName ?? `total_${key}`},"")`,
        o.feasible && o.priced === "complete" ? (o.totalUsd as number) : "",
        "usd",
      );
    } else {
      row.getCell(2).value = o.feasible ? "yes" : "no";
      if (o.feasible && o.totalName && o.monthlyUsd !== null)
        setFormula(row.getCell(3), monthly, o.monthlyUsd, "usd");
      row.getCell(5).value = safeText(o.bindingLabel ?? "");
      if (o.feasible && o.priced === "complete" && o.totalName)
        setFormula(row.getCell(8), o.totalName, o.totalUsd as number, "usd");
    }
    if ((o.feasible && o.monthlyUsd !== null) || live)
      setFormula(row.getCell(4), `IF(C${r}="","",C${r}*${MONTHS_PER_YEAR})`, o.annualUsd ?? "", "usd");
    setNumber(row.getCell(9), o.order, "int");
    rankHelpers(row, firstRow, lastRow, o, m);
    row.getCell(6).value = safeText(
      plainNote(
        o.feasible
          ? [pricedText(o), ...o.notes].filter(Boolean).join("; ")
          : `Infeasible: ${o.reasons.join("; ")}`,
      ),
    );
    row.getCell(7).value = o.id;
    row.alignment = { vertical: "top" };
    row.getCell(5).alignment = TEXT_BESIDE_NUMBER;
    row.getCell(6).alignment = { ...TEXT_BESIDE_NUMBER, wrapText: true };
    row.getCell(7).alignment = TEXT_BESIDE_NUMBER;
    // Viewers do not grow rows for wrapped text on their own: about 80 characters per line at width 70.
    row.height = lineHeight(String(row.getCell(6).value), o.recommended ? 70 : 80);
    if (o.recommended) row.font = { bold: true };
    row.commit();
  }
  ws.autoFilter = `A4:K${Math.max(lastRow, 4)}`;
  ws.addRow([]);
  ws.addRow(["Key assumptions"]).font = { bold: true };
  const kv = (label: string, set: (c: Cell) => void) => {
    const row = ws.addRow([label]);
    set(row.getCell(2));
    row.commit();
  };
  kv("Region", (c) => (c.value = safeText(m.meta.region)));
  kv("Billing period", (c) => setFormula(c, N.hours, m.meta.hours, "hours"));
  kv("Month", (c) => setFormula(c, N.hoursPerMonth, HOURS(m), "hours"));
  for (const a of m.assumptions.filter(
    (r) => r.name && /^stream\d+_(ingress_MiBps|egress_MiBps|retention_h)$/.test(r.name),
  )) {
    if (a.days) kv(a.label, (c) => setFormula(c, `${a.name}/24`, (a.value as number) / 24, "days"));
    else kv(a.label, (c) => setFormula(c, a.name as string, a.value as number, a.format));
  }
  kv(
    "Prices",
    (c) => (c.value = `catalog ${safeText(m.meta.catalog.source)}, dated ${safeText(m.meta.catalog.date)}`),
  );
  kv("Generated", (c) => (c.value = safeText(m.meta.generatedAt)));
  kv("msk-planner version", (c) => (c.value = safeText(m.meta.version)));
  const fixed = m.options.filter((o) => !o.live && o.feasible).map((o) => o.sheetName);
  const last = ws.addRow([
    "Costs",
    `Every cost, the ranking and the recommendation are live formulas over the Assumptions sheet: edit a rate, a retention, partitions, a utilisation target, the storage head-room, the AZ-loss allowance, a price or the hours there and they follow.${
      m.options.some((o) => o.live)
        ? " Each MSK option's sheet re-sizes its cluster by formula (instance type, brokers, storage, provisioned throughput) from the Instance types sheet, as msk-planner does."
        : ""
    }${fixed.length ? ` Fixed by the planner (run msk-planner again to re-size): the configuration of ${fixed.join(", ")}.` : ""}`,
  ]);
  last.getCell(2).alignment = { wrapText: true, vertical: "top" };
  ws.mergeCells(last.number, 2, last.number, 6);
  last.height = 45;
  last.getCell(1).alignment = { vertical: "top" };
  last.commit();
  const hidden = ws.addRow(["Hidden sheets", HIDDEN_HELPERS_NOTE]);
  hidden.getCell(1).alignment = { vertical: "top" };
  hidden.getCell(2).alignment = { wrapText: true, vertical: "top" };
  ws.mergeCells(hidden.number, 2, hidden.number, 6);
  hidden.height = 30;
  hidden.commit();
  return { firstRow, lastRow, nextRow: hidden.number + 1 };
}

/**
 * Rows 2–3: the recommendation by formula over the cost table (rows first..last), so it follows
 * every edit as `plan` ranks: among feasible, completely priced options (column H; a partly priced
 * one is shown but never recommended) the cheapest, a tie going to the planner's option order
 * (column I), through the helper columns J (the cheapest rows' order) and K (the next cheapest's).
 * Its plain name, its monthly cost and a sentence, with `recommended_option` = its id in the
 * Option id column; then the saving against the next cheapest. Cached results are the plan's, for viewers that do not recalculate.
 */
function writeRecommendation(ws: Worksheet, m: ReportModel, first: number, last: number): void {
  const col = (c: string) => `$${c}$${first}:$${c}$${last}`;
  const H = col("H");
  const bestAt = `MATCH(MIN(${col("J")}),${col("I")},0)`;
  const nextAt = `MATCH(MIN(${col("K")}),${col("I")},0)`;
  const best = m.options.find((o) => o.id === m.meta.recommended && o.monthlyUsd !== null);
  const next = best
    ? [...m.options]
        .filter((o) => o.feasible && o.priced === "complete" && o.monthlyUsd !== null && o.id !== best.id)
        .sort((a, b) => (a.totalUsd as number) - (b.totalUsd as number) || a.order - b.order)[0]
    : undefined;
  const r2 = ws.addRow(["Recommendation"]);
  r2.font = { bold: true };
  // B2: the option's plain name, for a reader; G2 (under the table's "Option id" column): its id,
  // the public `recommended_option` that scripts and other workbooks read. Both empty together.
  r2.getCell(2).value = {
    formula: `IF(COUNT(${H})=0,"",INDEX(${col("A")},${bestAt}))`,
    result: best?.sheetName ?? "",
  };
  r2.getCell(7).value = {
    formula: `IF(COUNT(${H})=0,"",INDEX(${col("G")},${bestAt}))`,
    result: best?.id ?? "",
  };
  name(r2.getCell(7), RECOMMENDED_OPTION);
  setFormula(r2.getCell(3), `IF(B2="","",INDEX(${col("C")},${bestAt}))`, best?.monthlyUsd ?? "", "usd");
  const binding = best?.bindingLabel ?? "";
  r2.getCell(6).value = {
    formula: `IF(B2="","No option is both feasible and completely priced at these inputs: each option's sheet says why.",INDEX(${col("A")},${bestAt})&" is the cheapest feasible option, per month"&IF(INDEX(${col("E")},${bestAt})="","","; its size is set by "&INDEX(${col("E")},${bestAt}))&".")`,
    result: best
      ? `${best.sheetName} is the cheapest feasible option, per month${binding ? `; its size is set by ${binding}` : ""}.`
      : "No option is both feasible and completely priced at these inputs: each option's sheet says why.",
  };
  // The row's alignment first: exceljs's row setter overwrites every existing cell's alignment.
  r2.alignment = { vertical: "top" };
  r2.getCell(6).alignment = { ...TEXT_BESIDE_NUMBER, wrapText: true };
  r2.getCell(7).alignment = TEXT_BESIDE_NUMBER;
  r2.height = 30;
  r2.commit();
  const r3 = ws.addRow(["Saving per month against the next cheapest"]);
  const saving = best && next ? (next.monthlyUsd as number) - (best.monthlyUsd as number) : null;
  const nextCost = `INDEX(${col("C")},${nextAt})`;
  setFormula(r3.getCell(3), `IF(OR(B2="",COUNT(${col("K")})=0),"",${nextCost}-C2)`, saving ?? "", "usd");
  setFormula(
    r3.getCell(4),
    `IF(C3="","",IF(${nextCost}=0,0,C3/${nextCost}))`,
    saving === null ? "" : next?.monthlyUsd === 0 ? 0 : saving / (next?.monthlyUsd as number),
    "fraction",
  );
  r3.getCell(5).value = { formula: `IF(C3="","","below")`, result: saving === null ? "" : "below" };
  r3.getCell(5).alignment = TEXT_BESIDE_NUMBER;
  r3.getCell(6).value = {
    formula: `IF(C3="","",INDEX(${col("A")},${nextAt}))`,
    result: saving === null ? "" : (next?.sheetName ?? ""),
  };
  r3.getCell(6).alignment = TEXT_BESIDE_NUMBER;
  r3.commit();
}

/** Helper columns J and K of a Summary row: the order of a cheapest row, of a next-cheapest row. */
function rankHelpers(row: Row, first: number, last: number, o: OptionSheet, m: ReportModel): void {
  const r = row.number;
  const col = (c: string) => `$${c}$${first}:$${c}$${last}`;
  const ranked = m.options.filter((x) => x.feasible && x.priced === "complete" && x.totalUsd !== null);
  const least = Math.min(...ranked.map((x) => x.totalUsd as number));
  const best = ranked.filter((x) => x.totalUsd === least).sort((a, b) => a.order - b.order)[0];
  const inRank = ranked.includes(o);
  const second = [...ranked.map((x) => x.totalUsd as number)].sort((a, b) => a - b)[1];
  setFormula(
    row.getCell(10),
    `IF(H${r}="","",IF(H${r}=MIN(${col("H")}),I${r},""))`,
    inRank && o.totalUsd === least ? o.order : "",
    "int",
  );
  setFormula(
    row.getCell(11),
    `IF(H${r}="","",IF(AND(I${r}<>MIN(${col("J")}),H${r}=SMALL(${col("H")},2)),I${r},""))`,
    inRank && o !== best && o.totalUsd === second ? o.order : "",
    "int",
  );
}

/** Defined name of the recommended option's id (text; empty when no option is feasible). */
export const RECOMMENDED_OPTION = "recommended_option";

const HOURS = (m: ReportModel): number =>
  m.assumptions.find((a) => a.name === N.hoursPerMonth)?.value as number;

/**
 * Assumptions: one input per row with its unit and source; the value cell carries the defined name
 * and is styled as an input. Values show without a unit suffix (the Unit column names it); a
 * duration also reads in days, by formula, beside it.
 */
export function writeAssumptions(
  wb: Workbook,
  rows: readonly AssumptionRow[],
  derived: readonly DerivedRow[] = [],
): void {
  const ws = sheet(wb, "Assumptions", 1, [20, 52, 18, 18, 16, 30, 70]);
  header(ws, ["Section", "Input", "Value", "Unit", "In days", "Name", "Source"]);
  for (const a of rows) {
    const row = ws.addRow([a.section, safeText(a.label)]);
    const v = row.getCell(3);
    setValue(v, a.value, a.format);
    if (typeof a.value === "number" || (a.value === null && a.name)) {
      v.numFmt = bareFormat(a.format);
      if (a.name) v.fill = INPUT_FILL;
    }
    // An empty input (a price the catalog lacks): left empty so formulas see no number.
    if (a.value === null) v.value = null;
    if (a.name) name(v, a.name);
    row.getCell(4).value = a.unit;
    row.getCell(4).alignment = TEXT_BESIDE_NUMBER;
    if (a.days && typeof a.value === "number") {
      const d = row.getCell(5);
      d.value = { formula: `C${row.number}/24`, result: a.value / 24 };
      d.numFmt = NUM_FMT.days;
    }
    row.getCell(6).value = a.name ?? "";
    row.getCell(7).value = safeText(a.source);
    // Wrapped within the column: a long source running on to the right would widen the printed
    // page (and shrink every row to fit it).
    row.getCell(7).alignment = { wrapText: true, vertical: "top" };
    row.height = lineHeight(String(row.getCell(7).value), 75);
    row.commit();
  }
  ws.autoFilter = `A1:G${rows.length + 1}`;
  if (!derived.length) return;
  // Below the inputs (and outside their filter): what the workload asks of any cluster, by
  // formula over the inputs above; not inputs themselves, so styled as the live formulas are.
  ws.addRow([]).commit();
  const head = ws.addRow([
    "Derived",
    "What the workload asks of any cluster (formulas over the inputs above; every sheet reads these cells)",
  ]);
  head.font = { bold: true };
  head.commit();
  for (const d of derived) {
    const row = ws.addRow(["Derived", safeText(d.label)]);
    setFormula(row.getCell(3), d.formula, d.value, d.format);
    // No unit inside the number (the Unit column names it), as for the inputs above.
    row.getCell(3).numFmt = bareFormat(d.format);
    row.getCell(3).fill = DERIVED_FILL;
    name(row.getCell(3), d.name);
    row.getCell(4).value = d.unit;
    row.getCell(4).alignment = TEXT_BESIDE_NUMBER;
    row.getCell(6).value = d.name;
    row.getCell(7).value = "the workload's streams (msk-planner's demand declarations)";
    row.commit();
  }
}

/** "lower bound; not priced: cross-AZ transfer" for a partly priced option, "" when complete. */
function pricedText(o: OptionSheet): string {
  const names = o.missingPrices.map((x) => x.name).join(", ");
  if (o.priced === "partial") return `lower bound; not priced: ${names}`;
  if (o.priced === "none") return `no price in this region: ${names}`;
  return "";
}

/** One option: line items with live formulas and the named total; or why it is infeasible. */
export function writeOption(wb: Workbook, o: OptionSheet): void {
  const ws = sheet(wb, o.sheetName, o.feasible ? 4 : 0, [46, 16, 16, 18, 18, 50, 40, 60]);
  ws.addRow([o.title]).font = { bold: true, size: 14 };
  const status = o.feasible
    ? `Feasible${o.recommended ? " (recommended)" : ""}${o.bindingLabel ? `; its size is set by ${safeText(o.bindingLabel)}` : ""}${o.priced === "complete" ? "" : `; ${safeText(pricedText(o))}`}`
    : "Infeasible: this option is not priced";
  ws.addRow([status]);
  ws.addRow([]);
  if (o.feasible && o.priced !== "none") {
    header(ws, LINE_ITEM_HEADER);
    // The configuration rows follow the line items: formulas reference them by defined name.
    for (const l of o.lines) {
      const row = ws.addRow([safeText(l.component)]);
      if (l.quantityExpr) setFormula(row.getCell(2), render(l.quantityExpr), l.quantity, "number");
      else setNumber(row.getCell(2), l.quantity, "number");
      name(row.getCell(2), l.quantityName);
      row.getCell(3).value = safeText(l.unit);
      setFormula(row.getCell(4), l.priceName, l.unitPriceUsd, "usdRate");
      setFormula(row.getCell(5), `B${row.number}*D${row.number}`, l.costUsd, "usd");
      // Source and formula wrap in their columns (row height from their length), so neither runs
      // into the next cell nor widens the printed page.
      row.getCell(6).value = safeText(l.source);
      // A link only for https (a catalog file may carry another scheme): shown as text otherwise.
      if (l.sourceUrl)
        row.getCell(7).value = /^https:\/\/\S+$/.test(l.sourceUrl)
          ? { text: l.sourceUrl, hyperlink: l.sourceUrl }
          : safeText(l.sourceUrl);
      row.getCell(8).value =
        l.quantityFormula ?? "planned quantity (an input: no formula reproduces it from the assumptions)";
      row.alignment = { vertical: "top" };
      row.getCell(6).alignment = { ...TEXT_BESIDE_NUMBER, wrapText: true };
      row.getCell(8).alignment = { ...TEXT_BESIDE_NUMBER, wrapText: true };
      row.height = Math.max(lineHeight(l.source, 55), lineHeight(String(row.getCell(8).value), 55));
      row.commit();
    }
    const first = 5;
    const last = first + o.lines.length - 1;
    ws.autoFilter = `A4:H${Math.max(last, 4)}`;
    const total = ws.addRow([
      o.priced === "partial"
        ? safeText(
            `Total for the billing period: at least (not priced: ${o.missingPrices.map((x) => x.name).join(", ")})`,
          )
        : "Total for the billing period",
    ]);
    total.font = { bold: true };
    setFormula(total.getCell(5), o.lines.length ? `SUM(E${first}:E${last})` : "0", o.totalUsd ?? 0, "usd");
    name(total.getCell(5), o.totalName as string);
    total.getCell(5).border = { top: { style: "thin" }, bottom: { style: "double" } };
    total.commit();
  } else {
    ws.addRow([o.feasible ? "Prices missing" : "Why"]).font = { bold: true };
    for (const r of o.feasible ? o.missingPrices.map((x) => `${x.name}: ${x.reason}`) : o.reasons)
      ws.addRow([safeText(plainNote(r))]).commit();
  }
  if (o.feasible && o.priced === "partial") {
    ws.addRow([]);
    ws.addRow(["Prices missing (the total above leaves them out)"]).font = { bold: true };
    for (const x of o.missingPrices) ws.addRow([safeText(`${x.name}: ${x.reason}`)]).commit();
  }
  ws.addRow([]);
  ws.addRow([o.feasible ? "Configuration" : "Closest configuration tried"]).font = { bold: true };
  for (const c of o.config) {
    const row = ws.addRow([safeText(c.label)]);
    const v = row.getCell(2);
    if (typeof c.value === "boolean") v.value = c.value ? "yes" : "no";
    else if (c.value === null) v.value = "none";
    else setValue(v, c.value, c.format);
    v.alignment = { horizontal: "right" };
    if (c.name) name(v, c.name);
    // Chosen by the planner: no formula re-sizes it when an input changes (re-run msk-planner).
    v.fill = FIXED_FILL;
    row.getCell(3).value = "fixed by the planner";
    row.getCell(3).font = { italic: true, color: { argb: "FF666666" } };
    row.getCell(3).alignment = TEXT_BESIDE_NUMBER;
    row.commit();
  }
  if (o.utilisation.length) {
    ws.addRow([]);
    ws.addRow(["Utilisation at peak (of capacity)"]).font = { bold: true };
    for (const [k, v] of o.utilisation) {
      const row = ws.addRow([safeText(sentence(resourceLabel(k)))]);
      setNumber(row.getCell(2), v, "fraction");
      row.commit();
    }
  }
  writeNotes(ws, "Notes", o.notes);
}

/**
 * An option sheet's notes under a bold title, after a blank row (nothing when there are none).
 * Each note wraps across the table's width, so a long note neither hides nor widens the print.
 */
export function writeNotes(ws: Worksheet, title: string, notes: readonly string[]): void {
  if (!notes.length) return;
  ws.addRow([]);
  ws.addRow([title]).font = { bold: true };
  for (const note of notes) {
    const n = plainNote(note);
    const row = ws.addRow([safeText(n)]);
    ws.mergeCells(row.number, 1, row.number, NOTE_COLUMNS);
    row.getCell(1).alignment = { wrapText: true, vertical: "top" };
    row.height = lineHeight(n, NOTE_CHARS_PER_LINE);
    row.commit();
  }
}

/** A further table (projection, Monte Carlo, sensitivity, sweep): header, rows, filters. */
export function writeTable(wb: Workbook, t: ReportTable): void {
  const ws = sheet(
    wb,
    t.name.slice(0, 31),
    1,
    t.columns.map((c) => Math.max(12, Math.min(40, c.header.length + 4))),
  );
  const head = header(
    ws,
    t.columns.map((c) => safeText(c.header)),
  );
  // exceljs's streaming writer: the rows as XML, one style per column (src/report/xlsx-rows.ts).
  head.commit();
  const streaming = streamingSheet(ws);
  if (streaming) {
    writeRows(streaming, t.rows, (i) => NUM_FMT[t.columns[i]?.format ?? "text"], safeText);
  } else
    for (const r of t.rows) {
      const row = ws.addRow([]);
      for (let i = 0; i < r.length; i++)
        setValue(row.getCell(i + 1), r[i] ?? null, t.columns[i]?.format ?? "text");
      row.commit();
    }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: t.rows.length + 1, column: t.columns.length } };
}

/** Document properties (File → Properties). */
export function setProperties(wb: Workbook, m: ReportModel): void {
  const at = new Date(m.meta.generatedAt);
  wb.creator = `msk-planner ${m.meta.version}`;
  wb.lastModifiedBy = `msk-planner ${m.meta.version}`;
  wb.created = at;
  wb.modified = at;
  wb.title = m.meta.title;
  wb.subject = "Amazon MSK cost and capacity plan";
  wb.keywords = "Amazon MSK, Kafka, cost, capacity";
  wb.description = `Prices: catalog ${m.meta.catalog.source} dated ${m.meta.catalog.date}. ${m.meta.recommendation}`;
}
