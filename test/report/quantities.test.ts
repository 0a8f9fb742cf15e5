// The workbook's quantity formulas (src/report/quantities.ts): where each input of a declaration is
// found (the Assumptions' derived workload cells, src/report/workload-demand.ts, or a fixed option
// sheet's configuration cells), pinned by the exact formula text a reader sees and by hand-worked
// values over a two-stream workload, the derived cells evaluated from their own formulas.
import { describe, expect, it } from "vitest";
import type { OptionResult } from "../../src/plan/types.js";
import type { QuantityInput } from "../../src/pricing/billed-quantities.js";
import { N } from "../../src/report/assumptions.js";
import { evaluate, ref, render } from "../../src/report/expr.js";
import { quantityFormula, sheetInputs, workloadInputs } from "../../src/report/quantities.js";
import { demandCells } from "../../src/report/workload-demand.js";

/**
 * Two streams over a 730-hour month, 3 AZs, consumers not reading from the nearest replica:
 * stream 1: 10 MiB/s in, 20 out, 24 h retention, 12 h local (tiered), 1 MiB/s tier reads, 6 partitions;
 * stream 2: 5 MiB/s in, 5 out, 48 h retention, 48 h local (not tiered: equal is not below), 3 MiB/s, 4.
 * (Peaks, RF, message size, compression and groups only feed the derived cells these do not read.)
 */
const env = new Map<string, number>([
  [N.hours, 730],
  [N.hoursPerMonth, 730],
  [N.secondsPerHour, 3600],
  [N.bytesPerMiB, 2 ** 20],
  [N.bytesPerBilledGB, 2 ** 30],
  [N.azs, 3],
  [N.fetchNearest, 0],
  ["stream1_ingress_MiBps", 10],
  ["stream1_egress_MiBps", 20],
  ["stream1_retention_h", 24],
  ["stream1_local_retention_h", 12],
  ["stream1_tier_reads_MiBps", 1],
  ["stream1_partitions", 6],
  ["stream1_peak_ingress_MiBps", 20],
  ["stream1_peak_egress_MiBps", 40],
  ["stream1_replication_factor", 3],
  ["stream1_message_size_B", 1024],
  ["stream1_compression_ratio", 1],
  ["stream1_consumer_groups", 2],
  ["stream2_ingress_MiBps", 5],
  ["stream2_egress_MiBps", 5],
  ["stream2_retention_h", 48],
  ["stream2_local_retention_h", 48],
  ["stream2_tier_reads_MiBps", 3],
  ["stream2_partitions", 4],
  ["stream2_peak_ingress_MiBps", 5],
  ["stream2_peak_egress_MiBps", 5],
  ["stream2_replication_factor", 2],
  ["stream2_message_size_B", 512],
  ["stream2_compression_ratio", 2],
  ["stream2_consumer_groups", 1],
  ["brokers_cell", 4],
  ["storage_cell", 500],
  ["pst_cell", 300],
  ["clusters_cell", 2],
  ["partitions_cell", 50],
]);
// The derived cells, each evaluated from its formula as a recalculating spreadsheet would.
const withDemand = (e: Map<string, number>, streams = 2) => {
  for (const c of demandCells(streams, undefined)) e.set(c.name, evaluate(c.expr, e));
  return e;
};
withDemand(env);
/** Seconds in the period: 3,600 × 730. */
const S = 3600 * 730;
const valueFor = (dimension: string, inputs = workloadInputs()): number => {
  const f = quantityFormula(dimension, inputs);
  if (!f) throw new Error(`no formula for ${dimension}`);
  return evaluate(f, env);
};
const textOf = (dimension: string, inputs = workloadInputs()): string | undefined => {
  const f = quantityFormula(dimension, inputs);
  return f && render(f);
};

describe("the workload's quantities on the Assumptions sheet", () => {
  it("data in (Serverless) and data written (Express): Σ ingress over the period, 15 MiB/s × 2,628,000 s ÷ 1,024 = 38,496.09375 GB", () => {
    expect(valueFor("serverlessDataIn")).toBe((15 * S) / 1024);
    expect(valueFor("expressDataWritten")).toBe(38496.09375);
    expect(textOf("serverlessDataIn")).toBe(
      "demand_ingress_bytes_per_sec*seconds_per_hour*hours/bytes_per_billed_gb",
    );
  });

  it("data out: Σ egress, 25 MiB/s × 2,628,000 s ÷ 1,024 = 64,160.15625 GB", () => {
    expect(valueFor("serverlessDataOut")).toBe(64160.15625);
    expect(textOf("serverlessDataOut")).toBe(
      "demand_egress_bytes_per_sec*seconds_per_hour*hours/bytes_per_billed_gb",
    );
  });

  it("stored: the retained bytes, (10 × 86,400 + 5 × 172,800) MiB ÷ 1,024 = 1,687.5 GB, × 730/730 months", () => {
    expect(valueFor("serverlessStorage")).toBe(1687.5);
    expect(valueFor("expressStorage")).toBe(1687.5);
    expect(textOf("expressStorage")).toBe(
      "(demand_retained_bytes/bytes_per_billed_gb)*(hours/hours_per_month)",
    );
  });

  it("months are hours ÷ hours per month: half a month of storage is half the GB-months", () => {
    const half = new Map(env).set(N.hours, 365);
    const f = quantityFormula("serverlessStorage", workloadInputs());
    expect(f && evaluate(f, half)).toBe(843.75);
  });

  it("tiered storage: only streams whose local retention is below retention, the whole retention, 10 × 86,400 ÷ 1,024 = 843.75 GB-months", () => {
    expect(valueFor("tieredStorage")).toBe(843.75);
    expect(textOf("tieredStorage")).toBe(
      "(demand_tiered_stored_bytes/bytes_per_billed_gb)*(hours/hours_per_month)",
    );
    // Stream 2 one hour below its retention is tiered too: + 5 × 172,800 ÷ 1,024 = 843.75.
    const f = quantityFormula("tieredStorage", workloadInputs());
    expect(f && evaluate(f, withDemand(new Map(env).set("stream2_local_retention_h", 47)))).toBe(1687.5);
  });

  it("tiered retrieval: only tiered streams' tier reads, 1 MiB/s × 2,628,000 s ÷ 1,024 = 2,566.40625 GB", () => {
    expect(valueFor("tieredRetrieval")).toBe(2566.40625);
    expect(textOf("tieredRetrieval")).toBe(
      "demand_tier_read_bytes_per_sec*seconds_per_hour*hours/bytes_per_billed_gb",
    );
  });

  it("cross-AZ: (15 + 25) MiB/s × 2/3 × 2,628,000 s ÷ 1,024 = 68,437.5 GB; reading from the nearest replica, 15 × 2/3 … = 25,664.0625 GB", () => {
    // In the cells' order: 15 MiB/s × (2/3) + 25 MiB/s × (2/3) (a last bit short of 40 × 2/3), × 3,600 × 730 ÷ 2^30.
    const third = (3 - 1) / 3;
    const bps = 15 * 2 ** 20 * third + 25 * 2 ** 20 * third;
    expect(valueFor("crossAz")).toBe((bps * 3600 * 730) / 2 ** 30);
    expect(valueFor("crossAz")).toBeCloseTo(68437.5, 9);
    expect(textOf("crossAz")).toBe(
      "demand_cross_az_bytes_per_sec*seconds_per_hour*hours/bytes_per_billed_gb",
    );
    const f = quantityFormula("crossAz", workloadInputs());
    expect(f && evaluate(f, withDemand(new Map(env).set(N.fetchNearest, 1)))).toBeCloseTo(25664.0625, 9);
    // One AZ: nothing crosses.
    expect(f && evaluate(f, withDemand(new Map(env).set(N.azs, 1)))).toBe(0);
  });

  it("Serverless on a live sheet: one cluster, Σ partitions (6 + 4) × 730 h", () => {
    expect(valueFor("serverlessCluster")).toBe(730);
    expect(textOf("serverlessCluster")).toBe("1*hours");
    expect(valueFor("serverlessPartition")).toBe(7300);
    expect(textOf("serverlessPartition")).toBe("demand_partitions*hours");
  });

  it("the workload has no broker count, MCUs or replicated bytes: those quantities have no formula", () => {
    for (const d of ["broker:kafka.m5.large", "storage", "pst", "connectMcu", "replicatorData"])
      expect(quantityFormula(d, workloadInputs()), d).toBeUndefined();
    // A dimension without a declaration.
    expect(quantityFormula("ec2:m7g.large", workloadInputs())).toBeUndefined();
    // An input given but without a cell.
    expect(
      quantityFormula("serverlessCluster", { hours: () => undefined, clusters: () => ref("c") }),
    ).toBeUndefined();
  });
});

describe("a fixed option sheet's configuration cells", () => {
  const option = (id: string) => ({ option: id }) as unknown as OptionResult;
  const cells: Record<string, string> = {
    brokers: "brokers_cell",
    storagePerBrokerGiB: "storage_cell",
    provisionedThroughputMiBps: "pst_cell",
    clusters: "clusters_cell",
    partitions: "partitions_cell",
  };
  const all = (field: string) => cells[field];

  for (const id of ["standard", "standard-tiered"]) {
    it(`${id}: brokers, GiB per broker and PST MiB/s per broker from the sheet (4 × 500 GB, 4 × 300 MiB/s for a month)`, () => {
      const inputs = sheetInputs(option(id), all);
      expect(textOf("broker:kafka.m5.large", inputs)).toBe("brokers_cell*hours");
      expect(valueFor("broker:kafka.m5.large", inputs)).toBe(2920);
      expect(textOf("storage", inputs)).toBe("brokers_cell*storage_cell*(hours/hours_per_month)");
      expect(valueFor("storage", inputs)).toBe(2000);
      expect(valueFor("pst", inputs)).toBe(1200);
      // The workload's inputs are still found: tiered storage as on the Assumptions sheet.
      expect(valueFor("tieredStorage", inputs)).toBe(843.75);
    });
  }

  it("standard without PST (no cell): no PST quantity", () => {
    const inputs = sheetInputs(option("standard"), (f) =>
      f === "provisionedThroughputMiBps" ? undefined : all(f),
    );
    expect(quantityFormula("pst", inputs)).toBeUndefined();
    expect(valueFor("storage", inputs)).toBe(2000);
  });

  it("express: brokers from the sheet, data written from the workload", () => {
    const inputs = sheetInputs(option("express"), all);
    expect(textOf("broker:express.m7g.large", inputs)).toBe("brokers_cell*hours");
    expect(valueFor("expressDataWritten", inputs)).toBe(38496.09375);
    // Express has no storage-per-broker field: its storage line is not a Standard one.
    expect(quantityFormula("storage", inputs)).toBeUndefined();
  });

  it("serverless: clusters and partitions from the sheet (2 × 730, 50 × 730), else the workload's", () => {
    const inputs = sheetInputs(option("serverless"), all);
    expect(textOf("serverlessCluster", inputs)).toBe("clusters_cell*hours");
    expect(valueFor("serverlessCluster", inputs)).toBe(1460);
    expect(valueFor("serverlessPartition", inputs)).toBe(36500);
    const none = sheetInputs(option("serverless"), () => undefined);
    expect(textOf("serverlessCluster", none)).toBe("1*hours");
    expect(valueFor("serverlessPartition", none)).toBe(7300);
  });

  it("an alternative to MSK: no configuration cell is read, even one named like an MSK field", () => {
    const inputs = sheetInputs(option("kinesis"), all);
    expect(quantityFormula("broker:kafka.m5.large", inputs)).toBeUndefined();
    expect(textOf("serverlessCluster", inputs)).toBe("1*hours");
    const keys = Object.keys(inputs).sort() as QuantityInput[];
    expect(keys).toEqual(Object.keys(workloadInputs()).sort());
  });
});

// The derived cells themselves: each figure's declaration (src/model/demand-rules.ts) over the
// stream cells, converted to bytes/s and seconds by the convention cells.
describe("the workload's derived cells on the Assumptions sheet", () => {
  const cells = demandCells(2, undefined);
  const cell = (name: string) => {
    const c = cells.find((x) => x.name === name);
    if (!c) throw new Error(`no cell ${name}`);
    return { text: render(c.expr), value: evaluate(c.expr, env) };
  };
  const MiB = 2 ** 20;

  it("a sum over streams: ingress 10 + 5 = 15 MiB/s", () => {
    expect(cell("demand_ingress_bytes_per_sec")).toEqual({
      text: "stream1_ingress_MiBps*bytes_per_mib+stream2_ingress_MiBps*bytes_per_mib",
      value: 15 * MiB,
    });
  });

  it("retained: Σ ingress × retention, the retention in seconds bracketed as its own product", () => {
    expect(cell("demand_retained_bytes")).toEqual({
      text:
        "stream1_ingress_MiBps*bytes_per_mib*(stream1_retention_h*seconds_per_hour)" +
        "+stream2_ingress_MiBps*bytes_per_mib*(stream2_retention_h*seconds_per_hour)",
      value: (10 * 86400 + 5 * 172800) * MiB,
    });
  });

  it("tiered: only streams whose local retention is below retention, the whole retention", () => {
    expect(cell("demand_tiered_stored_bytes")).toEqual({
      text:
        "IF(stream1_retention_h*seconds_per_hour>stream1_local_retention_h*seconds_per_hour,stream1_ingress_MiBps*bytes_per_mib*(stream1_retention_h*seconds_per_hour),0)" +
        "+IF(stream2_retention_h*seconds_per_hour>stream2_local_retention_h*seconds_per_hour,stream2_ingress_MiBps*bytes_per_mib*(stream2_retention_h*seconds_per_hour),0)",
      value: 10 * 86400 * MiB,
    });
    expect(cell("demand_tiered").value).toBe(1);
  });

  it("storage writes at peak: Σ peak ingress × RF = 20 × 3 + 5 × 2 = 70 MiB/s", () => {
    expect(cell("demand_peak_storage_write_bytes_per_sec")).toEqual({
      text:
        "stream1_peak_ingress_MiBps*bytes_per_mib*stream1_replication_factor" +
        "+stream2_peak_ingress_MiBps*bytes_per_mib*stream2_replication_factor",
      value: 70 * MiB,
    });
  });

  it("a largest over streams: MAX(0, …); per-partition peak egress 40/6 and 5/4 MiB/s", () => {
    expect(cell("demand_max_peak_egress_per_partition_bytes_per_sec")).toEqual({
      text: "MAX(0,stream1_peak_egress_MiBps*bytes_per_mib/stream1_partitions,stream2_peak_egress_MiBps*bytes_per_mib/stream2_partitions)",
      value: (40 * MiB) / 6,
    });
    expect(cell("demand_max_replication_factor").value).toBe(3);
  });

  it("cross-AZ from the ingress and egress cells: producers and, unless they read the nearest replica, consumers", () => {
    expect(cell("demand_cross_az_bytes_per_sec").text).toBe(
      "demand_ingress_bytes_per_sec*((azs-1)/azs)+IF(fetch_from_nearest_replica<>0,0,demand_egress_bytes_per_sec*((azs-1)/azs))",
    );
  });

  it("no streams: every sum and largest is 0", () => {
    const none = demandCells(0, undefined);
    expect(none[0] && render(none[0].expr)).toBe("0");
    const largest = none.find((c) => c.name === "demand_max_message_size_bytes");
    expect(largest && render(largest.expr)).toBe("0");
  });
});
