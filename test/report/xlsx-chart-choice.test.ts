// Which rows and which table the workbook's charts are drawn from (src/report/xlsx.ts `fill`), read
// back from the written file: a feasible option with no monthly cost has no bar (it has no number
// to draw), and the line chart is the Projection table's even when another table comes first. Also
// a hand-made model without derived cells (the field is optional): no derived row is written.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { buildReportModel, type ReportModel } from "../../src/report/model.js";
import { writeReport } from "../../src/report/xlsx.js";
import { planFor, REPORT_OPTS, workload } from "./fixture.js";

const dir = mkdtempSync(join(tmpdir(), "msk-xlsx-chart-choice-"));
const model = (): ReportModel => buildReportModel(planFor(workload()), { ...REPORT_OPTS, live: false });
const parts = (file: string) => unzipSync(readFileSync(file));

describe("the charts' rows", () => {
  it("a feasible option without a monthly cost is left out of the cost chart", async () => {
    const m = model();
    const feasible = m.options.filter((o) => o.feasible && o.monthlyUsd !== null);
    expect(feasible.length).toBe(4);
    // The last feasible option becomes unpriced: no monthly cost.
    const last = feasible[3] as (typeof feasible)[number];
    last.monthlyUsd = null;
    last.annualUsd = null;
    last.priced = "none";
    const file = join(dir, "unpriced.xlsx");
    await writeReport(m, file);
    const bar = strFromU8(parts(file)["xl/charts/mskchart1.xml"] as Uint8Array);
    expect(bar).toContain("<c:f>'Summary'!$A$5:$A$7</c:f>");
    expect(bar).toContain("<c:f>'Summary'!$C$5:$C$7</c:f>");
    expect(bar).toContain('<c:ptCount val="3"/>');
    expect(bar).not.toContain('<c:ptCount val="4"/>');
    expect(bar).not.toContain(`<c:v>${last.sheetName}</c:v>`);
  });

  it("the line chart is drawn from the Projection table, not the table before it", async () => {
    const m = model();
    m.tables = [
      {
        name: "Sweep",
        title: "Sweep",
        columns: [
          { header: "ingress", format: "number" },
          { header: "Sweep monthly (USD)", format: "usd" },
        ],
        rows: [
          [1, 5],
          [2, 6],
          [3, 7],
        ],
      },
      {
        name: "Projection",
        title: "Projection",
        columns: [
          { header: "month", format: "int" },
          { header: "Standard monthly (USD)", format: "usd" },
        ],
        rows: [
          [0, 100],
          [1, 110.5],
        ],
      },
    ];
    const file = join(dir, "two-tables.xlsx");
    await writeReport(m, file);
    const line = strFromU8(parts(file)["xl/charts/mskchart2.xml"] as Uint8Array);
    expect(line).toContain("<c:lineChart>");
    expect(line).toContain("<c:tx><c:v>Standard</c:v></c:tx>");
    expect(line).toContain("<c:f>'Projection'!$A$2:$A$3</c:f>");
    expect(line).toContain("<c:f>'Projection'!$B$2:$B$3</c:f>");
    expect(line).not.toContain("Sweep");
    expect(line).toContain('<c:pt idx="0"><c:v>100</c:v></c:pt><c:pt idx="1"><c:v>110.5</c:v></c:pt>');
  });
});

describe("a model without derived cells", () => {
  it("writes the Assumptions sheet with its inputs only", async () => {
    const m = model();
    const full = join(dir, "derived.xlsx");
    await writeReport(m, full);
    const bare = { ...m };
    delete bare.derived;
    const file = join(dir, "no-derived.xlsx");
    await writeReport(bare, file);
    const rows = async (f: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(f);
      const s = wb.getWorksheet("Assumptions") as ExcelJS.Worksheet;
      const out: unknown[][] = [];
      s.eachRow((r) => out.push((r.values as unknown[]).slice(1)));
      return out;
    };
    const [withDerived, without] = [await rows(full), await rows(file)];
    // The inputs are the same rows; the derived ones (written below them) are absent.
    expect(m.derived?.length).toBeGreaterThan(0);
    expect(without.length).toBeLessThan(withDerived.length);
    expect(without).toEqual(withDerived.slice(0, without.length));
    expect(JSON.stringify(without)).not.toContain("Stryker");
  });
});
