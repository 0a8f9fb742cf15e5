// Summary cells and header heights a reader sees (src/report/xlsx-sheets.ts), read back from the
// workbook built inside each test: a live option whose id has a dash reads its binding resource
// from `standard_tiered_binding` (the id's dash as "_", the name its sheet defines) and shows its
// costs in dollars; a feasible option with no price has no annual formula; a header row is as
// tall as its longest label wrapped at word boundaries, a word exactly filling a line included.

import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { plan } from "../../src/plan/planner.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import { buildReportModel } from "../../src/report/model.js";
import { buildWorkbook } from "../../src/report/xlsx.js";
import { header, sheet } from "../../src/report/xlsx-sheets.js";
import { planFor, REPORT_OPTS, workload } from "./fixture.js";

const USD = '"$"#,##0.00';
const summary = async (m: Parameters<typeof buildWorkbook>[0]) =>
  (await buildWorkbook(m)).getWorksheet("Summary") as ExcelJS.Worksheet;

describe("the Summary's cost rows", () => {
  it("a live Standard tiered row: binding from standard_tiered_binding, costs in dollars", async () => {
    const w = parseWorkload(parse(readFileSync("fixtures/workloads/small.yaml", "utf8")));
    const m = buildReportModel(
      plan(w, { catalog: bundledCatalog(), options: ["standard-tiered"] }),
      REPORT_OPTS,
    );
    const o = m.options[0];
    expect([o?.id, o?.live !== null, o?.feasible, o?.priced]).toEqual([
      "standard-tiered",
      true,
      true,
      "complete",
    ]);
    const row = (await summary(m)).getRow(5);
    expect(row.getCell(5).value).toEqual({ formula: "standard_tiered_binding", result: o?.bindingLabel });
    expect((row.getCell(3).value as { formula: string }).formula).toContain("total_standard_tiered*");
    expect(row.getCell(3).numFmt).toBe(USD);
    expect(row.getCell(4).numFmt).toBe(USD);
    expect(row.getCell(8).numFmt).toBe(USD);
    expect((row.getCell(8).value as { result: number }).result).toBe(o?.totalUsd);
  });

  it("a feasible option without any price: no monthly, annual or ranked cost in its row", async () => {
    const m = buildReportModel(planFor(workload()), { ...REPORT_OPTS, live: false });
    const i = m.options.findIndex((o) => o.feasible && o.priced === "complete");
    const o = m.options[i] as (typeof m.options)[number];
    Object.assign(o, { priced: "none", totalName: null, totalUsd: null, monthlyUsd: null, annualUsd: null });
    const row = (await summary(m)).getRow(5 + i);
    expect(row.getCell(2).value).toBe("yes");
    expect([row.getCell(3).value, row.getCell(4).value, row.getCell(8).value]).toEqual([null, null, null]);
  });
});

describe("header heights", () => {
  // A column 12 wide fits 9 bold characters a line (12 / 1.15 = 10.4, less one).
  const heightOf = (label: string) => {
    const ws = sheet(new ExcelJS.Workbook(), "H", 0, [12]);
    return header(ws, [label]).height;
  };
  it("one word of exactly 9 characters, and two words of 4 + space + 4: one line", () => {
    expect(heightOf("abcdefghi")).toBeUndefined();
    expect(heightOf("abcd efgh")).toBeUndefined();
  });
  it("one character more: two lines of 15 points; a longer word is cut to the line", () => {
    expect(heightOf("abcd efghi")).toBe(30);
    expect(heightOf("abcdefghij")).toBeUndefined();
    expect(heightOf("abcdefghij k")).toBe(30);
  });
});
