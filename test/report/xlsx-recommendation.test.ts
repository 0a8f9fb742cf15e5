// The Summary's recommendation rows (2–3) and its rank helper columns (J, K), as cached for a
// viewer that does not recalculate (src/report/xlsx-sheets.ts writeRecommendation, rankHelpers).
// The formulas rank by MIN/SMALL/MATCH over the cost table, which does not depend on the rows'
// order, so the cached results must not either: each model below lists its options out of cost
// order. Costs are hand-picked round numbers over a 730-hour billing period (one month), so an
// option's monthly cost is its total.
//
// Read from the in-memory workbook's cell models: a cached 0 or "" exactly as written.

import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { OptionId } from "../../src/plan/types.js";
import { optionName } from "../../src/report/labels.js";
import type { OptionSheet, ReportModel } from "../../src/report/model.js";
import { writeSummary } from "../../src/report/xlsx-sheets.js";

/** The planner's option order (src/report/model.ts OPTION_ORDER): column I. */
const ORDER: Record<string, number> = {
  standard: 0,
  "standard-tiered": 1,
  express: 2,
  serverless: 3,
  "self-managed": 4,
};

/** A feasible, completely priced option costing `usd` over the period (= per month at 730 h). */
function option(id: OptionId, usd: number | null, over: Partial<OptionSheet> = {}): OptionSheet {
  return {
    id,
    family: id === "self-managed" ? "alternative" : "msk",
    sheetName: optionName(id),
    title: optionName(id),
    feasible: true,
    recommended: false,
    binding: "storage",
    bindingLabel: "storage",
    reasons: [],
    notes: [],
    config: [],
    lines: [],
    totalName: `total_${id.replace(/-/g, "_")}`,
    priced: "complete",
    missingPrices: [],
    totalUsd: usd,
    monthlyUsd: usd,
    annualUsd: usd === null ? null : usd * 12,
    utilisation: [],
    live: null,
    order: ORDER[id] as number,
    ...over,
  };
}

const partial = (id: OptionId, usd: number): OptionSheet =>
  option(id, usd, {
    priced: "partial",
    missingPrices: [{ dimension: "x", name: "cross-AZ transfer", reason: "not in the catalog" }],
  });

const infeasible = (id: OptionId): OptionSheet =>
  option(id, null, {
    feasible: false,
    priced: "none",
    totalName: null,
    binding: null,
    bindingLabel: null,
    reasons: ["too big"],
  });

function model(recommended: OptionId | null, options: OptionSheet[]): ReportModel {
  for (const o of options) o.recommended = o.id === recommended;
  return {
    meta: {
      title: "Amazon MSK cost plan, us-east-1",
      region: "us-east-1",
      hours: 730,
      catalog: { source: "test", date: "2026-01-01" },
      generatedAt: "2026-10-01T12:00:00.000Z",
      version: "0.1.0-test",
      recommended,
      recommendation: "",
    },
    assumptions: [],
    instances: null,
    options,
    tables: [],
    helpers: [],
  };
}

function summary(m: ReportModel) {
  const wb = new ExcelJS.Workbook();
  writeSummary(wb, m);
  const ws = wb.getWorksheet("Summary") as ExcelJS.Worksheet;
  /** A cell's cached result (a formula cell) or value. */
  // exceljs's `cell.value` drops a cached 0 or "" (`{ formula }` only); its model keeps them.
  const at = (address: string): unknown => {
    const c = ws.getCell(address);
    return "formula" in (c.model as object) && (c.model as { formula?: string }).formula
      ? (c.model as { result?: unknown }).result
      : c.value;
  };
  /** Columns J (cheapest, order) and K (next cheapest, order) of each option's row (rows 5…). */
  const ranks = () => m.options.map((o, i) => [o.id, at(`J${5 + i}`), at(`K${5 + i}`)]);
  return { at, ranks };
}

describe("the recommendation and the saving against the next cheapest", () => {
  it("rows out of cost order, a cheaper partly priced option: the next cheapest is the complete $200 one", () => {
    // Complete: Serverless $300, Express $100 (recommended), Standard $200. Standard tiered is
    // partly priced at a lower bound of $150: shown, never ranked. Self-managed is infeasible.
    const { at, ranks } = summary(
      model("express", [
        option("serverless", 300),
        option("express", 100, { binding: null, bindingLabel: null }),
        option("standard", 200),
        partial("standard-tiered", 150),
        infeasible("self-managed"),
      ]),
    );
    expect([at("B2"), at("G2"), at("C2")]).toEqual(["Express", "express", 100]);
    // No binding resource: the sentence ends after "per month".
    expect(at("F2")).toBe("Express is the cheapest feasible option, per month.");
    // Saving: $200 − $100 = $100, which is 100 / 200 = 50 % of the next cheapest (Standard).
    expect([at("C3"), at("D3"), at("E3"), at("F3")]).toEqual([100, 0.5, "below", "Standard"]);
    // Ranked totals 100 < 200 < 300: J marks the cheapest (Express, order 2), K the second
    // cheapest (Standard, order 0); the partly priced and the infeasible rows are in neither.
    expect(ranks()).toEqual([
      ["serverless", "", ""],
      ["express", 2, ""],
      ["standard", "", 0],
      ["standard-tiered", "", ""],
      ["self-managed", "", ""],
    ]);
  });

  it("a tie for the next cheapest goes to the planner's order, not the row order", () => {
    // Standard $100 (recommended); Serverless (order 3) and Express (order 2) both $200.
    const { at } = summary(
      model("standard", [option("standard", 100), option("serverless", 200), option("express", 200)]),
    );
    expect(at("F2")).toBe("Standard is the cheapest feasible option, per month; its size is set by storage.");
    // $200 − $100 = $100, 50 % below Express (order 2 before 3).
    expect([at("C3"), at("D3"), at("F3")]).toEqual([100, 0.5, "Express"]);
  });

  it("the next cheapest at $0: the saving's fraction is 0, not 0 ÷ 0", () => {
    // Both options free (a catalog pricing everything at $0): saving $0 − $0 = $0, shown as 0 %.
    const { at } = summary(model("standard", [option("standard", 0), option("express", 0)]));
    expect([at("C2"), at("C3"), at("D3"), at("E3"), at("F3")]).toEqual([0, 0, 0, "below", "Express"]);
  });

  it("no second priced option: the saving row is empty", () => {
    const { at } = summary(model("standard", [option("standard", 100), infeasible("self-managed")]));
    expect([at("B2"), at("C2")]).toEqual(["Standard", 100]);
    expect([at("C3"), at("D3"), at("E3"), at("F3")]).toEqual(["", "", "", ""]);
  });
});

describe("the rank helper columns J and K", () => {
  it("a tie for the cheapest: the lower planner order is cheapest, the other the next cheapest", () => {
    // Standard tiered (order 1) and Standard (order 0) both $100, listed tiered first; Express is
    // partly priced at a lower bound of $100 (equal to the second-smallest ranked total, yet not
    // ranked); Serverless $250. Ranked totals sorted: 100, 100, 250: the second smallest is 100.
    const { at, ranks } = summary(
      model("standard", [
        option("standard-tiered", 100),
        option("standard", 100),
        partial("express", 100),
        option("serverless", 250),
      ]),
    );
    expect(ranks()).toEqual([
      ["standard-tiered", 1, 1],
      ["standard", 0, ""],
      ["express", "", ""],
      ["serverless", "", ""],
    ]);
    // The saving against Standard tiered: $100 − $100 = $0, 0 ÷ 100 = 0 %.
    expect([at("B2"), at("C3"), at("D3"), at("F3")]).toEqual(["Standard", 0, 0, "Standard tiered"]);
  });
});
