// The instance capability table (src/model/instances.ts) against docs/sizing-model.md
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/model/errors.js";
import {
  EXPRESS_INSTANCES,
  ebsBaselineBytesPerSec,
  expressThroughputBytesPerSec,
  INSTANCES,
  instanceKindOf,
  instanceSpec,
  networkBaselineBytesPerSec,
  pstMaxBytesPerSec,
  STANDARD_INSTANCES,
  type StandardInstance,
} from "../../src/model/instances.js";

describe("instance table", () => {
  it("holds 16 Standard and 7 Express types with unique names (docs/sizing-model.md)", () => {
    expect(STANDARD_INSTANCES).toHaveLength(16);
    expect(EXPRESS_INSTANCES).toHaveLength(7);
    expect(new Set(INSTANCES.map((i) => i.name)).size).toBe(INSTANCES.length);
  });

  it("converts published units once: 1 Gbps = 125e6 B/s, 1 MB/s = 1e6 B/s, MiB/s = 2^20 B/s", () => {
    const m5l = instanceSpec("kafka.m5.large", "x") as StandardInstance;
    expect(networkBaselineBytesPerSec(m5l)).toBe(0.75 * 125e6); // docs/sizing-model.md `ec2-general-purpose-instances`
    expect(ebsBaselineBytesPerSec(m5l)).toBe(81.25e6); // `ec2-ebs-optimized`
    expect(pstMaxBytesPerSec(m5l)).toBeNull(); // `msk-storage-throughput-management`: not PST-capable
    const m7g2 = instanceSpec("kafka.m7g.2xlarge", "x") as StandardInstance;
    expect(pstMaxBytesPerSec(m7g2)).toBe(312.5 * 2 ** 20); // conflict C2: docs make it eligible
    const e = instanceSpec("express.m7g.large", "x");
    if (e.kind !== "express") throw new Error("kind");
    expect(expressThroughputBytesPerSec(e).sustainedIngress).toBeCloseTo(15.6e6, 6); // C7
  });

  it("follows the docs on conflicts C3 and C4", () => {
    expect(instanceSpec("kafka.m5.24xlarge", "x").maxPartitionsPerBroker).toBe(6000);
    expect(instanceSpec("express.m7g.16xlarge", "x").maxPartitionsPerBroker).toBe(32000);
  });

  it("t3.small: no PST, no tiered storage, flagged ZooKeeper-only (C13)", () => {
    const t3 = instanceSpec("kafka.t3.small", "x") as StandardInstance;
    expect(t3.pst).toBeNull();
    expect(t3.tieredStorage).toBe(false);
    expect(t3.notes.join(" ")).toMatch(/ZooKeeper/);
  });

  it("law: a larger size in a family never has fewer vCPUs, partitions or bandwidth", () => {
    for (const a of INSTANCES) {
      for (const b of INSTANCES) {
        if (a.kind !== b.kind || a.family !== b.family || a.sizeRank >= b.sizeRank) continue;
        expect(b.vcpu).toBeGreaterThan(a.vcpu);
        expect(b.recommendedPartitionsPerBroker).toBeGreaterThanOrEqual(a.recommendedPartitionsPerBroker);
        if (a.kind === "standard" && b.kind === "standard") {
          expect(b.networkBaselineGbps).toBeGreaterThan(a.networkBaselineGbps);
          expect(b.ebsBaselineMBps).toBeGreaterThan(a.ebsBaselineMBps);
        }
      }
    }
  });

  it("an unknown type is an InputError naming the field and listing valid names", () => {
    expect(() => instanceSpec("kafka.m9.huge", "--instance")).toThrow(InputError);
    expect(() => instanceSpec("kafka.m9.huge", "--instance")).toThrow(
      /^--instance: unknown instance type "kafka.m9.huge"; expected one of: kafka.t3.small, /,
    );
    expect(() => instanceSpec("nope", "instance")).toThrow(
      expect.objectContaining({ code: "unknown_instance", path: "instance" }),
    );
  });

  it("derives the kind from the prefix", () => {
    expect(instanceKindOf("kafka.m5.large")).toBe("standard");
    expect(instanceKindOf("express.m7g.large")).toBe("express");
    expect(instanceKindOf("m5.large")).toBeUndefined();
  });
});
