// Ranking, the recommendation and the "prices needed" hint at library level (issue #16: they were
// checked only through CLI processes, which mutation testing cannot see). Rows are made up so each
// rule is visible on its own.
import { describe, expect, it } from "vitest";
import { pricesNeeded, rankOptions, recommendedOf } from "../../src/plan/planner.js";
import type { OptionId, OptionResult } from "../../src/plan/types.js";
import type { MissingPrice, PricedStatus } from "../../src/pricing/line-item.js";

interface Row {
  option: OptionId;
  feasible: boolean;
  monthlyUsd: number | null;
  priced: PricedStatus;
}
const row = (option: OptionId, feasible: boolean, monthlyUsd: number | null, priced: PricedStatus): Row => ({
  option,
  feasible,
  monthlyUsd,
  priced,
});

describe("rankOptions: complete by cost, then partial by lower bound, then unpriced, then infeasible", () => {
  it("six rows in option order come out in rank order; equal costs keep option order", () => {
    const rows = [
      row("standard", false, null, "none"), // infeasible: last
      row("standard-tiered", true, 100, "partial"), // a lower bound: after every complete total, even a larger one
      row("express", true, 300, "complete"),
      row("serverless", true, 200, "complete"),
      row("kinesis-on-demand", true, null, "none"), // feasible, nothing priced: after partial
      row("sqs-standard", true, 200, "complete"), // ties with serverless: option order keeps serverless first
    ];
    expect(rankOptions(rows).map((r) => r.option)).toEqual([
      "serverless",
      "sqs-standard",
      "express",
      "standard-tiered",
      "kinesis-on-demand",
      "standard",
    ]);
  });
  it("partial totals rank among themselves by their lower bound ($40 before $50); infeasible and unpriced keep option order", () => {
    const rows = [
      row("standard", false, null, "none"),
      row("express", true, 50, "partial"),
      row("kinesis-on-demand", true, null, "none"),
      row("serverless", true, 40, "partial"),
      row("sqs-standard", false, null, "none"),
      row("self-managed", true, null, "none"),
    ];
    expect(rankOptions(rows).map((r) => r.option)).toEqual([
      "serverless",
      "express",
      "kinesis-on-demand",
      "self-managed",
      "standard",
      "sqs-standard",
    ]);
  });
  it("does not reorder its input", () => {
    const rows = [row("express", true, 300, "complete"), row("serverless", true, 200, "complete")];
    rankOptions(rows);
    expect(rows.map((r) => r.option)).toEqual(["express", "serverless"]);
  });
});

describe("recommendedOf: the first ranked option, only when feasible and completely priced", () => {
  it("complete first → recommended; partial, unpriced or infeasible first → none; nothing → none", () => {
    expect(recommendedOf([row("express", true, 1, "complete"), row("standard", true, 0.5, "partial")])).toBe(
      "express",
    );
    expect(recommendedOf([row("standard", true, 0.5, "partial")])).toBeNull();
    expect(recommendedOf([row("kinesis-on-demand", true, null, "none")])).toBeNull();
    expect(recommendedOf([row("standard", false, null, "none")])).toBeNull();
    expect(recommendedOf([])).toBeNull();
  });
});

describe("pricesNeeded: when feasible options exist but none is completely priced", () => {
  const missing = (dimension: string, name: string): MissingPrice => ({
    dimension,
    name,
    reason: "not in catalog",
  });
  const result = (r: Row, missingPrices: MissingPrice[]): OptionResult =>
    ({ ...r, missingPrices }) as unknown as OptionResult;
  const exStorage = missing("expressStorage", "Express storage");
  const crossAz = missing("crossAz", "cross-AZ transfer");
  const slStorage = missing("serverlessStorage", "Serverless storage");

  it("lists each missing price once, in rank order, grouped by how it can be supplied", () => {
    const ranked = [
      result(row("express", true, 900, "partial"), [exStorage, crossAz]),
      result(row("serverless", true, 1000, "partial"), [slStorage]),
      result(row("standard", true, 1100, "partial"), [crossAz]),
      // An infeasible option's missing prices are not asked for.
      result(row("standard-tiered", false, null, "none"), [missing("tieredStorage", "tiered storage")]),
    ];
    const p = pricesNeeded("ap-south-1", ranked);
    expect(p?.region).toBe("ap-south-1");
    expect(p?.missingPrices.map((m) => m.dimension)).toEqual([
      "expressStorage",
      "crossAz",
      "serverlessStorage",
    ]);
    expect(p?.message).toBe(
      "no feasible option is completely priced in ap-south-1, so none is recommended; " +
        "Express storage, Serverless storage: fetch them with `msk-planner pricing refresh --regions ap-south-1` " +
        '(saved in the default cache, which every command reads) or supply --catalog FILE (YAML or JSON in the catalog schema; README "Pricing: where prices come from"); ' +
        "cross-AZ transfer: the AWS MSK price list does not carry this price, so `msk-planner pricing refresh` cannot fetch it: " +
        'supply it with --catalog FILE (YAML or JSON in the catalog schema; README "Pricing: where prices come from")',
    );
  });
  it("null when an option is recommended, and when no option is feasible", () => {
    expect(
      pricesNeeded("us-east-1", [
        result(row("express", true, 900, "complete"), []),
        result(row("standard", true, 1100, "partial"), [crossAz]),
      ]),
    ).toBeNull();
    expect(pricesNeeded("us-east-1", [result(row("standard", false, null, "none"), [crossAz])])).toBeNull();
  });
});
