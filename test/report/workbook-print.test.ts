// What a finance reader sees and prints: helper sheets of formula parts hidden (and the Summary
// says why), the "no candidate" sentinel never shown as a number, column headers wrapped within
// their column, and each sheet's print set-up (fit to a page wide, or legible over pages).
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { plan } from "../../src/plan/planner.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import { NOT_A_CANDIDATE } from "../../src/report/live.js";
import { writeReport } from "../../src/report/xlsx.js";
import { REPORT_OPTS } from "./fixture.js";

let wb: ExcelJS.Workbook;
beforeAll(async () => {
  const w = parseWorkload(parse(readFileSync("fixtures/workloads/typical.yaml", "utf8")));
  const file = join(mkdtempSync(join(tmpdir(), "msk-print-")), "t.xlsx");
  await writeReport(plan(w, { catalog: bundledCatalog() }), file, REPORT_OPTS);
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
}, 60_000);

const cached = (c: ExcelJS.Cell): unknown => {
  const v = c.value as { result?: unknown } | null;
  return v && typeof v === "object" && "formula" in v ? v.result : v;
};

describe("the workbook as read and printed", () => {
  it("the Sizing helpers sheet is hidden and still named; the sheets a reader uses are visible; the Summary says why", () => {
    const helpers = wb.getWorksheet("Sizing helpers");
    expect(helpers, "typical.yaml needs sizing helpers").toBeDefined();
    expect(helpers?.state).toBe("hidden");
    for (const n of ["Summary", "Assumptions", "Standard", "Instance types"])
      expect(wb.getWorksheet(n)?.state, n).toBe("visible");
    const summary = wb.getWorksheet("Summary") as ExcelJS.Worksheet;
    let note = "";
    summary.eachRow((r) => {
      if (r.getCell(1).value === "Hidden sheets") note = String(r.getCell(2).value);
    });
    expect(note).toContain("Sizing helpers");
    expect(note).toContain("8,192");
  });

  it("every cell holding the no-candidate sentinel shows words, not 1,000,000,000,000,000", () => {
    let sentinels = 0;
    for (const ws of wb.worksheets)
      ws.eachRow((r) =>
        r.eachCell((c) => {
          if (cached(c) === NOT_A_CANDIDATE) {
            sentinels++;
            expect(c.numFmt, `${ws.name}!${c.address}`).toMatch(/^\[>=1000000000000000\]"(none|not tried)";/);
          }
        }),
      );
    expect(sentinels).toBeGreaterThan(10);
  });

  it("header labels wrap within their column, the row tall enough for the longest", () => {
    const summary = wb.getWorksheet("Summary") as ExcelJS.Worksheet;
    const head = summary.getRow(4);
    expect(head.getCell(8).value).toBe("Ranked cost (USD, feasible and completely priced)");
    expect(head.getCell(8).alignment?.wrapText).toBe(true);
    // 49 characters in a column 20 wide: LibreOffice wraps them on three lines of 15 points (the
    // writer's estimate for bold text is on the safe side).
    expect(head.height).toBeGreaterThanOrEqual(45);
    // A header that fits on one line keeps the default height.
    const assumptions = (wb.getWorksheet("Assumptions") as ExcelJS.Worksheet).getRow(1);
    expect(assumptions.height ?? 15).toBe(15);
  });

  it("print set-up: Standard sheets over pages at 70% with the labels repeated; the others one page wide", () => {
    for (const n of ["Standard", "Standard tiered"]) {
      const p = (wb.getWorksheet(n) as ExcelJS.Worksheet).pageSetup;
      expect(p.fitToPage, n).toBeFalsy();
      expect(p.scale, n).toBe(70);
      expect(p.printTitlesColumn, n).toBe("A:A");
    }
    for (const n of ["Summary", "Assumptions", "Express", "Serverless", "Instance types"]) {
      const p = (wb.getWorksheet(n) as ExcelJS.Worksheet).pageSetup;
      expect(p.fitToPage, n).toBe(true);
      expect(p.fitToWidth, n).toBe(1);
    }
  });
});
