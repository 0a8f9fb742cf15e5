// Every MSK option of every fixture workload gets a live sheet: its formulas, evaluated as a
// spreadsheet does, reproduce the planner's feasibility, configuration, line items and total.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { extractDistributions } from "../../src/model/distribution.js";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { plan } from "../../src/plan/planner.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import { buildReportModel } from "../../src/report/model.js";
import { REPORT_OPTS } from "./fixture.js";

const catalog = bundledCatalog();
const fixtures = readdirSync("fixtures/workloads").filter((f) => f.endsWith(".yaml"));

describe("live option sheets reproduce the plan", () => {
  for (const f of fixtures)
    it(f, () => {
      const w = parseWorkload(
        extractDistributions(parse(readFileSync(`fixtures/workloads/${f}`, "utf8"))).input,
      );
      for (const twoAzs of [false, true]) {
        const p = plan(twoAzs ? { ...w, azs: 2 } : w, { catalog });
        const m = buildReportModel(p, REPORT_OPTS);
        for (const o of m.options.filter((x) => x.family === "msk"))
          expect(o.live, `${f}${twoAzs ? " (2 AZs)" : ""}: ${o.id}`).not.toBeNull();
      }
    });
});
