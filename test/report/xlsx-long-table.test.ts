// A further table long enough that the streaming writer flushes its rows in several chunks of XML
// (src/report/xlsx-rows.ts writes 64 KiB at a time): read back from the file, every row is there,
// in order, with its numbers, texts and blanks, and nothing else is written between the chunks.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { expect, it } from "vitest";
import { buildReportModel } from "../../src/report/model.js";
import { writeReport } from "../../src/report/xlsx.js";
import { planFor, REPORT_OPTS, workload } from "./fixture.js";

const dir = mkdtempSync(join(tmpdir(), "msk-xlsx-long-"));
const ROWS = 700;

it("700 rows (about 90 KB of row XML, two chunks): each row read back as written", async () => {
  const m = buildReportModel(planFor(workload()), { ...REPORT_OPTS, live: false });
  const rows = Array.from({ length: ROWS }, (_, i) => [i + 1, (i + 1) * 1.25, `row ${i + 1}`, null]);
  m.tables = [
    {
      name: "Sweep",
      title: "Sweep",
      columns: [
        { header: "scenario", format: "int" },
        { header: "monthly_usd", format: "usd" },
        { header: "label", format: "text" },
        { header: "note", format: "text" },
      ],
      rows,
    },
  ];
  const file = join(dir, "long.xlsx");
  await writeReport(m, file);
  const xml = strFromU8(
    unzipSync(readFileSync(file))[`xl/worksheets/sheet${m.options.length + 3}.xml`] as Uint8Array,
  );
  expect(xml.length).toBeGreaterThan(64 * 1024);
  // Only row and cell elements inside sheetData: no stray text between two chunks.
  const data = xml.slice(xml.indexOf("<sheetData>") + 11, xml.indexOf("</sheetData>"));
  expect(data.replace(/<row [^>]*>(<c [^>]*>(<v>[^<]*<\/v>)?<\/c>)*<\/row>/g, "")).toBe("");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const s = wb.getWorksheet("Sweep") as ExcelJS.Worksheet;
  expect(s.rowCount).toBe(ROWS + 1);
  for (const n of [2, 350, 351, ROWS + 1]) {
    const i = n - 1;
    expect((s.getRow(n).values as unknown[]).slice(1, 4)).toEqual([i, i * 1.25, `row ${i}`]);
    expect(s.getCell(`D${n}`).value).toBe("");
  }
  let seen = 0;
  s.eachRow((r, n) => {
    if (n > 1) {
      expect(r.getCell(1).value).toBe(n - 1);
      seen++;
    }
  });
  expect(seen).toBe(ROWS);
});
