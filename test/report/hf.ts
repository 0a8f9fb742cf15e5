// Evaluate a written workbook independently of its cached values: every formula and value is
// loaded into HyperFormula with the workbook's defined names, and HyperFormula computes.
import ExcelJS from "exceljs";
import { HyperFormula, type RawCellContent } from "hyperformula";

export interface Evaluated {
  hf: HyperFormula;
  /** Value of a defined name (e.g. total_standard). */
  name(n: string): unknown;
  /** Set the cell a defined name points at, then read others. */
  setName(n: string, v: number): void;
  /** Every formula cell: sheet, address, formula, cached result. */
  formulas: { sheet: string; address: string; formula: string; cached: unknown }[];
  workbook: ExcelJS.Workbook;
}

export async function evaluateWorkbook(file: string): Promise<Evaluated> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", smartRounding: false });
  const formulas: Evaluated["formulas"] = [];
  // One evaluation after everything is loaded (adding each name would otherwise recompute the workbook).
  hf.suspendEvaluation();
  for (const ws of wb.worksheets) hf.addSheet(ws.name);
  for (const ws of wb.worksheets) {
    const data: RawCellContent[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const line: RawCellContent[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const v = cell.value as unknown;
        let raw: RawCellContent = null;
        if (v && typeof v === "object" && "formula" in (v as object)) {
          const f = (v as { formula: string; result?: unknown }).formula;
          formulas.push({
            sheet: ws.name,
            address: cell.address,
            formula: f,
            cached: (v as { result?: unknown }).result,
          });
          raw = `=${f}`;
        } else if (typeof v === "number" || typeof v === "boolean") raw = v;
        else if (typeof v === "string") raw = v.startsWith("=") ? `'${v}` : v; // text stays text in HF too
        line[c - 1] = raw;
      });
      data[r - 1] = line;
    });
    hf.setSheetContent(
      hf.getSheetId(ws.name) as number,
      Array.from(data, (l) => Array.from(l ?? [], (x) => x ?? null)),
    );
  }
  const targets = new Map<string, { sheet: string; row: number; col: number }>();
  for (const dn of (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model) {
    const range = dn.ranges[0] as string;
    hf.addNamedExpression(dn.name, `=${range}`);
    const m = /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(range);
    if (m)
      targets.set(dn.name, { sheet: m[1] as string, row: Number(m[3]) - 1, col: colIndex(m[2] as string) });
  }
  hf.resumeEvaluation();
  return {
    hf,
    workbook: wb,
    formulas,
    name: (n) => hf.getNamedExpressionValue(n),
    setName: (n, v) => {
      const t = targets.get(n);
      if (!t) throw new Error(`no defined name ${n}`);
      hf.setCellContents({ sheet: hf.getSheetId(t.sheet) as number, row: t.row, col: t.col }, v);
    },
  };
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
