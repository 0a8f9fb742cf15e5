// The Summary's rows for options with live sizing (src/report/xlsx-sheets.ts, writeSummary): an MSK
// option's feasibility, monthly cost, binding resource and ranked cost are formulas over the named
// cells its own sheet computes (so they follow an edit on the Assumptions sheet), with the plan's
// figures as their cached results; an alternative's row stays fixed, and the Costs note says which
// configurations are fixed. The workbook tests that evaluate these formulas in a spreadsheet
// (test/report/live-edits.test.ts, the LibreOffice tests) are too slow to run per mutant; this one
// reads the cells back (about a second). Plans come from the real planner and bundled prices.
import { readFileSync } from "node:fs";
import type ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { plan } from "../../src/plan/planner.js";
import type { OptionId } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import type { Catalog } from "../../src/pricing/catalog-schema.js";
import { buildReportModel, type ReportModel } from "../../src/report/model.js";
import { buildWorkbook } from "../../src/report/xlsx.js";
import { planFor, REPORT_OPTS, workload } from "./fixture.js";

const fixture = (name: string, patch: (w: Record<string, unknown>) => void = () => {}) => {
  const input = parse(readFileSync(`fixtures/workloads/${name}.yaml`, "utf8"));
  patch(input);
  return parseWorkload(input);
};
const modelOf = (name: string, options: OptionId[], patch?: (w: Record<string, unknown>) => void) =>
  buildReportModel(plan(fixture(name, patch), { catalog: bundledCatalog(), options }), REPORT_OPTS);
const formula = (c: ExcelJS.Cell) => (c.value as { formula?: string } | null)?.formula;
const result = (c: ExcelJS.Cell) => (c.value as { result?: unknown } | null)?.result;
/** The Summary's cost-table row of each option (from row 5, in the model's order), as formulas and cached results. */
async function summaryRows(m: ReportModel) {
  const s = (await buildWorkbook(m)).getWorksheet("Summary") as ExcelJS.Worksheet;
  return m.options.map((o, i) => {
    const row = s.getRow(5 + i);
    const cell = (c: number) => {
      const v = row.getCell(c).value;
      return typeof v === "object" && v !== null && "formula" in v
        ? [formula(row.getCell(c)), result(row.getCell(c))]
        : v;
    };
    return { id: o.id, a: cell(1), b: cell(2), c: cell(3), d: cell(4), e: cell(5), f: cell(6), h: cell(8) };
  });
}
const costsNote = async (m: ReportModel) => {
  const s = (await buildWorkbook(m)).getWorksheet("Summary") as ExcelJS.Worksheet;
  let text: unknown;
  s.eachRow((row) => {
    if (row.getCell(1).value === "Costs") text = row.getCell(2).value;
  });
  return text as string;
};

const LIVE_NOTE =
  " Each MSK option's sheet re-sizes its cluster by formula (instance type, brokers, storage, provisioned throughput) from the Instance types sheet, as msk-planner does.";

describe("the Summary's rows of live options", () => {
  it("small.yaml: each MSK row is formulas over its sheet's named cells, cached at the plan's figures; the alternatives' rows are fixed", async () => {
    const m = modelOf("small", ["standard", "serverless", "sqs-standard"]);
    const by = Object.fromEntries(m.options.map((o) => [o.id, o]));
    const std = by.standard;
    const sls = by.serverless;
    const sqs = by["sqs-standard"];
    // Every MSK option is live, feasible and completely priced; SQS is not live.
    expect([std?.live !== null, sls?.live !== null, sqs?.live]).toEqual([true, true, null]);
    const rows = await summaryRows(m);
    const row = (id: string) => rows.find((r) => r.id === id);
    const r = 5 + m.options.findIndex((o) => o.id === "standard");
    expect(row("standard")).toEqual({
      id: "standard",
      a: "Standard",
      b: ['IF(standard_feasible=1,"yes","no")', "yes"],
      c: [
        'IF(AND(standard_feasible=1,standard_priced_lines>0),total_standard*hours_per_month/hours,"")',
        std?.monthlyUsd,
      ],
      d: [`IF(C${r}="","",C${r}*12)`, std?.annualUsd],
      e: ["standard_binding", std?.bindingLabel],
      f: expect.any(String),
      h: ['IF(AND(standard_feasible=1,standard_missing_prices=0),total_standard,"")', std?.totalUsd],
    });
    // The annual figure is twelve months of the monthly one.
    expect(std?.annualUsd).toBeCloseTo((std?.monthlyUsd as number) * 12, 9);
    const rs = 5 + m.options.findIndex((o) => o.id === "serverless");
    expect(row("serverless")).toEqual({
      id: "serverless",
      a: "Serverless",
      b: ['IF(serverless_feasible=1,"yes","no")', "yes"],
      c: [
        'IF(AND(serverless_feasible=1,serverless_priced_lines>0),total_serverless*hours_per_month/hours,"")',
        sls?.monthlyUsd,
      ],
      d: [`IF(C${rs}="","",C${rs}*12)`, sls?.annualUsd],
      e: ["serverless_binding", sls?.bindingLabel],
      f: expect.any(String),
      h: ['IF(AND(serverless_feasible=1,serverless_missing_prices=0),total_serverless,"")', sls?.totalUsd],
    });
    // Serverless on small.yaml: $547.50 a month for the cluster + 30 partitions × $1.095 = $580.35,
    // plus 1 MiB/s of ingress at $538.59375 per MiB/s a month (test/simulate/breakeven-cases.test.ts).
    expect(sls?.monthlyUsd).toBeCloseTo(580.35 + 538.59375, 6);
    const rq = 5 + m.options.findIndex((o) => o.id === "sqs-standard");
    expect(row("sqs-standard")).toEqual({
      id: "sqs-standard",
      a: "SQS standard",
      b: "yes",
      c: ["total_sqs_standard*hours_per_month/hours", sqs?.monthlyUsd],
      d: [`IF(C${rq}="","",C${rq}*12)`, sqs?.annualUsd],
      e: sqs?.bindingLabel,
      f: expect.any(String),
      h: ["total_sqs_standard", sqs?.totalUsd],
    });
    // The live options' sheets, the Instance types sheet they read and the hidden helpers.
    expect((await buildWorkbook(m)).worksheets.map((w) => [w.name, w.state])).toEqual([
      ["Summary", "visible"],
      ["Assumptions", "visible"],
      ["SQS standard", "visible"],
      ["Standard", "visible"],
      ["Sizing helpers", "hidden"],
      ["Serverless", "visible"],
      ["Instance types", "visible"],
    ]);
    expect(await costsNote(m)).toBe(
      `Every cost, the ranking and the recommendation are live formulas over the Assumptions sheet: edit a rate, a retention, partitions, a utilisation target, the storage head-room, the AZ-loss allowance, a price or the hours there and they follow.${LIVE_NOTE} Fixed by the planner (run msk-planner again to re-size): the configuration of SQS standard.`,
    );
  });

  it("an infeasible live option (Serverless over three of its quotas): 'no' and empty costs by formula, the formulas still there", async () => {
    const m = modelOf("small", ["standard", "serverless"], (w) => {
      (w.streams as Record<string, unknown>[])[0] = {
        ...(w.streams as Record<string, unknown>[])[0],
        partitions: 3000,
        ingress: "250MiB/s",
        peakIngress: "250MiB/s",
      };
    });
    const sls = m.options.find((o) => o.id === "serverless");
    expect([sls?.feasible, sls?.live !== null, sls?.monthlyUsd]).toEqual([false, true, null]);
    const rows = await summaryRows(m);
    const rs = 5 + m.options.findIndex((o) => o.id === "serverless");
    // An empty cached result ("") is stored as none: exceljs writes no value for it.
    expect(rows.find((x) => x.id === "serverless")).toEqual({
      id: "serverless",
      a: "Serverless",
      b: ['IF(serverless_feasible=1,"yes","no")', "no"],
      c: [
        'IF(AND(serverless_feasible=1,serverless_priced_lines>0),total_serverless*hours_per_month/hours,"")',
        undefined,
      ],
      d: [`IF(C${rs}="","",C${rs}*12)`, undefined],
      e: ["serverless_binding", undefined],
      // 250 MiB/s = 262,144,000 B/s = 262.14 MB/s in, twice that out (two consumer groups): every reason, "; " between.
      f: "Infeasible: peak ingress 262.14 MBps > 200 MBps (Serverless quota); peak egress 524.29 MBps > 400 MBps (Serverless quota); partitions 3,000 > 2,400 (Serverless quota)",
      h: ['IF(AND(serverless_feasible=1,serverless_missing_prices=0),total_serverless,"")', undefined],
    });
    // Every option live: nothing is fixed by the planner, so the note does not say so.
    expect(await costsNote(m)).toBe(
      `Every cost, the ranking and the recommendation are live formulas over the Assumptions sheet: edit a rate, a retention, partitions, a utilisation target, the storage head-room, the AZ-loss allowance, a price or the hours there and they follow.${LIVE_NOTE}`,
    );
  });

  it("a partly priced live option (Serverless without its storage price): a monthly cost, no ranked cost", async () => {
    // The bundled catalog without us-east-1's Serverless storage price, as a --catalog file with
    // fewer prices gives: Serverless is feasible, its storage line unpriced, its total a lower bound.
    const catalog = structuredClone(bundledCatalog()) as Catalog;
    delete (catalog.regions["us-east-1"] as Record<string, unknown>).serverlessStorage;
    const p = plan(fixture("small"), { catalog, options: ["standard", "serverless"] });
    const m = buildReportModel(p, { ...REPORT_OPTS, catalog });
    const sls = m.options.find((o) => o.id === "serverless");
    expect([sls?.feasible, sls?.priced, sls?.live !== null]).toEqual([true, "partial", true]);
    // Cluster-hours and partition-hours still priced: at least $580.35, and no more than the complete $1,118.94.
    expect(sls?.monthlyUsd as number).toBeGreaterThanOrEqual(580.35);
    expect(sls?.monthlyUsd as number).toBeLessThan(580.35 + 538.59375);
    const row = (await summaryRows(m)).find((x) => x.id === "serverless");
    expect(row?.c).toEqual([
      'IF(AND(serverless_feasible=1,serverless_priced_lines>0),total_serverless*hours_per_month/hours,"")',
      sls?.monthlyUsd,
    ]);
    expect(row?.h).toEqual([
      'IF(AND(serverless_feasible=1,serverless_missing_prices=0),total_serverless,"")',
      undefined,
    ]);
  });
});

describe("the Summary's key assumptions", () => {
  it("every stream's ingress, egress and retention, stream 10 included (two-digit defined names)", async () => {
    const streams = Array.from({ length: 10 }, (_, i) => ({
      name: `s${i + 1}`,
      ingress: `${i + 1} MiB/s`,
      partitions: 6,
      retention: "1d",
    }));
    const m = buildReportModel(planFor(workload({ region: "us-east-1", streams })), {
      ...REPORT_OPTS,
      live: false,
    });
    const s = (await buildWorkbook(m)).getWorksheet("Summary") as ExcelJS.Worksheet;
    const kv: [unknown, unknown, unknown][] = [];
    s.eachRow((row) => {
      const label = String(row.getCell(1).value);
      if (label.startsWith("Stream ")) kv.push([label, formula(row.getCell(2)), result(row.getCell(2))]);
    });
    // Three rows a stream, in stream order; egress defaults to ingress × the one consumer group.
    expect(kv).toHaveLength(30);
    expect(kv.slice(27)).toEqual([
      ["Stream 10 (s10): ingress (average)", "stream10_ingress_MiBps", 10],
      ["Stream 10 (s10): egress (average)", "stream10_egress_MiBps", 10],
      ["Stream 10 (s10): retention", "stream10_retention_h/24", 1],
    ]);
  });
});

describe("the Assumptions sheet's derived cells", () => {
  it("every derived cell of the model is written below the inputs: named, its formula, the planner's value", async () => {
    const m = modelOf("small", ["standard", "serverless"]);
    const derived = m.derived ?? [];
    expect(derived.length).toBeGreaterThan(0);
    const s = (await buildWorkbook(m)).getWorksheet("Assumptions") as ExcelJS.Worksheet;
    const written: [unknown, unknown, unknown, unknown][] = [];
    s.eachRow((row) => {
      if (row.getCell(1).value === "Derived" && row.getCell(6).value)
        written.push([
          row.getCell(6).value,
          row.getCell(2).value,
          formula(row.getCell(3)),
          result(row.getCell(3)),
        ]);
    });
    // exceljs keeps no cached result of 0 (as of "" above): a zero reads back as none.
    expect(written).toEqual(
      derived.map((d) => [d.name, d.label, d.formula, d.value === 0 ? undefined : d.value]),
    );
  });
});
