// The sheets src/report/xlsx-live.ts writes besides the option sheets' contents: the Instance types
// sheet (one row per candidate type, each capability a named cell; the source once per table, on its
// first row, wrapped; the Serverless quotas and unit conventions below) and the hidden Sizing
// helpers sheet (a formula part too long for Excel, in a named cell the long formula reads). Built
// from small.yaml (real planner, bundled prices) inside each test, so a mutant is seen.
import { readFileSync } from "node:fs";
import type ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { plan } from "../../src/plan/planner.js";
import type { OptionId } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import type { Catalog } from "../../src/pricing/catalog-schema.js";
import { buildReportModel } from "../../src/report/model.js";
import { buildWorkbook } from "../../src/report/xlsx.js";
import { REPORT_OPTS } from "./fixture.js";

const build = async (
  catalog: Catalog = bundledCatalog(),
  patch: (w: Record<string, unknown>) => void = () => {},
  options: OptionId[] = ["standard", "serverless"],
) => {
  const input = parse(readFileSync("fixtures/workloads/small.yaml", "utf8"));
  patch(input);
  const w = parseWorkload(input);
  const m = buildReportModel(plan(w, { catalog, options }), {
    ...REPORT_OPTS,
    catalog,
  });
  const wb = await buildWorkbook(m);
  const names = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  const at = (n: string) => names.find((d) => d.name === n)?.ranges;
  return { wb, names, at };
};
const row = (s: ExcelJS.Worksheet, r: number) => (s.getRow(r).values as unknown[]).slice(1);
const SOURCE = "Source (for every row of the table)";

describe("the Instance types sheet", () => {
  it("the Standard table: header, one row per type with named capability cells, the source once on the first row", async () => {
    const { wb, at } = await build();
    const s = wb.getWorksheet("Instance types") as ExcelJS.Worksheet;
    // Column A for the type, one 16 wide per capability (11 for Standard), the source column 60 wide.
    expect(s.columns.map((c) => c.width)).toEqual([58, ...Array(11).fill(16), 60]);
    expect(row(s, 1)).toEqual([
      "Standard broker type",
      "Network baseline (Gbps)",
      "EBS baseline (MB/s)",
      "PST minimum (MiB/s)",
      "PST maximum (MiB/s; 0 = no PST)",
      "Partitions per broker, recommended",
      "Partitions per broker, maximum",
      "Storage per broker, minimum (GiB)",
      "Storage per broker, maximum (GiB)",
      "Brokers per cluster, maximum",
      "Connections per broker",
      "Tiered storage (1 = yes)",
      SOURCE,
    ]);
    // kafka.m5.large: 0.75 Gbps network, 81.25 MB/s EBS, no PST, 1,000/1,500 partitions, 1–16,384 GiB,
    // 60 brokers, 3,000 connections, tiered storage.
    expect(row(s, 2).slice(0, 12)).toEqual([
      "kafka.m5.large",
      0.75,
      81.25,
      0,
      0,
      1000,
      1500,
      1,
      16384,
      60,
      3000,
      1,
    ]);
    expect([at("kafka_m5_large_network_Gbps"), at("kafka_m5_large_tiered")]).toEqual([
      ["'Instance types'!$B$2"],
      ["'Instance types'!$L$2"],
    ]);
    expect(at("kafka_m5_xlarge_ebs_MBps")).toEqual(["'Instance types'!$C$3"]);
    // Each cell in its own format: rates to two places, counts whole.
    expect([
      s.getCell("B2").numFmt,
      s.getCell("C2").numFmt,
      s.getCell("F2").numFmt,
      s.getCell("B28").numFmt,
      s.getCell("B36").numFmt,
    ]).toEqual(["#,##0.00", "#,##0.00", "#,##0", "#,##0.00", "#,##0"]);
    const src = String(s.getCell("M2").value);
    expect(src).toMatch(/^network and EBS baselines: EC2 User Guide/);
    expect(s.getCell("M2").alignment).toEqual({ wrapText: true, vertical: "top" });
    expect(s.getRow(2).alignment).toEqual({ vertical: "top" });
    // Wrapped at 65 characters a line, 15 points a line.
    expect(s.getRow(2).height).toBe(15 * Math.ceil(src.length / 65));
    expect(s.getRow(2).height).toBe(75);
    // Later rows carry no source and keep the default height and alignment.
    expect([s.getCell("M3").value, s.getRow(3).height, s.getRow(3).alignment]).toEqual([
      null,
      undefined,
      undefined,
    ]);
    expect(row(s, 16).slice(0, 2)).toEqual(["kafka.m7g.16xlarge", 30]);
    expect(row(s, 17)).toEqual([]);
  });

  it("the Express table: its header padded to the Standard table's Source column, its source there on its first row", async () => {
    const { wb, at } = await build();
    const s = wb.getWorksheet("Instance types") as ExcelJS.Worksheet;
    expect(row(s, 18)).toEqual([
      "Express broker type",
      "Sustained ingress (MB/s)",
      "Sustained egress (MB/s)",
      "Partitions per broker, recommended",
      "Partitions per broker, maximum",
      "Brokers per cluster, maximum",
      "Connections per broker",
      // 11 Standard capabilities − 6 Express ones: 5 empty headers, then the Source column (M).
      "",
      "",
      "",
      "",
      "",
      SOURCE,
    ]);
    expect(row(s, 19).slice(0, 7)).toEqual(["express.m7g.large", 15.6, 31.2, 1000, 1500, 60, 3000]);
    expect(s.getCell("H19").value).toBeNull();
    const src = String(s.getCell("M19").value);
    expect(src).toBe(
      "throughput and partitions per broker, brokers per cluster, connections: Amazon MSK quotas page",
    );
    // 95 characters at 65 a line: 2 lines.
    expect(s.getRow(19).height).toBe(30);
    expect([s.getCell("M20").value, s.getRow(20).height]).toEqual([null, undefined]);
    expect(row(s, 20)[0]).toBe("express.m7g.xlarge");
    expect([at("express_m7g_large_ingress_MBps"), at("express_m7g_large_connections_max")]).toEqual([
      ["'Instance types'!$B$19"],
      ["'Instance types'!$G$19"],
    ]);
    expect(row(s, 26)).toEqual([]);
  });

  it("the quotas (value, unit, source) and conventions (value, source; no unit), each value a named cell", async () => {
    const { wb, at } = await build();
    const s = wb.getWorksheet("Instance types") as ExcelJS.Worksheet;
    expect(row(s, 27)).toEqual(["Quota or convention", "Value", "Unit", "Source"]);
    expect(row(s, 28)).toEqual([
      "Serverless: Ingress per cluster",
      200,
      "MB/s",
      "per-cluster quotas: Amazon MSK quotas page",
    ]);
    expect(at("serverless_max_ingress_MBps")).toEqual(["'Instance types'!$B$28"]);
    expect(row(s, 35)).toEqual([
      "Serverless: Consumer groups per cluster",
      500,
      "groups",
      "per-cluster quotas: Amazon MSK quotas page",
    ]);
    expect(at("serverless_max_consumer_groups")).toEqual(["'Instance types'!$B$35"]);
    // 10^9 bits per second ÷ 8 bits per byte = 125,000,000 bytes per second per Gbps.
    expect(row(s, 36)).toEqual([
      "Bytes per second per Gbps (network baselines are published in Gbps)",
      125_000_000,
      undefined,
      "definition (10^9 bits per second ÷ 8)",
    ]);
    expect(at("bytes_per_s_per_gbps")).toEqual(["'Instance types'!$B$36"]);
    expect(row(s, 38)).toEqual([
      "Volume throughput without PST (MiB/s)",
      250,
      undefined,
      "PST: Amazon MSK storage throughput management page",
    ]);
    expect(at("default_volume_MiBps")).toEqual(["'Instance types'!$B$38"]);
    expect(s.rowCount).toBe(38);
  });
});

describe("the Sizing helpers sheet", () => {
  it("a part too long for one formula: a named cell holding its formula and cached value, its text beside it; the long formula reads it", async () => {
    const { wb, at } = await build();
    const h = wb.getWorksheet("Sizing helpers") as ExcelJS.Worksheet;
    expect(h.state).toBe("hidden");
    expect(h.columns.map((c) => c.width)).toEqual([18, 18, 100]);
    expect(row(h, 1)).toEqual(["Name", "Value", "Formula (part of a longer formula)"]);
    expect(h.rowCount).toBe(2);
    expect(h.getCell("A2").value).toBe("sizing_helper_1");
    expect(at("sizing_helper_1")).toEqual(["'Sizing helpers'!$B$2"]);
    const v = h.getCell("B2").value as { formula: string; result: number };
    // The text beside it is the formula itself; the Standard sheet's cells it reads are qualified
    // by sheet (a formula on another sheet), the names are not.
    expect(h.getCell("C2").value).toBe(v.formula);
    expect(v.formula).toMatch(
      /^IF\(standard_least_unpriced<1000000000000000,MIN\(IF\(IF\(AND\('Standard'!\$S\$44=1,'Standard'!\$B\$44=0\),'Standard'!\$R\$44,1000000000000000\)=standard_least_unpriced,1,/,
    );
    expect(v.formula).toContain("'Standard'!$R$58");
    expect(h.getCell("B2").numFmt).toBe("#,##0.00");
    // Every type is priced, so none is unpriced: the least unpriced cost is the 10^15 sentinel and
    // the part's value is its fallback, 0 (cached as 0, which exceljs's cell.value hides).
    expect(v.formula.endsWith(",0)")).toBe(true);
    expect((h.getCell("B2").model as { result?: unknown }).result).toBe(0);
    // The Standard sheet's chosen-row formula reads the helper by name.
    const std = wb.getWorksheet("Standard") as ExcelJS.Worksheet;
    expect((std.getCell("B18").value as { formula: string }).formula).toContain("sizing_helper_1");
  });
});

describe("an option sheet's names and addresses", () => {
  it("a defined name for each line's quantity, the total and each configuration cell; a sizing table's cells are read by address, never named", async () => {
    const { names } = await build();
    const on = (sheet: string) =>
      names.filter((n) => (n.ranges[0] ?? "").startsWith(`${sheet}!`)).map((n) => [n.name, n.ranges[0]]);
    expect(on("Serverless")).toEqual([
      ["serverless_q1", "Serverless!$B$5"],
      ["serverless_q2", "Serverless!$B$6"],
      ["serverless_q3", "Serverless!$B$7"],
      ["serverless_q4", "Serverless!$B$8"],
      ["serverless_q5", "Serverless!$B$9"],
      ["total_serverless", "Serverless!$E$10"],
      ["brokers_serverless", "Serverless!$B$13"],
      ["serverless_partitions", "Serverless!$B$14"],
      ["serverless_feasible", "Serverless!$B$15"],
      ["serverless_missing_prices", "Serverless!$B$16"],
      ["serverless_priced_lines", "Serverless!$B$17"],
      ["serverless_binding", "Serverless!$B$18"],
    ]);
    // Standard: 4 line quantities, the total, 13 configuration cells (rows 12–24); none of the
    // sizing tables' cells (rows 29 on), live or text, holds a name.
    const std = on("Standard");
    expect(std.length).toBe(18);
    expect(std.filter(([, r]) => Number(/\$(\d+)$/.exec(r as string)?.[1]) > 24)).toEqual([]);
    expect(std).toContainEqual(["standard_instance_type", "Standard!$B$12"]);
    expect(std).toContainEqual(["standard_binding", "Standard!$B$24"]);
  });

  it("columns past Z are lettered AA on: the PST table's 30 tries run B to AE, and the cheapest reads each by address", async () => {
    const { wb } = await build();
    const s = wb.getWorksheet("Standard") as ExcelJS.Worksheet;
    // kafka.m5.4xlarge is the first PST-capable type (row 47 of the sizing table; its PST costs on row 64).
    expect(s.getCell("A47").value).toBe("kafka.m5.4xlarge");
    expect(s.getCell("A64").value).toBe("kafka.m5.4xlarge: cost with PST (USD)");
    const cols = [
      "B",
      "C",
      "D",
      "E",
      "F",
      "G",
      "H",
      "I",
      "J",
      "K",
      "L",
      "M",
      "N",
      "O",
      "P",
      "Q",
      "R",
      "S",
      "T",
      "U",
      "V",
      "W",
      "X",
      "Y",
      "Z",
      "AA",
      "AB",
      "AC",
      "AD",
      "AE",
    ];
    expect((s.getCell("M47").value as { formula: string }).formula).toBe(
      `MIN(${cols.map((c) => `$${c}$64`).join(",")})`,
    );
    expect((s.getCell("Y64").value as { formula: string }).formula).toMatch(/^IF\(AND\(\$Y\$63<\$K\$47,/);
    expect((s.getCell("Z64").value as { formula: string }).formula).toMatch(/^IF\(AND\(\$Z\$63<\$K\$47,/);
  });
});

const f = (c: ExcelJS.Cell) => c.value as { formula: string; result: unknown };
const LIVE_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2EFDA" } };

describe("a live option sheet's layout (Serverless, small.yaml)", () => {
  it("title, status, one row per line item (source, link, quantity formula), the total", async () => {
    const { wb, at } = await build();
    const s = wb.getWorksheet("Serverless") as ExcelJS.Worksheet;
    // Eight columns (the quota table has three): one page wide.
    expect(s.columns.map((c) => c.width)).toEqual([66, 18, 16, 18, 18, 50, 40, 60]);
    expect([s.pageSetup.fitToPage, s.pageSetup.scale]).toEqual([true, 100]);
    expect([s.getCell("A1").value, s.getCell("A1").font]).toEqual([
      "Serverless (Amazon MSK)",
      { bold: true, size: 14 },
    ]);
    // Feasible, not the recommended option (Standard is cheaper), its binding in words, completely priced.
    expect(f(s.getCell("A2"))).toEqual({
      formula:
        'IF(serverless_feasible=1,"Feasible"&IF(recommended_option="serverless"," (recommended)","")&IF(serverless_binding="","","; its size is set by "&serverless_binding)&IF(serverless_missing_prices>0,"; a lower bound: some prices are missing",""),"Infeasible at these inputs: no configuration fits (the tables below show which constraint)")',
      result: "Feasible; its size is set by peak ingress per partition",
    });
    expect(row(s, 3)).toEqual([]);
    expect(row(s, 4)).toEqual([
      "Component",
      "Quantity",
      "Unit",
      "Unit price (USD)",
      "Cost (USD)",
      "Price source",
      "Source URL",
      "Quantity formula",
    ]);
    // Cluster-hours: 1 cluster × 730 h at $0.75 = $547.50.
    expect(row(s, 5).slice(0, 3)).toEqual([
      "Serverless cluster",
      { formula: "1*hours", result: 730 },
      "cluster-hours",
    ]);
    expect(at("serverless_q1")).toEqual(["Serverless!$B$5"]);
    expect([f(s.getCell("D5")), s.getCell("D5").numFmt]).toEqual([
      { formula: "IF(ISNUMBER(price_serverlessCluster),price_serverlessCluster,-1)", result: 0.75 },
      '[<0]"missing";"$"#,##0.00####',
    ]);
    expect([f(s.getCell("E5")), s.getCell("E5").numFmt]).toEqual([
      {
        formula: "IF(AND(serverless_feasible=1,1,IF(ISNUMBER(price_serverlessCluster),1,0)),$B$5*$D$5,0)",
        result: 547.5,
      },
      '"$"#,##0.00',
    ]);
    expect(s.getCell("B5").numFmt).toBe("#,##0.00");
    const source = String(s.getCell("F5").value);
    expect(source).toMatch(/^AWS Price List for Amazon MSK in us-east-1 /);
    const url =
      "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonMSK/current/us-east-1/index.json";
    expect(s.getCell("G5").value).toEqual({ text: url, hyperlink: url });
    expect(s.getCell("H5").value).toBe("1*hours");
    expect(s.getRow(5).alignment).toEqual({ vertical: "top" });
    expect(s.getCell("F5").alignment).toEqual({ indent: 2, vertical: "top", wrapText: true });
    expect(s.getCell("H5").alignment).toEqual({ indent: 2, vertical: "top", wrapText: true });
    // The source wraps at 55 characters a line (the quantity formula is one line): 15 points a line.
    expect(source.length).toBeGreaterThan(110);
    expect(source.length).toBeLessThanOrEqual(165);
    expect(s.getRow(5).height).toBe(45);
    // Storage: (retained bytes ÷ 10^9) × (730 ÷ 730) = 253.125 GB-months at $0.10 = $25.3125.
    expect(row(s, 9).slice(0, 3)).toEqual([
      "Serverless storage",
      { formula: "(demand_retained_bytes/bytes_per_billed_gb)*(hours/hours_per_month)", result: 253.125 },
      "GB-months",
    ]);
    // The total: $547.50 + $32.85 + $256.640625 + $256.640625 + $25.3125 = $1,118.94375.
    expect(s.getCell("A10").value).toBe(
      "Total for the billing period (lines without a price count 0: then a lower bound)",
    );
    expect(s.getRow(10).font).toEqual({ bold: true });
    expect(f(s.getCell("E10"))).toEqual({
      formula: "SUM(E5:E9)",
      result: 547.5 + 32.85 + 256.640625 + 256.640625 + 25.3125,
    });
    expect(s.getCell("E10").numFmt).toBe('"$"#,##0.00');
    expect(s.getCell("E10").border).toEqual({ top: { style: "thin" }, bottom: { style: "double" } });
    expect(at("total_serverless")).toEqual(["Serverless!$E$10"]);
  });

  it("the configuration, the binding resource and a sizing table: labels, fills, the note wrapped across five columns", async () => {
    const { wb } = await build();
    const s = wb.getWorksheet("Serverless") as ExcelJS.Worksheet;
    expect(row(s, 11)).toEqual([]);
    expect([s.getCell("A12").value, s.getRow(12).font]).toEqual([
      "Configuration (sized by formula from the Assumptions and Instance types sheets)",
      { bold: true },
    ]);
    expect(s.getCell("A13").value).toBe("Serverless clusters (the planner uses one)");
    expect([f(s.getCell("B13")), s.getCell("B13").alignment, s.getCell("B13").fill]).toEqual([
      { formula: "1", result: 1 },
      { horizontal: "right" },
      LIVE_FILL,
    ]);
    expect(s.getCell("A18").value).toBe("Binding resource (what sets the size)");
    expect(f(s.getCell("B18")).result).toBe("peak ingress per partition");
    expect(f(s.getCell("B18")).formula).toMatch(/^IF\(serverless_feasible=1,IF\(\$C\$23=MAX\(\$C\$23,/);
    expect(s.getCell("B18").fill).toEqual(LIVE_FILL);
    expect(row(s, 19)).toEqual([]);
    expect([s.getCell("A20").value, s.getRow(20).font]).toEqual([
      "Per-cluster quotas: demand ÷ quota at peak (per-partition figures assume an even spread)",
      { bold: true },
    ]);
    const note = s.getCell("A21");
    expect(note.font).toEqual({ italic: true, color: { argb: "FF666666" } });
    expect(note.alignment).toEqual({ wrapText: true, vertical: "top" });
    // Merged over A:E; 101 characters at 130 a line: one line.
    expect([s.getCell("E21").isMerged, s.getCell("F21").isMerged, s.getCell("E21").master.address]).toEqual([
      true,
      false,
      "A21",
    ]);
    expect(s.getRow(21).height).toBe(15);
    // A table cell: its value in a live fill, read by address (C23 reads $B$23).
    expect([s.getCell("A23").value, s.getCell("C23").fill, f(s.getCell("C23")).formula]).toEqual([
      "Peak ingress",
      LIVE_FILL,
      "$B$23/(serverless_max_ingress_MBps*bytes_per_mb)",
    ]);
    expect(s.getCell("A32").value).toBe("Notes (as planned)");
  });

  it("the status when a price is missing: a lower bound", async () => {
    const catalog = structuredClone(bundledCatalog()) as Catalog;
    delete (catalog.regions["us-east-1"] as Record<string, unknown>).serverlessStorage;
    const { wb } = await build(catalog);
    const s = wb.getWorksheet("Serverless") as ExcelJS.Worksheet;
    expect(f(s.getCell("A2")).result).toBe(
      "Feasible; its size is set by peak ingress per partition; a lower bound: some prices are missing",
    );
    // Its storage line unpriced: the price reads -1 ("missing"), the cost 0; the total the four priced lines.
    expect(f(s.getCell("D9")).result).toBe(-1);
    // No price, so no source link: the source column says why, the link column stays empty.
    expect(String(s.getCell("F9").value)).toMatch(/^missing/);
    expect(s.getCell("G9").value).toBeNull();
    expect((s.getCell("E9").model as { result?: unknown }).result).toBe(0);
    expect(f(s.getCell("E10")).result).toBeCloseTo(547.5 + 32.85 + 256.640625 + 256.640625, 9);
  });

  it("the status when infeasible (Serverless over its 2,400-partition quota): no binding, no lower-bound note", async () => {
    const { wb } = await build(bundledCatalog(), (w) => {
      (w.streams as Record<string, unknown>[])[0] = {
        ...(w.streams as Record<string, unknown>[])[0],
        partitions: 3000,
      };
    });
    const s = wb.getWorksheet("Serverless") as ExcelJS.Worksheet;
    expect(f(s.getCell("A2")).result).toBe(
      "Infeasible at these inputs: no configuration fits (the tables below show which constraint)",
    );
    const std = wb.getWorksheet("Standard") as ExcelJS.Worksheet;
    // Standard, now the only feasible option, is recommended; 3,000 partitions (9,000 replicas) set its size.
    expect(f(std.getCell("A2")).result).toBe("Feasible (recommended); its size is set by partitions");
  });
});

describe("a wide live sheet and an option id with a hyphen", () => {
  it("Standard: 31 columns (the PST table's 30 tries and the label), printed over pages at 70%", async () => {
    const { wb } = await build();
    const s = wb.getWorksheet("Standard") as ExcelJS.Worksheet;
    // Columns A–H as on every live sheet, then 31 − 8 = 23 columns 14 wide.
    expect(s.columns.map((c) => c.width)).toEqual([66, 18, 16, 18, 18, 50, 40, 60, ...Array(23).fill(14)]);
    expect([s.pageSetup.fitToPage, s.pageSetup.scale]).toEqual([false, 70]);
  });

  it("Standard tiered, infeasible at 100 GiB/s: its total and binding named with _ for the hyphen, no lines billed", async () => {
    const { wb, at } = await build(
      bundledCatalog(),
      (w) => {
        (w.streams as Record<string, unknown>[])[0] = {
          ...(w.streams as Record<string, unknown>[])[0],
          ingress: "100GiB/s",
          peakIngress: "100GiB/s",
        };
      },
      ["standard-tiered", "serverless"],
    );
    const s = wb.getWorksheet("Standard tiered") as ExcelJS.Worksheet;
    let totalRow = 0;
    s.eachRow((r, i) => {
      if (
        r.getCell(1).value ===
        "Total for the billing period (lines without a price count 0: then a lower bound)"
      )
        totalRow = i;
    });
    expect(totalRow).toBeGreaterThan(5);
    // Its PST table has 30 tries too: 31 columns, printed over pages.
    expect([s.columns.length, s.pageSetup.fitToPage]).toEqual([31, false]);
    expect(at("total_standard_tiered")).toEqual([`'Standard tiered'!$E$${totalRow}`]);
    expect((s.getCell(`E${totalRow}`).model as { result?: unknown }).result).toBe(0);
    expect(at("standard_tiered_binding")?.length).toBe(1);
    expect(f(s.getCell("A2")).result).toBe(
      "Infeasible at these inputs: no configuration fits (the tables below show which constraint)",
    );
    expect(f(s.getCell("A2")).formula).toMatch(
      /^IF\(standard_tiered_feasible=1,.*&IF\(standard_tiered_binding="","","; its size is set by "&standard_tiered_binding\)/,
    );
  });
});
