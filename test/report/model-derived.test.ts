// The report model's derived cells, configuration rows and recommendation sentence
// (src/report/model.ts), built inside each test: a workload whose derived formulas exceed Excel's
// formula limit (200 streams) splits them into helper cells named after the derived cell's place
// (`demand<N>_part<K>`, N counted from 1) and described by its label; the cached values are the
// planner's numbers, not the formula re-evaluated; a text configuration value has no name; and two
// options of $0 a month compare at 0.0 %, not NaN.
import { describe, expect, it } from "vitest";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import type { Catalog } from "../../src/pricing/catalog-schema.js";
import { buildReportModel } from "../../src/report/model.js";
import { demandCells } from "../../src/report/workload-demand.js";
import { planFor, REPORT_OPTS, workload } from "./fixture.js";

const streams200 = () =>
  parseWorkload({
    region: "us-east-1",
    streams: Array.from({ length: 200 }, (_, i) => ({
      name: `s${i}`,
      ingress: `${1.3 + (i % 7) * 0.7}MiB/s`,
      egress: `${2.1 + (i % 5) * 1.1}MiB/s`,
      partitions: 6 + (i % 10),
      retention: `${72 + i}h`,
      ...(i % 3 === 0 ? { localRetention: "6h", tierReads: "1.7MiB/s" } : {}),
    })),
  });

describe("derived cells of a 200-stream workload", () => {
  it("helper cells named demand<N>_part<K> after the N-th derived cell, described by its label", () => {
    const p = planFor(streams200());
    const m = buildReportModel(p, { ...REPORT_OPTS, live: false });
    const derived = m.derived ?? [];
    const parts = m.helpers.filter((h) => h.partOf.startsWith("Assumptions: "));
    expect(parts.length).toBeGreaterThan(0);
    for (const h of parts) {
      const n = /^demand(\d+)_part\d+$/.exec(h.name);
      expect(n, h.name).not.toBeNull();
      const cell = derived[Number(n?.[1]) - 1];
      expect(h.partOf).toBe(`Assumptions: ${cell?.label}`);
      // The derived cell's formula reads its own parts.
      expect(cell?.formula).toContain(h.name);
    }
  });

  it("each derived cell caches the planner's number exactly", () => {
    const p = planFor(streams200());
    const m = buildReportModel(p, { ...REPORT_OPTS, live: false });
    const planner = demandCells(200, p.demand).map((c) => c.value);
    expect(planner.every((v) => typeof v === "number")).toBe(true);
    expect((m.derived ?? []).map((d) => d.value)).toEqual(planner);
  });
});

describe("configuration rows", () => {
  it("a number is named and formatted; a text value (the broker type) has no name and is text", () => {
    const m = buildReportModel(planFor(workload()), { ...REPORT_OPTS, live: false });
    const std = m.options.find((o) => o.id === "standard");
    const rows = std?.config ?? [];
    const text = rows.filter((r) => typeof r.value === "string");
    expect(text.length).toBeGreaterThan(0);
    for (const r of text) expect([r.name, r.format]).toEqual([null, "text"]);
    const brokers = rows.find((r) => r.name === "brokers_standard");
    expect([brokers?.value, brokers?.format]).toEqual([3, "int"]);
  });
});

describe("the recommendation sentence", () => {
  it("with every price $0 the saving over the next option is $0.00 (0.0%), not NaN", () => {
    const free = structuredClone(bundledCatalog());
    const zero = (x: unknown): unknown => {
      if (Array.isArray(x)) return x.map(zero);
      if (x && typeof x === "object")
        return Object.fromEntries(
          Object.entries(x).map(([k, v]) => [k, k === "amount" && typeof v === "number" ? 0 : zero(v)]),
        );
      return x;
    };
    const catalog = zero(free) as Catalog;
    const m = buildReportModel(planFor(workload(), catalog), { ...REPORT_OPTS, live: false });
    const complete = m.options.filter((o) => o.feasible && o.priced === "complete");
    expect(complete.length).toBeGreaterThanOrEqual(2);
    for (const o of complete) expect(o.monthlyUsd).toBe(0);
    expect(m.meta.recommendation).toMatch(/\$0\.00\/month, \$0\.00\/month \(0\.0%\) below /);
  });
});
