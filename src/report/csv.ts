/**
 * CSV: one file per table (RFC 4180: comma, CRLF, fields quoted when they hold a comma, quote or
 * line break). Numbers unrounded, so finance can re-add them. Text that a spreadsheet would read
 * as a formula — its first non-space character is =, +, -, @, tab or carriage return, or the
 * full-width ＝ ＋ － ＠ that some spreadsheets also accept — is prefixed with a single quote
 * (OWASP "CSV injection"), so opening the file in Excel never runs input as a formula.
 */
import type { ReportModel } from "./model.js";
import { type FlatTable, reportTables, type Value } from "./tables.js";

const FORMULA_START = /^[ \u00a0\u3000]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/** One CSV field. */
export function csvField(v: Value): string {
  if (v === null) return "";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  const s = FORMULA_START.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One table as CSV (RFC 4180: CRLF line ends, quoted where needed). */
export function tableCsv(t: Pick<FlatTable, "columns" | "rows">): string {
  const lines = [t.columns.map((c) => csvField(c.header)).join(",")];
  for (const r of t.rows) lines.push(r.map(csvField).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

/** File name → content, one per table: `summary.csv`, `assumptions.csv`, `option-express.csv` … */
export function reportCsv(m: ReportModel): Map<string, string> {
  return new Map(reportTables(m).map((t) => [`${t.name}.csv`, tableCsv(t)]));
}
