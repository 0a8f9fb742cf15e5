// A plan that compares alternatives to MSK (`report --compare alternatives`) still gets live MSK
// sheets: the alternatives' lines are priced from their own tables, not the MSK catalog, and once
// made every MSK sheet fall back to the planner's fixed figures.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { plan } from "../../src/plan/planner.js";
import { ALTERNATIVE_OPTIONS, MSK_OPTIONS } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import { buildReportModel } from "../../src/report/model.js";
import { writeReport } from "../../src/report/xlsx.js";
import { REPORT_OPTS, workload } from "./fixture.js";
import { evaluateWorkbook } from "./hf.js";

const key = (id: string) => id.replace(/-/g, "_");
const cents = (usd: number) => Math.round(usd * 100);

describe("live sizing beside the alternatives", () => {
  const p = () =>
    plan(workload(), { catalog: bundledCatalog(), options: [...MSK_OPTIONS, ...ALTERNATIVE_OPTIONS] });

  it("every MSK option sizes live while priced alternatives sit beside them", () => {
    const result = p();
    // The premise: at least one alternative is priced from its own tables (it has line items).
    expect(
      result.options.some((o) => !MSK_OPTIONS.includes(o.option as never) && o.lineItems.length > 0),
    ).toBe(true);
    const model = buildReportModel(result, REPORT_OPTS);
    const live = model.options.filter((o) => o.live).map((o) => o.id);
    expect(live.sort()).toEqual(
      result.options
        .filter((o) => MSK_OPTIONS.includes(o.option as never) && o.feasible)
        .map((o) => o.option)
        .sort(),
    );
    expect(model.instances).not.toBeNull();
  });

  it("recalculated from its formulas, the workbook's totals and recommendation equal the plan's", async () => {
    const result = p();
    const file = join(mkdtempSync(join(tmpdir(), "msk-live-alt-")), "plan.xlsx");
    await writeReport(result, file, REPORT_OPTS);
    const ev = await evaluateWorkbook(file);
    for (const o of result.options)
      if (o.monthlyUsd !== null)
        expect(cents(ev.name(`total_${key(o.option)}`) as number), o.option).toBe(cents(o.monthlyUsd));
    expect(ev.name("recommended_option")).toBe(result.recommended ?? "");
  });
});
