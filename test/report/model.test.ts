import { beforeEach, describe, expect, it } from "vitest";
import { buildReportModel } from "../../src/report/model.js";
import { planFor, REPORT_OPTS, workload } from "./fixture.js";

describe("report model", () => {
  // Planned and built in beforeEach, not at describe level: Stryker switches a mutant on in a
  // beforeAll hook, so a model built at load would never see it (docs/mutation.md).
  let plan: ReturnType<typeof planFor>;
  let m: ReturnType<typeof buildReportModel>;
  beforeEach(() => {
    plan = planFor(workload());
    m = buildReportModel(plan, REPORT_OPTS);
  });

  it("derives every line item's quantity from the assumptions (no planned-quantity inputs)", () => {
    const fallback = m.options.flatMap((o) =>
      o.lines.filter((l) => !l.quantityExpr).map((l) => `${o.id}:${l.dimension}`),
    );
    expect(fallback).toEqual([]);
  });

  it("docs/billing-rules.md D2: Standard 3 × kafka.m5.large, 1,000 GiB each, 730 h → brokers $459.90 + storage $300.00", () => {
    const std = m.options.find((o) => o.id === "standard");
    const byDim = Object.fromEntries((std?.lines ?? []).map((l) => [l.dimension, l.costUsd]));
    expect(byDim["broker:kafka.m5.large"]).toBeCloseTo(459.9, 10);
    expect(byDim.storage).toBeCloseTo(300, 10);
  });

  it("totals equal the planner's monthlyUsd to the cent, and annual = 12 × monthly", () => {
    for (const o of plan.options) {
      const s = m.options.find((x) => x.id === o.option);
      if (!o.feasible) {
        expect(s?.totalName).toBeNull();
        continue;
      }
      expect(s?.totalUsd).toBeCloseTo(o.monthlyUsd as number, 2);
      expect(s?.annualUsd).toBeCloseTo(12 * (o.monthlyUsd as number), 2);
    }
  });

  it("names the public totals total_standard, total_standard_tiered, total_express, total_serverless", () => {
    expect(
      m.options
        .filter((o) => o.feasible)
        .map((o) => o.totalName)
        .sort(),
    ).toEqual(["total_express", "total_serverless", "total_standard", "total_standard_tiered"]);
  });
});
