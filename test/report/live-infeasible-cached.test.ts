// An infeasible option's live sheet, as a program that reads cached values sees it (pandas,
// openpyxl's data_only, a viewer that does not recalculate): every formula cell carries its result
// in the file, and that result is the one a spreadsheet computes (HyperFormula, from the file's
// formulas). exceljs's `cell.value` omits a cached 0 or "" (its getter copies only truthy fields),
// and reading a file back turns `<v></v>` into no result; so the cached results are read from the
// written workbook's `cell.model`, which is what exceljs serialises (0 as `<v>0</v>`, "" as `<v></v>`).
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { plan } from "../../src/plan/planner.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import { buildReportModel } from "../../src/report/model.js";
import { buildWorkbook } from "../../src/report/xlsx.js";
import { REPORT_OPTS } from "./fixture.js";
import { evaluateWorkbook } from "./hf.js";

/** small.yaml with its one stream patched, planned for `options`, written to a file. */
const written = async (stream: Record<string, unknown>, options: string[]) => {
  const input = parse(readFileSync("fixtures/workloads/small.yaml", "utf8"));
  Object.assign(input.streams[0], stream);
  const p = plan(parseWorkload(input), { catalog: bundledCatalog(), options: options as never });
  const m = buildReportModel(p, REPORT_OPTS);
  const file = join(mkdtempSync(join(tmpdir(), "msk-infeasible-")), "t.xlsx");
  const wb = await buildWorkbook(m);
  await wb.xlsx.writeFile(file);
  return { p, m, wb, file };
};

/** The cached result a formula cell is written with (undefined: the file has none). */
const cachedResult = (c: ExcelJS.Cell): unknown => (c.model as { result?: unknown }).result;

/** Every formula cell of `sheet`: its cached result equals HyperFormula's value of its formula. */
async function expectCachedAsComputed(wb: ExcelJS.Workbook, file: string, sheet: string): Promise<number> {
  const ev = await evaluateWorkbook(file);
  const ws = wb.getWorksheet(sheet) as ExcelJS.Worksheet;
  const id = ev.hf.getSheetId(sheet) as number;
  let n = 0;
  for (const f of ev.formulas.filter((x) => x.sheet === sheet)) {
    const cell = ws.getCell(f.address);
    const computed = ev.hf.getCellValue({ sheet: id, row: Number(cell.row) - 1, col: Number(cell.col) - 1 });
    const cached = cachedResult(cell);
    expect(cached, `${sheet}!${f.address} has a cached result`).not.toBeUndefined();
    if (typeof computed === "number")
      expect(Math.abs((cached as number) - computed), `${sheet}!${f.address}`).toBeLessThanOrEqual(
        1e-9 * Math.max(1, Math.abs(computed)),
      );
    else expect(cached ?? "", `${sheet}!${f.address}`).toBe(computed ?? "");
    n++;
  }
  return n;
}

describe("an infeasible option's live sheet caches what a spreadsheet computes", () => {
  it("Serverless over its 2,400-partition quota: feasible 0, no binding, every cost 0", async () => {
    // 5,000 partitions ÷ 2,400 per cluster = 208 % of the quota: infeasible.
    const { p, m, wb, file } = await written({ partitions: 5000 }, ["serverless"]);
    expect(p.options.find((o) => o.option === "serverless")?.feasible).toBe(false);
    expect(m.options.find((o) => o.id === "serverless")?.live, "a live sheet").toBeTruthy();
    const s = wb.getWorksheet("Serverless") as ExcelJS.Worksheet;
    expect(cachedResult(s.getCell("B14"))).toBe(5000);
    expect(cachedResult(s.getCell("C25"))).toBe(5000 / 2400);
    expect(cachedResult(s.getCell("B15"))).toBe(0); // feasible flag
    expect(cachedResult(s.getCell("B16"))).toBe(0); // billed lines without a price: none billed
    expect(cachedResult(s.getCell("B17"))).toBe(0); // billed lines with a price: none billed
    // The binding resource is "" when infeasible, though partitions hold the largest share.
    expect(
      (s.getCell("B18").value as { formula: string }).formula.startsWith("IF(serverless_feasible=1,"),
    ).toBe(true);
    expect(cachedResult(s.getCell("B18"))).toBe("");
    // Every line's cost is 0 (not billed when infeasible), and so is the total E10 = SUM(E5:E9).
    for (const a of ["E5", "E6", "E7", "E8", "E9", "E10"]) expect(cachedResult(s.getCell(a)), a).toBe(0);
    expect(s.getCell("A2").value).toMatchObject({
      result: "Infeasible at these inputs: no configuration fits (the tables below show which constraint)",
    });
    expect(await expectCachedAsComputed(wb, file, "Serverless")).toBeGreaterThan(30);
  }, 60_000);

  it("Standard and Express, at 100 GiB/s of ingress (past every allowed cluster): every formula cached as computed", async () => {
    const { p, m, wb, file } = await written({ ingress: "100 GiB/s", peakIngress: "100 GiB/s" }, [
      "standard",
      "express",
    ]);
    for (const id of ["standard", "express"] as const) {
      expect(p.options.find((o) => o.option === id)?.feasible, id).toBe(false);
      const o = m.options.find((x) => x.id === id);
      expect(o?.live, `${id}: a live sheet`).toBeTruthy();
      expect(await expectCachedAsComputed(wb, file, o?.sheetName as string)).toBeGreaterThan(30);
    }
  }, 60_000);
});
