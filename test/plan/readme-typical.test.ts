// The README's plan example (fixtures/workloads/typical.yaml) worked by hand: every total in its
// table from the workload and the us-east-1 prices, arithmetic written out. The README test in
// test/cli/plan.test.ts checks the table is what `plan` prints; this one checks those numbers are
// right. The configurations (9 Standard brokers, 6 Express) come from the sizer; their storage and every
// cost line are re-derived here.
//
// Streams: orders 20 MiB/s in, 40 out, 7 days, 1 day local; clicks 20,000 msg/s × 1 KiB ÷ 4 =
// 5,120,000 B/s = 4.8828125 MiB/s in, 2 groups → 9.765625 MiB/s out, 3 days, 1 day local (default).
// A month: 730 h = 2,628,000 s; 1 MiB/s for a month = 2,566.40625 GB (GiB).
// In 24.8828125 MiB/s → 63,859.405517578125 GB; out 49.765625 MiB/s → 127,718.81103515625 GB.
// Retained: orders 20 MiB/s × 7 d = 11,812.5 GB; clicks 4.8828125 MiB/s × 3 d = 1,235.9619140625 GB.
// Cross-AZ: (in + out) × ⅔ = 49.765625 MiB/s → 127,718.81103515625 GB × $0.02 = $2,554.376220703125.
import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { plan } from "../../src/plan/planner.js";
import type { MskOptionId } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";

const w = parseWorkload(parse(readFileSync("fixtures/workloads/typical.yaml", "utf8")));
let p: ReturnType<typeof plan>;
// Prepared and planned in beforeEach, not at load: Stryker switches a mutant on only when the
// tests start, so work done while the file loads never sees it (docs/mutation.md).
beforeEach(() => {
  p = plan(w, { catalog: bundledCatalog() });
});
const total = (id: MskOptionId) => p.options.find((o) => o.option === id)?.monthlyUsd as number;
const CROSS_AZ = 127_718.81103515625 * 0.02;
const RETAINED = 11_812.5 + 1_235.9619140625; // 13,048.4619140625 GB

const HAND: Record<MskOptionId, number> = {
  // Local 1 day: (1,687.5 + 411.9873046875) GB × 3 × 2 ÷ 9 = 1,399.66 → 1,400 GB per broker.
  // 9 × 730 h × $0.204 = $1,340.28; 9 × 1,400 GB × $0.10 = $1,260;
  // tiered: the tier holds the whole retention (issue #12): orders 20 MiB/s × 7 d = 11,812.5 GB +
  // clicks 4.8828125 MiB/s × 3 d = 1,235.9619140625 GB = RETAINED 13,048.4619140625 GB × $0.06 =
  // $782.90771484375 (was 10,948.974609375 GB for the retention beyond local only); + cross-AZ.
  "standard-tiered": 1340.28 + 1260 + RETAINED * 0.06 + CROSS_AZ, // $5,937.56
  // Brokers (issue #12: 100 % of the recommended sustained rate, no AZ factor on top): peak in
  // (60 + 4.8828125) MiB/s = 68.03 MB/s ÷ 15.6 = 4.36 → 5; peak out (120 + 9.765625) MiB/s =
  // 136.07 MB/s ÷ 31.2 = 4.36 → 5; a multiple of 3 → 6 (was 9 with 75 % and × 3/2).
  // 6 × 730 h × $0.408 = $1,787.04; written 63,859.405517578125 GB × $0.01; storage one copy
  // 13,048.4619140625 GB × $0.10 = $1,304.85; + cross-AZ.
  express: 1787.04 + 63_859.405517578125 * 0.01 + RETAINED * 0.1 + CROSS_AZ, // $6,284.86
  // Storage per broker: 13,048.4619140625 GB × RF 3 × head-room 2 ÷ 9 = 8,698.97 → 8,699 GB.
  // $1,340.28 + 9 × 8,699 × $0.10 = $7,829.10; + cross-AZ.
  standard: 1340.28 + 9 * 8699 * 0.1 + CROSS_AZ, // $11,723.76
  // 730 × $0.75 = $547.50; 720 partitions × 730 h × $0.0015 = $788.40; in × $0.10; out × $0.05;
  // storage 13,048.4619140625 GB × $0.10.
  serverless: 547.5 + 788.4 + 63_859.405517578125 * 0.1 + 127_718.81103515625 * 0.05 + RETAINED * 0.1, // $15,412.63
};

describe("README plan example, by hand", () => {
  it.each(Object.entries(HAND))("%s = $%d", (id, usd) => {
    expect(total(id as MskOptionId)).toBeCloseTo(usd, 6);
  });
  it("the README shows these totals, rounded to the cent, in this order", () => {
    const readme = readFileSync("README.md", "utf8");
    const money = (x: number) =>
      `$${x.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
    const order = (["standard-tiered", "express", "standard", "serverless"] as const).map((id) =>
      readme.indexOf(money(HAND[id])),
    );
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(money(HAND["standard-tiered"])).toBe("$5,937.56");
    expect(money(HAND.serverless)).toBe("$15,412.63");
  });
  it("the configurations the hand computation assumes", () => {
    const cfg = (id: MskOptionId) => p.options.find((o) => o.option === id)?.configuration;
    expect(cfg("standard-tiered")).toMatchObject({
      instanceType: "kafka.m7g.large",
      brokers: 9,
      storagePerBrokerGiB: 1400,
    });
    expect(cfg("express")).toMatchObject({ instanceType: "express.m7g.large", brokers: 6 });
    expect(cfg("standard")).toMatchObject({
      instanceType: "kafka.m7g.large",
      brokers: 9,
      storagePerBrokerGiB: 8699,
    });
    expect(cfg("serverless")).toMatchObject({ partitions: 720 });
  });
});
