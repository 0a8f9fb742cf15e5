// Law: what a workload asks of any cluster is declared once (src/model/demand-rules.ts), and the
// planner's unrolled per-scenario pass (src/model/derive-demand.ts addStreams, demandInto) is that
// declaration to the last bit: every figure of deriveDemand equals the figure's declaration
// evaluated with plain numbers over the same streams (Object.is), on random workloads.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  crossAzBytesPerSec,
  demandFigure,
  demandNumbers,
  figureValue,
  STREAM_FIGURES,
} from "../../src/model/demand-rules.js";
import { addStreams, demandOf, deriveDemand, emptySums } from "../../src/model/derive-demand.js";
import { sizingNumbers } from "../../src/model/sizing/rules.js";
import type { Workload } from "../../src/model/workload.js";
import { workloadArb } from "../plan/arbitraries.js";

/** Random workloads with every field a figure reads varied (message size, compression, groups too). */
const variedArb: fc.Arbitrary<Workload> = fc
  .tuple(
    workloadArb,
    fc.array(
      fc.record({
        messageSizeBytes: fc.integer({ min: 1, max: 1_000_000 }),
        compressionRatio: fc.double({ min: 1, max: 8, noNaN: true }),
        consumerGroups: fc.double({ min: 0, max: 12, noNaN: true }),
      }),
      { minLength: 3, maxLength: 3 },
    ),
  )
  .map(([w, extra]) => ({ ...w, streams: w.streams.map((s, i) => ({ ...s, ...extra[i] })) }));

describe("law: the per-scenario demand pass is the demand declarations, bit for bit", () => {
  it("every figure of deriveDemand equals its declaration over the streams, and cross-AZ its declaration over the sums", () => {
    fc.assert(
      fc.property(variedArb, (w) => {
        const d = deriveDemand(w);
        for (const f of STREAM_FIGURES) {
          const declared = demandFigure(demandNumbers, f, w.streams);
          expect(
            Object.is(figureValue(d, f.field), declared),
            `${f.field}: ${figureValue(d, f.field)} vs ${declared}`,
          ).toBe(true);
        }
        const cross = crossAzBytesPerSec(sizingNumbers, {
          ingress: d.ingressBytesPerSec,
          egress: d.egressBytesPerSec,
          azs: w.azs,
          fetchFromNearestReplica: w.targets.fetchFromNearestReplica ? 1 : 0,
        });
        expect(Object.is(d.crossAzBytesPerSec, cross)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("resuming from the sums before a stream (sensitivity's shortcut) gives the same figures", () => {
    fc.assert(
      fc.property(variedArb, (w) => {
        const whole = deriveDemand(w);
        const resumed = demandOf(w, addStreams(addStreams(emptySums(), w.streams, 0, 1), w.streams, 1));
        for (const f of STREAM_FIGURES)
          expect(figureValue(resumed, f.field), f.field).toBe(figureValue(whole, f.field));
      }),
      { numRuns: 100 },
    );
  });
});

describe("the demand declarations, by hand", () => {
  const MiB = 2 ** 20;
  const stream = {
    name: "a",
    ingressBytesPerSec: 10 * MiB,
    peakIngressBytesPerSec: 20 * MiB,
    egressBytesPerSec: 30 * MiB,
    peakEgressBytesPerSec: 60 * MiB,
    retentionSeconds: 86_400,
    localRetentionSeconds: 3_600,
    localRetentionGiven: true,
    replicationFactor: 3,
    partitions: 8,
    messageSizeBytes: 1_000,
    messageSizeGiven: true,
    compressionRatio: 2,
    consumerGroups: 2.5,
    tierReadBytesPerSec: 1 * MiB,
  };
  const value = (field: string, streams = [stream]) => {
    const f = STREAM_FIGURES.find((x) => x.field === field);
    if (!f) throw new Error(field);
    return demandFigure(demandNumbers, f, streams);
  };

  it("one tiered stream: replication 20 × 2 = 40 MiB/s, writes 20 × 3 = 60, on brokers 10 MiB/s × 1 h × 3, in the tier 10 MiB/s × 24 h", () => {
    expect(value("peakReplicationBytesPerSec")).toBe(40 * MiB);
    expect(value("peakStorageWriteBytesPerSec")).toBe(60 * MiB);
    expect(value("localStoredBytes")).toBe(10 * MiB * 3600 * 3);
    expect(value("fullyLocalStoredBytes")).toBe(10 * MiB * 86_400 * 3);
    expect(value("tieredStoredBytes")).toBe(10 * MiB * 86_400);
    expect(value("tierReadBytesPerSec")).toBe(MiB);
    expect(value("peakTierUploadBytesPerSec")).toBe(20 * MiB);
    expect(value("tiered")).toBe(1);
    // Records: 10 MiB/s × compression 2 ÷ 1,000 B = 20,971.52 records/s.
    expect(value("recordsInPerSec")).toBe((10 * MiB * 2) / 1000);
    // Whole consumer groups: 2.5 → 3; per partition 60 MiB/s ÷ 8.
    expect(value("consumerGroups")).toBe(3);
    expect(value("maxPeakEgressPerPartitionBytesPerSec")).toBe((60 * MiB) / 8);
  });

  it("a stream whose local retention equals its retention is not tiered: nothing in the tier, no tier reads or uploads", () => {
    const local = { ...stream, localRetentionSeconds: 86_400 };
    for (const f of ["tieredStoredBytes", "tierReadBytesPerSec", "peakTierUploadBytesPerSec", "tiered"])
      expect(value(f, [local]), f).toBe(0);
    // One second below: tiered.
    expect(value("tiered", [{ ...stream, localRetentionSeconds: 86_399 }])).toBe(1);
  });

  it("sums add streams, maxima take the largest (0 with no stream)", () => {
    const b = { ...stream, replicationFactor: 2, partitions: 2 };
    expect(value("partitionReplicas", [stream, b])).toBe(8 * 3 + 2 * 2);
    expect(value("maxReplicationFactor", [stream, b])).toBe(3);
    expect(value("maxPeakIngressPerPartitionBytesPerSec", [stream, b])).toBe((20 * MiB) / 2);
    expect(value("maxReplicationFactor", [])).toBe(0);
    expect(value("partitions", [])).toBe(0);
  });

  it("cross-AZ: 3 AZs, 10 MiB/s in and 30 out cross 2/3 of the time; reading from the nearest replica, only the producers'", () => {
    const x = { ingress: 10 * MiB, egress: 30 * MiB, azs: 3 };
    const twoThirds = (3 - 1) / 3;
    expect(crossAzBytesPerSec(sizingNumbers, { ...x, fetchFromNearestReplica: 0 })).toBe(
      10 * MiB * twoThirds + 30 * MiB * twoThirds,
    );
    expect(crossAzBytesPerSec(sizingNumbers, { ...x, fetchFromNearestReplica: 1 })).toBe(
      10 * MiB * twoThirds,
    );
    expect(crossAzBytesPerSec(sizingNumbers, { ...x, azs: 1, fetchFromNearestReplica: 0 })).toBe(0);
  });
});
