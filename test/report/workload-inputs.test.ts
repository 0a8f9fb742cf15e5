// The report's workload inputs come from the one workload field table (src/model/workload-table.ts,
// `report`, issue #15): every field the table marks for the report is a row of the Assumptions sheet
// (a stream field once per stream, a cluster field once in the Workload section), with the table's
// name, words, unit and format, in the table's `position` order, and nothing else. The defined
// names are a public interface (issue #13), pinned here in full.
import { describe, expect, it } from "vitest";
import type { Stream } from "../../src/model/workload.js";
import { type FieldRow, WORKLOAD_TABLE } from "../../src/model/workload-table.js";
import { buildAssumptions, N } from "../../src/report/assumptions.js";
import { CLUSTER_INPUTS, clusterInputRows, STREAM_INPUTS } from "../../src/report/workload-inputs.js";
import { planFor, workload } from "./fixture.js";

const reported = (WORKLOAD_TABLE as readonly FieldRow[]).filter(
  (r) => r.scope === "stream" && r.report !== undefined,
);
const reportedCluster = (WORKLOAD_TABLE as readonly FieldRow[]).filter(
  (r) => r.scope === "cluster" && r.report !== undefined,
);

/** The sheet's stream rows as issue #13 published them: suffix, label, unit, format, days. */
const PUBLISHED = [
  ["ingress_MiBps", "ingress (average)", "MiB/s", "mibps", false],
  ["peak_ingress_MiBps", "ingress (peak)", "MiB/s", "mibps", false],
  ["egress_MiBps", "egress (average)", "MiB/s", "mibps", false],
  ["peak_egress_MiBps", "egress (peak)", "MiB/s", "mibps", false],
  ["retention_h", "retention", "hours", "hours", true],
  ["local_retention_h", "local retention (tiered storage)", "hours", "hours", true],
  ["tier_reads_MiBps", "tier reads (part of egress older than local retention)", "MiB/s", "mibps", false],
  ["replication_factor", "replication factor", "copies", "int", false],
  ["partitions", "partitions (leaders)", "partitions", "int", false],
  ["message_size_B", "average message size", "bytes", "bytes", false],
  ["compression_ratio", "compression ratio", "×", "number", false],
  ["consumer_groups", "consumer groups", "groups", "number", false],
] as const;

describe("the report's stream inputs", () => {
  it("are the table's rows marked for the report, each once, in position order 1…n", () => {
    expect(STREAM_INPUTS.map((f) => f.field).sort()).toEqual(reported.map((r) => r.report?.name).sort());
    const byPosition = [...reported].sort(
      (a, b) => (a.report?.position as number) - (b.report?.position as number),
    );
    expect(byPosition.map((r) => r.report?.position)).toEqual(reported.map((_, i) => i + 1));
    expect(STREAM_INPUTS.map((f) => [f.field, f.label, f.unit, f.format, f.days])).toEqual(
      byPosition.map((r) => [
        r.report?.name,
        r.report?.label,
        r.report?.unit,
        r.report?.format,
        r.report?.days === true,
      ]),
    );
  });

  it("are only stream fields with a canonical stream value, shown in a unit of their kind", () => {
    const formatOf = { rate: ["mibps"], duration: ["hours"], size: ["bytes"], count: ["int", "number"] };
    for (const r of reported) {
      expect(r.scope, r.name).toBe("stream");
      expect(r.simulate?.canonical, r.name).toBeDefined();
      const kind = r.simulate?.kind as keyof typeof formatOf;
      expect(formatOf[kind], r.name).toContain(r.report?.format);
      // Whole-number fields are shown as whole numbers.
      if (r.report?.format === "int") expect(r.simulate?.integer, r.name).toBe(true);
    }
  });

  it("keep the published defined names, labels, units and order", () => {
    expect(STREAM_INPUTS.map((f) => [f.field, f.label, f.unit, f.format, f.days])).toEqual(
      PUBLISHED.map((p) => [...p]),
    );
  });

  it("show each stream's canonical value in the unit shown (hand-worked)", () => {
    const w = workload({
      streams: [
        {
          name: "a",
          ingress: "20 MiB/s",
          peakIngress: "30 MiB/s",
          egress: "40 MiB/s",
          retention: "3d",
          localRetention: "12h",
          tierReads: "1 MiB/s",
          replicationFactor: 2,
          partitions: 60,
          messageSize: "2 KiB",
          compressionRatio: 2.5,
          consumerGroups: 2,
        },
      ],
    });
    const s = w.streams[0] as Stream;
    const value = Object.fromEntries(STREAM_INPUTS.map((f) => [f.field, f.get(s)]));
    expect(value).toEqual({
      ingress_MiBps: 20, // 20 × 2^20 B/s ÷ 2^20
      peak_ingress_MiBps: 30,
      egress_MiBps: 40,
      peak_egress_MiBps: 40, // default: egress
      retention_h: 72, // 3 × 86,400 s ÷ 3,600
      local_retention_h: 12,
      tier_reads_MiBps: 1,
      replication_factor: 2,
      partitions: 60,
      message_size_B: 2048, // 2 × 1,024 bytes, shown as is
      compression_ratio: 2.5,
      consumer_groups: 2,
    });
  });

  it("are the Assumptions sheet's stream rows, named stream<N>_<suffix>, for every stream", () => {
    const w = workload({
      streams: [
        { name: "orders", ingress: "2 MiB/s", partitions: 6, retention: "1d" },
        { name: "clicks", ingress: "1 MiB/s", partitions: 3, description: "web" },
      ],
    });
    const rows = buildAssumptions(planFor(w)).filter((r) => r.section === "Stream" && r.name !== null);
    expect(rows.map((r) => r.name)).toEqual(
      [1, 2].flatMap((n) => PUBLISHED.map(([suffix]) => `stream${n}_${suffix}`)),
    );
    const orders = rows.slice(0, PUBLISHED.length);
    expect(orders.map((r) => r.label)).toEqual(PUBLISHED.map(([, label]) => `Stream 1 (orders): ${label}`));
    expect(orders.map((r) => r.unit)).toEqual(PUBLISHED.map(([, , unit]) => unit));
    expect(orders.find((r) => r.name === "stream1_retention_h")).toMatchObject({ value: 24, days: true });
    expect(orders.find((r) => r.name === "stream1_ingress_MiBps")).not.toHaveProperty("days");
    expect(rows.find((r) => r.name === "stream2_partitions")?.value).toBe(3);
  });
});

/** The Workload section as issue #13 published it: name (null: text only), label, unit, format. */
const PUBLISHED_CLUSTER = [
  [null, "Region", "", "text"],
  ["azs", "Availability zones", "AZs", "int"],
  ["client_connections", "Client connections", "connections", "int"],
  [null, "Sizing model", "", "text"],
  ["max_util_standard", "Max utilisation, Standard brokers", "of capacity", "fraction"],
  ["max_util_express", "Max utilisation, Express brokers", "of capacity", "fraction"],
  ["max_util_partitions", "Max utilisation, partitions per broker", "of limit", "fraction"],
  ["storage_headroom", "Storage head-room", "× retained", "number"],
  ["tolerate_az_loss", "Tolerate the loss of one AZ", "1 = yes, 0 = no", "flag"],
  ["fetch_from_nearest_replica", "Consumers fetch from nearest replica", "1 = yes, 0 = no", "flag"],
  ["tiered_local_retention_h", "Default local retention, tiered option", "hours", "hours"],
] as const;

describe("the report's cluster-wide inputs", () => {
  it("are the table's cluster rows marked for the report, in position order 1…n, as published", () => {
    expect(CLUSTER_INPUTS.map((c) => c.spec)).toEqual(
      [...reportedCluster]
        .sort((a, b) => (a.report?.position as number) - (b.report?.position as number))
        .map((r) => r.report),
    );
    expect(CLUSTER_INPUTS.map((c) => c.spec.position)).toEqual(reportedCluster.map((_, i) => i + 1));
    expect(CLUSTER_INPUTS.map((c) => [c.spec.name, c.spec.label, c.spec.unit, c.spec.format])).toEqual(
      PUBLISHED_CLUSTER.map((p) => [...p]),
    );
  });

  it("the names the option formulas use (N) are the table's", () => {
    const names = CLUSTER_INPUTS.map((c) => c.spec.name);
    for (const n of [N.azs, N.fetchNearest, N.tieredLocalRetention]) expect(names).toContain(n);
  });

  it("show the workload's canonical values in the unit shown (hand-worked), in the Workload section", () => {
    const w = workload({
      region: "us-east-1",
      azs: 2,
      clientConnections: 250,
      sizingModel: "aws-script",
      targets: {
        maxUtilisation: { standard: "40%", express: "90%", partitions: 0.8 },
        storageHeadroom: 2.5,
        tolerateAzLoss: false,
        fetchFromNearestReplica: true,
        tieredLocalRetention: "12h",
      },
      streams: [{ name: "a", ingress: "1 MiB/s", partitions: 3 }],
    });
    const rows = clusterInputRows(w);
    expect(rows.map((r) => [r.label, r.value, r.source])).toEqual([
      ["Region", "us-east-1", "workload"],
      ["Availability zones", 2, "workload"],
      ["Client connections", 250, "workload"],
      ["Sizing model", "aws-script", "workload"],
      ["Max utilisation, Standard brokers", 0.4, "workload targets"],
      ["Max utilisation, Express brokers", 0.9, "workload targets"],
      ["Max utilisation, partitions per broker", 0.8, "workload targets"],
      ["Storage head-room", 2.5, "workload targets"],
      ["Tolerate the loss of one AZ", 0, "workload targets"], // false → 0
      ["Consumers fetch from nearest replica", 1, "workload targets"], // true → 1
      ["Default local retention, tiered option", 12, "workload targets"], // 43,200 s ÷ 3,600
    ]);
    expect(rows.at(-1)).toMatchObject({ days: true });
    expect(buildAssumptions(planFor(w)).filter((r) => r.section === "Workload")).toEqual(rows);
  });
});

describe("the Workload section's rows", () => {
  it("a value the workload lacks is left out, not shown empty", () => {
    const w = workload();
    const all = clusterInputRows(w).map((r) => r.name);
    const without = clusterInputRows({ ...w, targets: undefined } as unknown as typeof w).map((r) => r.name);
    expect(all).toContain("max_util_standard");
    expect(without).not.toContain("max_util_standard");
    expect(without).toContain("azs");
    expect(without.length).toBeLessThan(all.length);
  });
});
