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
    expect(o.reasons[0]).toMatch(/^no Express broker type among the candidate instance types/);
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
