// The live Express sheet (src/report/live-express.ts): what each sizing cell computes, worked by
// hand for workloads where a different constraint sets the size, and the sheet as a reader sees it
// (labels, units, number formats, the formulas that name the binding resource and bill the lines).
// The live-model test only checks that the sheet's configuration, lines and total equal the
// planner's; a need that does not set the size, the binding resource, the loads table and the
// labels are checked here. Plans come from the real planner and bundled prices, built in each test.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { plan } from "../../src/plan/planner.js";
import type { PlanResult } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import type { Catalog } from "../../src/pricing/catalog-schema.js";
import { resourceLabel } from "../../src/report/labels.js";
import { buildReportModel } from "../../src/report/model.js";
import { buildWorkbook } from "../../src/report/xlsx.js";
import { REPORT_OPTS } from "./fixture.js";
import { evaluateWorkbook } from "./hf.js";

/** One stream (1 MB/s, 30 partitions, 1 day) in us-east-1 over 3 AZs, with `top` and `stream` patched in. */
const expressPlan = (
  top: Record<string, unknown>,
  stream: Record<string, unknown> = {},
  catalog: Catalog = bundledCatalog(),
): PlanResult =>
  plan(
    parseWorkload({
      region: "us-east-1",
      azs: 3,
      ...top,
      streams: [{ name: "s", ingress: "1 MB/s", partitions: 30, retention: "1d", ...stream }],
    }),
    { catalog, options: ["express"] },
  );

/** The Express option's live view and planner result for a plan. */
const liveOf = (p: PlanResult, catalog: Catalog = bundledCatalog()) => {
  const o = buildReportModel(p, { ...REPORT_OPTS, catalog }).options.find((x) => x.id === "express");
  const planned = p.options.find((x) => x.option === "express");
  return { live: o?.live ?? null, planned };
};

/** Cells of express.m7g.large's row and the sheet-wide cells, by short name. */
const cellsOf = (live: NonNullable<ReturnType<typeof liveOf>["live"]>) => {
  const at = (n: string) => live.env.get(n);
  const large = (n: string) => at(`express_express_m7g_large_${n}`);
  return {
    needs: ["need_in", "need_out", "need_part", "need_conn", "brokers"].map(large),
    cost: large("cost"),
    binding: live.sizing.binding.value(live.env),
    at,
  };
};

// express.m7g.large (Instance types sheet, from MSK's quotas): 15.6 MB/s sustained ingress, 31.2 MB/s
// egress, 1,000 partition replicas recommended (1,500 at most), 3,000 connections, $0.408 an hour in
// us-east-1. Defaults: Express brokers at 100 % of those rates, partitions at 100 % of the
// recommended count, 100 client connections, one AZ's loss tolerated (× 3 ÷ 2 = 1.5).
describe("the Express sizing table, worked by hand (express.m7g.large, the size chosen in each case)", () => {
  it("ingress sets the size: 100 MB/s at peak", () => {
    const { live, planned } = liveOf(expressPlan({}, { peakIngress: "100 MB/s" }));
    expect(live, "a live sheet").not.toBeNull();
    const c = cellsOf(live as NonNullable<typeof live>);
    // ingress ⌈100 ÷ 15.6⌉ = ⌈6.41⌉ = 7; egress (one consumer group) ⌈100 ÷ 31.2⌉ = ⌈3.21⌉ = 4;
    // partitions ⌈30 × 3 ÷ 1,000⌉ = 1; connections ⌈100 × 1.5 ÷ 3,000⌉ = 1; brokers: 7 up to a multiple of 3 = 9.
    expect(c.needs).toEqual([7, 4, 1, 1, 9]);
    expect(c.cost).toBeCloseTo(9 * 0.408 * 730, 9); // $2,680.56
    expect([c.binding, planned?.binding]).toEqual(["peak ingress", "ingress"]);
    expect(c.at("express_ingress_Bps")).toBe(100e6);
    expect(c.at("express_egress_Bps")).toBe(100e6);
    expect(c.at("express_max_ingress_per_partition_Bps")).toBeCloseTo(100e6 / 30, 6);
  });

  it("egress sets the size: 10 MB/s read by 10 consumer groups", () => {
    const { live, planned } = liveOf(expressPlan({}, { peakIngress: "10 MB/s", consumerGroups: 10 }));
    const c = cellsOf(live as NonNullable<typeof live>);
    // ingress ⌈10 ÷ 15.6⌉ = 1; egress 10 × 10 = 100 MB/s: ⌈100 ÷ 31.2⌉ = 4; brokers 4 → 6.
    expect(c.needs).toEqual([1, 4, 1, 1, 6]);
    expect(c.cost).toBeCloseTo(6 * 0.408 * 730, 9); // $1,787.04
    expect([c.binding, resourceLabel(planned?.binding as string)]).toEqual(["peak egress", "peak egress"]);
  });

  it("partitions set the size: 3,000 partitions (9,000 replicas)", () => {
    const { live, planned } = liveOf(expressPlan({}, { partitions: 3000 }));
    const c = cellsOf(live as NonNullable<typeof live>);
    // partitions ⌈3,000 × 3 ÷ (1,000 × 100 %)⌉ = 9; the rest 1; brokers 9.
    expect(c.needs).toEqual([1, 1, 9, 1, 9]);
    expect(c.at("express_partition_replicas")).toBe(9000);
    expect([c.binding, resourceLabel(planned?.binding as string)]).toEqual(["partitions", "partitions"]);
  });

  it("connections set the size: 10,000 clients", () => {
    const { live, planned } = liveOf(expressPlan({ clientConnections: 10_000 }));
    const c = cellsOf(live as NonNullable<typeof live>);
    // connections 10,000 × 1.5 = 15,000: ⌈15,000 ÷ 3,000⌉ = 5 → 6 brokers.
    expect(c.at("express_az_loss_factor")).toBe(1.5);
    expect(c.at("express_connections")).toBe(15_000);
    expect(c.needs).toEqual([1, 1, 1, 5, 6]);
    expect([c.binding, resourceLabel(planned?.binding as string)]).toEqual([
      "client connections",
      "client connections",
    ]);
  });

  it("the one-per-AZ minimum sets the size: every need is 1, brokers 3", () => {
    const { live, planned } = liveOf(expressPlan({}));
    const c = cellsOf(live as NonNullable<typeof live>);
    expect(c.needs).toEqual([1, 1, 1, 1, 3]);
    expect(c.at("express_three")).toBe(3);
    expect([c.binding, resourceLabel(planned?.binding as string)]).toEqual([
      "minimum brokers",
      "minimum brokers",
    ]);
  });

  it("aws-script: egress capacity 2.5 × the ingress rate, no AZ-loss factor on connections", () => {
    const stream = { peakIngress: "10 MB/s", consumerGroups: 10 };
    const aws = cellsOf(
      liveOf(expressPlan({ sizingModel: "aws-script", clientConnections: 10_000 }, stream)).live as never,
    );
    // egress 100 MB/s ÷ (2.5 × 15.6 = 39 MB/s) = 2.56 → 3; connections 10,000 × 1 ÷ 3,000 = 3.33 → 4; brokers 6.
    expect([aws.at("express_az_loss_factor"), aws.at("express_connections")]).toEqual([1, 10_000]);
    expect(aws.needs).toEqual([1, 3, 1, 4, 6]);
    // The same workload in the blog model: egress ⌈100 ÷ 31.2⌉ = 4, connections 15,000 ÷ 3,000 = 5.
    const blog = cellsOf(liveOf(expressPlan({ clientConnections: 10_000 }, stream)).live as never);
    expect([blog.at("express_az_loss_factor"), blog.at("express_connections")]).toEqual([1.5, 15_000]);
    expect(blog.needs).toEqual([1, 4, 1, 5, 6]);
  });

  it("no Express broker price: the cheapest among the unpriced sizes (all $0), so the first that fits", () => {
    const catalog = structuredClone(bundledCatalog()) as Catalog;
    const prices = catalog.regions["us-east-1"] as Record<string, unknown>;
    for (const k of Object.keys(prices)) if (k.startsWith("broker:express.")) delete prices[k];
    const { live, planned } = liveOf(expressPlan({}, {}, catalog), catalog);
    expect(planned?.configuration).toMatchObject({ instanceType: "express.m7g.large", brokers: 3 });
    const c = cellsOf(live as NonNullable<typeof live>);
    expect(live?.sizing.config.find((x) => x.key === "instanceType")?.entry).toMatchObject({
      name: "express_instance_type",
    });
    // None priced: the least priced cost is "none" (1E+15), the least unpriced $0 (3 × $0 × 730 h).
    expect(["express_least_priced", "express_least_unpriced", "express_chosen"].map(c.at)).toEqual([
      1e15, 0, 1,
    ]);
    expect(["express_broker_priced", "express_broker_price", "express_feasible"].map(c.at)).toEqual([
      0, -1, 1,
    ]);
  });

  it("no Express size allowed (instanceTypes lists only a Standard one): no live sheet", () => {
    const { live, planned } = liveOf(expressPlan({ instanceTypes: ["kafka.m5.large"] }));
    expect(planned?.feasible).toBe(false);
    expect(live).toBeNull();
  });

  it("a plan whose instance type the sheet does not reproduce keeps the planner's figures (no live sheet)", () => {
    // The sheet picks express.m7g.large (3 brokers); the same count of xlarge is another configuration.
    const p = expressPlan({});
    expect(liveOf(p).live).not.toBeNull();
    const o = p.options.find((x) => x.option === "express");
    (o?.configuration as unknown as Record<string, unknown>).instanceType = "express.m7g.xlarge";
    expect(liveOf(p).live).toBeNull();
  });
});

/** small-like plan's workbook, written to a file; the Express sheet and its defined names. */
async function expressSheet() {
  const p = expressPlan(
    { clientConnections: 50 },
    { ingress: "1 MiB/s", peakIngress: "3 MiB/s", consumerGroups: 2 },
  );
  const wb = await buildWorkbook(buildReportModel(p, REPORT_OPTS));
  const file = join(mkdtempSync(join(tmpdir(), "msk-express-")), "t.xlsx");
  await wb.xlsx.writeFile(file);
  const names = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  return { s: wb.getWorksheet("Express") as ExcelJS.Worksheet, names, file };
}
const text = (s: ExcelJS.Worksheet, row: number, n: number) =>
  Array.from({ length: n }, (_, i) => s.getRow(row).getCell(i + 1).value);
const formula = (c: ExcelJS.Cell) => (c.value as { formula: string }).formula;
const result = (c: ExcelJS.Cell) => (c.value as { result: unknown }).result;

describe("the live Express sheet as a reader sees it", () => {
  it("the configuration: labels, defined names and number formats", async () => {
    const { s, names } = await expressSheet();
    const rows: [string, string, string | undefined][] = [
      ["Instance type", "express_instance_type", undefined],
      ["Brokers", "brokers_express", "#,##0"],
      [
        "Least broker cost among feasible priced sizes (USD)",
        "express_least_priced",
        '[>=1000000000000000]"none";"$"#,##0.00',
      ],
      [
        "Least broker cost among feasible sizes without a broker price (USD)",
        "express_least_unpriced",
        '[>=1000000000000000]"none";"$"#,##0.00',
      ],
      ["Chosen row of the sizing table (0 = none fits)", "express_chosen", "#,##0"],
      ["Feasible (1 = yes)", "express_feasible", "0"],
      ["Broker-hour price of the chosen type (USD)", "express_broker_price", '[<0]"missing";"$"#,##0.00####'],
      ["Chosen type has a broker-hour price (1 = yes)", "express_broker_priced", "0"],
    ];
    rows.forEach(([label, name, fmt], i) => {
      const r = 12 + i;
      expect(s.getCell(`A${r}`).value, `A${r}`).toBe(label);
      expect(names.find((d) => d.name === name)?.ranges, name).toEqual([`Express!$B$${r}`]);
      if (fmt) expect(s.getCell(`B${r}`).numFmt, `B${r}`).toBe(fmt);
    });
    expect(result(s.getCell("B12"))).toBe("express.m7g.large");
    expect(result(s.getCell("B22"))).toBe("minimum brokers");
    expect(formula(s.getCell("B22"))).toBe(
      'IF(express_feasible=1,CHOOSE(express_chosen,$J$39,$J$40,$J$41,$J$42,$J$43,$J$44,$J$45),"")',
    );
  });

  it("the loads table: title, note, header, each load's label, unit and format", async () => {
    const { s } = await expressSheet();
    expect(s.getCell("A24").value).toBe("Loads on the cluster (at peak)");
    expect(s.getCell("A25").value).toBe(
      "Express runs in 3 AZs with RF 3; its recommended sustained rates already leave room for one AZ's loss, so throughput carries no AZ-loss factor (connections do).",
    );
    expect(text(s, 26, 3)).toEqual(["Load", "Value", "Unit"]);
    const MB = '#,##0.0,, "MB/s"';
    const loads: [string, string, string, unknown][] = [
      ["Highest ingress per partition", "MB/s (the cell holds bytes/s)", MB, (3 * 1_048_576) / 30],
      ["3 AZs, RF at most 3, at most 15 MB/s per partition (1 = met)", "1 = yes", "0", 1],
      ["AZ-loss factor (connections)", "×", "#,##0.00", 1.5],
      ["Ingress", "MB/s (the cell holds bytes/s)", MB, 3 * 1_048_576],
      ["Egress", "MB/s (the cell holds bytes/s)", MB, 2 * 3 * 1_048_576],
      ["Partition replicas (partitions × 3)", "replicas", "#,##0", 90],
      ["Client connections (× AZ-loss factor)", "connections", "#,##0.00", 75],
      ["Minimum brokers (one per AZ)", "brokers", "#,##0", 3],
    ];
    loads.forEach(([label, unit, fmt, value], i) => {
      const r = 27 + i;
      expect(
        [s.getCell(`A${r}`).value, s.getCell(`C${r}`).value, s.getCell(`B${r}`).numFmt],
        `row ${r}`,
      ).toEqual([label, unit, fmt]);
      expect(result(s.getCell(`B${r}`)), `B${r}`).toBeCloseTo(value as number, 9);
    });
  });

  it("the sizing table: title, note, header, formats; the binding formula names each need", async () => {
    const { s } = await expressSheet();
    expect(s.getCell("A36").value).toBe("Brokers each constraint needs, per candidate Express size");
    expect(s.getCell("A37").value).toBe(
      "Each need is ⌈load ÷ (per-broker sustained rate × max utilisation)⌉ (partitions: the recommended count × max utilisation, never above the maximum); the count is the largest need rounded up to a multiple of 3, within the broker quota. The cheapest feasible size is chosen, among sizes with a broker-hour price first.",
    );
    expect(text(s, 38, 10)).toEqual([
      "Instance type",
      "Priced",
      "Ingress",
      "Egress",
      "Partitions",
      "Connections",
      "Brokers",
      "Broker cost (USD)",
      "Feasible",
      "Binding resource",
    ]);
    expect(["B", "C", "D", "E", "F", "G", "H", "I"].map((c) => s.getCell(`${c}39`).numFmt)).toEqual([
      "0",
      "#,##0",
      "#,##0",
      "#,##0",
      "#,##0",
      "#,##0",
      '"$"#,##0.00',
      "0",
    ]);
    const most = "MAX($C$39,$D$39,$E$39,$F$39,$B$34)";
    expect(formula(s.getCell("J39"))).toBe(
      `IF($C$39=${most},"peak ingress",IF($D$39=${most},"peak egress",IF($E$39=${most},"partitions",IF($F$39=${most},"client connections",IF($B$34=${most},"minimum brokers","")))))`,
    );
  });

  it("the lines: the broker line names the chosen type; data written and storage bill whatever their quantity, cross-AZ only above 0", async () => {
    const { s } = await expressSheet();
    expect(formula(s.getCell("A5"))).toBe('"Broker instances ("&express_instance_type&")"');
    expect(result(s.getCell("A5"))).toBe("Broker instances (express.m7g.large)");
    expect(formula(s.getCell("E6")).startsWith("IF(AND(express_feasible=1,1,")).toBe(true);
    expect(formula(s.getCell("E7")).startsWith("IF(AND(express_feasible=1,1,")).toBe(true);
    expect(formula(s.getCell("E8")).startsWith("IF(AND(express_feasible=1,(demand_cross_az")).toBe(true);
  });

  it("every formula on the sheet, recalculated by a spreadsheet, gives the value written with it", async () => {
    const { file } = await expressSheet();
    const ev = await evaluateWorkbook(file);
    const id = ev.hf.getSheetId("Express") as number;
    const ws = ev.workbook.getWorksheet("Express") as ExcelJS.Worksheet;
    const mine = ev.formulas.filter((f) => f.sheet === "Express");
    expect(mine.length).toBeGreaterThan(80);
    for (const f of mine) {
      const c = ws.getCell(f.address);
      const v = ev.hf.getCellValue({ sheet: id, row: Number(c.row) - 1, col: Number(c.col) - 1 });
      if (typeof v === "number") expect(v, f.address).toBeCloseTo((f.cached as number) ?? 0, 6);
      else expect(v ?? "", f.address).toBe(f.cached ?? "");
    }
  });
});
