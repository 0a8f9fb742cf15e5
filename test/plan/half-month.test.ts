// Every MSK option planned for 365 h (half a 730-h month) in ap-southeast-1, worked by hand, on
// both the plan and the sweep (evaluate) paths: per-hour lines halve, per-GB-month lines halve,
// and data moved halves. A planner that priced storage per period instead of per month (× or ÷
// months), or took the period's seconds wrong, fails here; at 730 h a month is 1 and hides it.
//
// Workload (as test/plan/second-region.test.ts): 1 MiB/s in, 3 MiB/s peak, 2 consumer groups,
// 30 partitions, RF 3, 3 days. 365 h = 1,314,000 s, so 1 MiB/s moves 1,314,000 ÷ 1,024 =
// 1,283.203125 GB; 3 days held = 253.125 GB, × ½ month = 126.5625 GB-months.
// Cross-AZ: 2 MiB/s crossing (⅔ × 1 in + ⅔ × 2 out) = 2,566.40625 GB × $0.02 = $51.328125.
import { beforeEach, describe, expect, it } from "vitest";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { preparePlanner } from "../../src/plan/planner.js";
import type { OptionResult } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import { smallWorkload } from "./small-stream.js";

const R = "ap-southeast-1";
let planner: ReturnType<typeof preparePlanner>;
const w = parseWorkload(smallWorkload(R));
let planned: OptionResult[];
let evaluated: ReturnType<typeof planner.evaluate>;
// Prepared and planned in beforeEach, not at load: Stryker switches a mutant on only when the
// tests start, so work done while the file loads never sees it (docs/mutation.md).
beforeEach(() => {
  planner = preparePlanner({
    catalog: bundledCatalog(),
    region: R,
    hours: 365,
    options: ["standard", "standard-tiered", "express", "serverless"],
  });
  planned = planner.plan(w).options;
  evaluated = planner.evaluate(w);
});
const CROSS_AZ: [string, number, number] = ["crossAz", 2566.40625, 0.02];
function check(id: string, lines: [string, number, number][], usd: number): void {
  const o = planned.find((x) => x.option === id) as OptionResult;
  expect(o.priced).toBe("complete");
  expect(o.lineItems.map((l) => [l.dimension, l.quantity, l.unitPriceUsd])).toEqual(lines);
  expect(o.monthlyUsd).toBeCloseTo(usd, 9);
  expect(evaluated.find((x) => x.option === id)).toEqual({
    option: id,
    feasible: true,
    monthlyUsd: o.monthlyUsd,
    priced: "complete",
  });
}

describe(`365 h in ${R}`, () => {
  it("serverless = $698.71", () => {
    // 365 × $0.9375 = $342.1875; 30 × 365 = 10,950 × $0.001875 = $20.53125; in 1,283.203125 ×
    // $0.125 = $160.400390625; out 2,566.40625 × $0.0625 = $160.400390625; 126.5625 × $0.12 = $15.1875.
    check(
      "serverless",
      [
        ["serverlessCluster", 365, 0.9375],
        ["serverlessPartition", 10_950, 0.001875],
        ["serverlessDataIn", 1283.203125, 0.125],
        ["serverlessDataOut", 2566.40625, 0.0625],
        ["serverlessStorage", 126.5625, 0.12],
      ],
      342.1875 + 20.53125 + 160.400390625 + 160.400390625 + 15.1875,
    );
  });

  it("express: 3 × express.m7g.large = $641.01", () => {
    // 1,095 h × $0.51 = $558.45; 1,283.203125 GB × $0.0125 = $16.0400390625; 126.5625 × $0.12 = $15.1875.
    check(
      "express",
      [
        ["broker:express.m7g.large", 1095, 0.51],
        ["expressDataWritten", 1283.203125, 0.0125],
        ["expressStorage", 126.5625, 0.12],
        CROSS_AZ,
      ],
      558.45 + 16.0400390625 + 15.1875 + 51.328125,
    );
  });

  it("standard: 3 × kafka.m7g.large, 507 GB each = $421.81", () => {
    // 1,095 h × $0.255 = $279.225; 3 × 507 GB × ½ = 760.5 GB-months × $0.12 = $91.26.
    check(
      "standard",
      [["broker:kafka.m7g.large", 1095, 0.255], ["storage", 760.5, 0.12], CROSS_AZ],
      279.225 + 91.26 + 51.328125,
    );
  });

  it("standard-tiered: 169 GB local each, the tier ½ month = $369.23", () => {
    // $279.225 + 3 × 169 × ½ = 253.5 × $0.12 = $30.42 + 126.5625 × $0.0652 = $8.251875.
    check(
      "standard-tiered",
      [
        ["broker:kafka.m7g.large", 1095, 0.255],
        ["storage", 253.5, 0.12],
        ["tieredStorage", 126.5625, 0.0652],
        CROSS_AZ,
      ],
      279.225 + 30.42 + 8.251875 + 51.328125,
    );
  });
});
