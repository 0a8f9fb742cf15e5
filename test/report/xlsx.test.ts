// The workbook read back and evaluated by HyperFormula, independently of the cached values.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it, vi } from "vitest";

// A live workbook takes HyperFormula some seconds to load.
vi.setConfig({ testTimeout: 120_000 });

import { parse } from "yaml";
import type { Workload } from "../../src/model/workload.js";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { plan } from "../../src/plan/planner.js";
import type { OptionResult, PlanResult } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import type { Catalog } from "../../src/pricing/catalog-schema.js";
import { MISSING_PRICE } from "../../src/report/live.js";
import { buildReportModel, type ReportTable } from "../../src/report/model.js";
import { buildWorkbook, writeReport } from "../../src/report/xlsx.js";
import { planFor, REPORT_OPTS, workload } from "./fixture.js";
import { evaluateWorkbook } from "./hf.js";

const dir = mkdtempSync(join(tmpdir(), "msk-report-"));
const typical = (): Workload => parseWorkload(parse(readFileSync("fixtures/workloads/typical.yaml", "utf8")));
const totalOf = (id: string) => `total_${id.replace(/-/g, "_")}`;
const cents = (x: number) => Math.round(x * 100);

function expectTotalsMatch(ev: Awaited<ReturnType<typeof evaluateWorkbook>>, p: PlanResult): void {
  for (const o of p.options.filter((x) => x.feasible)) {
    expect(cents(ev.name(totalOf(o.option)) as number), o.option).toBe(cents(o.monthlyUsd as number));
  }
}

describe("xlsx workbook: live formulas evaluated independently (HyperFormula)", () => {
  it("every total matches the real planner to the cent (typical.yaml), and every formula its cached value", async () => {
    const p = plan(typical(), { catalog: bundledCatalog() });
    const file = join(dir, "typical.xlsx");
    await writeReport(p, file, REPORT_OPTS);
    const ev = await evaluateWorkbook(file);
    expectTotalsMatch(ev, p);
    expect(ev.formulas.length).toBeGreaterThan(20);
    for (const f of ev.formulas) {
      const sheet = ev.hf.getSheetId(f.sheet) as number;
      const addr = ev.hf.simpleCellAddressFromString(f.address, sheet);
      const v = ev.hf.getCellValue(addr as never) as number | string;
      // exceljs reads no cached result for an empty text or a 0: the engine's value is one of those.
      if (f.cached === undefined) {
        expect(["", 0, null], `${f.sheet}!${f.address} ${f.formula}`).toContain(v);
        continue;
      }
      // Text formulas (the recommendation) cache their text; numbers agree to 1e-9.
      if (typeof f.cached === "string") {
        expect(v, `${f.sheet}!${f.address} ${f.formula}`).toBe(f.cached);
        continue;
      }
      expect(typeof v, `${f.sheet}!${f.address} ${f.formula}`).toBe("number");
      const n = v as number;
      expect(Math.abs(n - (f.cached as number))).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(n)));
    }
  });

  it("the in-memory workbook (buildWorkbook) written by writeReport evaluates the same", async () => {
    const p = planFor(workload());
    const file = join(dir, "mem.xlsx");
    await writeReport(await buildWorkbook(p, REPORT_OPTS), file);
    expectTotalsMatch(await evaluateWorkbook(file), p);
  });

  it("editing an input cell (stream 1 ingress +5%) re-evaluates to `plan` on the changed workload, for options whose configuration is unchanged", async () => {
    const w = typical();
    const p = plan(w, { catalog: bundledCatalog() });
    const file = join(dir, "edit.xlsx");
    await writeReport(p, file, REPORT_OPTS);
    const ev = await evaluateWorkbook(file);
    const s0 = w.streams[0] as Workload["streams"][number];
    const changed: Workload = {
      ...w,
      streams: [{ ...s0, ingressBytesPerSec: s0.ingressBytesPerSec * 1.05 }, ...w.streams.slice(1)],
    };
    const p2 = plan(changed, { catalog: bundledCatalog() });
    ev.setName("stream1_ingress_MiBps", (s0.ingressBytesPerSec * 1.05) / 2 ** 20);
    let compared = 0;
    for (const o of p2.options.filter((x) => x.feasible)) {
      const before = p.options.find((x) => x.option === o.option);
      if (JSON.stringify(before?.configuration) !== JSON.stringify(o.configuration)) continue;
      expect(cents(ev.name(totalOf(o.option)) as number), o.option).toBe(cents(o.monthlyUsd as number));
      expect(o.monthlyUsd).not.toBe(before?.monthlyUsd); // the edit mattered
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(2);
  });

  it("editing a unit price (Serverless partition-hour × 2) re-evaluates to `plan` with that catalog", async () => {
    const w = typical();
    const p = plan(w, { catalog: bundledCatalog() });
    const file = join(dir, "price.xlsx");
    await writeReport(p, file, REPORT_OPTS);
    const ev = await evaluateWorkbook(file);
    const cat = structuredClone(bundledCatalog()) as Catalog;
    const price = cat.regions["us-east-1"]?.serverlessPartition as { amount: number };
    price.amount *= 2;
    const p2 = plan(w, { catalog: cat });
    ev.setName("price_serverlessPartition", price.amount);
    const s1 = p.options.find((o) => o.option === "serverless");
    const s2 = p2.options.find((o) => o.option === "serverless");
    expect(s2?.configuration).toEqual(s1?.configuration);
    expect(cents(ev.name("total_serverless") as number)).toBe(cents(s2?.monthlyUsd as number));
    expect(s2?.monthlyUsd).toBeGreaterThan(s1?.monthlyUsd as number);
  });
});

describe("xlsx workbook: the Summary ranks and recommends by formula", () => {
  it("recommended_option, its cost, the saving and the sentence follow a price edit that changes the ranking", async () => {
    const w = typical();
    const p = plan(w, { catalog: bundledCatalog() });
    const file = join(dir, "rank.xlsx");
    await writeReport(p, file, REPORT_OPTS);
    const ev = await evaluateWorkbook(file);
    expect(ev.name("recommended_option")).toBe(p.recommended);
    const summary = ev.hf.getSheetId("Summary") as number;
    const cell = (a: string) => ev.hf.getCellValue(ev.hf.simpleCellAddressFromString(a, summary) as never);
    const best = p.options[0] as OptionResult;
    const second = p.options[1] as OptionResult;
    expect(cents(cell("C2") as number)).toBe(cents(best.monthlyUsd as number));
    expect(cents(cell("C3") as number)).toBe(
      cents((second.monthlyUsd as number) - (best.monthlyUsd as number)),
    );
    // Tiered storage at 4× its price: `plan` on that catalog keeps every configuration and
    // recommends another option, and so does the workbook, with the same figures.
    expect(p.recommended).toBe("standard-tiered");
    const cat = structuredClone(bundledCatalog()) as Catalog;
    const price = cat.regions["us-east-1"]?.tieredStorage as { amount: number };
    price.amount *= 4;
    const p2 = plan(w, { catalog: cat });
    expect(p2.recommended).not.toBe(p.recommended);
    for (const o of p2.options)
      expect(o.configuration, o.option).toEqual(p.options.find((x) => x.option === o.option)?.configuration);
    ev.setName("price_tieredStorage", price.amount);
    expect(ev.name("recommended_option")).toBe(p2.recommended);
    const b2 = p2.options[0] as OptionResult;
    expect(cents(cell("C2") as number)).toBe(cents(b2.monthlyUsd as number));
    expect(cents(cell("C3") as number)).toBe(
      cents((p2.options[1]?.monthlyUsd as number) - (b2.monthlyUsd as number)),
    );
    expect(String(cell("F2"))).toBe(
      `${buildReportModel(p2, REPORT_OPTS).options[0]?.sheetName} is the cheapest feasible option, per month; its size is set by ${buildReportModel(p2, REPORT_OPTS).options[0]?.bindingLabel}.`,
    );
  });
});

describe("xlsx workbook: structure", () => {
  it("has Summary, Assumptions and one sheet per option; an infeasible option's sheet has no total and says why", async () => {
    const p = planFor(workload());
    const file = join(dir, "structure.xlsx");
    await writeReport(p, file, REPORT_OPTS);
    const ev = await evaluateWorkbook(file);
    const wb = ev.workbook;
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Summary",
      "Assumptions",
      ...buildReportModel(p, REPORT_OPTS).options.map((o) => o.sheetName),
    ]);
    const names = (wb.definedNames as unknown as { model: { name: string }[] }).model.map((d) => d.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "total_standard",
        "total_standard_tiered",
        "total_express",
        "total_serverless",
      ]),
    );
    expect(names).not.toContain("total_self_managed");
    const sm = wb.getWorksheet("Self managed");
    const text: string[] = [];
    sm?.eachRow((r) => r.eachCell((c) => text.push(String(c.value))));
    expect(text.join("\n")).toContain("Infeasible");
    expect(text.join("\n")).toContain("-no EC2 price for ap-test-1");
    // Frozen header, print set-up, filters, formats, properties.
    const a = wb.getWorksheet("Assumptions");
    expect(a?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(a?.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1 });
    expect(a?.autoFilter).toBeTruthy();
    const summary = wb.getWorksheet("Summary");
    expect(summary?.getCell("C5").numFmt).toBe('"$"#,##0.00');
    expect(wb.creator).toBe("msk-planner 0.1.0-test");
    expect(wb.created.toISOString()).toBe(REPORT_OPTS.generatedAt);
  });

  it("reads as finance writes: MiB/s as written, days beside hours, the stream's name, plain words, no unit said twice, no developer notes", async () => {
    const w = typical();
    const p = plan(w, { catalog: bundledCatalog() });
    const file = join(dir, "readable.xlsx");
    await writeReport(p, file, REPORT_OPTS);
    const ev = await evaluateWorkbook(file);
    // typical.yaml: orders, ingress 20 MiB/s, retention 7d.
    expect(ev.name("stream1_ingress_MiBps")).toBe(20);
    expect(ev.name("stream1_retention_h")).toBe(168);
    for (const field of [
      "ingress_MiBps",
      "peak_ingress_MiBps",
      "egress_MiBps",
      "peak_egress_MiBps",
      "retention_h",
      "local_retention_h",
      "partitions",
      "replication_factor",
    ])
      expect(typeof ev.name(`stream2_${field}`), field).toBe("number");
    const a = ev.workbook.getWorksheet("Assumptions") as NonNullable<
      ReturnType<typeof ev.workbook.getWorksheet>
    >;
    const rowOf = (label: string) => {
      let found: number | undefined;
      a.eachRow((r, n) => {
        if (r.getCell(2).value === label) found = n;
      });
      return a.getRow(found as number);
    };
    const retention = rowOf("Stream 1 (orders): retention");
    expect(retention.getCell(4).value).toBe("hours");
    expect(retention.getCell(3).numFmt).not.toMatch(/"h"/); // the Unit column says hours once
    expect(
      ev.hf.getCellValue({
        sheet: ev.hf.getSheetId("Assumptions") as number,
        row: retention.number - 1,
        col: 4,
      }),
    ).toBe(7);
    expect(retention.getCell(5).numFmt).toContain('"days"');
    expect(rowOf("Stream 1 (orders): ingress (average)").getCell(3).fill).toMatchObject({
      fgColor: { argb: "FFFFF2CC" },
    });
    // The sheet's own words (the unit prices' provenance comes from the price catalog).
    const own: string[] = [];
    a.eachRow((r) => {
      if (r.getCell(1).value !== "Unit prices") r.eachCell((c) => own.push(String(c.value)));
    });
    expect(own.join("\n")).not.toMatch(/\.md\b|\u00a7|\[[A-Z]\d+\]/);
    const binding: string[] = [];
    // A live option's binding resource is a formula: its cached text.
    ev.workbook.getWorksheet("Summary")?.eachRow((r) => {
      const v = r.getCell(5).value as unknown;
      binding.push(
        String(v && typeof v === "object" && "result" in v ? (v as { result: unknown }).result : v),
      );
    });
    expect(binding).toContain("network out");
    // A price the catalog lacks (tiered storage retrieval in us-east-1) reads "missing", never $0.00
    // (the line is not billed: the totals above equal plan's).
    const tiered = ev.workbook.getWorksheet("Standard tiered");
    let at = 0;
    tiered?.eachRow((r, n) => {
      if (r.getCell(1).value === "Tiered storage retrieval") at = n;
    });
    const price = tiered?.getRow(at).getCell(4);
    expect((price?.value as { result: number } | undefined)?.result).toBe(MISSING_PRICE);
    expect(price?.numFmt).toBe('[<0]"missing";"$"#,##0.00####');
    // The planner's notes on the Summary in plain words: no field named as a file spells it, no docs path.
    const notes: string[] = [];
    ev.workbook.getWorksheet("Summary")?.eachRow((r) => notes.push(String(r.getCell(6).value ?? "")));
    expect(notes.join("\n")).toContain("(“Sizing model”: blog)");
    expect(notes.join("\n")).not.toMatch(/sizingModel|targets\.|tierReads|docs\//);
    expect(binding.join("\n")).not.toMatch(/[a-z][A-Z]/);
    const std = ev.workbook.getWorksheet("Standard");
    const labels: string[] = [];
    std?.eachRow((r) => labels.push(String(r.getCell(1).value)));
    expect(labels).toEqual(expect.arrayContaining(["Instance type", "Brokers", "Storage per broker (GiB)"]));
    // The broker count is a public name on each MSK option's sheet.
    expect(ev.name("brokers_standard")).toBe(
      p.options.find((o) => o.option === "standard")?.configuration?.brokers,
    );
    expect(ev.name("brokers_serverless")).toBe(1);
    // Text beside a number is indented: the cost and the binding resource never run together.
    expect(ev.workbook.getWorksheet("Summary")?.getCell("E5").alignment).toMatchObject({ indent: 2 });
  });

  it("injection: text from input (=…, +…, -…) is stored as text cells, never as formulas", async () => {
    const p = planFor(workload());
    const file = join(dir, "inject.xlsx");
    await writeReport(p, file, REPORT_OPTS);
    const ev = await evaluateWorkbook(file);
    expect(ev.formulas.some((f) => /HYPERLINK|clicks/i.test(f.formula))).toBe(false);
    const found: unknown[] = [];
    for (const ws of ev.workbook.worksheets) {
      ws.eachRow((r) =>
        r.eachCell((c) => {
          if (typeof c.value === "string" && (c.value.startsWith("=HYPERLINK") || c.value === "+clicks"))
            found.push(c.type);
        }),
      );
    }
    expect(found.length).toBeGreaterThanOrEqual(2);
    // exceljs ValueType.String = 3 (never Formula = 6).
    expect(new Set(found)).toEqual(new Set([3]));
  });

  it("the Summary carries a native chart whose cached values are the monthly costs", async () => {
    const p = planFor(workload());
    const file = join(dir, "chart.xlsx");
    await writeReport(p, file, REPORT_OPTS);
    const zip = unzipSync(new Uint8Array(readFileSync(file)));
    const chart = strFromU8(zip["xl/charts/mskchart1.xml"] as Uint8Array);
    expect(strFromU8(zip["[Content_Types].xml"] as Uint8Array)).toContain("/xl/charts/mskchart1.xml");
    expect(strFromU8(zip["xl/worksheets/sheet1.xml"] as Uint8Array)).toContain(
      '<drawing r:id="rIdMskChart1"/>',
    );
    expect(chart).toContain("<c:f>'Summary'!$C$5:$C$8</c:f>");
    for (const o of buildReportModel(p, REPORT_OPTS).options.filter((x) => x.feasible)) {
      expect(chart).toContain(`<c:v>${o.monthlyUsd}</c:v>`);
      expect(o.monthlyUsd).toBeCloseTo(p.options.find((x) => x.option === o.id)?.monthlyUsd as number, 6);
    }
  });

  it("atomic: a failure mid-write leaves the existing report intact and no temp file", async () => {
    const sub = mkdtempSync(join(dir, "atomic-"));
    const file = join(sub, "report.xlsx");
    writeFileSync(file, "OLD REPORT");
    const rows = Array.from({ length: 5000 }, (_, i) => [i, i * 2]);
    const failing: ReportTable = {
      name: "Sweep",
      title: "Sweep",
      columns: [
        { header: "i", format: "int" },
        { header: "usd", format: "usd" },
      ],
      // Rows stream to the temp file until row 4,000 throws.
      rows: new Proxy(rows, {
        get(t, k, r) {
          if (k === "4000") throw new Error("disk on fire");
          return Reflect.get(t, k, r);
        },
      }),
    };
    const model = buildReportModel(planFor(workload()), { ...REPORT_OPTS, tables: [failing] });
    await expect(writeReport(model, file)).rejects.toThrow("disk on fire");
    expect(readFileSync(file, "utf8")).toBe("OLD REPORT");
    expect(readdirSync(sub)).toEqual(["report.xlsx"]);
  });
});
