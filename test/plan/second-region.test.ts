// Every MSK option planned and priced outside us-east-1, worked by hand from the ap-southeast-1
// prices in the bundled catalog (which differ from us-east-1's on every line but cross-AZ), so a
// planner that read us-east-1 prices everywhere, or mixed regions, fails here.
//
// Workload (fixtures/workloads/small.yaml moved to ap-southeast-1): 1 MiB/s in, 3 MiB/s peak,
// 2 consumer groups (2 MiB/s out), 30 partitions, RF 3, 3 days; default targets. A month is
// 730 h = 2,628,000 s, a billed GB is a GiB, so 1 MiB/s for a month = 2,628,000 ÷ 1,024 =
// 2,566.40625 GB, and 1 MiB/s held 3 days = 259,200 MiB = 253.125 GB.
// Cross-AZ (Standard, tiered, Express): (⅔ × 1 in + ⅔ × 2 out) MiB/s = 2 MiB/s → 5,132.8125 GB × $0.02.
import { beforeEach, describe, expect, it } from "vitest";
import { resolveInstanceTypes } from "../../src/model/instance-types.js";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { preparePlanner } from "../../src/plan/planner.js";
import type { MskOptionId, OptionResult } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import { usdPriceOf } from "../../src/pricing/catalog.js";
import { smallWorkload } from "./small-stream.js";

const REGION = "ap-southeast-1";
const catalog = bundledCatalog();
const workload = parseWorkload(smallWorkload(REGION));
// kafka.t3.small asked for by name (not a default candidate): the Standard arithmetic below is its.
let planner: ReturnType<typeof preparePlanner>;
let result: ReturnType<typeof planner.plan>;
// Prepared and planned in beforeEach, not at load: Stryker switches a mutant on only when the
// tests start, so work done while the file loads never sees it (docs/mutation.md).
beforeEach(() => {
  planner = preparePlanner({
    catalog,
    region: REGION,
    instanceTypes: resolveInstanceTypes(["kafka.*", "express.*"], "instanceTypes"),
  });
  result = planner.plan(workload);
});
const byId = (id: MskOptionId) => result.options.find((o) => o.option === id) as OptionResult;
const lines = (o: OptionResult) => o.lineItems.map((l) => [l.dimension, l.quantity, l.unitPriceUsd]);
const CROSS_AZ = ["crossAz", 5132.8125, 0.02];

describe(`every MSK option priced in ${REGION}, by hand`, () => {
  it("standard: 3 × kafka.t3.small, 507 GB each = $411.76", () => {
    // Storage: 253.125 GB × RF 3 × head-room 2 = 1,518.75 GB ÷ 3 brokers = 506.25 → 507 GB each.
    // 3 × 730 h × $0.0578 = $126.582; 1,521 GB × $0.12 = $182.52; cross-AZ $102.65625.
    const o = byId("standard");
    expect(o.configuration).toMatchObject({
      instanceType: "kafka.t3.small",
      brokers: 3,
      storagePerBrokerGiB: 507,
    });
    expect(lines(o)).toEqual([["broker:kafka.t3.small", 2190, 0.0578], ["storage", 1521, 0.12], CROSS_AZ]);
    expect(o.monthlyUsd).toBeCloseTo(126.582 + 182.52 + 102.65625, 9); // 411.75825
  });
  it("standard-tiered: 3 × kafka.m7g.large, 169 GB local each, 3 days in the tier = $738.45", () => {
    // Local retention 1 day (default): 84.375 GB × 3 × 2 = 506.25 ÷ 3 = 168.75 → 169 GB each.
    // The tier holds the whole retention, one copy: 1 MiB/s × 3 days = 253.125 GB × $0.0652 = $16.50375.
    // 2,190 h × $0.255 = $558.45; 507 GB × $0.12 = $60.84; cross-AZ $102.65625.
    const o = byId("standard-tiered");
    expect(o.configuration).toMatchObject({
      instanceType: "kafka.m7g.large",
      brokers: 3,
      storagePerBrokerGiB: 169,
    });
    expect(lines(o)).toEqual([
      ["broker:kafka.m7g.large", 2190, 0.255],
      ["storage", 507, 0.12],
      ["tieredStorage", 253.125, 0.0652],
      CROSS_AZ,
    ]);
    expect(o.monthlyUsd).toBeCloseTo(558.45 + 60.84 + 16.50375 + 102.65625, 9); // 738.45
  });
  it("express: 3 × express.m7g.large = $1,282.01", () => {
    // 2,190 h × $0.51 = $1,116.90; written 2,566.40625 GB × $0.0125 = $32.080078125;
    // storage one copy 253.125 GB × $0.12 = $30.375; cross-AZ $102.65625.
    const o = byId("express");
    expect(o.configuration).toMatchObject({ instanceType: "express.m7g.large", brokers: 3 });
    expect(lines(o)).toEqual([
      ["broker:express.m7g.large", 2190, 0.51],
      ["expressDataWritten", 2566.40625, 0.0125],
      ["expressStorage", 253.125, 0.12],
      CROSS_AZ,
    ]);
    expect(o.monthlyUsd).toBeCloseTo(1116.9 + 32.080078125 + 30.375 + 102.65625, 9); // 1,282.011328125
  });
  it("serverless: 1 cluster, 30 partitions = $1,397.41", () => {
    // 730 h × $0.9375 = $684.375; 21,900 partition-hours × $0.001875 = $41.0625;
    // in 2,566.40625 GB × $0.125 = $320.80078125; out 5,132.8125 GB × $0.0625 = $320.80078125;
    // storage 253.125 GB × $0.12 = $30.375.
    const o = byId("serverless");
    expect(lines(o)).toEqual([
      ["serverlessCluster", 730, 0.9375],
      ["serverlessPartition", 21_900, 0.001875],
      ["serverlessDataIn", 2566.40625, 0.125],
      ["serverlessDataOut", 5132.8125, 0.0625],
      ["serverlessStorage", 253.125, 0.12],
    ]);
    expect(o.monthlyUsd).toBe(684.375 + 41.0625 + 320.80078125 + 320.80078125 + 30.375); // 1,397.4140625
  });
  it("every line's price is the region's own, and differs from us-east-1's except cross-AZ", () => {
    for (const o of result.options) {
      expect(o.feasible, o.option).toBe(true);
      for (const l of o.lineItems) {
        const dim = l.dimension as Parameters<typeof usdPriceOf>[2];
        expect(l.unitPriceUsd, `${o.option} ${dim}`).toBe(usdPriceOf(catalog, REGION, dim, dim).amount);
        if (dim !== "crossAz")
          expect(l.unitPriceUsd, `${o.option} ${dim}`).not.toBe(
            usdPriceOf(catalog, "us-east-1", dim, dim).amount,
          );
      }
    }
  });
  it("the sweep path (evaluate) gives the same totals and the ranking is by these prices", () => {
    for (const e of planner.evaluate(workload))
      expect(e.monthlyUsd, e.option).toBe(byId(e.option as MskOptionId).monthlyUsd);
    expect(result.options.map((o) => o.option)).toEqual([
      "standard",
      "standard-tiered",
      "express",
      "serverless",
    ]);
    expect(result.recommended).toBe("standard");
  });
});
