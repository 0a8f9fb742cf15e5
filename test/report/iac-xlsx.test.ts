// The workbook of `price --iac --xlsx` read back at library level (src/report/iac-xlsx.ts; the CLI
// tests cannot see a mutant), built inside each test from a small priced result written out here.
// Hand sums: cluster 3 × 730 = 2,190 broker-hours × $0.21 = $459.90, 3,000 GB-months × $0.10 =
// $300.00 → $759.90; connector 1,460 MCU-hours × $0.11 = $160.60; total $920.50.
import type ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { IacPriceResult } from "../../src/iac/price-iac.js";
import { buildIacWorkbook } from "../../src/report/iac-xlsx.js";

const line = (component: string, quantity: number, unit: string, price: number) => ({
  component,
  quantity,
  unit,
  unitPriceUsd: price,
  costUsd: quantity * price,
  source: `catalog ${unit}`,
  sourceUrl: "https://aws.amazon.com/msk/pricing/",
  dimension: unit,
});

function result(priced: "complete" | "partial"): IacPriceResult {
  return {
    region: "us-east-1",
    hours: 730,
    catalog: { source: "bundled", date: "2026-09-11" },
    sources: [{ file: "main.tf", format: "terraform-hcl" }],
    resources: [
      {
        address: "aws_msk_cluster.main",
        type: "aws_msk_cluster",
        file: "main.tf",
        kind: "standard",
        priced: "complete",
        lineItems: [
          line("Broker instances (kafka.m5.large)", 2190, "broker-hours", 0.21),
          line("Broker storage", 3000, "GB-months", 0.1),
        ],
        missingPrices: [],
        totalUsd: 759.9,
        notes: [],
      },
      {
        address: "=cmd|' /C calc'!A0",
        type: "aws_mskconnect_connector",
        file: "main.tf",
        kind: "connect",
        priced,
        lineItems: [line("Connect MCU-hours", 1460, "MCU-hours", 0.11)],
        missingPrices: priced === "partial" ? [{ name: "dataOut", reason: "needs usage" }] : [],
        totalUsd: 160.6,
        notes: [],
      },
      {
        address: "aws_thing.x",
        type: "aws_thing",
        file: "main.tf",
        kind: "unknown",
        priced: "none",
        lineItems: [],
        missingPrices: [],
        totalUsd: 0,
        notes: ["not an MSK resource", "ignored"],
      },
      {
        address: "aws_msk_cluster.var",
        type: "aws_msk_cluster",
        file: "main.tf",
        kind: "unresolved",
        priced: "none",
        lineItems: [],
        missingPrices: [],
        totalUsd: 0,
        notes: ["broker count unresolved"],
      },
    ],
    unresolved: [
      {
        address: "aws_msk_cluster.var",
        attribute: "number_of_broker_nodes",
        expression: "var.n",
        reason: "no value",
      },
    ],
    totalUsd: 920.5,
    priced,
  } as unknown as IacPriceResult;
}

const cells = (ws: ExcelJS.Worksheet) => {
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (r, n) => {
    out[n - 1] = (r.values as unknown[]).slice(1);
  });
  return Array.from(out, (r) => r ?? []);
};

describe("price --iac workbook", () => {
  it("Resources: one live SUMIF per resource over its line items, the total, the period and catalog", async () => {
    const wb = await buildIacWorkbook(result("partial"));
    expect(wb.creator).toBe("msk-planner");
    expect(wb.worksheets.map((s) => s.name)).toEqual(["Resources", "Line items", "Not priced"]);
    const res = wb.getWorksheet("Resources") as ExcelJS.Worksheet;
    expect(res.columns.map((c) => c.width)).toEqual([48, 36, 18, 12, 16]);
    expect(res.views).toEqual([expect.objectContaining({ state: "frozen", ySplit: 1 })]);
    const sumif = (r: number) => `SUMIF('Line items'!A$2:A$4,A${r},'Line items'!F$2:F$4)`;
    expect(cells(res)).toEqual([
      ["Resource", "Type", "Kind", "Priced", "Cost (USD)"],
      [
        "aws_msk_cluster.main",
        "aws_msk_cluster",
        "standard",
        "complete",
        { formula: sumif(2), result: 759.9 },
      ],
      // Input text is never a formula.
      [
        "=cmd|' /C calc'!A0",
        "aws_mskconnect_connector",
        "connect",
        "partial",
        { formula: sumif(3), result: 160.6 },
      ],
      ["aws_thing.x", "aws_thing", "unknown", "none", { formula: sumif(4) }],
      ["aws_msk_cluster.var", "aws_msk_cluster", "unresolved", "none", { formula: sumif(5) }],
      ["Total", "", "", "partial", { formula: "SUM(E2:E5)", result: 920.5 }],
      [],
      ["us-east-1, 730 hours; prices: bundled catalog dated 2026-09-11"],
      ["The total is a lower bound: see the sheet Not priced."],
    ]);
    expect(res.getCell("E2").numFmt).toBe('"$"#,##0.00');
    expect(res.getCell("E6").numFmt).toBe('"$"#,##0.00');
    expect(res.getRow(6).font).toEqual({ bold: true });
    expect(res.getRow(5).font).toBeUndefined();
    expect(res.getRow(1).font).toEqual({ bold: true });
  });

  it("Line items: cost = quantity × unit price by formula; Not priced: missing prices, unknown, unresolved", async () => {
    const wb = await buildIacWorkbook(result("partial"));
    const items = wb.getWorksheet("Line items") as ExcelJS.Worksheet;
    expect(items.columns.map((c) => c.width)).toEqual([48, 52, 14, 16, 14, 16, 60]);
    expect(cells(items)).toEqual([
      ["Resource", "Component", "Quantity", "Unit", "Unit price (USD)", "Cost (USD)", "Source"],
      [
        "aws_msk_cluster.main",
        "Broker instances (kafka.m5.large)",
        2190,
        "broker-hours",
        0.21,
        { formula: "C2*E2", result: 2190 * 0.21 },
        "catalog broker-hours",
      ],
      [
        "aws_msk_cluster.main",
        "Broker storage",
        3000,
        "GB-months",
        0.1,
        { formula: "C3*E3", result: 3000 * 0.1 },
        "catalog GB-months",
      ],
      [
        "=cmd|' /C calc'!A0",
        "Connect MCU-hours",
        1460,
        "MCU-hours",
        0.11,
        { formula: "C4*E4", result: 1460 * 0.11 },
        "catalog MCU-hours",
      ],
    ]);
    expect(items.getCell("C2").numFmt).toBe("#,##0.00");
    expect(items.getCell("E2").numFmt).toBe('"$"#,##0.00####');
    expect(items.getCell("F2").numFmt).toBe('"$"#,##0.00');
    const not = wb.getWorksheet("Not priced") as ExcelJS.Worksheet;
    expect(not.columns.map((c) => c.width)).toEqual([48, 60, 80]);
    expect(cells(not)).toEqual([
      ["Resource", "What", "Why"],
      ["=cmd|' /C calc'!A0", "dataOut", "needs usage"],
      ["aws_thing.x", "aws_thing", "not an MSK resource; ignored"],
      ["aws_msk_cluster.var", "aws_msk_cluster", "broker count unresolved"],
      ["aws_msk_cluster.var", "number_of_broker_nodes = var.n", "not resolved: no value"],
    ]);
  });

  it("completely priced: no lower-bound line; no line items: the SUMIF still spans rows 2..2", async () => {
    const wb = await buildIacWorkbook(result("complete"));
    const res = wb.getWorksheet("Resources") as ExcelJS.Worksheet;
    expect(res.rowCount).toBe(8);
    expect(res.getCell("A8").value).toBe("us-east-1, 730 hours; prices: bundled catalog dated 2026-09-11");
    const empty = { ...result("complete"), resources: result("complete").resources.slice(2), totalUsd: 0 };
    const wb2 = await buildIacWorkbook(empty as IacPriceResult);
    const r2 = wb2.getWorksheet("Resources") as ExcelJS.Worksheet;
    expect(r2.getCell("E2").value).toEqual({
      formula: "SUMIF('Line items'!A$2:A$2,A2,'Line items'!F$2:F$2)",
    });
    expect(r2.getCell("E4").value).toEqual({ formula: "SUM(E2:E3)" });
  });
});
