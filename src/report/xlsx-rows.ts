/**
 * The rows of a big table (a 100,000-row Sweep sheet) written straight into exceljs's streaming
 * worksheet as XML, one style per column and kind of value, instead of as a Row and a Cell object
 * each with its own style object that exceljs hashes again for every cell (most of the writer's
 * time). The XML is what exceljs itself writes for the same cells — the same row and cell markup,
 * the same style ids (registered through its style table, in the same order) and the same shared
 * strings — so the sheet part is byte-identical (test/report/xlsx-writer.test.ts compares them).
 *
 * This reaches into exceljs 4.4.0's WorksheetWriter (pinned exactly in package.json): its output
 * stream, style table and shared strings. Any other worksheet (the in-memory Workbook of
 * buildWorkbook) is written cell by cell through the public API.
 */
import type { Worksheet } from "exceljs";

/** exceljs's value types (lib/doc/enums.js ValueType). */
const NUMBER = 2;
const STRING = 3;

/** The parts of exceljs's streaming WorksheetWriter used here. */
interface StreamingSheet {
  readonly stream: { write(chunk: string): unknown };
  readonly workbook: {
    readonly styles: { addStyleModel(style: object, cellType?: number): number };
    readonly sharedStrings: { add(value: string): number };
  };
  readonly useSharedStrings: boolean;
  readonly startedData: boolean;
  _rowZero: number;
  _rows: unknown[] | null;
}

/** The streaming writer's worksheet with its header committed and no rows pending, else undefined. */
export function streamingSheet(ws: Worksheet): StreamingSheet | undefined {
  const s = ws as unknown as Partial<StreamingSheet>;
  const wb = s.workbook as Partial<StreamingSheet["workbook"]> | undefined;
  return s.useSharedStrings === true &&
    s.startedData === true &&
    Array.isArray(s._rows) &&
    s._rows.length === 0 &&
    typeof wb?.styles?.addStyleModel === "function" &&
    typeof wb.sharedStrings?.add === "function" &&
    typeof s.stream?.write === "function"
    ? (s as StreamingSheet)
    : undefined;
}

/** Column letters of 1-based column `n` (1 → A, 27 → AA). */
export function columnLetters(n: number): string {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** Flush the XML to exceljs's stream about every 64 KiB (its own buffer size). */
const CHUNK = 64 * 1024;

/**
 * Append `rows` after the last committed row of `ws`: numbers with their column's number format
 * (`numFmt(i)` of zero-based column i), anything else as text (`text(value)`; null is empty text).
 */
export function writeRows(
  ws: StreamingSheet,
  rows: readonly (readonly (number | string | null)[])[],
  numFmt: (column: number) => string | undefined,
  text: (v: string) => string,
): void {
  const { styles, sharedStrings } = ws.workbook;
  // exceljs asks for each row's style first ({} → the default style, id 0), then each cell's.
  const rowStyle = styles.addStyleModel({});
  const rowAttrs = rowStyle ? ` s="${rowStyle}" customFormat="1"` : "";
  const numberStyle: (number | undefined)[] = [];
  let textStyle: number | undefined;
  const cols: (string | undefined)[] = [];
  let xml = "";
  let n = ws._rowZero;
  for (const r of rows) {
    if (r.length === 0) {
      n++;
      continue;
    }
    xml += `<row r="${n}" spans="1:${r.length}"${rowAttrs} x14ac:dyDescent="0.25">`;
    for (let i = 0; i < r.length; i++) {
      const v = r[i] ?? null;
      cols[i] ??= columnLetters(i + 1);
      const ref = `${cols[i]}${n}`;
      if (typeof v === "number") {
        let s = numberStyle[i];
        if (s === undefined) {
          s = numberStyle[i] = styles.addStyleModel({ numFmt: numFmt(i) }, NUMBER);
        }
        xml += `<c r="${ref}"${s ? ` s="${s}"` : ""}><v>${v}</v></c>`;
      } else {
        textStyle ??= styles.addStyleModel({}, STRING);
        const id = sharedStrings.add(v === null ? "" : text(v));
        xml += `<c r="${ref}"${textStyle ? ` s="${textStyle}"` : ""} t="s"><v>${id}</v></c>`;
      }
    }
    xml += "</row>";
    n++;
    if (xml.length >= CHUNK) {
      ws.stream.write(xml);
      xml = "";
    }
  }
  if (xml) ws.stream.write(xml);
  ws._rowZero = n;
}
