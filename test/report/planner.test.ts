// The report over the real planner: every fixture workload, every option, every line item's
// quantity is a live formula that reproduces the planner's number.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { plan } from "../../src/plan/planner.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import { buildReportModel } from "../../src/report/model.js";
import { REPORT_OPTS } from "./fixture.js";

const FIXTURES = ["small", "typical", "heavy", "long-retention", "many-partitions"];

describe("report model over the real planner", () => {
  for (const f of FIXTURES) {
    it(`${f}.yaml: every line item quantity is a formula over the assumptions`, () => {
      const w = parseWorkload(parse(readFileSync(`fixtures/workloads/${f}.yaml`, "utf8")));
      const p = plan(w, { catalog: bundledCatalog() });
      const m = buildReportModel(p, REPORT_OPTS);
      const fallback = m.options.flatMap((o) =>
        o.lines.filter((l) => !l.quantityExpr).map((l) => `${o.id}:${l.dimension}`),
      );
      expect(fallback).toEqual([]);
      for (const o of p.options) {
        const s = m.options.find((x) => x.id === o.option);
        if (o.feasible) expect(s?.totalUsd).toBeCloseTo(o.monthlyUsd as number, 2);
        else expect(s?.totalName).toBeNull();
      }
    });
  }
});
