// Kinesis at its exact cases. Provisioned's read-mode choice at an exact tie: enhanced fan-out is chosen only when it is
// strictly cheaper on the priced costs, so two layouts of equal priced cost keep shared reads (the
// shards, read mode and priced status a user sees). A caller's own price table makes the tie: every
// Kinesis provisioned price $0 and the fan-out data price missing. The full evaluation and the
// cost-only path (what a sweep calls) must agree. On-demand with no traffic at all (0 B/s in and
// out, which a workload may hold): its shared-read share is 1, not 0 ÷ 0. Built inside the tests (a mutant is switched on
// after the file loads).
import { describe, expect, it } from "vitest";
import { deriveDemand } from "../../src/model/derive-demand.js";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { prepareKinesisProvisionedCost } from "../../src/plan/alternatives/kinesis-cost.js";
import {
  BUNDLED_ALTERNATIVE_PRICES as ALT,
  type AlternativePriceTables,
  type KinesisPrices,
} from "../../src/pricing/alternatives/prices.js";
import { one, TINY } from "./one-option.js";

/** us-east-1's Kinesis prices, each at $0, fan-out data left out. */
function freeKinesisWithoutFanOutData(): AlternativePriceTables {
  const us = ALT.kinesis["us-east-1"] as KinesisPrices;
  const free = Object.fromEntries(
    Object.entries(us)
      .filter(([k]) => k !== "efoDataGb")
      .map(([k, p]) => [k, { ...p, amount: 0 }]),
  );
  return { ...ALT, kinesis: { "us-east-1": free } };
}

describe("Kinesis provisioned: fan-out only when strictly cheaper", () => {
  it("TINY (20 groups): shared 10 shards and fan-out 1 shard both cost $0 priced: shared reads kept, every line priced", () => {
    // Shared: ⌈20 × 1,000 ÷ 2,000⌉ = 10 shards, lines at $0: priced total $0, complete.
    // Fan-out: 1 shard + 20 consumer-shard-hours at $0, and 20 × 10 kB/s fanned out at no price:
    // priced total $0 too (partial). $0 < $0 is false, so shared reads.
    const inputs = { prices: freeKinesisWithoutFanOutData() };
    const r = one({ streams: [TINY] }, "kinesis-provisioned", inputs);
    if (!r.feasible) throw new Error("expected feasible");
    expect(r.configuration).toMatchObject({ shards: 10, readMode: "shared", efoConsumers: 0 });
    expect([r.monthlyUsd, r.priced]).toEqual([0, "complete"]);
    expect(r.notes).toContain(
      "read mode (shared or enhanced fan-out) of 1 stream chosen on the priced costs only: some Kinesis prices are missing in us-east-1",
    );
    const workload = parseWorkload({ streams: [TINY] });
    const cost = prepareKinesisProvisionedCost("us-east-1", 730, inputs)(workload, deriveDemand(workload));
    expect(cost).toEqual({
      option: "kinesis-provisioned",
      feasible: true,
      monthlyUsd: 0,
      priced: "complete",
    });
  });
});

describe("Kinesis on demand with no traffic", () => {
  it("0 B/s in and out: 730 stream-hours × $0.04 = $29.20, and both ceilings 0 % used", () => {
    // Reads use the shared 2 × ingress when there is no egress at all (0 ÷ 0 is not a share).
    const r = one(
      { streams: [{ name: "s", partitions: 4, retention: "1d", ingress: "0 B/s" }] },
      "kinesis-on-demand",
    );
    if (!r.feasible) throw new Error("expected feasible");
    expect(r.monthlyUsd).toBeCloseTo(730 * 0.04, 9);
    expect(r.utilisation).toEqual({ writeCeiling: 0, readCeiling: 0 });
    expect(r.configuration).toMatchObject({ readMode: "shared" });
  });
});
