import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeReport } from "../../src/report/xlsx.js";
import { planFor, REPORT_OPTS, workload } from "./fixture.js";
import { evaluateWorkbook } from "./hf.js";

const dir = mkdtempSync(join(tmpdir(), "msk-report-"));

describe("xlsx workbook: live formulas", () => {
  it("every formula evaluated by HyperFormula matches the planner to the cent", async () => {
    const plan = planFor(workload());
    const file = join(dir, "plan.xlsx");
    await writeReport(plan, file, REPORT_OPTS);
    const ev = await evaluateWorkbook(file);
    for (const o of plan.options.filter((x) => x.feasible)) {
      const v = ev.name(`total_${o.option.replace(/-/g, "_")}`) as number;
      expect(v).toBeCloseTo(o.monthlyUsd as number, 2);
    }
  });
});
