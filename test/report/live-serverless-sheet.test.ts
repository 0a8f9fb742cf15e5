// The live Serverless sheet's cells a reader sees (src/report/live-serverless.ts), read back from
// the workbook built inside each test (small.yaml, real planner and bundled prices): the
// configuration rows' labels and formats, the quota table's title, note, header and formats, and
// the binding resource: a formula over the quota table's shares.
import { readFileSync } from "node:fs";
import type ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { plan } from "../../src/plan/planner.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import { buildReportModel } from "../../src/report/model.js";
import { buildWorkbook } from "../../src/report/xlsx.js";
import { REPORT_OPTS } from "./fixture.js";

const serverlessSheet = async (patch: (w: Record<string, unknown>) => void = () => {}) => {
  const input = parse(readFileSync("fixtures/workloads/small.yaml", "utf8"));
  patch(input);
  const w = parseWorkload(input);
  const m = buildReportModel(plan(w, { catalog: bundledCatalog(), options: ["serverless"] }), REPORT_OPTS);
  const wb = await buildWorkbook(m);
  const names = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  return { s: wb.getWorksheet("Serverless") as ExcelJS.Worksheet, names };
};
const text = (s: ExcelJS.Worksheet, row: number) => (s.getRow(row).values as unknown[]).slice(1, 4);
const value = (c: ExcelJS.Cell) => c.value as { formula: string; result: unknown };
const SHARES = "$C$23,$C$24,$C$25,$C$26,$C$27,$C$28,$C$29,$C$30";

describe("the live Serverless sheet", () => {
  it("configuration rows: clusters, partitions and feasibility, labelled and formatted", async () => {
    const { s, names } = await serverlessSheet();
    expect(s.getCell("A13").value).toBe("Serverless clusters (the planner uses one)");
    expect([value(s.getCell("B13")).formula, s.getCell("B13").numFmt]).toEqual(["1", "#,##0"]);
    expect(s.getCell("A14").value).toBe("Partitions");
    expect([value(s.getCell("B14")).result, s.getCell("B14").numFmt]).toEqual([30, "#,##0"]);
    expect(s.getCell("A15").value).toBe("Feasible: every quota at most 100% (1 = yes)");
    expect([value(s.getCell("B15")).result, s.getCell("B15").numFmt]).toEqual([1, "0"]);
    const at = (n: string) => names.find((d) => d.name === n)?.ranges;
    expect([at("serverless_partitions"), at("serverless_feasible"), at("serverless_binding")]).toEqual([
      ["Serverless!$B$14"],
      ["Serverless!$B$15"],
      ["Serverless!$B$18"],
    ]);
  });

  it("the quota table: title, note, header; demand as a number, each share as a percentage", async () => {
    const { s } = await serverlessSheet();
    expect(s.getCell("A20").value).toBe(
      "Per-cluster quotas: demand ÷ quota at peak (per-partition figures assume an even spread)",
    );
    expect(s.getCell("A21").value).toBe(
      "Serverless is feasible when every share is at most 100%; the quotas are on the Instance types sheet.",
    );
    expect(text(s, 22)).toEqual(["Quota", "Demand (bytes/s, or a count)", "Share used"]);
    for (let r = 23; r <= 30; r++) {
      expect(s.getCell(`B${r}`).numFmt, `B${r}`).toBe("#,##0.00");
      expect(s.getCell(`C${r}`).numFmt, `C${r}`).toBe("0.0%");
    }
    // 3 MiB/s of peak ingress against the 200 MBps quota: 3,145,728 ÷ 200,000,000.
    expect(value(s.getCell("C23"))).toEqual({
      formula: "$B$23/(serverless_max_ingress_MBps*bytes_per_mb)",
      result: 3_145_728 / 200_000_000,
    });
  });

  it("every Serverless line is billed whatever its quantity: its cost formula's test is 1, not quantity > 0", async () => {
    const { s } = await serverlessSheet();
    for (let r = 5; r <= 9; r++) {
      const cost = value(s.getCell(`E${r}`)).formula;
      expect(cost.startsWith("IF(AND(serverless_feasible=1,1,"), `E${r}: ${cost}`).toBe(true);
    }
  });

  it("the binding resource: a formula naming the largest share, cached at the plan's binding", async () => {
    const ok = (await serverlessSheet()).s.getCell("B18");
    expect(
      value(ok).formula.startsWith(`IF(serverless_feasible=1,IF($C$23=MAX(${SHARES}),"peak ingress",`),
    ).toBe(true);
    expect(value(ok).formula.endsWith(`,"consumer groups","")))))))),"")`)).toBe(true);
    expect(value(ok).result).toBe("peak ingress per partition");
  });
});
