// Cells of the Assumptions, option and table sheets a reader sees (src/report/xlsx-sheets.ts
// writeAssumptions, writeOption, writeTable), written by hand-built rows inside each test and read
// back from the in-memory workbook: which cells carry a defined name (only named rows, never one
// called "null"), the "In days" column (only for a duration), the Derived block below the inputs
// (only when there is one), a planner's quantity formatted as a number, which source URLs become
// links, and a long table name cut to Excel's 31 characters without exceljs's warning.

import ExcelJS from "exceljs";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { AssumptionRow } from "../../src/report/assumptions.js";
import { ref } from "../../src/report/expr.js";
import type { DerivedRow, LineRow, OptionSheet } from "../../src/report/model.js";
import { writeAssumptions, writeOption, writeTable } from "../../src/report/xlsx-sheets.js";

/** Every defined name of the workbook → the cell it points at. */
const names = (wb: ExcelJS.Workbook): Record<string, string> =>
  Object.fromEntries(
    (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model.map((d) => [
      d.name,
      d.ranges.join(","),
    ]),
  );

const rowValues = (ws: ExcelJS.Worksheet, r: number): unknown[] =>
  (ws.getRow(r).values as unknown[]).slice(1);

function input(over: Partial<AssumptionRow>): AssumptionRow {
  return {
    section: "Stream",
    name: null,
    label: "x",
    value: null,
    unit: "",
    format: "text",
    source: "workload",
    sourceUrl: null,
    ...over,
  };
}

const ROWS: AssumptionRow[] = [
  // Row 2: text for reference only (a stream's name): no defined name.
  input({ label: "Stream 1: name", value: "orders" }),
  // Row 3: a named duration: 72 h reads 72 ÷ 24 = 3 days beside it.
  input({
    label: "Stream 1 (orders): retention",
    name: "stream1_retention_h",
    value: 72,
    unit: "hours",
    format: "hours",
    days: true,
  }),
  // Row 4: a named rate, not a duration: no days.
  input({
    label: "Stream 1 (orders): ingress",
    name: "stream1_ingress_MiBps",
    value: 20,
    unit: "MiB/s",
    format: "mibps",
  }),
];

describe("the Assumptions sheet", () => {
  it("only named rows carry a defined name; only a duration reads in days", () => {
    const wb = new ExcelJS.Workbook();
    writeAssumptions(wb, ROWS);
    const ws = wb.getWorksheet("Assumptions") as ExcelJS.Worksheet;
    expect(names(wb)).toEqual({
      stream1_retention_h: "Assumptions!$C$3",
      stream1_ingress_MiBps: "Assumptions!$C$4",
    });
    expect(ws.getCell("C2").names).toEqual([]);
    expect(ws.getCell("E3").value).toEqual({ formula: "C3/24", result: 3 });
    expect([ws.getCell("E2").value, ws.getCell("E4").value]).toEqual([null, null]);
    expect([ws.getCell("F2").value, ws.getCell("F3").value]).toEqual(["", "stream1_retention_h"]);
  });

  it("without derived figures the sheet ends at the last input", () => {
    const wb = new ExcelJS.Workbook();
    writeAssumptions(wb, ROWS, []);
    const ws = wb.getWorksheet("Assumptions") as ExcelJS.Worksheet;
    // A header row and three inputs.
    expect(ws.rowCount).toBe(4);
  });

  it("derived figures: after a blank row, a bold heading, then one named formula per figure", () => {
    const derived: DerivedRow[] = [
      {
        name: "demand_ingress_MiBps",
        label: "Ingress, all streams",
        unit: "MiB/s",
        format: "mibps",
        formula: "stream1_ingress_MiBps",
        value: 20,
      },
    ];
    const wb = new ExcelJS.Workbook();
    writeAssumptions(wb, ROWS, derived);
    const ws = wb.getWorksheet("Assumptions") as ExcelJS.Worksheet;
    expect(ws.rowCount).toBe(7);
    expect(rowValues(ws, 5)).toEqual([]);
    expect(rowValues(ws, 6)).toEqual([
      "Derived",
      "What the workload asks of any cluster (formulas over the inputs above; every sheet reads these cells)",
    ]);
    expect(ws.getRow(6).font).toEqual({ bold: true });
    expect(ws.getCell("A7").value).toBe("Derived");
    expect(ws.getCell("B7").value).toBe("Ingress, all streams");
    expect(ws.getCell("C7").value).toEqual({ formula: "stream1_ingress_MiBps", result: 20 });
    expect(ws.getCell("D7").value).toBe("MiB/s");
    expect(ws.getCell("F7").value).toBe("demand_ingress_MiBps");
    expect(ws.getCell("G7").value).toBe("the workload's streams (msk-planner's demand declarations)");
    expect(names(wb).demand_ingress_MiBps).toBe("Assumptions!$C$7");
  });
});

function line(j: number, sourceUrl: string | null): LineRow {
  // 3 brokers × 730 h = 2,190 broker-hours × $0.21 = $459.90 (a planner's quantity: no formula).
  return {
    component: `Line ${j}`,
    dimension: "broker:kafka.m5.large",
    unit: "broker-hours",
    quantityName: `standard_q${j}`,
    quantityExpr: null,
    quantityFormula: null,
    quantity: 2190,
    priceName: "price_broker_kafka_m5_large",
    unitPriceUsd: 0.21,
    costExpr: ref("x"),
    costUsd: 459.9,
    source: "AWS price list",
    sourceUrl,
  };
}

describe("an option sheet", () => {
  it("a planner's quantity as a number; only a whole https address is a link; unnamed configuration rows", () => {
    const o: OptionSheet = {
      id: "standard",
      family: "msk",
      sheetName: "Standard",
      title: "Standard (Amazon MSK)",
      feasible: true,
      recommended: false,
      binding: null,
      bindingLabel: null,
      reasons: [],
      notes: [],
      config: [
        { key: "instanceType", label: "Instance type", name: null, value: "kafka.m5.large", format: "text" },
        { key: "brokers", label: "Brokers", name: "brokers_standard", value: 3, format: "int" },
      ],
      lines: [
        line(1, "https://example.com/prices"),
        line(2, "https://example.com/a b"),
        line(3, "see https://example.com/prices"),
      ],
      totalName: "total_standard",
      priced: "complete",
      missingPrices: [],
      totalUsd: 3 * 459.9,
      monthlyUsd: 3 * 459.9,
      annualUsd: 36 * 459.9,
      utilisation: [],
      live: null,
      order: 0,
    };
    const wb = new ExcelJS.Workbook();
    writeOption(wb, o);
    const ws = wb.getWorksheet("Standard") as ExcelJS.Worksheet;
    expect(ws.getCell("B5").value).toBe(2190);
    expect(ws.getCell("B5").numFmt).toBe("#,##0.00");
    expect(ws.getCell("G5").value).toEqual({
      text: "https://example.com/prices",
      hyperlink: "https://example.com/prices",
    });
    // A space inside, or text before the scheme: shown as text, never a link.
    expect(ws.getCell("G6").value).toBe("https://example.com/a b");
    expect(ws.getCell("G7").value).toBe("see https://example.com/prices");
    // Lines 5–7, the total on row 8, a blank row, "Configuration" on 10, its rows 11 and 12.
    expect([ws.getCell("A11").value, ws.getCell("B11").value]).toEqual(["Instance type", "kafka.m5.large"]);
    expect(ws.getCell("B11").names).toEqual([]);
    expect(names(wb)).toEqual({
      standard_q1: "Standard!$B$5",
      standard_q2: "Standard!$B$6",
      standard_q3: "Standard!$B$7",
      total_standard: "Standard!$E$8",
      brokers_standard: "Standard!$B$12",
    });
  });
});

describe("a further table", () => {
  afterEach(() => vi.restoreAllMocks());

  it("a name longer than Excel's 31 characters is cut by the writer, without exceljs's console warning", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const wb = new ExcelJS.Workbook();
    const long = "Sensitivity of the monthly cost to each input";
    writeTable(wb, {
      name: long,
      title: long,
      columns: [{ header: "Input", format: "text" }],
      rows: [["a"]],
    });
    expect(wb.worksheets.map((w) => w.name)).toEqual([long.slice(0, 31)]);
    expect(warn).not.toHaveBeenCalled();
  });
});
