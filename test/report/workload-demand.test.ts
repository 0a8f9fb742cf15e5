// The workload's derived cells on the Assumptions sheet (src/report/workload-demand.ts): below the
// inputs, one named formula per figure, cached at the plan's own demand, shown without a unit
// inside the number (the Unit column names it), styled as formulas, not inputs.
import type ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { buildReportModel } from "../../src/report/model.js";
import { buildWorkbook } from "../../src/report/xlsx.js";
import { planFor, REPORT_OPTS, workload } from "./fixture.js";

// Built inside each test: a mutant of the report code is switched on only when a test starts.
const build = () => {
  const p = planFor(workload());
  return { p, m: buildReportModel(p, { ...REPORT_OPTS, live: false }) };
};

describe("the Assumptions sheet's derived cells", () => {
  it("one per figure, below the inputs, cached at the plan's demand", async () => {
    const { p, m } = build();
    const wb = await buildWorkbook(m);
    const s = wb.getWorksheet("Assumptions") as ExcelJS.Worksheet;
    // The inputs, a blank row, the heading, then the derived rows.
    const first = m.assumptions.length + 4;
    expect(s.getCell(`A${first - 1}`).value).toBe("Derived");
    expect(String(s.getCell(`B${first - 1}`).value)).toMatch(/^What the workload asks of any cluster/);
    const derived = m.derived ?? [];
    expect(derived.length).toBe(26);
    // Storage writes at peak: orders 20 MB/s + clicks 5 MB/s (peak = average here), × RF 3.
    const at = derived.findIndex((d) => d.name === "demand_peak_storage_write_bytes_per_sec");
    const row = first + at;
    expect(s.getCell(`B${row}`).value).toBe("Storage writes, peak (peak producer rate × RF)");
    expect(s.getCell(`C${row}`).value).toEqual({
      formula:
        "stream1_peak_ingress_MiBps*bytes_per_mib*stream1_replication_factor+stream2_peak_ingress_MiBps*bytes_per_mib*stream2_replication_factor",
      result: p.demand.peakStorageWriteBytesPerSec,
    });
    expect(p.demand.peakStorageWriteBytesPerSec).toBe((20e6 + 5e6) * 3);
    // Shown in MB/s without a unit in the number; the Unit column says what the cell holds.
    expect(s.getCell(`C${row}`).numFmt).toBe("#,##0.0,,");
    expect(s.getCell(`D${row}`).value).toBe("MB/s (the cell holds bytes/s)");
    expect(s.getCell(`F${row}`).value).toBe("demand_peak_storage_write_bytes_per_sec");
    // A formula, not an input: green like the live cells, not the inputs' yellow.
    expect((s.getCell(`C${row}`).fill as { fgColor: { argb: string } }).fgColor.argb).toBe("FFE2EFDA");
    // Named: every formula elsewhere reads it by name.
    const names = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
    expect(names.find((n) => n.name === "demand_peak_storage_write_bytes_per_sec")?.ranges).toEqual([
      `Assumptions!$C$${row}`,
    ]);
    // The message size is shown in bytes (not GB); cross-AZ last.
    const msg = derived.find((d) => d.name === "demand_max_message_size_bytes");
    expect([msg?.unit, msg?.format]).toEqual(["bytes", "int"]);
    expect(derived.at(-1)?.name).toBe("demand_cross_az_bytes_per_sec");
    expect(derived.at(-1)?.label).toBe("Cross-AZ traffic, clients to brokers, average");
    expect(s.getCell(`B${first + derived.length - 1}`).value).toBe(
      "Cross-AZ traffic, clients to brokers, average",
    );
    expect(derived.at(-1)?.value).toBe(p.demand.crossAzBytesPerSec);
  });

  it("the option sheets' quantities read the derived cells, not the stream inputs", () => {
    const { m } = build();
    const formulas = m.options.flatMap((o) => o.lines.map((l) => l.quantityFormula ?? ""));
    expect(formulas.some((f) => f.includes("demand_"))).toBe(true);
    for (const f of formulas) expect(f).not.toMatch(/stream\d+_/);
  });
});
