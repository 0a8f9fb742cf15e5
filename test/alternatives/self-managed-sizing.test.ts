// Self-managed Kafka's broker sizing (sizeSelfManaged) on hand-made flows, one binding resource at
// a time, each exactly at the minimum (which then still binds: a need replaces an earlier one only
// when strictly larger) and past it; the gp3 volume each broker gets; and the utilisation a plan
// reports, worked by hand. Everything is built inside the tests (mutants switch on after load).
import { describe, expect, it } from "vitest";
import {
  EC2_CAPABILITIES,
  ec2EbsBytesPerSec,
  ec2NetworkBytesPerSec,
  GP3_LIMITS_2023,
} from "../../src/model/alternatives/ec2.js";
import { deriveDemand } from "../../src/model/derive-demand.js";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { evaluateAlternatives } from "../../src/plan/alternatives/index.js";
import {
  type SelfManagedFlows,
  selfManagedFlows,
  sizeSelfManaged,
} from "../../src/plan/alternatives/self-managed.js";

const MiB = 2 ** 20;
const GiB = 2 ** 30;

/** Flows at a 50 % target, no AZ-loss factor, 3 AZs, minimum 3 brokers, 2023 gp3 limits; `o` overrides. */
function flows(o: Partial<SelfManagedFlows> = {}): SelfManagedFlows {
  return {
    u: 0.5,
    f: 1,
    azs: 3,
    storedBytes: 0,
    storageWrite: 0,
    netOut: 0,
    netIn: 0,
    minBrokers: 3,
    gp3: GP3_LIMITS_2023,
    gp3MaxTput: 1000 * MiB,
    ...o,
  };
}

describe("sizeSelfManaged (net and EBS 100 MB/s per broker unless said)", () => {
  const M = 100e6;
  it("nothing to carry: the minimum 3 brokers, 125 MiB/s, 3,000 IOPS, 3,000 ÷ 500 = 6 GiB", () => {
    expect(sizeSelfManaged(flows(), M, M)).toEqual({
      brokers: 3,
      binding: "minimumBrokers",
      tputMiBps: 125,
      iops: 3000,
      sizeGiB: 6,
    });
  });
  it("storage writes: 150 MB/s ÷ (0.5 × 100 MB/s) = 3 ties the minimum (still binding); 150.1 MB/s → 4 → 6", () => {
    expect(sizeSelfManaged(flows({ storageWrite: 150e6 }), M, M)).toMatchObject({
      brokers: 3,
      binding: "minimumBrokers",
    });
    expect(sizeSelfManaged(flows({ storageWrite: 150.1e6 }), M, M)).toMatchObject({
      brokers: 6,
      binding: "storageThroughput",
    });
    // × the AZ-loss factor 1.5: 100 MB/s × 1.5 = 150 MB/s → 3; 100.1 MB/s × 1.5 → 4 → 6.
    expect(sizeSelfManaged(flows({ storageWrite: 100e6, f: 1.5 }), M, M).brokers).toBe(3);
    expect(sizeSelfManaged(flows({ storageWrite: 100.1e6, f: 1.5 }), M, M).brokers).toBe(6);
  });
  it("gp3 throughput above the baseline: 2,700 MB/s on 900 MB/s EBS → 6 brokers, ⌈2.7e9 ÷ 6 ÷ 0.5 ÷ 2^20⌉ = ⌈858.3⌉ = 859 MiB/s, ⌈859 ÷ 0.25⌉ = 3,436 IOPS, ⌈3,436 ÷ 500⌉ = 7 GiB", () => {
    expect(sizeSelfManaged(flows({ storageWrite: 2700e6 }), M, 900e6)).toEqual({
      brokers: 6,
      binding: "storageThroughput",
      tputMiBps: 859,
      iops: 3436,
      sizeGiB: 7,
    });
  });
  it("gp3 throughput carries the AZ-loss factor: 1,800 MB/s × 1.5 on 900 MB/s EBS → 6 brokers, ⌈2.7e9 ÷ 6 ÷ 0.5 ÷ 2^20⌉ = 859 MiB/s", () => {
    expect(sizeSelfManaged(flows({ storageWrite: 1800e6, f: 1.5 }), M, 900e6)).toMatchObject({
      brokers: 6,
      tputMiBps: 859,
    });
  });
  it("the volume's 1,000 MiB/s caps a faster instance's EBS: 2,097,152,000 B/s ÷ (0.5 × 1,048,576,000) = 4 → 6 brokers, not 3", () => {
    // ⌈2,097,152,000 ÷ 6 ÷ 0.5 ÷ 2^20⌉ = ⌈666.7⌉ = 667 MiB/s; ⌈667 ÷ 0.25⌉ = 2,668 < 3,000 IOPS.
    expect(sizeSelfManaged(flows({ storageWrite: 2_097_152_000 }), M, 2000e6)).toEqual({
      brokers: 6,
      binding: "storageThroughput",
      tputMiBps: 667,
      iops: 3000,
      sizeGiB: 6,
    });
  });
  it("network out binds at 200 MB/s (4 → 6); the same network in ties it and does not take over; 350 MB/s in → 7 → 9", () => {
    expect(sizeSelfManaged(flows({ netOut: 200e6, netIn: 200e6 }), M, M)).toMatchObject({
      brokers: 6,
      binding: "networkOut",
    });
    expect(sizeSelfManaged(flows({ netOut: 200e6, netIn: 350e6 }), M, M)).toMatchObject({
      brokers: 9,
      binding: "networkIn",
    });
    // × 1.5: 100 MB/s in → 150 MB/s → 3 (minimum); 100.1 MB/s → 6.
    expect(sizeSelfManaged(flows({ netIn: 100e6, f: 1.5 }), M, M).binding).toBe("minimumBrokers");
    expect(sizeSelfManaged(flows({ netIn: 100.1e6, f: 1.5 }), M, M).binding).toBe("networkIn");
    expect(sizeSelfManaged(flows({ netOut: 100.1e6, f: 1.5 }), M, M).binding).toBe("networkOut");
  });
  it("storage capacity: 3 full 16,384 GiB volumes tie the minimum; 4 → 6 brokers of ⌈65,536 ÷ 6⌉ = 10,923 GiB", () => {
    expect(sizeSelfManaged(flows({ storedBytes: 3 * 16_384 * GiB }), M, M)).toMatchObject({
      brokers: 3,
      binding: "minimumBrokers",
      sizeGiB: 16_384,
    });
    expect(sizeSelfManaged(flows({ storedBytes: 4 * 16_384 * GiB }), M, M)).toEqual({
      brokers: 6,
      binding: "storageCapacity",
      tputMiBps: 125,
      iops: 3000,
      sizeGiB: 10_923,
    });
  });
});

describe("self-managed plan: configuration and utilisation by hand", () => {
  it("no EC2 price (eu-west-1): equal priced costs, so the fewest brokers of any type (sized type by type here), not the first type's", () => {
    const workload = parseWorkload({
      region: "eu-west-1",
      streams: [{ name: "big", ingress: "200 MB/s", partitions: 300, retention: "1d" }],
    });
    const demand = deriveDemand(workload);
    const x = selfManagedFlows(workload, demand, GP3_LIMITS_2023);
    const counts = EC2_CAPABILITIES.map(
      (c) => sizeSelfManaged(x, ec2NetworkBytesPerSec(c), ec2EbsBytesPerSec(c)).brokers,
    );
    const fewest = Math.min(...counts);
    expect(fewest).toBeLessThan(counts[0] as number); // the first type (m5.large) needs more
    const [r] = evaluateAlternatives({ workload, demand, hours: 730, region: "eu-west-1" }, ["self-managed"]);
    expect((r?.configuration as { brokers: number } | undefined)?.brokers).toBe(fewest);
  });
  it("10 MB/s, RF 3, 1 day, one AZ of 3 lost (× 1.5) on 3 × m7g.large (0.937 Gbps = 117,125,000 B/s, EBS 78.75 MB/s)", () => {
    const workload = parseWorkload({
      streams: [{ name: "orders", ingress: "10 MB/s", partitions: 30, retention: "1d" }],
    });
    const [r] = evaluateAlternatives(
      { workload, demand: deriveDemand(workload), hours: 730, region: "us-east-1" },
      ["self-managed"],
    );
    if (!r?.feasible) throw new Error("expected a feasible plan");
    expect(r.configuration).toEqual({
      instanceType: "m7g.large",
      brokers: 3,
      storagePerBrokerGiB: 1610,
      volumeIopsPerBroker: 3000,
      volumeThroughputPerBrokerMiBps: 125,
      controllerInstanceType: "m7g.large",
      controllers: 3,
      costBasis: "infrastructure only",
      opsHoursPerMonth: null,
      opsHourlyRateUsd: null,
    });
    expect(r.utilisation).toEqual({
      // out = 10 MB/s egress + 20 MB/s replication; × 1.5 ÷ 3 brokers ÷ 117,125,000 B/s.
      networkOut: (30e6 * 1.5) / 3 / 117_125_000,
      // in = 10 MB/s ingress + 20 MB/s replication, the same.
      networkIn: (30e6 * 1.5) / 3 / 117_125_000,
      // writes 10 MB/s × RF 3 × 1.5 ÷ 3 ÷ min(78.75 MB/s, 125 MiB/s).
      storageThroughput: (30e6 * 1.5) / 3 / 78.75e6,
      // 10 MB/s × 86,400 s × 3 replicas ÷ 3 brokers ÷ 1,610 GiB (the head-room is not used).
      storageCapacity: (10e6 * 86_400 * 3) / 3 / (1610 * GiB),
    });
    expect(r.binding).toBe("minimumBrokers");
  });
});
