// Express sizing (src/model/sizing/express.ts) on express.m7g.large — 15.6 MB/s sustained in,
// 31.2 MB/s out per broker — with the targets and model settings the default workload never
// exercises: a utilisation target below 100 %, the aws-script model (egress = 2.5 × ingress, no
// AZ-loss factor), tolerateAzLoss off, and the 60-broker quota exactly and one step past. Plus
// the shared rounding helpers (src/model/sizing/common.ts) at their edges.
import { describe, expect, it } from "vitest";
import { deriveDemand } from "../../src/model/derive-demand.js";
import { brokersFor, ceilTolerant } from "../../src/model/sizing/common.js";
import {
  type ExpressCapacity,
  expressBrokers,
  expressCapacities,
  expressLoads,
  expressTargets,
  expressUtilisation,
  sizeExpress,
} from "../../src/model/sizing/express.js";
import { parseWorkload } from "../../src/model/workload-schema.js";

const large = expressCapacities()[0] as ExpressCapacity;
function size(stream: Record<string, unknown>, more: Record<string, unknown> = {}, clientConnections = 10) {
  const w = parseWorkload({
    region: "us-east-1",
    azs: 3,
    clientConnections,
    ...more,
    streams: [
      { name: "s", replicationFactor: 3, retention: "1d", consumerGroups: 1, partitions: 10, ...stream },
    ],
  });
  const L = expressLoads(w, deriveDemand(w));
  const s = sizeExpress(large, L);
  expect(expressBrokers(large, L)).toBe(s.brokers); // the sweep path agrees
  return { ...s, utilisation: expressUtilisation(large, L, s.brokers) };
}
const half = { targets: { maxUtilisation: { express: 0.5 } } };

describe("express.m7g.large sizing", () => {
  it("the capacity figures these cases rest on", () => {
    expect([large.name, large.ingressBytesPerSec, large.egressBytesPerSec, large.maxBrokers]).toEqual([
      "express.m7g.large",
      15_600_000,
      31_200_000,
      60,
    ]);
  });

  it("at a 50 % target, 15.6 MB/s in needs 15.6 ÷ (15.6 × 0.5) = 2 brokers' worth (still 3 brokers)", () => {
    const s = size({ ingress: "15.6 MB/s" }, half);
    expect(s.need.ingress).toBe(2);
    expect(s.utilisation.ingress).toBeCloseTo(15.6 / 3 / 15.6, 12); // against capacity, not the target
    // 46.8 MB/s = 3 × 15.6: 46.8 ÷ 7.8 = 6 brokers at 50 % (3 at 100 %).
    expect(size({ ingress: "46.8 MB/s" }, half).brokers).toBe(6);
  });

  it("at a 50 % target, 31 MB/s out needs 31 ÷ 15.6 = 1.99 → 2; utilisation 31 ÷ 3 ÷ 31.2", () => {
    const s = size({ ingress: "1 MB/s", consumerGroups: 31 }, half);
    expect(s.need.egress).toBe(2);
    expect(s.utilisation.egress).toBeCloseTo(31 / 3 / 31.2, 12);
  });

  it("aws-script: egress capacity 2.5 × 15.6 = 39 MB/s, so 39 groups × 1 MB/s need 1 broker, 40 need 2", () => {
    const aws = { sizingModel: "aws-script" };
    const at = size({ ingress: "1 MB/s", consumerGroups: 39 }, aws);
    expect(at.need.egress).toBe(1);
    expect(at.utilisation.egress).toBeCloseTo(39 / 3 / 39, 12);
    expect(size({ ingress: "1 MB/s", consumerGroups: 40 }, aws).need.egress).toBe(2);
    // The blog model checks 39 MB/s against 31.2: 1.25 → 2, utilisation 39 ÷ 3 ÷ 31.2.
    const blog = size({ ingress: "1 MB/s", consumerGroups: 39 });
    expect(blog.need.egress).toBe(2);
    expect(blog.utilisation.egress).toBeCloseTo(39 / 3 / 31.2, 12);
  });

  it("connections: 9,000 × 1.5 (one AZ lost) ÷ 3,000 = 4.5 → 6 brokers; without the AZ factor exactly 3", () => {
    const lost = size({ ingress: "1 MB/s" }, {}, 9000);
    expect(lost.need.connections).toBe(5);
    expect(lost.brokers).toBe(6);
    expect(lost.utilisation.connections).toBeCloseTo(13_500 / 6 / 3000, 12);
    expect(size({ ingress: "1 MB/s" }, { targets: { tolerateAzLoss: false } }, 9000).need.connections).toBe(
      3,
    );
    expect(size({ ingress: "1 MB/s" }, { sizingModel: "aws-script" }, 9000).need.connections).toBe(3);
  });

  it("the 60-broker quota: 60 × 15.6 = 936 MB/s fits on exactly 60; 936.1 MB/s needs 61 → 63, infeasible", () => {
    const at = size({ ingress: "936 MB/s", partitions: 1000 });
    expect([at.feasible, at.brokers, at.utilisation.brokers]).toEqual([true, 60, 1]);
    const past = size({ ingress: "936.1 MB/s", partitions: 1000 });
    expect([past.feasible, past.brokers, past.need.ingress]).toEqual([false, 63, 61]);
  });
});

describe("expressTargets (what the utilisation figures are held against)", () => {
  const loads = (more: Record<string, unknown>) => {
    const w = parseWorkload({
      region: "us-east-1",
      azs: 3,
      clientConnections: 10,
      ...more,
      streams: [{ name: "s", ingress: "1 MB/s", partitions: 10, replicationFactor: 3, retention: "1d" }],
    });
    return expressLoads(w, deriveDemand(w));
  };
  it("blog at 50 %: ingress and egress 0.5; aws-script: egress 1 (no utilisation factor)", () => {
    const t = { connections: 1, brokers: 1 };
    expect(expressTargets(loads(half))).toEqual({ ingress: 0.5, egress: 0.5, partitions: 1, ...t });
    expect(expressTargets(loads({ ...half, sizingModel: "aws-script" }))).toEqual({
      ingress: 0.5,
      egress: 1,
      partitions: 1,
      ...t,
    });
  });
});

describe("rounding helpers", () => {
  it("brokersFor: no load needs 0 brokers (+0, even with no capacity); no capacity needs ∞", () => {
    expect(brokersFor(0, 5)).toBe(0);
    expect(brokersFor(0, 0)).toBe(0);
    expect(brokersFor(1, 0)).toBe(Number.POSITIVE_INFINITY);
    expect(brokersFor(1, -1)).toBe(Number.POSITIVE_INFINITY);
    expect(brokersFor(1, Number.NaN)).toBe(Number.POSITIVE_INFINITY);
    expect(brokersFor(45, 15)).toBe(3); // an exact quotient does not round up
    expect(brokersFor(45.000001, 15)).toBe(4);
  });

  it("ceilTolerant: the slack is relative above 1 (10⁻⁹ × |x|)", () => {
    // 1,000,000.0001 − 10⁻⁹ × 1,000,000 = 999,999.9991 → 1,000,000 (float noise of a whole number)
    expect(ceilTolerant(1_000_000.0001)).toBe(1_000_000);
    expect(ceilTolerant(1_000_000.01)).toBe(1_000_001);
    expect(ceilTolerant(2.5)).toBe(3);
  });
});
