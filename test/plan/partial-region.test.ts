// Every MSK option planned in ap-south-1, where the bundled catalog lacks some prices (cross-AZ
// transfer, Express data written and storage, Serverless storage): each option is still feasible,
// priced "partial", lists exactly the missing dimensions, and its total is the sum of the priced
// lines only — on both the plan and the sweep (evaluate) paths. Worked by hand.
//
// Workload (as test/plan/second-region.test.ts): 1 MiB/s in, 3 MiB/s peak, 2 consumer groups,
// 30 partitions, RF 3, 3 days. 730 h = 2,628,000 s; 1 MiB/s for a month = 2,566.40625 GB.
import { beforeEach, describe, expect, it } from "vitest";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { preparePlanner } from "../../src/plan/planner.js";
import type { OptionResult } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import { smallWorkload } from "./small-stream.js";

const R = "ap-south-1";
let planner: ReturnType<typeof preparePlanner>;
const raw = smallWorkload(R);
const w = parseWorkload(raw);
let planned: OptionResult[];
let evaluated: ReturnType<typeof planner.evaluate>;
// Prepared and planned in beforeEach, not at load: Stryker switches a mutant on only when the
// tests start, so work done while the file loads never sees it (docs/mutation.md).
beforeEach(() => {
  planner = preparePlanner({
    catalog: bundledCatalog(),
    region: R,
    options: ["standard", "standard-tiered", "express", "serverless"],
  });
  planned = planner.plan(w).options;
  evaluated = planner.evaluate(w);
});
const check = (
  id: string,
  lines: [string, number, number][],
  missing: string[],
  usd: number,
): OptionResult => {
  const o = planned.find((x) => x.option === id) as OptionResult;
  expect(o.feasible).toBe(true);
  expect(o.priced).toBe("partial");
  expect(o.lineItems.map((l) => [l.dimension, l.quantity, l.unitPriceUsd])).toEqual(lines);
  expect(o.missingPrices.map((m) => m.dimension)).toEqual(missing);
  expect(o.monthlyUsd).toBeCloseTo(usd, 9);
  const e = evaluated.find((x) => x.option === id);
  expect(e).toEqual({ option: id, feasible: true, monthlyUsd: o.monthlyUsd, priced: "partial" });
  return o;
};

describe(`${R}: missing prices make totals partial, never infeasible or $0`, () => {
  it("standard: 3 × kafka.m7g.large, 507 GB each, cross-AZ unpriced = $492.70", () => {
    // 2,190 h × $0.1458 = $319.302; 1,521 GB × $0.114 = $173.394.
    check(
      "standard",
      [
        ["broker:kafka.m7g.large", 2190, 0.1458],
        ["storage", 1521, 0.114],
      ],
      ["crossAz"],
      319.302 + 173.394,
    );
  });

  it("standard-tiered: 169 GB local each, 253.125 GB in the tier = $393.60", () => {
    // $319.302 + 507 GB × $0.114 = $57.798 + 253.125 GB × $0.0652 = $16.50375.
    check(
      "standard-tiered",
      [
        ["broker:kafka.m7g.large", 2190, 0.1458],
        ["storage", 507, 0.114],
        ["tieredStorage", 253.125, 0.0652],
      ],
      ["crossAz"],
      319.302 + 57.798 + 16.50375,
    );
  });

  it("express: only broker-hours priced, 2,190 h × $0.2916 = $638.60", () => {
    check(
      "express",
      [["broker:express.m7g.large", 2190, 0.2916]],
      ["expressDataWritten", "expressStorage", "crossAz"],
      638.604,
    );
  });

  it("serverless: storage unpriced = $1,181.48", () => {
    // 730 × $0.79 = $576.70; 30 × 730 × $0.0016 = $35.04; 2,566.40625 GB × $0.11 = $282.3046875;
    // 2 × 2,566.40625 = 5,132.8125 GB × $0.056 = $287.4375.
    check(
      "serverless",
      [
        ["serverlessCluster", 730, 0.79],
        ["serverlessPartition", 21_900, 0.0016],
        ["serverlessDataIn", 2566.40625, 0.11],
        ["serverlessDataOut", 5132.8125, 0.056],
      ],
      ["serverlessStorage"],
      576.7 + 35.04 + 282.3046875 + 287.4375,
    );
    const o = planned.find((x) => x.option === "serverless") as OptionResult;
    expect([o.family, o.configuration, o.problems]).toEqual(["msk", { clusters: 1, partitions: 30 }, []]);
    expect(o.notes).toEqual([
      "utilisation is the share of each per-cluster quota at peak (per-partition figures assume an even spread)",
      "cross-AZ transfer is not charged separately for Serverless in this model; storage billed on one copy of the retention",
    ]);
  });
});

describe("cn-north-1: no Serverless price in USD at all", () => {
  it("Serverless stays feasible, priced none, its total null (never $0) on both paths, all five meters listed", () => {
    const cn = preparePlanner({ catalog: bundledCatalog(), region: "cn-north-1", options: ["serverless"] });
    const wcn = parseWorkload({ ...raw, region: "cn-north-1" });
    const o = cn.plan(wcn).options[0] as OptionResult;
    expect([o.feasible, o.priced, o.monthlyUsd, o.lineItems]).toEqual([true, "none", null, []]);
    expect(o.missingPrices.map((m) => m.dimension)).toEqual([
      "serverlessCluster",
      "serverlessPartition",
      "serverlessDataIn",
      "serverlessDataOut",
      "serverlessStorage",
    ]);
    expect(cn.evaluate(wcn)).toEqual([
      { option: "serverless", feasible: true, monthlyUsd: null, priced: "none" },
    ]);
  });
});
