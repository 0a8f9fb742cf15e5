// The utilisation figures a plan shows for a sized Standard cluster, hand-worked (issue #16: the
// planner property test only checks each figure against its target, so a wrong formula that stays
// below target went unnoticed). Workload: 40 MiB/s in, one consumer group, RF 3, 30 partitions,
// 1 h retention, 3 AZs with one-AZ-loss head-room (× 3/2), 100 clients; kafka.m5.large × 6 brokers
// (test/model/sizing.test.ts derives the 6).
import { beforeEach, describe, expect, test } from "vitest";
import { deriveDemand } from "../../src/model/derive-demand.js";
import {
  type StandardLoads,
  type StandardSizing,
  type StandardUnitCosts,
  sizeStandard,
  standardCapacities,
  standardLoads,
  standardTargets,
  standardUtilisation,
} from "../../src/model/sizing/standard.js";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { noStandardLoads } from "../helpers/standard-loads.js";

const MiB = 2 ** 20;
const GiB = 2 ** 30;
const m5 = standardCapacities().find((c) => c.name === "kafka.m5.large");
if (!m5) throw new Error("kafka.m5.large");
const cost: StandardUnitCosts = { broker: 153.3, storageGiB: 0.1, pstMiBps: Number.NaN };

describe("Standard utilisation, blog model: 40 MiB/s on kafka.m5.large × 6", () => {
  // Computed in beforeEach, not at load: a mutant is switched on after the file has loaded
  // (docs/mutation.md, "Do the work inside the tests").
  let L: StandardLoads;
  let s: StandardSizing;
  let u: Record<string, number>;
  beforeEach(() => {
    const w = parseWorkload({
      streams: [{ name: "s", ingress: "40 MiB/s", partitions: 30, retention: "1h" }],
    });
    L = standardLoads(w, deriveDemand(w), false);
    s = sizeStandard(m5, L, cost);
    u = standardUtilisation(m5, L, s);
  });

  test("the loads: storage write 40 × 3 × 1.5 = 180 MiB/s; network out (40 egress + 80 replication) × 1.5 = 180; in (40 + 80) × 1.5 = 180", () => {
    expect(L.storageWrite).toBeCloseTo(180 * MiB, 3);
    expect(L.networkOut).toBeCloseTo(180 * MiB, 3);
    expect(L.networkIn).toBeCloseTo(180 * MiB, 3);
    // 40 MiB/s × 3,600 s × RF 3 = 421.875 GiB held, × 2 head-room = 843.75 GiB provisioned.
    expect(L.localBytes).toBe(40 * MiB * 3600 * 3);
    expect(L.provisionBytes).toBe(40 * MiB * 3600 * 3 * 2);
    expect(L.connections).toBeCloseTo(150, 9); // 100 × 3/2
    expect(L.replicas).toBe(90);
    expect(L.minBrokers).toBe(3);
  });
  test("6 brokers with ⌈843.75 ÷ 6⌉ = ⌈140.625⌉ = 141 GiB each", () => {
    expect([s.brokers, s.storagePerBrokerGiB, s.pstMiBps]).toEqual([6, 141, 0]);
  });
  test("network: 180 MiB/s ÷ 6 = 31,457,280 B/s per broker ÷ 93,750,000 B/s (0.75 Gbps) = 0.33554432, out and in", () => {
    expect(u.networkOut).toBeCloseTo(31_457_280 / 93_750_000, 12);
    expect(u.networkIn).toBeCloseTo(31_457_280 / 93_750_000, 12);
  });
  test("storage throughput: 31,457,280 B/s ÷ min(81,250,000 B/s EBS, 250 MiB/s volume) = 0.38716652…", () => {
    expect(u.storageThroughput).toBeCloseTo(31_457_280 / 81_250_000, 12);
  });
  test("partitions 90 ÷ 6 ÷ 1,000 = 0.015; storage 421.875 GiB ÷ (6 × 141 GiB) = 0.49867…; connections 150 ÷ 6 ÷ 3,000; brokers 6 ÷ 60", () => {
    expect(u.partitions).toBeCloseTo(0.015, 12);
    expect(u.storage).toBeCloseTo(421.875 / 846, 12);
    expect(u.connections).toBeCloseTo(150 / 6 / 3000, 12);
    expect(u.brokers).toBeCloseTo(0.1, 12);
    expect(Object.keys(u).sort()).toEqual(
      [
        "brokers",
        "connections",
        "networkIn",
        "networkOut",
        "partitions",
        "storage",
        "storageThroughput",
      ].sort(),
    );
  });
  test("with PST the volume is the provisioned MiB/s (kafka.m5.4xlarge, 3 brokers × 300 MiB/s, 100 GiB each)", () => {
    const m5x4 = standardCapacities().find((c) => c.name === "kafka.m5.4xlarge");
    if (!m5x4) throw new Error("kafka.m5.4xlarge");
    // A made-up sizing record: 3 brokers at 300 MiB/s PST, 100 GiB each. Per broker 60 MiB/s written
    // = 62,914,560 B/s ÷ min(593,750,000 B/s EBS, 300 MiB/s = 314,572,800 B/s) = 0.2.
    const v = standardUtilisation(m5x4, L, { brokers: 3, storagePerBrokerGiB: 100, pstMiBps: 300 });
    expect(v.storageThroughput).toBeCloseTo(0.2, 12);
    expect(v.storage).toBeCloseTo(421.875 / 300, 12);
    expect((v.storage ?? 0) * 3 * 100 * GiB).toBeCloseTo(L.localBytes, 0);
  });
});

describe("aws-script model: no separate network-in figure", () => {
  test("30 MB/s: network out 30 × (5.7 + 1.5 × fan-out 1) = 216 MB/s, storage 30 × 6.5 = 195 MB/s; no networkIn key", () => {
    const w = parseWorkload({
      sizingModel: "aws-script",
      streams: [{ name: "s", ingress: "30 MB/s", partitions: 30, retention: "1h" }],
    });
    const L = standardLoads(w, deriveDemand(w), false);
    expect(L.networkOut).toBeCloseTo(216e6, 3);
    expect(L.storageWrite).toBeCloseTo(195e6, 3);
    expect(L.networkIn).toBe(0);
    const s = sizeStandard(m5, L, cost);
    expect(s.brokers).toBe(6);
    const u = standardUtilisation(m5, L, s);
    expect("networkIn" in u).toBe(false);
    // 216e6 ÷ 6 = 36e6 B/s per broker ÷ 93.75e6 = 0.384; storage 195e6 ÷ 6 = 32.5e6 ÷ 81.25e6 = 0.4.
    expect(u.networkOut).toBeCloseTo(0.384, 12);
    expect(u.storageThroughput).toBeCloseTo(0.4, 12);
  });
});

describe("aws-script model, the tiered factors and no ingress", () => {
  const workload = () =>
    parseWorkload({
      sizingModel: "aws-script",
      streams: [{ name: "s", ingress: "30 MB/s", partitions: 30, retention: "1h" }],
    });
  test("tiered: storage 30 × (6.5 + 1.5) = 240 MB/s; network out 30 × (5.7 + 1.5 + 1.5 × fan-out 1) = 261 MB/s + 5 MB/s read from the tier = 266 MB/s", () => {
    const w = workload();
    const d = { ...deriveDemand(w), tierReadBytesPerSec: 5e6 };
    const L = standardLoads(w, d, true);
    expect(L.storageWrite).toBeCloseTo(240e6, 3);
    expect(L.networkOut).toBeCloseTo(266e6, 3);
    expect(L.networkIn).toBe(0);
    // Not tiered: the tier's factors and its reads left out (195 and 216 MB/s, as above).
    const flat = standardLoads(w, d, false);
    expect(flat.storageWrite).toBeCloseTo(195e6, 3);
    expect(flat.networkOut).toBeCloseTo(216e6, 3);
  });
  test("no ingress: fan-out is 0 (not 0 ÷ 0), so network out and its utilisation are 0, not NaN", () => {
    const w = workload();
    const d = { ...deriveDemand(w), peakIngressBytesPerSec: 0, peakEgressBytesPerSec: 0 };
    const L = standardLoads(w, d, false);
    expect(L.networkOut).toBe(0);
    expect(L.storageWrite).toBe(0);
    expect(standardUtilisation(m5, L, { brokers: 3, storagePerBrokerGiB: 1, pstMiBps: 0 }).networkOut).toBe(
      0,
    );
  });
});

describe("standardTargets: the target each utilisation figure is held to", () => {
  test("network and storage throughput at the utilisation target, partitions at theirs, storage at held ÷ provisioned", () => {
    const w = parseWorkload({
      targets: { maxUtilisation: { standard: 0.6, partitions: 0.8 }, storageHeadroom: 2.5 },
      streams: [{ name: "s", ingress: "40 MiB/s", partitions: 30, retention: "1h" }],
    });
    const L = standardLoads(w, deriveDemand(w), false);
    // Storage: held ÷ (held × 2.5 head-room) = 0.4.
    expect(standardTargets(L)).toEqual({
      networkOut: 0.6,
      networkIn: 0.6,
      storageThroughput: 0.6,
      partitions: 0.8,
      storage: 0.4,
      connections: 1,
      brokers: 1,
    });
  });
  test("nothing to provision: the storage target is 1 (not 0 ÷ 0)", () => {
    expect(standardTargets(noStandardLoads({ localBytes: 0, provisionBytes: 0 })).storage).toBe(1);
  });
});
