// Pins the planner's public result types (issue #15): OptionResult narrows on `option` and
// `feasible` to that option's own configuration; resources are a closed union; problems are data.
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  bundledCatalog,
  type ClosestBrokerConfiguration,
  describeInfeasibility,
  type ExpressConfiguration,
  type Infeasibility,
  type OptionResult,
  parseWorkload,
  plan,
  type Resource,
  type ServerlessConfiguration,
  type StandardConfiguration,
} from "../../src/index.js";

describe("OptionResult is a discriminated union", () => {
  it("narrowing on option and feasible gives that option's configuration", () => {
    const r = {} as OptionResult;
    if (r.option === "standard" && r.feasible) {
      expectTypeOf(r.configuration).toEqualTypeOf<StandardConfiguration>();
      expectTypeOf(r.configuration.brokers).toEqualTypeOf<number>();
      expectTypeOf(r.monthlyUsd).toEqualTypeOf<number | null>(); // null when nothing is priced (priced "none")
      expectTypeOf(r.priced).toEqualTypeOf<"complete" | "partial" | "none">();
      expectTypeOf(r.problems).toEqualTypeOf<[]>();
    }
    if (r.option === "standard" && !r.feasible) {
      expectTypeOf(r.configuration).toEqualTypeOf<ClosestBrokerConfiguration | null>();
      expectTypeOf(r.monthlyUsd).toEqualTypeOf<null>();
      expectTypeOf(r.problems).toEqualTypeOf<Infeasibility[]>();
    }
    if (r.option === "express" && r.feasible)
      expectTypeOf(r.configuration).toEqualTypeOf<ExpressConfiguration>();
    if (r.option === "serverless" && r.feasible)
      expectTypeOf(r.configuration).toEqualTypeOf<ServerlessConfiguration>();
    if (r.option === "serverless") expectTypeOf(r.family).toEqualTypeOf<"msk">();
    if (r.option === "sqs-fifo") expectTypeOf(r.family).toEqualTypeOf<"alternative">();
    expectTypeOf(r.binding).toEqualTypeOf<Resource | null>();
    expectTypeOf<keyof OptionResult["utilisation"]>().toEqualTypeOf<Resource>();
  });

  it("a planned Standard result reads configuration.brokers as a number, no cast", () => {
    const w = parseWorkload({
      region: "us-east-1",
      streams: [{ name: "orders", ingress: "20 MiB/s", partitions: 60, retention: "3d" }],
    });
    const result = plan(w, { catalog: bundledCatalog() });
    const std = result.options.find((o) => o.option === "standard");
    if (std?.option !== "standard" || !std.feasible) throw new Error("standard should fit 20 MiB/s");
    const brokers: number = std.configuration.brokers;
    expect(brokers % w.azs).toBe(0);
    expect(std.configuration.brokersPerAz).toBe(brokers / w.azs);
  });

  it("an infeasible option's reasons are its problems, worded by describeInfeasibility", () => {
    const w = parseWorkload({
      region: "us-east-1",
      streams: [{ name: "huge", ingress: "400 MiB/s", partitions: 3000, retention: "1d" }],
    });
    const sl = plan(w, { catalog: bundledCatalog(), options: ["serverless"] }).options[0];
    if (sl?.option !== "serverless" || sl.feasible) throw new Error("serverless should not fit 400 MiB/s");
    expect(sl.reasons).toEqual(sl.problems.map(describeInfeasibility));
    // 400 MiB/s = 419,430,400 B/s > 200 MBps = 200,000,000 B/s (the Serverless per-cluster ingress quota)
    expect(sl.problems).toContainEqual(
      expect.objectContaining({ code: "exceeds", resource: "ingress", actual: 419_430_400, limit: 200e6 }),
    );
    expect(sl.reasons).toContain("peak ingress 419.43 MBps > 200 MBps (Serverless quota)");
  });
});
