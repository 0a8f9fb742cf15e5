/**
 * The Helpers sheet: partial sums that keep every formula within Excel's 8,192-character limit
 * (see src/report/helper-cells.ts). Written only when some formula needed splitting, last, so
 * the sheets a reader uses come first. Each helper is a named, live formula with its cached value.
 */
import type { Workbook } from "exceljs";
import type { HelperCell } from "./helper-cells.js";
import { header, hideHelperSheet, name, setFormula, sheet } from "./xlsx-sheets.js";

export const HELPERS_SHEET = "Helpers";

export function writeHelpers(wb: Workbook, helpers: readonly HelperCell[]): void {
  if (!helpers.length) return;
  const ws = sheet(wb, HELPERS_SHEET, 2, [34, 18, 60]);
  hideHelperSheet(ws);
  ws.addRow([
    "Partial sums: a formula longer than Excel's limit of 8,192 characters is split into these named cells.",
  ]).font = { italic: true };
  header(ws, ["Name", "Value", "Part of"]);
  for (const h of helpers) {
    const row = ws.addRow([h.name]);
    setFormula(row.getCell(2), h.formula, h.value, "number");
    name(row.getCell(2), h.name);
    row.getCell(3).value = h.partOf;
    row.commit();
  }
}
