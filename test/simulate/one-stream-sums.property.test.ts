// Law: the sums of a workload with one stream replaced (src/plan/simulate/one-stream-sums.ts, the
// shortcut sensitivity takes) are the sums src/model/derive-demand.ts addStreams makes over the
// changed stream list, bit for bit (Object.is on every field), on random workloads with every
// stream replaced in turn: by a random stream, by itself, and by itself with one field moved.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addStreams, type DemandSums, emptySums } from "../../src/model/derive-demand.js";
import type { Stream } from "../../src/model/workload.js";
import { OneStreamSums } from "../../src/plan/simulate/one-stream-sums.js";
import { streamArb } from "../plan/arbitraries.js";

/** Streams with every field addStreams reads varied (message size, compression, groups too). */
const variedStreamArb: fc.Arbitrary<Stream> = fc
  .tuple(
    streamArb,
    fc.record({
      messageSizeBytes: fc.integer({ min: 1, max: 1_000_000 }),
      compressionRatio: fc.double({ min: 1, max: 8, noNaN: true }),
      consumerGroups: fc.double({ min: 0, max: 12, noNaN: true }),
    }),
  )
  .map(([s, extra]) => ({ ...s, ...extra }));

/** The fields whose bits differ (one expect per comparison would dominate the run). */
function differences(actual: DemandSums, expected: DemandSums, what: string): string[] {
  const keys = new Set([...Object.keys(actual), ...Object.keys(expected)] as (keyof DemandSums)[]);
  return [...keys]
    .filter((k) => !Object.is(actual[k], expected[k]))
    .map((k) => `${what}: ${k} ${actual[k]} vs ${expected[k]}`);
}

const reference = (streams: Stream[], i: number, changed: Stream) =>
  addStreams(
    emptySums(),
    streams.map((s, j) => (j === i ? changed : s)),
  );

describe("law: one stream replaced, the sums are addStreams's over the changed list, bit for bit", () => {
  it("every stream replaced by a random stream, by itself, and by itself with its ingress or partitions moved", () => {
    fc.assert(
      fc.property(
        fc.array(variedStreamArb, { minLength: 1, maxLength: 12 }),
        variedStreamArb,
        fc.double({ min: 0.5, max: 1.5, noNaN: true }),
        (streams, other, factor) => {
          const sums = new OneStreamSums(streams);
          const wrong: string[] = [];
          streams.forEach((s, i) => {
            const moved = { ...s, ingressBytesPerSec: s.ingressBytesPerSec * factor };
            const split = { ...s, partitions: s.partitions + 1 };
            for (const [what, changed] of [
              ["other", other],
              ["itself", s],
              ["ingress moved", moved],
              ["partitions + 1", split],
            ] as const)
              wrong.push(
                ...differences(sums.with(i, changed), reference(streams, i, changed), `stream ${i}, ${what}`),
              );
          });
          expect(wrong).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("a replaced stream's tiering, largest retention and replication factor count, before and after it", () => {
    const MiB = 2 ** 20;
    const s = (retentionSeconds: number, localRetentionSeconds: number, rf: number): Stream => ({
      name: "s",
      ingressBytesPerSec: MiB,
      peakIngressBytesPerSec: 2 * MiB,
      egressBytesPerSec: MiB,
      peakEgressBytesPerSec: 2 * MiB,
      retentionSeconds,
      localRetentionSeconds,
      localRetentionGiven: true,
      replicationFactor: rf,
      partitions: 4,
      messageSizeBytes: 1024,
      messageSizeGiven: false,
      compressionRatio: 1,
      consumerGroups: 1,
      tierReadBytesPerSec: 0,
    });
    const day = 86_400;
    const streams = [s(day, day, 3), s(10 * day, day, 3), s(day, day, 2)];
    const sums = new OneStreamSums(streams);
    // The only tiered stream made local: nothing tiered is left; tiered again: 1 MiB/s × 10 d in the tier.
    const local = sums.with(1, s(10 * day, 10 * day, 3));
    expect(local.tiered).toBe(false);
    expect(local.tieredStored).toBe(0);
    expect(local.maxRetention).toBe(10 * day);
    expect(sums.with(0, s(day, day, 3)).tieredStored).toBe(MiB * 10 * day);
    expect(sums.with(0, s(day, day, 3)).tiered).toBe(true);
    // The largest RF from the stream before (3), the replaced one (4) or after it.
    expect(sums.with(2, s(day, day, 4)).maxRf).toBe(4);
    expect(sums.with(0, s(day, day, 2)).maxRf).toBe(3);
    expect(sums.with(1, s(day, day, 2)).maxRf).toBe(3);
    // Partitions 4 + 4 + 4 = 12; with the middle one's replicas RF 2: 4 × 3 + 4 × 2 + 4 × 2 = 28.
    expect(sums.with(1, s(day, day, 2)).partitions).toBe(12);
    expect(sums.with(1, s(day, day, 2)).replicas).toBe(28);
    for (let i = 0; i < 3; i++)
      for (const c of [s(day, day, 2), s(10 * day, day, 3), s(3 * day, 2 * day, 4)])
        expect(differences(sums.with(i, c), reference(streams, i, c), `stream ${i}`)).toEqual([]);
  });
});
