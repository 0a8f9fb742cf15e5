// The live Standard sheets' cells a reader sees (src/report/live-standard.ts), read back from the
// workbook built inside each test (small.yaml, real planner and bundled prices): the loads table
// (labels, units, formats and the loads themselves, worked by hand below), the sizing table's and
// the PST table's titles, notes, headers and formats, and the configuration rows' labels. The
// workbook tests that recalculate the sheet (live-edits, the LibreOffice tests) are too slow to run
// per mutant; this one reads cells back (a second or two).
import { readFileSync } from "node:fs";
import type ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { plan } from "../../src/plan/planner.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import type { Catalog } from "../../src/pricing/catalog-schema.js";
import { buildReportModel } from "../../src/report/model.js";
import { buildWorkbook } from "../../src/report/xlsx.js";
import { REPORT_OPTS } from "./fixture.js";

type Option = "standard" | "standard-tiered";
const sheetOf = async (option: Option, patch: (w: Record<string, unknown>) => void = () => {}) => {
  const input = parse(readFileSync("fixtures/workloads/small.yaml", "utf8"));
  patch(input);
  const m = buildReportModel(
    plan(parseWorkload(input), { catalog: bundledCatalog(), options: [option] }),
    REPORT_OPTS,
  );
  const wb = await buildWorkbook(m);
  const name = m.options.find((o) => o.id === option)?.sheetName as string;
  return wb.getWorksheet(name) as ExcelJS.Worksheet;
};
/** The row whose column A reads `text` (the first; throws when none does). */
const rowOf = (s: ExcelJS.Worksheet, text: string): number => {
  let at = 0;
  s.eachRow((row, r) => {
    if (!at && row.getCell(1).value === text) at = r;
  });
  if (!at) throw new Error(`no row reads ${text}`);
  return at;
};
const texts = (s: ExcelJS.Worksheet, row: number, from: number, to: number) =>
  (s.getRow(row).values as unknown[]).slice(from, to + 1);
/** A formula cell's cached result (exceljs's `value` omits a cached 0; `model` keeps it). */
const result = (c: ExcelJS.Cell) => (c.model as { result?: unknown }).result;

const MB = '#,##0.0,, "MB/s"';
const GB = '#,##0.0,,, "GB"';
const LOADS_TITLE = "Loads on the cluster (at peak; × the AZ-loss factor where one AZ's loss is tolerated)";

describe("the live Standard sheet", () => {
  it("the loads table of small.yaml (blog model): labels, units, formats and the loads worked by hand", async () => {
    const s = await sheetOf("standard");
    const t = rowOf(s, LOADS_TITLE);
    expect(s.getCell(`A${t + 1}`).value).toBe(
      "Throughput model (the Assumptions sheet's sizing model): AWS Big Data Blog Equation 1 flows (blog). From the Assumptions sheet too: each stream's peak rates, replication factor, retention and partitions.",
    );
    expect(texts(s, t + 2, 1, 3)).toEqual(["Load", "Value", "Unit"]);
    // small.yaml: 3 AZs, one AZ's loss tolerated; 1 MiB/s average, 3 MiB/s peak ingress (3,145,728 B/s),
    // 2 consumer groups, replication factor 3, 3 days' retention, 30 partitions, 50 connections.
    const MiB = 1_048_576;
    const f = 3 / (3 - 1); // 1.5
    const rows: [string, number, string, string][] = [
      ["AZ-loss factor (AZs ÷ (AZs − 1) when the loss of one AZ is tolerated, else 1)", f, "×", "#,##0.00"],
      // consumers 2 × 3 MiB/s + replication (3 − 1) × 3 MiB/s = 12 MiB/s, × 1.5 = 18,874,368 B/s
      [
        "Outbound network (consumers, replication)",
        (2 * 3 + 2 * 3) * MiB * f,
        "MB/s (the cell holds bytes/s)",
        MB,
      ],
      // producers 3 MiB/s + replication 6 MiB/s = 9 MiB/s, × 1.5 = 14,155,776 B/s
      [
        "Inbound network (producers, replication)",
        (3 + 2 * 3) * MiB * f,
        "MB/s (the cell holds bytes/s)",
        MB,
      ],
      // 3 MiB/s × 3 replicas × 1.5
      ["Storage writes (all replicas)", 3 * 3 * MiB * f, "MB/s (the cell holds bytes/s)", MB],
      // 1 MiB/s × 3 days (259,200 s) × 3 replicas = 815,372,697,600 B
      ["Bytes held on brokers (all replicas)", MiB * 259_200 * 3, "GB (the cell holds bytes)", GB],
      ["Partition replicas", 30 * 3, "replicas", "#,##0"],
      // × the default storage head-room, 2
      ["Storage to provision (× storage head-room)", MiB * 259_200 * 3 * 2, "GB (the cell holds bytes)", GB],
      ["Client connections (× AZ-loss factor)", 50 * f, "connections", "#,##0.00"],
      // max(largest replication factor 3, 3 AZs)
      ["Minimum brokers (largest replication factor, at least one per AZ)", 3, "brokers", "#,##0"],
      // us-east-1: $0.10 per GB-month of storage, $0.08 per MiB/s-month of PST, over 730 h ÷ 730 h
      ["Storage price over the period, per GiB (0 when missing)", 0.1, "USD", '"$"#,##0.00####'],
      ["PST price over the period, per MiB/s (0 when missing)", 0.08, "USD", '"$"#,##0.00####'],
    ];
    rows.forEach(([label, value, unit, fmt], i) => {
      const r = t + 3 + i;
      expect(s.getCell(`A${r}`).value, `A${r}`).toBe(label);
      expect(result(s.getCell(`B${r}`)), `B${r}: ${label}`).toBeCloseTo(value, 9);
      expect(s.getCell(`B${r}`).numFmt, `B${r}: ${label}`).toBe(fmt);
      expect(s.getCell(`C${r}`).value, `C${r}`).toBe(unit);
    });
  });

  it("the tiered option's loads: tier uploads out, tier reads in, local retention held (small.yaml, 1 day local)", async () => {
    const s = await sheetOf("standard-tiered");
    const t = rowOf(s, LOADS_TITLE);
    const MiB = 1_048_576;
    const label = (i: number) => s.getCell(`A${t + 3 + i}`).value;
    const value = (i: number) => result(s.getCell(`B${t + 3 + i}`)) as number;
    expect(label(1)).toBe("Outbound network (consumers, replication, tier uploads)");
    // consumers 6 + replication 6 + tier uploads 3 MiB/s (one copy of ingress) = 15 MiB/s, × 1.5
    expect(value(1)).toBeCloseTo(15 * MiB * 1.5, 6);
    expect(label(2)).toBe("Inbound network (producers, replication, tier reads)");
    // producers 3 + replication 6 + tier reads 0 = 9 MiB/s, × 1.5
    expect(value(2)).toBeCloseTo(9 * MiB * 1.5, 6);
    expect(label(4)).toBe("Bytes held on brokers (local retention, all replicas)");
    // 1 MiB/s × 1 day's local retention (86,400 s) × 3 replicas = 271,790,899,200 B
    expect(value(4)).toBe(MiB * 86_400 * 3);
    expect(value(6)).toBe(MiB * 86_400 * 3 * 2);
  });

  it("the aws-script model's note names it", async () => {
    const s = await sheetOf("standard", (w) => {
      w.sizingModel = "aws-script";
    });
    const t = rowOf(s, LOADS_TITLE);
    expect(s.getCell(`A${t + 1}`).value).toBe(
      "Throughput model (the Assumptions sheet's sizing model): the fixed factors of AWS's MSK sizing script (aws-script). From the Assumptions sheet too: each stream's peak rates, replication factor, retention and partitions.",
    );
    // aws-script: inbound network is not a constraint (0).
    expect(result(s.getCell(`B${t + 5}`))).toBe(0);
  });

  it("the sizing table: title, note, header, and each column's format", async () => {
    const s = await sheetOf("standard");
    const t = rowOf(s, "Brokers each constraint needs, per candidate instance type");
    expect(s.getCell(`A${t + 1}`).value).toBe(
      "Each need is ⌈load ÷ (per-broker capacity × max utilisation)⌉; the count is the largest need rounded up to a multiple of the AZ count. Where storage throughput sets the count and the type supports provisioned storage throughput (PST), fewer brokers with PST are priced against it (the PST table below); the cheaper wins. The cheapest feasible type is chosen, among types with a broker-hour price first.",
    );
    expect(texts(s, t + 2, 1, 20)).toEqual([
      "Instance type",
      "Priced",
      "Broker cost over the period (USD; 0 when unpriced)",
      "Outbound network",
      "Inbound network",
      "Storage throughput",
      "Partitions",
      "Storage",
      "Connections",
      "Brokers (all but storage throughput)",
      "Brokers at default volume throughput",
      "Cost at that count (USD)",
      "Cheapest with PST (USD)",
      "Brokers with PST",
      "Brokers",
      "PST per broker (MiB/s)",
      "Storage per broker (GiB)",
      "Cluster cost (USD)",
      "Feasible",
      "Binding resource",
    ]);
    const none = '[>=1000000000000000]"none";"$"#,##0.00';
    const formats = ["0", '"$"#,##0.00', ...Array(8).fill("#,##0"), none, none, "#,##0", "#,##0"];
    formats.push('#,##0.0# "MiB/s"', '#,##0.## "GiB"', '"$"#,##0.00', "0");
    const r = t + 3;
    expect(s.getCell(`A${r}`).value).toBe("kafka.m5.large");
    expect(
      formats.map((_f, i) => s.getRow(r).getCell(i + 2).numFmt),
      "B..S of the first type's row",
    ).toEqual(formats);
  });

  it("the PST table: title, note, header Try 1..Try 30, and each PST-capable type's two rows", async () => {
    const s = await sheetOf("standard");
    const t = rowOf(
      s,
      "Provisioned storage throughput: the cluster cost with PST at each broker count tried (from the all-but-storage-throughput count up, one AZ's worth at a time)",
    );
    expect(s.getCell(`A${t + 1}`).value).toBe(
      'A count is tried when it is below the count at default volume throughput, within the broker quota, and the throughput per broker fits the type\'s EBS and PST ceiling; a count not tried reads "not tried" (the cell holds 1E+15, above any real cost, so the cheapest can be found by formula).',
    );
    expect(texts(s, t + 2, 1, 31)).toEqual([
      "Instance type",
      ...Array.from({ length: 30 }, (_, j) => `Try ${j + 1}`),
    ]);
    expect(s.getRow(t + 2).getCell(32).value, "no 31st try").toBeNull();
    // kafka.m5.4xlarge is the first type with PST (m5.large … 2xlarge have none).
    expect(s.getCell(`A${t + 3}`).value).toBe("kafka.m5.4xlarge: brokers");
    expect(s.getCell(`A${t + 4}`).value).toBe("kafka.m5.4xlarge: cost with PST (USD)");
    expect([s.getCell(`B${t + 3}`).numFmt, s.getCell(`AE${t + 3}`).numFmt]).toEqual(["#,##0", "#,##0"]);
    const notTried = '[>=1000000000000000]"not tried";"$"#,##0.00';
    expect([s.getCell(`B${t + 4}`).numFmt, s.getCell(`AE${t + 4}`).numFmt]).toEqual([notTried, notTried]);
    expect([s.getCell(`AF${t + 3}`).value, s.getCell(`AF${t + 4}`).value], "no 31st try").toEqual([
      null,
      null,
    ]);
  });

  it("the configuration rows: labels and formats", async () => {
    const s = await sheetOf("standard");
    const t = rowOf(s, "Instance type");
    const want: [string, string][] = [
      ["Instance type", "General"],
      ["Brokers", "#,##0"],
      ["Storage per broker (GiB)", '#,##0.## "GiB"'],
      ["Provisioned storage throughput per broker (MiB/s; 0 = none)", '#,##0.0# "MiB/s"'],
      ["Least cluster cost among feasible priced types (USD)", '[>=1000000000000000]"none";"$"#,##0.00'],
      [
        "Least cluster cost among feasible types without a broker price (USD)",
        '[>=1000000000000000]"none";"$"#,##0.00',
      ],
      ["Chosen row of the sizing table (0 = none fits)", "#,##0"],
      ["Feasible (1 = yes)", "0"],
      ["Broker-hour price of the chosen type (USD)", '[<0]"missing";"$"#,##0.00####'],
      ["Chosen type has a broker-hour price (1 = yes)", "0"],
    ];
    want.forEach(([label, fmt], i) => {
      expect(s.getCell(`A${t + i}`).value, `A${t + i}`).toBe(label);
      if (i > 0) expect(s.getCell(`B${t + i}`).numFmt, `B${t + i}: ${label}`).toBe(fmt);
    });
  });
});

// The live sheet is kept only when its evaluated cells reproduce the plan (live-model.ts
// `reproduces`); these plans take the paths no fixture workload takes: PST chosen, unpriced types.
const R = "us-east-1";
const liveOf = (raw: unknown, option: Option, catalog: Catalog = bundledCatalog()) => {
  const p = plan(parseWorkload(raw), { catalog, options: [option] });
  const o = p.options.find((x) => x.option === option);
  const live = buildReportModel(p, { ...REPORT_OPTS, catalog }).options.find((x) => x.id === option)?.live;
  return { o, live, at: (name: string) => live?.env.get(name) };
};
/** The bundled catalog without the broker-hour prices of the kafka.* types `keep` does not list. */
const withBrokerPrices = (keep: string[]) => {
  const c = structuredClone(bundledCatalog()) as Catalog;
  const prices = c.regions[R] as Record<string, unknown>;
  for (const d of Object.keys(prices))
    if (d.startsWith("broker:kafka.") && !keep.includes(d)) delete prices[d];
  return c;
};

describe("the live Standard sizing agrees with the planner where no fixture goes", () => {
  it("PST chosen: 1,200 MiB/s in, no consumers, kept 1 hour: 39 × kafka.m7g.2xlarge at 277 MiB/s", () => {
    const { o, live, at } = liveOf(
      {
        region: R,
        streams: [{ name: "s", ingress: "1200 MiB/s", consumerGroups: 0, partitions: 60, retention: "1h" }],
      },
      "standard",
    );
    expect(o?.configuration).toMatchObject({
      instanceType: "kafka.m7g.2xlarge",
      brokers: 39,
      provisionedThroughputMiBps: 277,
    });
    expect(live, "the live sheet reproduces the plan").toBeTruthy();
    const t = "standard_kafka_m7g_2xlarge";
    // Storage writes: 1,200 MiB/s × 3 replicas × 1.5 (one of 3 AZs lost) = 5,400 MiB/s.
    expect(at("standard_storage_write_Bps")).toBe(5400 * 1_048_576);
    // At 39 brokers and 50 % utilisation each broker writes 5,400 ÷ (39 × 0.5) = 276.9 MiB/s → 277.
    expect([at(`${t}_n_pst`), at(`${t}_brokers`), at(`${t}_pst_MiBps`)]).toEqual([39, 39, 277]);
    expect(at(`${t}_cluster_cost`)).toBe(at(`${t}_best_pst_cost`));
    expect(at(`${t}_best_pst_cost`) as number).toBeLessThan(at(`${t}_cost_default`) as number);
    // Kept 1 hour: 1,200 MiB/s × 3,600 s × 3 replicas × head-room 2 = 25,920,000 MiB = 25,312.5 GiB;
    // ÷ 39 brokers = 649.04 → 650 GiB each (above the 10 GiB PST volume minimum).
    expect(at(`${t}_storage_GiB`)).toBe(650);
    expect([at("standard_provisionedThroughputMiBps"), at("brokers_standard")]).toEqual([277, 39]);
  });

  it("only kafka.m7g.large priced, 3,000 MiB/s needs more than 60 of them: an unpriced type is chosen", () => {
    const { o, live, at } = liveOf(
      {
        region: R,
        streams: [{ name: "s", ingress: "3000 MiB/s", consumerGroups: 1, partitions: 600, retention: "1h" }],
      },
      "standard",
      withBrokerPrices(["broker:kafka.m7g.large"]),
    );
    expect([o?.feasible, o?.priced]).toEqual([true, "partial"]);
    expect(live, "the live sheet reproduces the plan").toBeTruthy();
    expect(at("standard_least_priced")).toBe(1e15);
    expect(at("standard_least_unpriced") as number).toBeLessThan(1e15);
    expect(at("standard_broker_priced")).toBe(0);
    expect(at("standard_broker_price")).toBe(-1);
  });

  it("no kafka.* type priced: the first unpriced type (kafka.m5.large) is chosen on its storage cost", () => {
    const { o, live, at } = liveOf(
      parse(readFileSync("fixtures/workloads/small.yaml", "utf8")),
      "standard",
      withBrokerPrices([]),
    );
    expect(o?.configuration).toMatchObject({ instanceType: "kafka.m5.large" });
    expect(live, "the live sheet reproduces the plan").toBeTruthy();
    expect(at("standard_chosen")).toBe(1);
  });
});

describe("the live Standard sheet's types and binding resource", () => {
  it("standard-tiered lists only tiered-storage types (kafka.t3.small has none); standard lists both", () => {
    const raw = {
      ...parse(readFileSync("fixtures/workloads/small.yaml", "utf8")),
      instanceTypes: ["kafka.t3.small", "kafka.m7g.large"],
    };
    const types = (option: Option) => {
      const { live } = liveOf(raw, option);
      expect(live, `${option}: a live sheet`).toBeTruthy();
      return live?.sizing.tables[1]?.rows.map((r) => r.label);
    };
    expect(types("standard-tiered")).toEqual(["kafka.m7g.large"]);
    expect(types("standard")).toEqual(["kafka.t3.small", "kafka.m7g.large"]);
  });

  it("no Standard type allowed (express.* only): no live sizing, the sheet keeps the plan's figures", () => {
    const raw = {
      ...parse(readFileSync("fixtures/workloads/small.yaml", "utf8")),
      instanceTypes: ["express.m7g.large"],
    };
    expect(liveOf(raw, "standard").live).toBeNull();
  });

  it("small.yaml: every need is 1 broker, so the 3-broker minimum (one per AZ) binds; the formula reads its cell", async () => {
    const s = await sheetOf("standard");
    const minRow = rowOf(s, "Minimum brokers (largest replication factor, at least one per AZ)");
    const r = rowOf(s, "kafka.m7g.large");
    const t = s.getCell(`T${r}`).value as { formula: string; result: unknown };
    const needs = `MAX($D$${r},$E$${r},$F$${r},$G$${r},$H$${r},$I$${r},$B$${minRow})`;
    expect(t.formula.startsWith(`IF($P$${r}>0,"storage write",IF($D$${r}=${needs},"network out",`)).toBe(
      true,
    );
    expect(t.formula).toContain(`IF($B$${minRow}=${needs},"minimum brokers",`);
    expect(t.result).toBe("minimum brokers");
    const words = [
      "network out",
      "network in",
      "storage write",
      "partitions",
      "storage",
      "client connections",
    ];
    const cells = ["D", "E", "F", "G", "H", "I"].map((c) => `$${c}$${r}`).concat(`$B$${minRow}`);
    expect(t.formula).toBe(
      `IF($P$${r}>0,"storage write",${cells.map((c, i) => `IF(${c}=${needs},"${words[i] ?? "minimum brokers"}",`).join("")}""))))))))`,
    );
    // The storage per broker: PST volumes are at least 10 GiB, others the type's minimum.
    expect((s.getCell(`Q${r}`).value as { formula: string }).formula.startsWith(`IF($P$${r}>0,MAX(10,`)).toBe(
      true,
    );
    const first = rowOf(s, "kafka.m5.large");
    const rowsT = Array.from({ length: 15 }, (_, i) => `$T$${first + i}`).join(",");
    const b = s.getCell(`B${rowOf(s, "Binding resource (what sets the size)")}`).value as { formula: string };
    expect(b.formula).toBe(`IF(standard_feasible=1,CHOOSE(standard_chosen,${rowsT}),"")`);
    expect(result(s.getCell(`B${rowOf(s, "Binding resource (what sets the size)")}`))).toBe(
      "minimum brokers",
    );
  });

  it("PST in use: the binding resource is storage throughput (1,200 MiB/s in, 39 × kafka.m7g.2xlarge)", () => {
    const { live } = liveOf(
      {
        region: R,
        streams: [{ name: "s", ingress: "1200 MiB/s", consumerGroups: 0, partitions: 60, retention: "1h" }],
      },
      "standard",
    );
    expect(live?.sizing.binding.value(live.env)).toBe("storage write");
  });
});

describe("the live Standard sheet's names, and a plan it does not reproduce", () => {
  it("the configuration's defined names, and the broker line named after the chosen type", async () => {
    const input = parse(readFileSync("fixtures/workloads/small.yaml", "utf8"));
    const m = buildReportModel(
      plan(parseWorkload(input), { catalog: bundledCatalog(), options: ["standard"] }),
      REPORT_OPTS,
    );
    const wb = await buildWorkbook(m);
    const s = wb.getWorksheet("Standard") as ExcelJS.Worksheet;
    const names = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
    const at = (n: string) => names.find((d) => d.name === n)?.ranges;
    const t = rowOf(s, "Instance type");
    expect([at("standard_instance_type"), at("standard_storagePerBrokerGiB")]).toEqual([
      [`Standard!$B$${t}`],
      [`Standard!$B$${t + 2}`],
    ]);
    expect(s.getCell("A5").value).toEqual({
      formula: '"Broker instances ("&standard_instance_type&")"',
      result: "Broker instances (kafka.m7g.large)",
    });
  });

  // The sheet is kept only when it gives the plan's configuration; a plan edited in one field
  // (what a stale or hand-made plan would carry) gets no live sheet.
  for (const [field, value] of [
    ["instanceType", "kafka.m7g.xlarge"],
    ["storagePerBrokerGiB", 508],
    ["provisionedThroughputMiBps", 125],
  ] as const)
    it(`a plan whose ${field} is not the sheet's: no live sheet`, () => {
      const input = parse(readFileSync("fixtures/workloads/small.yaml", "utf8"));
      const p = plan(parseWorkload(input), { catalog: bundledCatalog(), options: ["standard"] });
      expect(buildReportModel(p, REPORT_OPTS).options[0]?.live, "as planned").toBeTruthy();
      const o = p.options[0] as unknown as { configuration: Record<string, unknown> };
      o.configuration = { ...o.configuration, [field]: value };
      expect(buildReportModel(p, REPORT_OPTS).options[0]?.live).toBeNull();
    });

  it("PST exactly at the EBS ceiling is tried: 60 × kafka.m5.4xlarge at 593,750,000 B/s each", () => {
    // One type allowed, no AZ-loss factor, 100 % utilisation: 11,875 MB/s × 3 replicas =
    // 35,625,000,000 B/s of storage writes; ÷ 60 brokers = 593,750,000 B/s, exactly the type's EBS
    // link (593.75 MB/s, below its 593 MiB/s = 621,805,568 B/s PST maximum): tried, and the only
    // count within the 60-broker quota (63 is over it; the default volume needs 138).
    const { o, live, at } = liveOf(
      {
        region: R,
        instanceTypes: ["kafka.m5.4xlarge"],
        targets: { tolerateAzLoss: false, maxUtilisation: { standard: 1 } },
        streams: [{ name: "s", ingress: "11875 MB/s", consumerGroups: 0, partitions: 600, retention: "1h" }],
      },
      "standard",
    );
    // ⌈593,750,000 ÷ 2^20⌉ = ⌈566.24⌉ = 567 MiB/s per broker.
    expect([o?.feasible, o?.configuration]).toMatchObject([
      true,
      { brokers: 60, provisionedThroughputMiBps: 567 },
    ]);
    expect(live, "the live sheet reproduces the plan").toBeTruthy();
    expect(at("standard_storage_write_Bps")).toBe(35_625_000_000);
    expect([at("standard_kafka_m5_4xlarge_n_pst"), at("standard_kafka_m5_4xlarge_pst_MiBps")]).toEqual([
      60, 567,
    ]);
  });
});
