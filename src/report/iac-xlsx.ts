/**
 * The workbook of `price --iac --xlsx FILE`: "Resources" (one row per resource, its total a live
 * SUMIF over its line items), "Line items" (cost = quantity × unit price as a formula, so an edited
 * price or quantity re-computes), "Not priced" (usage-based lines without usage, unresolved
 * values). Written atomically by {@link writeReport}.
 */
import type { Workbook } from "exceljs";
import type { IacPriceResult } from "../iac/price-iac.js";
import { header, safeText, setFormula, setNumber, sheet } from "./xlsx-sheets.js";

type ExcelJS = typeof import("exceljs");

/** Build the IaC workbook in memory (exceljs loads only here). */
export async function buildIacWorkbook(r: IacPriceResult): Promise<Workbook> {
  // CommonJS: its exports are `default` under Node's import (as in xlsx.ts `excel`).
  const ExcelJS = ((await import("exceljs")) as unknown as { default: ExcelJS }).default;
  const wb = new ExcelJS.Workbook();
  wb.creator = "msk-planner";

  const res = sheet(wb, "Resources", 1, [48, 36, 18, 12, 16]);
  const items = sheet(wb, "Line items", 1, [48, 52, 14, 16, 14, 16, 60]);
  header(items, ["Resource", "Component", "Quantity", "Unit", "Unit price (USD)", "Cost (USD)", "Source"]);
  for (const x of r.resources)
    for (const l of x.lineItems) {
      const row = items.addRow([safeText(x.address), safeText(l.component)]);
      setNumber(row.getCell(3), l.quantity, "number");
      row.getCell(4).value = safeText(l.unit);
      setNumber(row.getCell(5), l.unitPriceUsd, "usdRate");
      setFormula(row.getCell(6), `C${row.number}*E${row.number}`, l.costUsd, "usd");
      row.getCell(7).value = safeText(l.source);
    }
  const last = Math.max(items.rowCount, 2);

  header(res, ["Resource", "Type", "Kind", "Priced", "Cost (USD)"]);
  for (const x of r.resources) {
    const row = res.addRow([safeText(x.address), safeText(x.type), x.kind, x.priced]);
    setFormula(
      row.getCell(5),
      `SUMIF('Line items'!A$2:A$${last},A${row.number},'Line items'!F$2:F$${last})`,
      x.totalUsd,
      "usd",
    );
  }
  const total = res.addRow(["Total", "", "", r.priced]);
  total.font = { bold: true };
  setFormula(total.getCell(5), `SUM(E2:E${total.number - 1})`, r.totalUsd, "usd");
  res.addRow([]);
  res.addRow([`${r.region}, ${r.hours} hours; prices: ${r.catalog.source} catalog dated ${r.catalog.date}`]);
  if (r.priced !== "complete") res.addRow(["The total is a lower bound: see the sheet Not priced."]);

  const not = sheet(wb, "Not priced", 1, [48, 60, 80]);
  header(not, ["Resource", "What", "Why"]);
  for (const x of r.resources) {
    for (const mp of x.missingPrices)
      not.addRow([safeText(x.address), safeText(mp.name), safeText(mp.reason)]);
    if (x.kind === "unknown" || x.kind === "unresolved")
      not.addRow([safeText(x.address), safeText(x.type), safeText(x.notes.join("; "))]);
  }
  for (const u of r.unresolved)
    not.addRow([
      safeText(u.address),
      safeText(`${u.attribute} = ${u.expression}`),
      safeText(`not resolved: ${u.reason}`),
    ]);
  return wb;
}
