// The live Standard sheets (src/report/live-standard.ts): what each sizing cell computes, worked by
// hand for workloads where a different constraint sets the size (one instance type allowed, so the
// row read is the one chosen), the PST search on a case where it wins, and the sheets as a reader
// sees them (labels, units, number formats, the binding formula). The live-model test only checks
// that a sheet's configuration, lines and total equal the planner's; a need that does not set the
// size, the binding resource and the labels are checked here. Plans come from the real planner and
// bundled prices, built in each test.
import { readFileSync } from "node:fs";
import type ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { standardCapacities } from "../../src/model/sizing/standard.js";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { plan } from "../../src/plan/planner.js";
import type { OptionId, PlanResult } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import type { Catalog } from "../../src/pricing/catalog-schema.js";
import { resourceLabel } from "../../src/report/labels.js";
import type { LiveContext } from "../../src/report/live-context.js";
import { liveStandard } from "../../src/report/live-standard.js";
import { buildReportModel } from "../../src/report/model.js";
import { buildWorkbook } from "../../src/report/xlsx.js";
import { REPORT_OPTS } from "./fixture.js";

/** One stream (1 MB/s, 30 partitions, RF 3, 1 day) in us-east-1 over 3 AZs, patched. */
const standardPlan = (
  top: Record<string, unknown>,
  stream: Record<string, unknown> = {},
  option: OptionId = "standard",
): PlanResult =>
  plan(
    parseWorkload({
      region: "us-east-1",
      azs: 3,
      ...top,
      streams: [{ name: "s", ingress: "1 MB/s", partitions: 30, retention: "1d", ...stream }],
    }),
    { catalog: bundledCatalog(), options: [option] },
  );

/** The option's live cells: `at(name)` for sheet-wide cells, `row(field)` for the chosen type's row. */
const liveOf = (p: PlanResult, option: OptionId = "standard") => {
  const o = buildReportModel(p, REPORT_OPTS).options.find((x) => x.id === option);
  const planned = p.options.find((x) => x.option === option);
  const live = o?.live;
  if (!live) throw new Error(`no live sheet for ${option}`);
  const k = option.replace(/-/g, "_");
  const type = String(((planned?.configuration ?? {}) as { instanceType?: string }).instanceType).replace(
    /\./g,
    "_",
  );
  const at = (n: string) => live.env.get(`${k}_${n}`);
  const row = (n: string) => live.env.get(`${k}_${type}_${n}`);
  return {
    at,
    row,
    needs: [
      "need_out",
      "need_in",
      "need_st",
      "need_part",
      "need_storage",
      "need_conn",
      "n_other",
      "n_default",
    ].map(row),
    binding: live.sizing.binding.value(live.env),
    planned: resourceLabel(planned?.binding as string),
    tables: live.sizing.tables,
  };
};

const ONE = { instanceTypes: ["kafka.m7g.large"] };

// kafka.m7g.large (Instance types sheet): 0.937 Gbps network baseline = 117.125 MB/s, × 50 % (the
// default Standard target) = 58.5625 MB/s a broker; EBS 78.75 MB/s (below the 250 MiB/s volume
// default) × 50 % = 39.375 MB/s; 1,000 partition replicas recommended; 16,384 GiB of storage at most;
// $0.204 an hour; storage $0.10 per GB-month. One AZ's loss tolerated over 3 AZs: × 1.5. Storage
// head-room × 2. Replication = ingress × (RF − 1).
describe("the Standard sizing table, worked by hand (one instance type allowed)", () => {
  it("network out sets the size: 10 MB/s read by 6 consumer groups", () => {
    const c = liveOf(standardPlan(ONE, { ingress: "10 MB/s", consumerGroups: 6 }));
    // out (60 + 20) × 1.5 = 120 MB/s ÷ 58.5625 = 2.05 → 3; in (10 + 20) × 1.5 = 45 → 0.77 → 1;
    // storage writes 10 × 3 × 1.5 = 45 ÷ 39.375 = 1.14 → 2; partitions 90 ÷ 1,000 → 1;
    // storage 10 MB/s × 86,400 s × 3 × 2 = 5.184 TB ÷ 16,384 GiB → 1; connections 100 × 1.5 ÷ 3,000 → 1;
    // all but storage throughput: max(3 (RF, AZs), 3, 1, 1, 1, 1) = 3; with it: max(3, 2) = 3.
    expect([c.at("network_out_Bps"), c.at("network_in_Bps"), c.at("storage_write_Bps")]).toEqual([
      120e6, 45e6, 45e6,
    ]);
    expect(c.needs).toEqual([3, 1, 2, 1, 1, 1, 3, 3]);
    expect(c.at("provision_bytes")).toBe(2 * 10e6 * 86_400 * 3);
    // Storage per broker ⌈5.184e12 ÷ 3 ÷ 2^30⌉ = ⌈1,609.3⌉ = 1,610 GiB; cost 3 × ($148.92 + 1,610 × $0.10).
    expect(c.row("storage_GiB")).toBe(1610);
    expect(c.row("cost_default")).toBeCloseTo(3 * (0.204 * 730 + 1610 * 0.1), 9);
    expect([c.binding, c.planned]).toEqual(["network out", "network out"]);
  });

  it("storage throughput sets the size: 20 MB/s with no consumer", () => {
    const c = liveOf(standardPlan(ONE, { ingress: "20 MB/s", consumerGroups: 0 }));
    // out (0 + 40) × 1.5 = 60 ÷ 58.5625 → 2; in (20 + 40) × 1.5 = 90 → 1.54 → 2; writes 90 ÷ 39.375 = 2.29 → 3.
    expect(c.needs).toEqual([2, 2, 3, 1, 1, 1, 3, 3]);
    expect([c.binding, c.planned]).toEqual(["storage write", "storage write"]);
  });

  it("partitions set the size: 2,000 partitions (6,000 replicas)", () => {
    const c = liveOf(standardPlan(ONE, { partitions: 2000 }));
    // 6,000 ÷ 1,000 = 6; brokers 6.
    expect(c.at("partition_replicas")).toBe(6000);
    expect(c.needs).toEqual([1, 1, 1, 6, 1, 1, 6, 6]);
    expect([c.binding, c.planned]).toEqual(["partitions", "partitions"]);
  });

  it("storage sets the size: 10 MB/s kept 30 days", () => {
    const c = liveOf(standardPlan(ONE, { ingress: "10 MB/s", retention: "30d" }));
    // 10e6 × 86,400 × 30 × 3 = 77.76 TB, × 2 = 155.52 TB ÷ (16,384 × 2^30) = 8.84 → 9 brokers.
    expect(c.at("local_bytes")).toBe(10e6 * 86_400 * 30 * 3);
    expect(c.needs).toEqual([1, 1, 2, 1, 9, 1, 9, 9]);
    // ⌈155.52e12 ÷ 9 ÷ 2^30⌉ = ⌈16,093.3⌉ = 16,094 GiB a broker.
    expect(c.row("storage_GiB")).toBe(16_094);
    expect([c.binding, c.planned]).toEqual(["storage", "storage"]);
  });

  it("connections set the size: 10,000 clients", () => {
    const c = liveOf(standardPlan({ ...ONE, clientConnections: 10_000 }));
    // 10,000 × 1.5 = 15,000 ÷ 3,000 (kafka.m7g.large's connection quota) = 5 → 6 brokers.
    expect(c.at("connections")).toBe(15_000);
    expect(c.needs).toEqual([1, 1, 1, 1, 1, 5, 6, 6]);
    expect([c.binding, c.planned]).toEqual(["client connections", "client connections"]);
  });

  it("the minimum sets the size: RF 3 over 3 AZs", () => {
    const c = liveOf(standardPlan(ONE));
    expect(c.at("min_brokers")).toBe(3);
    expect(c.needs).toEqual([1, 1, 1, 1, 1, 1, 3, 3]);
    expect([c.binding, c.planned]).toEqual(["minimum brokers", "minimum brokers"]);
  });

  it("aws-script loads: storage I/O 6.5 × ingress, network out (5.7 + 1.5 × fan-out) × ingress, no network in", () => {
    const c = liveOf(
      standardPlan({ ...ONE, sizingModel: "aws-script" }, { ingress: "10 MB/s", consumerGroups: 2 }),
    );
    // writes 10 × 6.5 = 65 MB/s; out 10 × (5.7 + 1.5 × 20 ÷ 10) = 87 MB/s; in 0.
    expect([c.at("network_out_Bps"), c.at("network_in_Bps"), c.at("storage_write_Bps")]).toEqual([
      87e6, 0, 65e6,
    ]);
    // out 87 ÷ 58.5625 = 1.49 → 2; in 0; writes 65 ÷ 39.375 = 1.65 → 2.
    expect(c.needs).toEqual([2, 0, 2, 1, 1, 1, 3, 3]);
    expect(c.tables[0]?.note).toBe(
      "Throughput model (the Assumptions sheet's sizing model): the fixed factors of AWS's MSK sizing script (aws-script). From the Assumptions sheet too: each stream's peak rates, replication factor, retention and partitions.",
    );
  });

  it("PST tried exactly at the ceiling: 156.25 MB/s over 3 kafka.m7g.2xlarge brokers is 312.5 MB/s each, the EBS baseline", () => {
    // No AZ-loss factor: writes 156.25 × 3 = 468.75 MB/s ÷ (3 × 50 %) = 312.5 MB/s a broker =
    // min(312.5 MB/s EBS, 312.5 MiB/s PST): tried (the float tolerance is above the ceiling, never below).
    // Default volume: 468.75 ÷ 131.072 = 3.58 → 6 brokers; out = in = 468.75 ÷ 234.375 = 2; storage (1 h) 1.
    const c = liveOf(
      standardPlan(
        { instanceTypes: ["kafka.m7g.2xlarge"], targets: { tolerateAzLoss: false } },
        { ingress: "156.25 MB/s", consumerGroups: 1, retention: "1h" },
      ),
    );
    expect(c.at("storage_write_Bps")).toBe(468.75e6);
    expect(c.needs).toEqual([2, 2, 4, 1, 1, 1, 3, 6]);
    // PST ⌈312.5e6 ÷ 2^20⌉ = ⌈298.02⌉ = 299 MiB/s on 3 brokers.
    expect([c.row("n_pst"), c.row("brokers"), c.row("pst_MiBps")]).toEqual([3, 3, 299]);
  });

  it("PST wins on kafka.m7g.2xlarge: 3 brokers at 287 MiB/s instead of 6 at the default volume throughput", () => {
    const c = liveOf(
      standardPlan({ instanceTypes: ["kafka.m7g.2xlarge"] }, { ingress: "100 MB/s", consumerGroups: 1 }),
    );
    // kafka.m7g.2xlarge: 3.75 Gbps = 468.75 MB/s × 50 % = 234.375; EBS 312.5 MB/s, the volume's
    // 250 MiB/s = 262.144 MB/s below it: × 50 % = 131.072 MB/s; PST up to 312.5 MiB/s; $0.816 an hour.
    // out = in = (100 + 200) × 1.5 = 450 ÷ 234.375 = 1.92 → 2; writes 450 ÷ 131.072 = 3.43 → 4;
    // storage 2.592e13 × 2 = 5.184e13 ÷ (16,384 × 2^30) = 2.95 → 3; all but writes 3; with writes 6.
    expect(c.needs).toEqual([2, 2, 4, 1, 3, 1, 3, 6]);
    // At 6: ⌈5.184e13 ÷ 6 ÷ 2^30⌉ = 8,047 GiB each: 6 × ($595.68 + 8,047 × $0.10) = $8,402.28.
    expect(c.row("cost_default")).toBeCloseTo(6 * (0.816 * 730 + 8047 * 0.1), 6);
    // Try 1, 3 brokers: 450 MB/s ÷ (3 × 50 %) = 300 MB/s a broker, within min(312.5 MB/s EBS, 312.5 MiB/s):
    // PST ⌈300e6 ÷ 2^20⌉ = ⌈286.1⌉ = 287 MiB/s; storage ⌈5.184e13 ÷ 3 ÷ 2^30⌉ = 16,094 GiB;
    // 3 × ($595.68 + 16,094 × $0.10 + 287 × $0.08) = 3 × $2,228.04 = $6,684.12. Try 2 (6) is not below 6.
    expect(c.row("pst_brokers_1")).toBe(3);
    expect(c.row("pst_cost_1")).toBeCloseTo(3 * (0.816 * 730 + 16_094 * 0.1 + 287 * 0.08), 6);
    expect([c.row("pst_brokers_2"), c.row("pst_cost_2")]).toEqual([6, 1e15]);
    expect([c.row("n_pst"), c.row("brokers"), c.row("pst_MiBps"), c.row("storage_GiB")]).toEqual([
      3, 3, 287, 16_094,
    ]);
    expect(c.row("best_pst_cost")).toBe(c.row("cluster_cost"));
    expect([c.binding, c.planned]).toEqual(["storage write", "storage write"]);
  });

  it("PST with 20 seconds kept: 10 GiB a broker, the minimum of a volume with PST", () => {
    const c = liveOf(
      standardPlan(
        { instanceTypes: ["kafka.m7g.2xlarge"], targets: { tolerateAzLoss: false } },
        { ingress: "156.25 MB/s", consumerGroups: 1, retention: "20s" },
      ),
    );
    // 156.25e6 × 20 s × 3 × 2 = 18.75e9 bytes ÷ 3 ÷ 2^30 = 5.82 → 6 GiB, raised to PST's 10 GiB volume minimum.
    expect([c.row("brokers"), c.row("pst_MiBps"), c.row("storage_GiB")]).toEqual([3, 299, 10]);
  });

  it("no Standard broker price: the cheapest among the unpriced types (storage only), the first at that cost", () => {
    const catalog = structuredClone(bundledCatalog()) as Catalog;
    const prices = catalog.regions["us-east-1"] as Record<string, unknown>;
    for (const k of Object.keys(prices)) if (k.startsWith("broker:kafka.")) delete prices[k];
    const p = plan(standardPlan({}).workload, { catalog, options: ["standard"] });
    const live = buildReportModel(p, { ...REPORT_OPTS, catalog }).options.find(
      (x) => x.id === "standard",
    )?.live;
    const at = (n: string) => live?.env.get(`standard_${n}`);
    expect(p.options[0]?.configuration).toMatchObject({ instanceType: "kafka.m5.large", brokers: 3 });
    // 1 MB/s × 86,400 s × 3 × 2 ÷ 3 ÷ 2^30 = 160.9 → 161 GiB a broker: 3 × 161 × $0.10 = $48.30, brokers $0.
    expect(["least_priced", "chosen", "feasible", "broker_priced", "broker_price"].map(at)).toEqual([
      1e15, 1, 1, 0, -1,
    ]);
    expect(at("least_unpriced")).toBeCloseTo(3 * 161 * 0.1, 9);
  });

  it("tiered: network out adds the uploads to the tier, storage holds the local retention only", () => {
    const c = liveOf(
      standardPlan(
        ONE,
        { ingress: "10 MB/s", localRetention: "1h", retention: "30d", consumerGroups: 2 },
        "standard-tiered",
      ),
      "standard-tiered",
    );
    // out (20 + 20 + 10 uploaded) × 1.5 = 75 MB/s; in (10 + 20) × 1.5 = 45; bytes held 10e6 × 3,600 × 3.
    expect([c.at("network_out_Bps"), c.at("network_in_Bps"), c.at("local_bytes")]).toEqual([
      75e6, 45e6, 108e9,
    ]);
    expect(c.needs).toEqual([2, 1, 2, 1, 1, 1, 3, 3]);
    // ⌈216e9 ÷ 3 ÷ 2^30⌉ = ⌈67.06⌉ = 68 GiB a broker.
    expect(c.row("storage_GiB")).toBe(68);
  });
});

async function sheets() {
  const input = parse(readFileSync("fixtures/workloads/small.yaml", "utf8"));
  const p = plan(parseWorkload(input), {
    catalog: bundledCatalog(),
    options: ["standard", "standard-tiered"],
  });
  const wb = await buildWorkbook(buildReportModel(p, REPORT_OPTS));
  const names = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  return {
    s: wb.getWorksheet("Standard") as ExcelJS.Worksheet,
    t: wb.getWorksheet("Standard tiered") as ExcelJS.Worksheet,
    names,
  };
}
const texts = (s: ExcelJS.Worksheet, row: number, n: number) =>
  Array.from({ length: n }, (_, i) => s.getRow(row).getCell(i + 1).value);
const formula = (c: ExcelJS.Cell) => (c.value as { formula: string }).formula;
const USD = '"$"#,##0.00';
const NONE = '[>=1000000000000000]"none";"$"#,##0.00';

describe("the live Standard sheet as a reader sees it (small.yaml)", () => {
  it("the configuration: labels, defined names and number formats", async () => {
    const { s, names } = await sheets();
    const rows: [string, string, string | undefined][] = [
      ["Instance type", "standard_instance_type", undefined],
      ["Brokers", "brokers_standard", "#,##0"],
      ["Storage per broker (GiB)", "standard_storagePerBrokerGiB", '#,##0.## "GiB"'],
      [
        "Provisioned storage throughput per broker (MiB/s; 0 = none)",
        "standard_provisionedThroughputMiBps",
        '#,##0.0# "MiB/s"',
      ],
      ["Least cluster cost among feasible priced types (USD)", "standard_least_priced", NONE],
      [
        "Least cluster cost among feasible types without a broker price (USD)",
        "standard_least_unpriced",
        NONE,
      ],
      ["Chosen row of the sizing table (0 = none fits)", "standard_chosen", "#,##0"],
      ["Feasible (1 = yes)", "standard_feasible", "0"],
      [
        "Broker-hour price of the chosen type (USD)",
        "standard_broker_price",
        '[<0]"missing";"$"#,##0.00####',
      ],
      ["Chosen type has a broker-hour price (1 = yes)", "standard_broker_priced", "0"],
    ];
    rows.forEach(([label, name, fmt], i) => {
      const r = 12 + i;
      expect(s.getCell(`A${r}`).value, `A${r}`).toBe(label);
      expect(names.find((d) => d.name === name)?.ranges, name).toEqual([`Standard!$B$${r}`]);
      if (fmt) expect(s.getCell(`B${r}`).numFmt, `B${r}`).toBe(fmt);
    });
    expect(formula(s.getCell("A5"))).toBe('"Broker instances ("&standard_instance_type&")"');
    expect(formula(s.getCell("B24"))).toMatch(
      /^IF\(standard_feasible=1,CHOOSE\(standard_chosen,\$T\$44,\$T\$45,/,
    );
  });

  it("the loads table: title, note, header, each load's label, unit and format", async () => {
    const { s } = await sheets();
    expect(s.getCell("A26").value).toBe(
      "Loads on the cluster (at peak; × the AZ-loss factor where one AZ's loss is tolerated)",
    );
    expect(s.getCell("A27").value).toBe(
      "Throughput model (the Assumptions sheet's sizing model): AWS Big Data Blog Equation 1 flows (blog). From the Assumptions sheet too: each stream's peak rates, replication factor, retention and partitions.",
    );
    expect(texts(s, 28, 3)).toEqual(["Load", "Value", "Unit"]);
    const MB = '#,##0.0,, "MB/s"';
    const GB = '#,##0.0,,, "GB"';
    const RATE = '"$"#,##0.00####';
    const loads: [string, string, string][] = [
      ["AZ-loss factor (AZs ÷ (AZs − 1) when the loss of one AZ is tolerated, else 1)", "×", "#,##0.00"],
      ["Outbound network (consumers, replication)", "MB/s (the cell holds bytes/s)", MB],
      ["Inbound network (producers, replication)", "MB/s (the cell holds bytes/s)", MB],
      ["Storage writes (all replicas)", "MB/s (the cell holds bytes/s)", MB],
      ["Bytes held on brokers (all replicas)", "GB (the cell holds bytes)", GB],
      ["Partition replicas", "replicas", "#,##0"],
      ["Storage to provision (× storage head-room)", "GB (the cell holds bytes)", GB],
      ["Client connections (× AZ-loss factor)", "connections", "#,##0.00"],
      ["Minimum brokers (largest replication factor, at least one per AZ)", "brokers", "#,##0"],
      ["Storage price over the period, per GiB (0 when missing)", "USD", RATE],
      ["PST price over the period, per MiB/s (0 when missing)", "USD", RATE],
    ];
    loads.forEach(([label, unit, fmt], i) => {
      const r = 29 + i;
      expect(
        [s.getCell(`A${r}`).value, s.getCell(`C${r}`).value, s.getCell(`B${r}`).numFmt],
        `row ${r}`,
      ).toEqual([label, unit, fmt]);
    });
  });

  it("the tiered sheet's loads name the tier's traffic and the local retention", async () => {
    const { t } = await sheets();
    expect([31, 32, 33, 34, 35].map((r) => t.getCell(`A${r}`).value)).toEqual([
      "AZ-loss factor (AZs ÷ (AZs − 1) when the loss of one AZ is tolerated, else 1)",
      "Outbound network (consumers, replication, tier uploads)",
      "Inbound network (producers, replication, tier reads)",
      "Storage writes (all replicas)",
      "Bytes held on brokers (local retention, all replicas)",
    ]);
  });

  it("the sizing table: title, note, header, formats; the binding formula names each need", async () => {
    const { s } = await sheets();
    expect(s.getCell("A41").value).toBe("Brokers each constraint needs, per candidate instance type");
    expect(s.getCell("A42").value).toBe(
      "Each need is ⌈load ÷ (per-broker capacity × max utilisation)⌉; the count is the largest need rounded up to a multiple of the AZ count. Where storage throughput sets the count and the type supports provisioned storage throughput (PST), fewer brokers with PST are priced against it (the PST table below); the cheaper wins. The cheapest feasible type is chosen, among types with a broker-hour price first.",
    );
    expect(texts(s, 43, 20)).toEqual([
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
    expect(Array.from({ length: 18 }, (_, i) => s.getRow(44).getCell(i + 2).numFmt)).toEqual([
      "0",
      USD,
      ...Array<string>(8).fill("#,##0"),
      NONE,
      NONE,
      "#,##0",
      "#,##0",
      '#,##0.0# "MiB/s"',
      '#,##0.## "GiB"',
      USD,
      "0",
    ]);
    const most = "MAX($D$44,$E$44,$F$44,$G$44,$H$44,$I$44,$B$37)";
    const words: [string, string][] = [
      ["$D$44", "network out"],
      ["$E$44", "network in"],
      ["$F$44", "storage write"],
      ["$G$44", "partitions"],
      ["$H$44", "storage"],
      ["$I$44", "client connections"],
      ["$B$37", "minimum brokers"],
    ];
    expect(formula(s.getCell("T44"))).toBe(
      `IF($P$44>0,"storage write",${words.map(([c, w]) => `IF(${c}=${most},"${w}",`).join("")}""${")".repeat(7)})`,
    );
  });

  it("the PST table: title, note, 30 tries, a row of counts and a row of costs per PST-capable type", async () => {
    const { s } = await sheets();
    expect(s.getCell("A60").value).toBe(
      "Provisioned storage throughput: the cluster cost with PST at each broker count tried (from the all-but-storage-throughput count up, one AZ's worth at a time)",
    );
    expect(s.getCell("A61").value).toBe(
      'A count is tried when it is below the count at default volume throughput, within the broker quota, and the throughput per broker fits the type\'s EBS and PST ceiling; a count not tried reads "not tried" (the cell holds 1E+15, above any real cost, so the cheapest can be found by formula).',
    );
    expect(texts(s, 62, 31)).toEqual([
      "Instance type",
      ...Array.from({ length: 30 }, (_, j) => `Try ${j + 1}`),
    ]);
    expect([s.getCell("A63").value, s.getCell("A64").value]).toEqual([
      "kafka.m5.4xlarge: brokers",
      "kafka.m5.4xlarge: cost with PST (USD)",
    ]);
    expect([s.getCell("AE63").numFmt, s.getCell("AE64").numFmt]).toEqual([
      "#,##0",
      '[>=1000000000000000]"not tried";"$"#,##0.00',
    ]);
    expect(formula(s.getCell("AE63"))).toBe("$J$47+29*azs");
    // 30 tries a type, no 31st.
    expect([s.getRow(63).cellCount, s.getRow(64).cellCount, s.getCell("AF64").value]).toEqual([31, 31, null]);
  });
});

describe("which instance types each Standard sheet sizes", () => {
  it("kafka.t3.small has no tiered storage: the tiered sheet leaves it out, the other keeps it", () => {
    const w = standardPlan({ instanceTypes: ["kafka.t3.small", "kafka.m7g.large"] }).workload;
    const both = plan(
      { ...w, streams: w.streams.map((x) => ({ ...x, localRetentionSeconds: 3600 })) },
      { catalog: bundledCatalog(), options: ["standard", "standard-tiered"] },
    );
    const rows = (id: string) =>
      buildReportModel(both, REPORT_OPTS)
        .options.find((x) => x.id === id)
        ?.live?.sizing.tables[1]?.rows.map((r) => r.label);
    expect(rows("standard")).toEqual(["kafka.t3.small", "kafka.m7g.large"]);
    expect(rows("standard-tiered")).toEqual(["kafka.m7g.large"]);
  });

  it("no type with tiered storage among the candidates: no tiered sizing", () => {
    const t3 = standardCapacities().filter((c) => c.name === "kafka.t3.small");
    expect(t3.map((c) => c.tieredStorage)).toEqual([false]);
    expect(liveStandard({ standardTypes: t3 } as unknown as LiveContext, true)).toBeNull();
  });
});

describe("a planner configuration the Standard sheet does not reproduce keeps the planner's figures", () => {
  // The sheet's own choice on each plan is the planner's (a live sheet); with one configuration
  // field changed in the plan, the sheet no longer reproduces it and the option has no live sheet.
  const tampered = (p: PlanResult, field: string, value: unknown) => {
    const o = p.options.find((x) => x.option === "standard");
    (o?.configuration as unknown as Record<string, unknown>)[field] = value;
    return buildReportModel(p, REPORT_OPTS).options.find((x) => x.id === "standard")?.live ?? null;
  };
  const pst = () =>
    standardPlan({ instanceTypes: ["kafka.m7g.2xlarge"] }, { ingress: "100 MB/s", consumerGroups: 1 });

  it("the same count of another type, or other storage per broker", () => {
    expect(tampered(standardPlan({}), "instanceType", "kafka.m7g.large")).not.toBeNull();
    expect(tampered(standardPlan({}), "instanceType", "kafka.m5.large")).toBeNull();
    expect(tampered(standardPlan(ONE), "storagePerBrokerGiB", 507)).toBeNull();
  });

  it("PST: another figure, none where the sheet provisions it, or some where it provisions none", () => {
    expect(tampered(pst(), "provisionedThroughputMiBps", 287)).not.toBeNull();
    expect(tampered(pst(), "provisionedThroughputMiBps", 288)).toBeNull();
    expect(tampered(pst(), "provisionedThroughputMiBps", null)).toBeNull();
    expect(tampered(standardPlan(ONE), "provisionedThroughputMiBps", 0)).not.toBeNull();
    expect(tampered(standardPlan(ONE), "provisionedThroughputMiBps", 250)).toBeNull();
  });
});
