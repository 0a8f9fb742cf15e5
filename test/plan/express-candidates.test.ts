// Which Express sizes the planner may choose: the instance-type allow-list, and — only when no
// priced size fits — a size without a broker-hour price, said in a note and priced "partial"
// (src/plan/express-option.ts prepare/choose). Broker counts worked by hand (sustained ingress:
// express.m7g.large 15.6 MB/s, xlarge 31.2 MB/s; 60 brokers per cluster).
import { describe, expect, it } from "vitest";
import { resolveInstanceTypes } from "../../src/model/instance-types.js";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { preparePlanner } from "../../src/plan/planner.js";
import type { OptionResult } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";

const workload = (region: string, ingress: string) =>
  parseWorkload({
    region,
    azs: 3,
    clientConnections: 10,
    streams: [
      { name: "s", ingress, consumerGroups: 1, partitions: 100, replicationFactor: 3, retention: "1d" },
    ],
  });
const express = (region: string, ingress: string, types?: string[]) => {
  const p = preparePlanner({
    catalog: bundledCatalog(),
    region,
    options: ["express"],
    ...(types ? { instanceTypes: resolveInstanceTypes(types, "instanceTypes") } : {}),
  });
  const w = workload(region, ingress);
  const o = p.plan(w).options[0] as OptionResult;
  expect(p.evaluate(w)[0]).toEqual({
    option: "express",
    feasible: o.feasible,
    monthlyUsd: o.monthlyUsd,
    priced: o.priced,
  });
  return o;
};

describe("Express candidates", () => {
  it("the allow-list: only express.m7g.xlarge allowed, 10 MB/s runs on 3 of them (not the cheaper large)", () => {
    expect(express("us-east-1", "10 MB/s", ["express.m7g.xlarge"]).configuration).toMatchObject({
      instanceType: "express.m7g.xlarge",
      brokers: 3,
    });
    expect(express("us-east-1", "10 MB/s").configuration).toMatchObject({
      instanceType: "express.m7g.large",
    });
  });

  it("no Express type allowed: infeasible, never priced", () => {
    const o = express("us-east-1", "10 MB/s", ["kafka.m5.large"]);
    expect([o.feasible, o.monthlyUsd]).toEqual([false, null]);
    expect(o.reasons[0]).toBe(
      "candidate broker types 0 < 1 (the allow-list instanceTypes / --instance-types leaves no Express type)",
    );
    expect(o.notes).toEqual([]);
  });

  it("ap-southeast-1 prices only express.m7g.large: 1,000 MB/s needs 1,000 ÷ 15.6 = 65 > 60 of them, so the unpriced xlarge (1,000 ÷ 31.2 = 32.05 → 33) is used, noted, priced partial", () => {
    const o = express("ap-southeast-1", "1000 MB/s");
    expect(o.configuration).toMatchObject({ instanceType: "express.m7g.xlarge", brokers: 33 });
    expect(o.priced).toBe("partial");
    expect(o.missingPrices.map((m) => m.dimension)).toEqual(["broker:express.m7g.xlarge"]);
    expect(o.notes[1]).toBe(
      "no instance type with a broker-hour price in ap-southeast-1 fits; sized with one that has none, chosen on its priced costs (types without a price: express.m7g.xlarge, express.m7g.2xlarge, express.m7g.4xlarge, express.m7g.8xlarge, express.m7g.12xlarge, express.m7g.16xlarge)",
    );
    // 936 MB/s = 60 × 15.6 still fits the priced size: no note.
    const fits = express("ap-southeast-1", "936 MB/s");
    expect(fits.configuration).toMatchObject({ instanceType: "express.m7g.large", brokers: 60 });
    expect(fits.notes.some((n) => n.startsWith("no instance type with a broker-hour price"))).toBe(false);
  });
});

describe("Express: the cheapest size, not the first that fits", () => {
  // Partition-bound (1 MB/s, 100 clients): replicas = partitions × RF 3; per broker large and
  // xlarge hold 1,000, 2xlarge 2,500, 4xlarge 6,000, 8xlarge 12,000, 12xlarge 16,000, 16xlarge
  // 20,000; us-east-1 $/h: 0.408, 0.816, 1.632, 3.264, 6.528, 9.792, 13.056.
  const partitionBound = (partitions: number) => {
    const w = parseWorkload({
      region: "us-east-1",
      clientConnections: 100,
      streams: [{ name: "s", ingress: "1 MB/s", partitions, replicationFactor: 3 }],
    });
    const p = preparePlanner({ catalog: bundledCatalog(), region: "us-east-1", options: ["express"] });
    const o = p.plan(w).options[0] as OptionResult;
    expect(p.evaluate(w)[0]?.monthlyUsd).toBe(o.monthlyUsd);
    return o;
  };

  it("20,000 partitions: 60,000 replicas ÷ 1,000 = 60 express.m7g.large, exactly the quota", () => {
    expect(partitionBound(20_000).configuration).toMatchObject({
      instanceType: "express.m7g.large",
      brokers: 60,
    });
  });

  it("20,001 partitions: large and xlarge need 63 > 60; 2xlarge fits first (27 × $1.632 = $44.064/h) but 4xlarge is cheaper (12 × $3.264 = $39.168/h)", () => {
    // 60,003 replicas: 2xlarge ÷ 2,500 = 24.0012 → 27 (a multiple of 3); 4xlarge ÷ 6,000 = 10.0005
    // → 12; 8xlarge ÷ 12,000 = 5.00025 → 6 × $6.528 = $39.168/h, a tie kept in table order;
    // 12xlarge 6 × $9.792, 16xlarge 6 × $13.056.
    const o = partitionBound(20_001);
    expect(o.configuration).toMatchObject({ instanceType: "express.m7g.4xlarge", brokers: 12 });
    expect(o.lineItems[0]).toMatchObject({ quantity: 12 * 730, unitPriceUsd: 3.264 });
  });
});
