// The workbook's cells read back at library level (src/report/xlsx-sheets.ts, xlsx.ts,
// xlsx-helpers.ts): every value, formula, number format, defined name and the styles a reader sees
// (bold titles, header fill, input and fixed fills, wrapping, row heights, frozen panes, print
// setup), on the in-memory workbook of `buildWorkbook` and on the file `writeReport` streams. The
// workbook is built inside each test (a mutant is switched on when the test starts). The plan is the
// report fixture (test/report/fixture.ts) without live sizing, so each option sheet is the fixed one.
// Hand-worked: Standard 3 × 730 = 2,190 broker-hours × $0.21 = $459.90; 3 × 1,000 GiB over
// 730 of 730 h = 3,000 GB-months × $0.10 = $300.00; Express 2,190 × $0.408 = $893.52.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { AssumptionRow } from "../../src/report/assumptions.js";
import { buildReportModel, type OptionSheet, type ReportModel } from "../../src/report/model.js";
import { buildWorkbook, writeReport } from "../../src/report/xlsx.js";
import { writeHelpers } from "../../src/report/xlsx-helpers.js";
import {
  bareFormat,
  EXCEL_MAX_CELL_CHARS,
  HIDDEN_HELPERS_NOTE,
  LINE_ITEM_HEADER,
  safeText,
  sheet,
  writeAssumptions,
  writeOption,
  writeTable,
} from "../../src/report/xlsx-sheets.js";
import { planFor, REPORT_OPTS, workload } from "./fixture.js";

const dir = mkdtempSync(join(tmpdir(), "msk-xlsx-cells-"));

/** The fixture's report model with fixed (not live) option sheets. */
const model = (): ReportModel => buildReportModel(planFor(workload()), { ...REPORT_OPTS, live: false });
const ws = (wb: ExcelJS.Workbook, n: string): ExcelJS.Worksheet => {
  const s = wb.getWorksheet(n);
  if (!s) throw new Error(`no sheet ${n}`);
  return s;
};
const formula = (c: ExcelJS.Cell) => (c.value as { formula?: string }).formula;
const result = (c: ExcelJS.Cell) => (c.value as { result?: unknown }).result;
const argb = (c: ExcelJS.Cell) => (c.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
const opt = (m: ReportModel, id: string): OptionSheet => m.options.find((o) => o.id === id) as OptionSheet;
const names = (wb: ExcelJS.Workbook) =>
  Object.fromEntries(
    (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model.map((d) => [
      d.name,
      d.ranges[0],
    ]),
  );

describe("Summary", () => {
  it("title, recommendation rows, the cost table and its helper columns", async () => {
    const m = model();
    const wb = await buildWorkbook(m);
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      "Summary",
      "Assumptions",
      "Standard tiered",
      "Express",
      "Standard",
      "Serverless",
      "Self managed",
    ]);
    const s = ws(wb, "Summary");
    expect(s.getCell("A1").value).toBe("Amazon MSK cost plan, us-east-1");
    expect(s.getCell("A1").font).toEqual({ bold: true, size: 14 });
    // Frozen above the cost table; printed landscape on A4, one page wide, header row repeated.
    expect(s.views).toEqual([expect.objectContaining({ state: "frozen", ySplit: 4, xSplit: 0 })]);
    expect(s.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      paperSize: 9,
      printTitlesRow: "4:4",
    });
    expect(s.columns.map((c) => c.width)).toEqual([30, 16, 20, 20, 22, 70, 18, 20, 10, 10, 10]);

    // Row 2: the recommendation by formula over rows 5..9 (five options).
    const bestAt = "MATCH(MIN($J$5:$J$9),$I$5:$I$9,0)";
    expect(s.getCell("A2").value).toBe("Recommendation");
    expect(s.getRow(2).font).toEqual({ bold: true });
    expect(s.getRow(2).height).toBe(30);
    // B2: the plain name a reader reads; G2, under the Option id column: the id, named
    // recommended_option (public: scripts and other workbooks read it).
    expect(s.getCell("B2").value).toEqual({
      formula: `IF(COUNT($H$5:$H$9)=0,"",INDEX($A$5:$A$9,${bestAt}))`,
      result: "Standard tiered",
    });
    expect(s.getCell("G2").value).toEqual({
      formula: `IF(COUNT($H$5:$H$9)=0,"",INDEX($G$5:$G$9,${bestAt}))`,
      result: "standard-tiered",
    });
    expect(s.getCell("G2").alignment).toEqual({ indent: 2, vertical: "top" });
    expect(names(wb).recommended_option).toBe("Summary!$G$2");
    const tiered = opt(m, "standard-tiered");
    const express = opt(m, "express");
    expect(s.getCell("C2").value).toEqual({
      formula: `IF(B2="","",INDEX($C$5:$C$9,${bestAt}))`,
      result: tiered.monthlyUsd,
    });
    expect(s.getCell("C2").numFmt).toBe('"$"#,##0.00');
    expect(s.getCell("C2").alignment).toEqual({ vertical: "top" });
    expect(result(s.getCell("F2"))).toBe(
      "Standard tiered is the cheapest feasible option, per month; its size is set by network.",
    );
    expect(formula(s.getCell("F2"))).toBe(
      `IF(B2="","No option is both feasible and completely priced at these inputs: each option's sheet says why.",INDEX($A$5:$A$9,${bestAt})&" is the cheapest feasible option, per month"&IF(INDEX($E$5:$E$9,${bestAt})="","","; its size is set by "&INDEX($E$5:$E$9,${bestAt}))&".")`,
    );
    expect(s.getCell("F2").alignment).toEqual({ indent: 2, vertical: "top", wrapText: true });
    // Row 3: the saving against the next cheapest (Express), in dollars and as a fraction of it.
    const nextAt = "MATCH(MIN($K$5:$K$9),$I$5:$I$9,0)";
    const saving = (express.monthlyUsd as number) - (tiered.monthlyUsd as number);
    expect(s.getCell("A3").value).toBe("Saving per month against the next cheapest");
    expect(s.getCell("C3").value).toEqual({
      formula: `IF(OR(B2="",COUNT($K$5:$K$9)=0),"",INDEX($C$5:$C$9,${nextAt})-C2)`,
      result: saving,
    });
    expect(s.getCell("D3").value).toEqual({
      formula: `IF(C3="","",IF(INDEX($C$5:$C$9,${nextAt})=0,0,C3/INDEX($C$5:$C$9,${nextAt})))`,
      result: saving / (express.monthlyUsd as number),
    });
    expect(s.getCell("D3").numFmt).toBe("0.0%");
    expect(s.getCell("C3").numFmt).toBe('"$"#,##0.00');
    expect(s.getCell("E3").value).toEqual({ formula: 'IF(C3="","","below")', result: "below" });
    expect(s.getCell("F3").value).toEqual({
      formula: `IF(C3="","",INDEX($A$5:$A$9,${nextAt}))`,
      result: "Express",
    });
    expect(s.getCell("E3").alignment).toEqual({ indent: 2, vertical: "top" });

    // Row 4: the header. "Ranked cost (USD, feasible and completely priced)" in a column 20 wide
    // (16 characters a line: floor(20 / 1.15) - 1) takes 4 lines: "Ranked cost" | "(USD, feasible" |
    // "and completely" | "priced)" → 4 × 15 points.
    const head = s.getRow(4);
    expect((head.values as unknown[]).slice(1)).toEqual([
      "Option",
      "Feasible",
      "Monthly cost (USD)",
      "Annual cost (USD)",
      "Binding resource",
      "Notes",
      "Option id",
      "Ranked cost (USD, feasible and completely priced)",
      "Planner order",
      "Cheapest (order)",
      "Next cheapest (order)",
    ]);
    expect(head.height).toBe(60);
    expect(head.font).toEqual({ bold: true });
    for (const c of ["A4", "K4"]) {
      expect(argb(s.getCell(c))).toBe("FFD9E1F2");
      expect(s.getCell(c).border).toEqual({ bottom: { style: "thin" } });
      expect(s.getCell(c).alignment).toEqual({ wrapText: true, vertical: "top" });
    }

    // Rows 5..9: the options cheapest first, the infeasible one last.
    expect([5, 6, 7, 8, 9].map((r) => s.getCell(`A${r}`).value)).toEqual([
      "Standard tiered",
      "Express",
      "Standard",
      "Serverless",
      "Self managed",
    ]);
    expect(s.getCell("B5").value).toBe("yes");
    expect(s.getCell("C5").value).toEqual({
      formula: "total_standard_tiered*hours_per_month/hours",
      result: tiered.monthlyUsd,
    });
    expect(s.getCell("D5").value).toEqual({ formula: 'IF(C5="","",C5*12)', result: tiered.annualUsd });
    expect(s.getCell("D5").numFmt).toBe('"$"#,##0.00');
    expect(s.getCell("C5").numFmt).toBe('"$"#,##0.00');
    expect(s.getCell("J5").numFmt).toBe("#,##0");
    expect(s.getCell("E5").value).toBe("network");
    expect(s.getCell("F5").value).toBe("infrastructure only");
    expect(s.getCell("G5").value).toBe("standard-tiered");
    expect(s.getCell("H5").value).toEqual({ formula: "total_standard_tiered", result: tiered.totalUsd });
    expect(s.getCell("H5").numFmt).toBe('"$"#,##0.00');
    // The planner's order: standard 0, standard-tiered 1, express 2, serverless 3, self-managed 4.
    expect([5, 6, 7, 8, 9].map((r) => s.getCell(`I${r}`).value)).toEqual([1, 2, 0, 3, 4]);
    expect(s.getCell("I5").numFmt).toBe("#,##0");
    expect(s.getCell("J5").value).toEqual({ formula: 'IF(H5="","",IF(H5=MIN($H$5:$H$9),I5,""))', result: 1 });
    expect(s.getCell("J6").value).toEqual({ formula: 'IF(H6="","",IF(H6=MIN($H$5:$H$9),I6,""))' });
    expect(s.getCell("K6").value).toEqual({
      formula: 'IF(H6="","",IF(AND(I6<>MIN($J$5:$J$9),H6=SMALL($H$5:$H$9,2)),I6,""))',
      result: 2,
    });
    expect(result(s.getCell("K5"))).toBeUndefined();
    expect(result(s.getCell("K7"))).toBeUndefined();
    expect(s.getCell("K5").numFmt).toBe("#,##0");
    expect(s.getRow(5).font).toEqual({ bold: true }); // the recommended row
    expect(s.getRow(6).font).toBeUndefined();
    expect(s.getRow(5).height).toBe(15);
    expect(s.getCell("E5").alignment).toEqual({ indent: 2, vertical: "top" });
    expect(s.getCell("F5").alignment).toEqual({ indent: 2, vertical: "top", wrapText: true });
    expect(s.getCell("G5").alignment).toEqual({ indent: 2, vertical: "top" });
    expect(s.getCell("B5").alignment).toEqual({ vertical: "top" });
    // The infeasible option: no cost, no annual, no rank; its reasons as the note.
    expect(s.getCell("B9").value).toBe("no");
    expect(s.getCell("C9").value).toBeNull();
    expect(s.getCell("D9").value).toBeNull();
    expect(s.getCell("H9").value).toBeNull();
    expect(s.getCell("E9").value).toBe("");
    expect(s.getCell("F9").value).toBe("Infeasible: -no EC2 price for ap-test-1 (stand-in reason)");
    expect(s.autoFilter).toBe("A4:K9");
  });

  it("key assumptions, provenance and the two merged notes", async () => {
    const wb = await buildWorkbook(model());
    const s = ws(wb, "Summary");
    expect(s.getCell("A10").value).toBeNull();
    expect(s.getCell("A11").value).toBe("Key assumptions");
    expect(s.getRow(11).font).toEqual({ bold: true });
    const kv = (r: number) => [s.getCell(`A${r}`).value, s.getCell(`B${r}`).value, s.getCell(`B${r}`).numFmt];
    expect(kv(12)).toEqual(["Region", "us-east-1", undefined]);
    expect(kv(13)).toEqual(["Billing period", { formula: "hours", result: 730 }, '#,##0.## "h"']);
    expect(kv(14)).toEqual(["Month", { formula: "hours_per_month", result: 730 }, '#,##0.## "h"']);
    // 20 MB/s = 20,000,000 / 2^20 = 19.073486328125 MiB/s; a retention of 72 h reads as 3 days.
    expect(kv(15)).toEqual([
      "Stream 1 (orders): ingress (average)",
      { formula: "stream1_ingress_MiBps", result: 19.073486328125 },
      '#,##0.0# "MiB/s"',
    ]);
    expect(kv(17)).toEqual([
      "Stream 1 (orders): retention",
      { formula: "stream1_retention_h/24", result: 3 },
      '#,##0.## "days"',
    ]);
    expect(kv(20)).toEqual([
      "Stream 2 (+clicks): retention",
      { formula: "stream2_retention_h/24", result: 1 },
      '#,##0.## "days"',
    ]);
    expect(kv(21).slice(0, 2)).toEqual(["Prices", `catalog bundled, dated ${model().meta.catalog.date}`]);
    expect(kv(22).slice(0, 2)).toEqual(["Generated", "2026-10-01T12:00:00.000Z"]);
    expect(kv(23).slice(0, 2)).toEqual(["msk-planner version", "0.1.0-test"]);
    expect(s.getCell("A24").value).toBe("Costs");
    expect(s.getCell("B24").value).toBe(
      "Every cost, the ranking and the recommendation are live formulas over the Assumptions sheet: edit a rate, a retention, partitions, a utilisation target, the storage head-room, the AZ-loss allowance, a price or the hours there and they follow. Fixed by the planner (run msk-planner again to re-size): the configuration of Standard tiered, Express, Standard, Serverless.",
    );
    expect(s.getCell("B24").alignment).toEqual({ wrapText: true, vertical: "top" });
    expect(s.getCell("A24").alignment).toEqual({ vertical: "top" });
    expect(s.getRow(24).height).toBe(45);
    expect(s.getCell("F24").isMerged && s.getCell("F24").master.address).toBe("B24");
    expect(s.getCell("G24").isMerged).toBe(false);
    expect(s.getCell("A25").value).toBe("Hidden sheets");
    expect(s.getCell("B25").value).toBe(HIDDEN_HELPERS_NOTE);
    expect(s.getCell("A25").alignment).toEqual({ vertical: "top" });
    expect(s.getCell("B25").alignment).toEqual({ wrapText: true, vertical: "top" });
    expect(s.getRow(25).height).toBe(30);
    expect(s.getCell("F25").master.address).toBe("B25");
    expect(s.rowCount).toBe(25);
  });

  it("no option feasible and priced: empty recommendation, no saving, the sentence says so", async () => {
    const m = model();
    m.meta.recommended = null;
    for (const o of m.options)
      if (o.id !== "self-managed") Object.assign(o, { priced: "partial", recommended: false });
    // A long note on a row that is not recommended: 80 characters a line (2 lines for 81).
    opt(m, "express").notes = ["n".repeat(80)];
    opt(m, "standard").notes = ["n".repeat(81)];
    opt(m, "standard").missingPrices = [{ name: "crossAz", reason: "no price" } as never];
    const wb = await buildWorkbook(m);
    const s = ws(wb, "Summary");
    // exceljs's `cell.value` getter drops a cached result of "" or 0 (the file still has `<v></v>` or `<v>0</v>`).
    expect(s.getCell("B2").value).toEqual({
      formula: `IF(COUNT($H$5:$H$9)=0,"",INDEX($A$5:$A$9,MATCH(MIN($J$5:$J$9),$I$5:$I$9,0)))`,
    });
    expect(s.getCell("G2").value).toEqual({
      formula: `IF(COUNT($H$5:$H$9)=0,"",INDEX($G$5:$G$9,MATCH(MIN($J$5:$J$9),$I$5:$I$9,0)))`,
    });
    expect(result(s.getCell("C2"))).toBeUndefined();
    expect(result(s.getCell("F2"))).toBe(
      "No option is both feasible and completely priced at these inputs: each option's sheet says why.",
    );
    for (const c of ["C3", "D3", "E3", "F3"]) expect(result(s.getCell(c)), c).toBeUndefined();
    // Partly priced: a monthly cost, but no ranked cost and no rank.
    expect(s.getCell("H5").value).toBeNull();
    expect(result(s.getCell("J5"))).toBeUndefined();
    expect(s.getCell("F6").value).toBe(`lower bound; not priced: ; ${"n".repeat(80)}`);
    expect(s.getCell("F7").value).toBe(`lower bound; not priced: crossAz; ${"n".repeat(81)}`);
    expect(s.getRow(6).height).toBe(30); // "lower bound; not priced: ; " + 80 = 107 characters: 2 lines
    expect(s.getRow(5).font).toBeUndefined();
  });

  it("the recommended row wraps at 70 characters (bold), and nothing priced reads as no price in the region", async () => {
    const m = model();
    opt(m, "standard-tiered").notes = ["r".repeat(71)];
    opt(m, "express").notes = ["e".repeat(80)];
    const none = opt(m, "serverless");
    Object.assign(none, { priced: "none", missingPrices: [{ name: "serverlessCluster", reason: "r" }] });
    const wb = await buildWorkbook(m);
    const s = ws(wb, "Summary");
    expect(s.getRow(5).height).toBe(30); // 71 characters at 70 a line
    expect(s.getRow(6).height).toBe(15); // 80 at 80
    expect(s.getCell("F8").value).toBe("no price in this region: serverlessCluster; infrastructure only");
  });
});

describe("Assumptions", () => {
  it("each input with its name, unit, source, input fill and days beside durations", async () => {
    const m = model();
    const wb = await buildWorkbook(m);
    const s = ws(wb, "Assumptions");
    expect((s.getRow(1).values as unknown[]).slice(1)).toEqual([
      "Section",
      "Input",
      "Value",
      "Unit",
      "In days",
      "Name",
      "Source",
    ]);
    expect(s.getRow(1).height).toBeUndefined(); // every label fits on one line
    expect(s.views).toEqual([expect.objectContaining({ state: "frozen", ySplit: 1 })]);
    expect(s.pageSetup.printTitlesRow).toBe("1:1");
    expect(s.columns.map((c) => c.width)).toEqual([20, 52, 18, 18, 16, 30, 70]);
    const rowOf = (n: string) => {
      let found: ExcelJS.Row | undefined;
      s.eachRow((r) => {
        if (r.getCell(6).value === n) found = r;
      });
      if (!found) throw new Error(n);
      return found;
    };
    const hours = rowOf("hours");
    expect(hours.number).toBe(2);
    expect((hours.values as unknown[]).slice(1, 4)).toEqual(["Billing conventions", "Billing period", 730]);
    expect(hours.getCell(3).numFmt).toBe("#,##0.##"); // hours without " h": the Unit column says it
    expect(argb(hours.getCell(3))).toBe("FFFFF2CC");
    expect(hours.getCell(4).value).toBe("hours");
    expect(hours.getCell(4).alignment).toEqual({ indent: 2, vertical: "top" });
    expect(hours.getCell(7).value).toBe("the --hours flag (default: one month)");
    expect(hours.getCell(7).alignment).toEqual({ wrapText: true, vertical: "top" });
    expect(hours.height).toBe(15);
    expect(hours.getCell(5).value).toBeNull(); // billing hours have no days column
    expect(names(wb).hours).toBe("Assumptions!$C$2");
    const ret = rowOf("stream1_retention_h");
    expect(ret.getCell(3).value).toBe(72);
    expect(ret.getCell(5).value).toEqual({ formula: `C${ret.number}/24`, result: 3 });
    expect(ret.getCell(5).numFmt).toBe('#,##0.## "days"');
    expect(rowOf("stream1_ingress_MiBps").getCell(3).numFmt).toBe("#,##0.0#");
    // A text input: no name, no fill, no format.
    let region: ExcelJS.Row | undefined;
    s.eachRow((r) => {
      if (r.getCell(2).value === "Region") region = r;
    });
    expect(region?.getCell(3).value).toBe("us-east-1");
    expect(region?.getCell(3).fill).toBeUndefined();
    expect(region?.getCell(3).numFmt).toBeUndefined();
    expect(region?.getCell(6).value).toBe("");
    expect(s.autoFilter).toBe(`A1:G${m.assumptions.length + 1}`);
  });

  it("an empty price is an empty named input cell; a long source wraps at 75 characters a line", async () => {
    const ExcelJSm = ExcelJS;
    const wb = new ExcelJSm.Workbook();
    const rows: AssumptionRow[] = [
      {
        section: "Unit prices",
        label: "Broker-hour, x",
        value: null,
        unit: "USD per broker-hour",
        name: "price_x",
        format: "usdRate",
        source: "s".repeat(76),
      } as AssumptionRow,
      {
        section: "Workload",
        label: "Retention",
        value: 48,
        unit: "hours",
        name: null,
        format: "hours",
        days: true,
        source: "s".repeat(75),
      } as AssumptionRow,
      {
        section: "Workload",
        label: "Flag",
        value: true,
        unit: "",
        name: null,
        format: "text",
        source: "",
      } as unknown as AssumptionRow,
    ];
    writeAssumptions(wb, rows);
    const s = ws(wb, "Assumptions");
    expect(s.getCell("C2").value).toBeNull();
    expect(s.getCell("C2").numFmt).toBe('"$"#,##0.00####');
    expect(argb(s.getCell("C2"))).toBe("FFFFF2CC");
    expect(names(wb).price_x).toBe("Assumptions!$C$2");
    expect(s.getRow(2).height).toBe(30);
    // An unnamed number: formatted, but not an input (no fill); its days by formula.
    expect(s.getCell("C3").value).toBe(48);
    expect(s.getCell("C3").numFmt).toBe("#,##0.##");
    expect(s.getCell("C3").fill).toBeUndefined();
    expect(s.getCell("E3").value).toEqual({ formula: "C3/24", result: 2 });
    expect(s.getRow(3).height).toBe(15);
    expect(s.getCell("C4").value).toBe("true");
    expect(s.getCell("C4").numFmt).toBeUndefined();
    expect(s.autoFilter).toBe("A1:G4");
  });
});

describe("option sheets (fixed by the planner)", () => {
  it("Standard: line items as quantity × price with names, the total, configuration, utilisation, notes", async () => {
    const m = model();
    const wb = await buildWorkbook(m);
    const s = ws(wb, "Standard");
    const o = opt(m, "standard");
    expect(s.getCell("A1").value).toBe("Standard (Amazon MSK)");
    expect(s.getCell("A1").font).toEqual({ bold: true, size: 14 });
    expect(s.getCell("A2").value).toBe("Feasible; its size is set by storage");
    expect(s.getCell("A3").value).toBeNull();
    expect((s.getRow(4).values as unknown[]).slice(1)).toEqual(LINE_ITEM_HEADER);
    expect(s.views).toEqual([expect.objectContaining({ state: "frozen", ySplit: 4 })]);
    expect(s.columns.map((c) => c.width)).toEqual([46, 16, 16, 18, 18, 50, 40, 60]);
    // Broker-hours: 3 × 730 = 2,190 × $0.21 = $459.90.
    expect(s.getCell("A5").value).toBe("Broker instances (kafka.m5.large)");
    expect(s.getCell("B5").value).toEqual({ formula: "brokers_standard*hours", result: 2190 });
    expect(s.getCell("B5").numFmt).toBe("#,##0.00");
    expect(s.getCell("C5").value).toBe("broker-hours");
    expect(s.getCell("D5").value).toEqual({ formula: "price_broker_kafka_m5_large", result: 0.21 });
    expect(s.getCell("D5").numFmt).toBe('"$"#,##0.00####');
    expect(formula(s.getCell("E5"))).toBe("B5*D5");
    expect(result(s.getCell("E5"))).toBeCloseTo(459.9, 9);
    expect(s.getCell("E5").numFmt).toBe('"$"#,##0.00');
    expect(names(wb)[o.lines[0]?.quantityName as string]).toBe("Standard!$B$5");
    // Storage: 3 × 1,000 GiB = 3,000 GB-months × $0.10 = $300.00.
    expect(s.getCell("B6").value).toEqual({
      formula: "brokers_standard*standard_storagePerBrokerGiB*(hours/hours_per_month)",
      result: 3000,
    });
    expect(result(s.getCell("E6"))).toBeCloseTo(300, 9);
    expect(s.getCell("F5").value).toBe(o.lines[0]?.source);
    expect(s.getCell("G5").value).toEqual({ text: o.lines[0]?.sourceUrl, hyperlink: o.lines[0]?.sourceUrl });
    expect(s.getCell("H5").value).toBe("brokers_standard*hours");
    expect(s.getCell("F5").alignment).toEqual({ indent: 2, vertical: "top", wrapText: true });
    expect(s.getCell("H5").alignment).toEqual({ indent: 2, vertical: "top", wrapText: true });
    expect(s.getCell("C5").alignment).toEqual({ vertical: "top" });
    // Row height from the longer of source (55 a line) and formula text.
    const l2 = o.lines[2];
    expect(s.getRow(7).height).toBe(
      15 *
        Math.max(
          Math.ceil((l2?.source.length as number) / 55),
          Math.ceil((l2?.quantityFormula?.length as number) / 55),
        ),
    );
    expect(s.getRow(5).height).toBe(15 * Math.ceil((o.lines[0]?.source.length as number) / 55));
    expect(s.autoFilter).toBe("A4:H7");
    expect(s.getCell("A8").value).toBe("Total for the billing period");
    expect(s.getRow(8).font).toEqual({ bold: true });
    expect(s.getCell("E8").value).toEqual({ formula: "SUM(E5:E7)", result: o.totalUsd });
    expect(s.getCell("E8").border).toEqual({ top: { style: "thin" }, bottom: { style: "double" } });
    expect(s.getCell("E8").numFmt).toBe('"$"#,##0.00');
    expect(names(wb).total_standard).toBe("Standard!$E$8");
    expect(s.getCell("A9").value).toBeNull();
    expect(s.getCell("A10").value).toBe("Configuration");
    expect(s.getRow(10).font).toEqual({ bold: true });
    expect(s.getCell("A11").value).toBe("Instance type");
    expect(s.getCell("B11").value).toBe("kafka.m5.large");
    expect(s.getCell("B12").value).toBe(3);
    expect(s.getCell("B12").numFmt).toBe("#,##0");
    expect(s.getCell("B13").value).toBe(1000);
    expect(s.getCell("B13").numFmt).toBe('#,##0.## "GiB"');
    expect(names(wb).brokers_standard).toBe("Standard!$B$12");
    expect(s.getCell("B12").alignment).toEqual({ horizontal: "right" });
    expect(argb(s.getCell("B12"))).toBe("FFEDEDED");
    expect(s.getCell("C12").value).toBe("fixed by the planner");
    expect(s.getCell("C12").font).toEqual({ italic: true, color: { argb: "FF666666" } });
    expect(s.getCell("C12").alignment).toEqual({ indent: 2, vertical: "top" });
    expect(s.getCell("A14").value).toBe(null);
    expect(s.getCell("A15").value).toBe("Utilisation at peak (of capacity)");
    expect(s.getRow(15).font).toEqual({ bold: true });
    expect(s.getCell("A16").value).toBe("Network");
    expect(s.getCell("B16").value).toBe(0.42);
    expect(s.getCell("B16").numFmt).toBe("0.0%");
    expect(s.getCell("A17").value).toBeNull();
    expect(s.getCell("A18").value).toBe("Notes");
    expect(s.getRow(18).font).toEqual({ bold: true });
    expect(s.getCell("A19").value).toBe("infrastructure only");
    expect(s.getCell("E19").master.address).toBe("A19");
    expect(s.getCell("F19").isMerged).toBe(false);
    expect(s.getCell("A19").alignment).toEqual({ wrapText: true, vertical: "top" });
    expect(s.getRow(19).height).toBe(15);
    expect(s.rowCount).toBe(19);
    // The recommended option says so.
    expect(ws(wb, "Standard tiered").getCell("A2").value).toBe(
      "Feasible (recommended); its size is set by network",
    );
  });

  it("infeasible: why, and the closest configuration tried; no frozen rows, no line items", async () => {
    const wb = await buildWorkbook(model());
    const s = ws(wb, "Self managed");
    expect(s.getCell("A2").value).toBe("Infeasible: this option is not priced");
    expect(s.getCell("A4").value).toBe("Why");
    expect(s.getRow(4).font).toEqual({ bold: true });
    expect(s.getCell("A5").value).toBe("-no EC2 price for ap-test-1 (stand-in reason)");
    expect(s.getCell("A6").value).toBeNull();
    expect(s.getCell("A7").value).toBe("Closest configuration tried");
    expect(s.views).toEqual([]);
    expect(s.pageSetup.printTitlesRow).toBeFalsy();
    expect(s.autoFilter).toBeFalsy();
  });

  it("partly priced, nothing priced, booleans, none, a non-https link, a long note, no lines", async () => {
    const m = model();
    const o = opt(m, "standard");
    o.priced = "partial";
    o.recommended = false;
    o.bindingLabel = null;
    o.missingPrices = [
      { name: "crossAz", reason: "no price here" },
      { name: "storage", reason: "none" },
    ] as never;
    (o.lines[0] as { sourceUrl: string }).sourceUrl = "http://example.com/x";
    (o.lines[1] as { sourceUrl: string | null }).sourceUrl = null;
    (o.lines[1] as { quantityFormula: string | null }).quantityFormula = null;
    o.config.push(
      { key: "a", label: "Tiered", name: null, value: true, format: "text" },
      { key: "b", label: "Off", name: null, value: false, format: "text" },
      { key: "c", label: "PST", name: null, value: null, format: "text" },
    );
    o.notes = ["x".repeat(131)];
    const wb = new ExcelJS.Workbook();
    writeOption(wb, o);
    const s = ws(wb, "Standard");
    expect(s.getCell("A2").value).toBe("Feasible; lower bound; not priced: crossAz, storage");
    expect(s.getCell("G5").value).toBe("http://example.com/x");
    expect(s.getCell("G6").value).toBeNull();
    expect(s.getCell("H6").value).toBe(
      "planned quantity (an input: no formula reproduces it from the assumptions)",
    );
    expect(s.getCell("A8").value).toBe(
      "Total for the billing period: at least (not priced: crossAz, storage)",
    );
    expect(s.getCell("A9").value).toBeNull();
    expect(s.getCell("A10").value).toBe("Prices missing (the total above leaves them out)");
    expect(s.getRow(10).font).toEqual({ bold: true });
    expect(s.getCell("A11").value).toBe("crossAz: no price here");
    expect(s.getCell("A12").value).toBe("storage: none");
    expect(s.getCell("A14").value).toBe("Configuration");
    const cfg = (label: string) => {
      let v: unknown;
      s.eachRow((r) => {
        if (r.getCell(1).value === label) v = r.getCell(2).value;
      });
      return v;
    };
    expect([cfg("Tiered"), cfg("Off"), cfg("PST")]).toEqual(["yes", "no", "none"]);
    let noteRow: ExcelJS.Row | undefined;
    s.eachRow((r) => {
      if (r.getCell(1).value === "x".repeat(131)) noteRow = r;
    });
    expect(noteRow?.height).toBe(30); // 130 characters a line

    // Nothing priced: the missing prices instead of line items.
    const none = structuredClone(opt(model(), "express"));
    Object.assign(none, {
      priced: "none",
      recommended: false,
      missingPrices: [{ name: "broker", reason: "no price" }],
      utilisation: [],
      notes: [],
    });
    const wb2 = new ExcelJS.Workbook();
    writeOption(wb2, none);
    const e = ws(wb2, "Express");
    expect(e.getCell("A2").value).toBe(
      "Feasible; its size is set by ingress throughput; no price in this region: broker",
    );
    expect(e.getCell("A4").value).toBe("Prices missing");
    expect(e.getCell("A5").value).toBe("broker: no price");
    expect(e.getCell("A7").value).toBe("Configuration");
    expect(e.rowCount).toBe(9);

    // No line items: a total of 0.
    const empty = structuredClone(opt(model(), "express"));
    Object.assign(empty, { lines: [], totalUsd: 0, utilisation: [], notes: [] });
    const wb3 = new ExcelJS.Workbook();
    writeOption(wb3, empty);
    const z = ws(wb3, "Express");
    expect(z.getCell("E5").value).toEqual({ formula: "0" });
    expect(z.autoFilter).toBe("A4:H4");
  });
});

describe("further tables, helpers, properties and charts", () => {
  it("a table sheet in memory: header, numbers with their column's format, text, filters", () => {
    const wb = new ExcelJS.Workbook();
    writeTable(wb, {
      name: "A table whose name is longer than thirty-one",
      title: "t",
      columns: [
        { header: "month", format: "int" },
        { header: "Standard monthly (USD)", format: "usd" },
      ],
      rows: [
        [1, 12.5, "extra"],
        ["two", null],
      ],
    });
    const s = wb.worksheets[0] as ExcelJS.Worksheet;
    expect(s.name).toBe("A table whose name is longer th");
    expect(s.columns.map((c) => c.width)).toEqual([12, 26, undefined]);
    expect(s.getCell("A2").value).toBe(1);
    expect(s.getCell("A2").numFmt).toBe("#,##0");
    expect(s.getCell("B2").numFmt).toBe('"$"#,##0.00');
    expect(s.getCell("C2").value).toBe("extra");
    expect(s.getCell("A3").value).toBe("two");
    expect(s.getCell("B3").value).toBe("");
    expect(s.autoFilter).toEqual({ from: { row: 1, column: 1 }, to: { row: 3, column: 2 } });
    expect(s.views).toEqual([expect.objectContaining({ ySplit: 1 })]);
  });

  it("the Helpers sheet: hidden, a note, one named live formula per part; none when there are none", () => {
    const wb = new ExcelJS.Workbook();
    writeHelpers(wb, []);
    expect(wb.worksheets).toHaveLength(0);
    writeHelpers(wb, [
      { name: "part_1", formula: "a+b", value: 3, partOf: "total_x" },
      { name: "part_2", formula: "c+d", value: 4.5, partOf: "total_y" },
    ] as never);
    const s = ws(wb, "Helpers");
    expect(s.state).toBe("hidden");
    expect(s.getCell("A1").value).toBe(
      "Partial sums: a formula longer than Excel's limit of 8,192 characters is split into these named cells.",
    );
    expect(s.getCell("A1").font).toEqual({ italic: true });
    expect((s.getRow(2).values as unknown[]).slice(1)).toEqual(["Name", "Value", "Part of"]);
    expect(s.views).toEqual([expect.objectContaining({ ySplit: 2 })]);
    expect(s.columns.map((c) => c.width)).toEqual([34, 18, 60]);
    expect((s.getRow(3).values as unknown[]).slice(1)).toEqual([
      "part_1",
      { formula: "a+b", result: 3 },
      "total_x",
    ]);
    expect(s.getCell("B4").value).toEqual({ formula: "c+d", result: 4.5 });
    expect(s.getCell("B4").numFmt).toBe("#,##0.00");
    expect(names(wb)).toEqual({ part_1: "Helpers!$B$3", part_2: "Helpers!$B$4" });
  });

  it("safeText: control characters out, formulas as text, cut at Excel's limit with a note", () => {
    expect(safeText("=1+2\u0001\t\n\r")).toBe("=1+2\t\n\r");
    expect(safeText(null)).toBe("");
    expect(safeText("a".repeat(EXCEL_MAX_CELL_CHARS))).toBe("a".repeat(EXCEL_MAX_CELL_CHARS));
    const cut = safeText("a".repeat(EXCEL_MAX_CELL_CHARS + 1));
    expect(cut).toHaveLength(EXCEL_MAX_CELL_CHARS);
    expect(cut.endsWith(" … [truncated: 32,768 characters; an Excel cell holds at most 32,767]")).toBe(true);
    // The cut never splits a surrogate pair: the note is 69 characters, so the cut falls at 32,698,
    // just after the high half of the emoji at 32,697: it moves back one.
    expect(safeText(`${"a".repeat(32_697)}😀${"a".repeat(40_000)}`)).toBe(
      `${"a".repeat(32_697)} … [truncated: 72,699 characters; an Excel cell holds at most 32,767]`,
    );
    expect(bareFormat("hours")).toBe("#,##0.##");
    expect(bareFormat("usd")).toBe('"$"#,##0.00');
    const s = sheet(new ExcelJS.Workbook(), "P", 0, [5], "pages");
    expect(s.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToPage: false,
      scale: 70,
      paperSize: 9,
    });
    expect(s.pageSetup.printTitlesColumn).toBe("A:A");
    expect(s.pageSetup.printTitlesRow).toBeUndefined();
  });

  it("writeReport: properties, names and the cost chart over the feasible options, in memory and streamed", async () => {
    const m = model();
    m.tables = [
      {
        name: "Projection",
        title: "Projection",
        columns: [
          { header: "month", format: "int" },
          { header: "Standard monthly (USD)", format: "usd" },
          { header: "growth", format: "fraction" },
          { header: "Express monthly (USD)", format: "usd" },
        ],
        rows: [
          [0, 100, 0, 200],
          [1, 110.5, 0.1, "n/a"],
        ],
      },
    ];
    const streamed = join(dir, "streamed.xlsx");
    await writeReport(m, streamed);
    const memory = join(dir, "memory.xlsx");
    await writeReport(await buildWorkbook(m), memory);
    for (const file of [streamed, memory]) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      expect(wb.creator, file).toBe("msk-planner 0.1.0-test");
      expect(wb.lastModifiedBy).toBe("msk-planner 0.1.0-test");
      expect(wb.created.toISOString()).toBe("2026-10-01T12:00:00.000Z");
      expect(wb.modified.toISOString()).toBe("2026-10-01T12:00:00.000Z");
      expect(wb.title).toBe("Amazon MSK cost plan, us-east-1");
      expect(wb.subject).toBe("Amazon MSK cost and capacity plan");
      expect(wb.keywords).toBe("Amazon MSK, Kafka, cost, capacity");
      expect(wb.description).toBe(
        `Prices: catalog bundled dated ${m.meta.catalog.date}. ${m.meta.recommendation}`,
      );
      expect(names(wb).total_standard).toBe("Standard!$E$8");
      expect(names(wb).recommended_option).toBe("Summary!$G$2");
      expect(names(wb).stream1_ingress_MiBps).toMatch(/^Assumptions!\$C\$\d+$/);
      const p = ws(wb, "Projection");
      expect(p.getCell("B3").value).toBe(110.5);
      expect(p.getCell("B3").numFmt).toBe('"$"#,##0.00');
      expect(p.getCell("D3").value).toBe("n/a");
      const parts = unzipSync(readFileSync(file));
      const bar = strFromU8(parts["xl/charts/mskchart1.xml"] as Uint8Array);
      // Four feasible options on rows 5..8 of the Summary; the infeasible one is left out.
      expect(bar).toContain("<c:barChart>");
      expect(bar).toContain("<a:t>Monthly cost per option (us-east-1)</a:t>");
      expect(bar).toContain("<c:f>'Summary'!$A$5:$A$8</c:f>");
      expect(bar).toContain("<c:f>'Summary'!$C$5:$C$8</c:f>");
      expect(bar).toContain("<c:tx><c:v>Monthly cost (USD)</c:v></c:tx>");
      expect(bar).toContain('<c:ptCount val="4"/><c:pt idx="0"><c:v>Standard tiered</c:v></c:pt>');
      expect(bar).toContain(
        `<c:pt idx="0"><c:v>${opt(m, "standard-tiered").monthlyUsd}</c:v></c:pt><c:pt idx="1"><c:v>${opt(m, "express").monthlyUsd}</c:v></c:pt>`,
      );
      expect(bar).not.toContain("Self managed");
      // Anchored a blank row below the Summary's last row (25): zero-based row 26, 20 rows tall, columns A..F.
      const drawing = strFromU8(parts["xl/drawings/mskchart1.xml"] as Uint8Array);
      expect(drawing).toContain(
        "<xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>26</xdr:row>",
      );
      expect(drawing).toContain(
        "<xdr:to><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>46</xdr:row>",
      );
      const line = strFromU8(parts["xl/charts/mskchart2.xml"] as Uint8Array);
      expect(line).toContain("<c:lineChart>");
      expect(line).toContain("<a:t>Monthly cost over time</a:t>");
      expect(line).toContain("<c:f>'Projection'!$A$2:$A$3</c:f>");
      expect(line).toContain("<c:tx><c:v>Standard</c:v></c:tx>");
      expect(line).toContain("<c:f>'Projection'!$B$2:$B$3</c:f>");
      expect(line).toContain("<c:f>'Projection'!$D$2:$D$3</c:f>");
      expect(line).not.toContain("$C$2:$C$3");
      expect(line).toContain('<c:pt idx="0"><c:v>0</c:v></c:pt><c:pt idx="1"><c:v>1</c:v></c:pt>');
      // Express's "n/a" in month 1 is a gap; its month 0 is 200.
      expect(line).toContain('<c:ptCount val="2"/><c:pt idx="0"><c:v>200</c:v></c:pt></c:numCache>');
      const lineDrawing = strFromU8(parts["xl/drawings/mskchart2.xml"] as Uint8Array);
      expect(lineDrawing).toContain(
        "<xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>",
      );
      expect(lineDrawing).toContain(
        "<xdr:to><xdr:col>14</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>22</xdr:row>",
      );
    }
  });

  it("writeReport: no feasible option and no projection rows, no chart; a plan needs its options", async () => {
    const m = model();
    for (const o of m.options) o.feasible = false;
    m.tables = [{ name: "Projection", title: "p", columns: [{ header: "month", format: "int" }], rows: [] }];
    const file = join(dir, "nochart.xlsx");
    await writeReport(m, file);
    expect(Object.keys(unzipSync(readFileSync(file))).filter((p) => p.includes("chart"))).toEqual([]);
    const mem = join(dir, "nochart-mem.xlsx");
    await writeReport(await buildWorkbook(m), mem);
    expect(Object.keys(unzipSync(readFileSync(mem))).filter((p) => p.includes("chart"))).toEqual([]);
    await expect(writeReport(planFor(workload()), join(dir, "x.xlsx"))).rejects.toThrow(
      "writeReport: options (generatedAt, version) are required with a PlanResult",
    );
    await expect(buildWorkbook(planFor(workload()))).rejects.toThrow(
      "writeReport: options (generatedAt, version) are required with a PlanResult",
    );
    // A workbook not built here is written as it is, without charts.
    const own = new ExcelJS.Workbook();
    own.addWorksheet("Mine").addRow(["kept", 42]);
    const ownFile = join(dir, "own.xlsx");
    await writeReport(own, ownFile);
    const ownParts = unzipSync(readFileSync(ownFile));
    expect(Object.keys(ownParts).filter((p) => p.includes("chart") || p.includes("drawing"))).toEqual([]);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(ownFile);
    expect(back.getWorksheet("Mine")?.getCell("B1").value).toBe(42);
    // A plan with options gives the same workbook as its model.
    const wb = await buildWorkbook(planFor(workload()), { ...REPORT_OPTS, live: false });
    expect(ws(wb, "Standard").getCell("B5").value).toEqual({
      formula: "brokers_standard*hours",
      result: 2190,
    });
  });
});
