// The workbook recalculated by another engine: a price edited, every cached value stripped, and
// LibreOffice (where installed) recomputes the Summary — the ranking, `recommended_option` and
// each option's monthly cost must equal `plan` on the same edited price, to the cent.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { plan } from "../../src/plan/planner.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import type { Catalog } from "../../src/pricing/catalog-schema.js";
import { buildReportModel } from "../../src/report/model.js";
import { writeReport } from "../../src/report/xlsx.js";
import { hasSoffice, sofficeToCsv } from "../helpers/libreoffice.js";
import { REPORT_OPTS } from "./fixture.js";

const cents = (x: number) => Math.round(x * 100);

/** Set named input cells of a written workbook, strip every cached result, recalculate in LibreOffice: the Summary's CSV lines. */
async function editInLibreOffice(cwd: string, cells: Record<string, number>): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(cwd, "t.xlsx"));
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  for (const [n, v] of Object.entries(cells)) {
    const range = model.find((d) => d.name === n)?.ranges[0] as string;
    const [, sheet, col, row] = /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(range) as RegExpExecArray;
    (wb.getWorksheet(sheet as string) as ExcelJS.Worksheet).getCell(`${col}${row}`).value = v;
  }
  let stripped = 0;
  for (const ws of wb.worksheets)
    ws.eachRow((r) =>
      r.eachCell((c) => {
        const v = c.value as { formula?: string } | null;
        if (v && typeof v === "object" && "formula" in v) {
          c.value = { formula: v.formula as string } as ExcelJS.CellFormulaValue;
          stripped++;
        }
      }),
    );
  expect(stripped).toBeGreaterThan(20);
  await wb.xlsx.writeFile(join(cwd, "edited.xlsx"));
  const lo = sofficeToCsv(cwd, "edited.xlsx");
  expect(lo.status, lo.stderr).toBe(0);
  return readFileSync(join(cwd, "edited.csv"), "utf8").split(/\r?\n/);
}

/** The Summary's recommendation and every feasible option's monthly cost equal `plan`'s. */
function expectSummary(lines: string[], p2: ReturnType<typeof plan>): void {
  const rec = (lines.find((l) => l.startsWith("Recommendation,")) as string).split(",");
  expect(rec[1]).toBe(p2.recommended ?? "");
  for (const o of buildReportModel(p2, REPORT_OPTS).options.filter(
    (x) => x.feasible && x.monthlyUsd !== null,
  )) {
    const line = lines.find((l) => l.startsWith(`${o.sheetName},yes,`));
    expect(line, o.id).toBeDefined();
    expect(cents(Number((line as string).split(",")[2])), o.id).toBe(cents(o.monthlyUsd as number));
  }
}

describe.skipIf(!hasSoffice)("workbook recalculated by LibreOffice after an edit", () => {
  it("tiered storage ×4: recommended_option and every monthly cost equal `plan` with that price", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "msk-lo-edit-"));
    const w = parseWorkload(parse(readFileSync("fixtures/workloads/typical.yaml", "utf8")));
    const p = plan(w, { catalog: bundledCatalog() });
    await writeReport(p, join(cwd, "t.xlsx"), REPORT_OPTS);
    const cat = structuredClone(bundledCatalog()) as Catalog;
    const price = cat.regions["us-east-1"]?.tieredStorage as { amount: number };
    price.amount *= 4;
    const p2 = plan(w, { catalog: cat });
    expect(p2.recommended).not.toBe(p.recommended);

    // Edit the named price cell and strip every cached result.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(cwd, "t.xlsx"));
    const range = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model.find(
      (d) => d.name === "price_tieredStorage",
    )?.ranges[0] as string;
    const [, sheet, col, row] = /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(range) as RegExpExecArray;
    const target = wb.getWorksheet(sheet as string) as ExcelJS.Worksheet;
    target.getCell(`${col}${row}`).value = price.amount;
    let stripped = 0;
    for (const ws of wb.worksheets)
      ws.eachRow((r) =>
        r.eachCell((c) => {
          const v = c.value as { formula?: string } | null;
          if (v && typeof v === "object" && "formula" in v) {
            c.value = { formula: v.formula as string } as ExcelJS.CellFormulaValue;
            stripped++;
          }
        }),
      );
    expect(stripped).toBeGreaterThan(20);
    await wb.xlsx.writeFile(join(cwd, "edited.xlsx"));

    const lo = sofficeToCsv(cwd, "edited.xlsx");
    expect(lo.status, lo.stderr).toBe(0);
    const lines = readFileSync(join(cwd, "edited.csv"), "utf8").split(/\r?\n/);
    const rec = (lines.find((l) => l.startsWith("Recommendation,")) as string).split(",");
    expect(rec[1]).toBe(p2.recommended);
    const best = p2.options[0];
    expect(cents(Number(rec[2]))).toBe(cents(best?.monthlyUsd as number));
    expectSummary(lines, p2);
  }, 180_000);

  it("every rate ×2: the clusters re-size in LibreOffice; the ranking and every monthly cost equal `plan` on the doubled rates", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "msk-lo-rates-"));
    const w = parseWorkload(parse(readFileSync("fixtures/workloads/typical.yaml", "utf8")));
    await writeReport(plan(w, { catalog: bundledCatalog() }), join(cwd, "t.xlsx"), REPORT_OPTS);
    const doubled = {
      ...w,
      streams: w.streams.map((s) => ({
        ...s,
        ingressBytesPerSec: s.ingressBytesPerSec * 2,
        peakIngressBytesPerSec: s.peakIngressBytesPerSec * 2,
        egressBytesPerSec: s.egressBytesPerSec * 2,
        peakEgressBytesPerSec: s.peakEgressBytesPerSec * 2,
      })),
    };
    const cells: Record<string, number> = {};
    w.streams.forEach((s, i) => {
      cells[`stream${i + 1}_ingress_MiBps`] = (s.ingressBytesPerSec * 2) / 2 ** 20;
      cells[`stream${i + 1}_peak_ingress_MiBps`] = (s.peakIngressBytesPerSec * 2) / 2 ** 20;
      cells[`stream${i + 1}_egress_MiBps`] = (s.egressBytesPerSec * 2) / 2 ** 20;
      cells[`stream${i + 1}_peak_egress_MiBps`] = (s.peakEgressBytesPerSec * 2) / 2 ** 20;
    });
    const p2 = plan(doubled, { catalog: bundledCatalog() });
    // The doubled rates change broker counts: a re-priced fixed configuration would not match.
    const p1 = plan(w, { catalog: bundledCatalog() });
    expect(p2.options.map((o) => JSON.stringify(o.configuration))).not.toEqual(
      p2.options.map((o) => JSON.stringify(p1.options.find((x) => x.option === o.option)?.configuration)),
    );
    expectSummary(await editInLibreOffice(cwd, cells), p2);
  }, 180_000);
});
