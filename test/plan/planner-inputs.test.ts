// The planner's own inputs at library level (issue #16: the period, option list, region and
// instance-type checks were reached only through CLI processes, which mutation testing cannot see):
// each limit exactly at and one step past it, and what `plan()` forwards to `preparePlanner`.
import { describe, expect, it } from "vitest";
import { deriveDemand } from "../../src/model/derive-demand.js";
import { DEFAULT_INSTANCE_TYPES } from "../../src/model/instance-types.js";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { plan, preparePlanner } from "../../src/plan/planner.js";
import { MSK_OPTIONS } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import { thrownInputError as thrown } from "../helpers/thrown.js";
import { smallWorkload } from "./small-stream.js";

const catalog = bundledCatalog();
const R = "ap-southeast-1";
const w = parseWorkload(smallWorkload(R));

describe("preparePlanner: the billing period", () => {
  it("0 h is a period (every line's quantity × 0 = $0, complete); one step below 0, NaN and ±∞ are refused", () => {
    const zero = preparePlanner({ catalog, region: R, hours: 0 });
    expect(zero.hours).toBe(0);
    // Serverless at 0 h: 0 cluster-hours, 30 × 0 partition-hours, 0 B in and out, 253 GB × 0 months.
    expect(zero.evaluate(w)).toEqual(
      MSK_OPTIONS.map((option) => ({ option, feasible: true, monthlyUsd: 0, priced: "complete" })),
    );
    for (const [hours, shown] of [
      [-Number.MIN_VALUE, "-5e-324"],
      [-1, "-1"],
      [Number.NaN, "NaN"],
      [Number.POSITIVE_INFINITY, "Infinity"],
    ] as const) {
      const e = thrown(() => preparePlanner({ catalog, region: R, hours }));
      expect(e.path).toBe("hours");
      expect(e.message).toBe(`hours: expected a non-negative number of hours, got ${shown}`);
    }
  });

  it("the default is 730 h, one month", () => {
    const p = preparePlanner({ catalog, region: R });
    expect(p.hours).toBe(730);
    expect(p.plan(w).hours).toBe(730);
    // Serverless's cluster line: 730 cluster-hours (the README's month).
    const s = p.plan(w).options.find((o) => o.option === "serverless");
    expect(s?.lineItems[0]?.quantity).toBe(730);
  });
});

describe("preparePlanner: options, region and instance types", () => {
  it("options default to the four MSK options in their order; an empty list is refused", () => {
    const p = preparePlanner({ catalog, region: R });
    expect(p.options).toEqual(["standard", "standard-tiered", "express", "serverless"]);
    // evaluate's rows follow the options as given (not ranked).
    expect(
      preparePlanner({ catalog, region: R, options: ["serverless", "standard"] })
        .evaluate(w)
        .map((r) => r.option),
    ).toEqual(["serverless", "standard"]);
    const e = thrown(() => preparePlanner({ catalog, region: R, options: [] }));
    expect(e.path).toBe("--options");
    expect(e.message).toBe("--options: expected at least one option");
  });

  it("a workload in another region is refused by plan and by evaluate, naming both regions", () => {
    const p = preparePlanner({ catalog, region: "us-east-1" });
    for (const f of [() => p.plan(w), () => p.evaluate(w)]) {
      const e = thrown(f);
      expect(e.path).toBe("region");
      expect(e.message).toBe(
        "region: the planner was prepared for us-east-1, the workload is in ap-southeast-1",
      );
    }
  });

  it("the result echoes region, period, catalog and the instance types (default: every non-burstable type)", () => {
    const r = preparePlanner({ catalog, region: R, hours: 365 }).plan(w);
    expect(r.region).toBe(R);
    expect(r.hours).toBe(365);
    expect(r.catalog).toEqual({ source: catalog.source, date: catalog.date });
    expect(r.instanceTypes).toEqual(DEFAULT_INSTANCE_TYPES);
    expect(r.instanceTypes).not.toContain("kafka.t3.small");
    expect(r.workload).toBe(w);
    expect(r.demand).toEqual(deriveDemand(w));
  });

  it("a demand given to plan or evaluate is used instead of the workload's own", () => {
    // The same stream at 100 MiB/s in: Serverless's data-in line is 100 × 730 × 3,600 ÷ 1,024 GB.
    const big = parseWorkload({
      ...smallWorkload(R),
      streams: [{ ...smallWorkload(R).streams[0], ingress: "100 MiB/s", peakIngress: "100 MiB/s" }],
    });
    const d = deriveDemand(big);
    const p = preparePlanner({ catalog, region: R, options: ["serverless"] });
    const dataIn = p.plan(w, d).options[0]?.lineItems.find((l) => l.dimension === "serverlessDataIn");
    expect(dataIn?.quantity).toBe((100 * 730 * 3600) / 1024);
    expect(p.plan(w, d).demand).toBe(d);
    expect(p.evaluate(w, d)).toEqual(p.evaluate(big));
    expect(p.evaluate(w, d)).not.toEqual(p.evaluate(w));
  });
});

describe("plan(): what it forwards", () => {
  it("instance types: the call's list, else the workload's, else the default", () => {
    const only = parseWorkload({ ...smallWorkload(R), instanceTypes: ["kafka.m5.large"] });
    const std = (r: ReturnType<typeof plan>) =>
      r.options.find((o) => o.option === "standard")?.configuration as { instanceType: string } | null;
    expect(plan(only, { catalog }).instanceTypes).toEqual(["kafka.m5.large"]);
    expect(std(plan(only, { catalog }))?.instanceType).toBe("kafka.m5.large");
    expect(plan(only, { catalog, instanceTypes: ["kafka.m7g.xlarge"] }).instanceTypes).toEqual([
      "kafka.m7g.xlarge",
    ]);
    expect(std(plan(only, { catalog, instanceTypes: ["kafka.m7g.xlarge"] }))?.instanceType).toBe(
      "kafka.m7g.xlarge",
    );
    expect(plan(w, { catalog }).instanceTypes).toEqual(DEFAULT_INSTANCE_TYPES);
  });

  it("options and hours: given, or the four MSK options over 730 h", () => {
    const r = plan(w, { catalog, options: ["serverless"], hours: 365 });
    expect(r.options.map((o) => o.option)).toEqual(["serverless"]);
    expect(r.hours).toBe(365);
    expect(r.options[0]?.lineItems[0]?.quantity).toBe(365);
    const d = plan(w, { catalog });
    expect(d.hours).toBe(730);
    expect(d.options.map((o) => o.option).sort()).toEqual([...MSK_OPTIONS].sort());
    expect(plan(w, { catalog, hours: 0 }).hours).toBe(0);
  });

  it("the alternatives' inputs: SQS batches of 1 send ten times the requests of the default batch of 10", () => {
    const requests = (r: ReturnType<typeof plan>) => r.options[0]?.lineItems[0]?.quantity as number;
    const usEast = parseWorkload(smallWorkload("us-east-1"));
    const byTen = requests(plan(usEast, { catalog, options: ["sqs-standard"] }));
    const byOne = requests(
      plan(usEast, { catalog, options: ["sqs-standard"], alternatives: { sqsBatchSize: 1 } }),
    );
    expect(byTen).toBe(1_614_643_200);
    expect(byOne).toBe(10 * byTen);
  });
});
