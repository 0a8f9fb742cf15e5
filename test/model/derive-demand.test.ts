import fc from "fast-check";
import { expect, test } from "vitest";
import { deriveDemand, deriveDemandInto, emptyDemand, emptySums } from "../../src/model/derive-demand.js";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { workloadArb } from "../plan/arbitraries.js";

const MiB = 2 ** 20;
const DAY = 86_400;

// Hand-worked: the issue #4 minimal file (20/60 MiB/s in, 40/120 MiB/s out, RF 3, 600 partitions, 7d, 1d local).
const w = parseWorkload({
  azs: 3,
  streams: [
    {
      name: "orders",
      ingress: "20 MiB/s",
      peakIngress: "60 MiB/s",
      egress: "40 MiB/s",
      peakEgress: "120 MiB/s",
      partitions: 600,
      retention: "7d",
      localRetention: "1d",
    },
  ],
});

test("replication, storage write and storage held (hand-worked)", () => {
  const d = deriveDemand(w);
  expect(d.peakReplicationBytesPerSec).toBe(60 * MiB * 2);
  expect(d.peakStorageWriteBytesPerSec).toBe(60 * MiB * 3);
  expect(d.localStoredBytes).toBe(20 * MiB * DAY * 3);
  expect(d.fullyLocalStoredBytes).toBe(20 * MiB * 7 * DAY * 3);
  // The tier holds the whole 7 d retention (one copy), not only the 6 d beyond local retention.
  expect(d.tieredStoredBytes).toBe(20 * MiB * 7 * DAY);
  expect(d.tierReadBytesPerSec).toBe(0);
  expect(d.retainedBytes).toBe(20 * MiB * 7 * DAY);
  expect(d.partitions).toBe(600);
  expect(d.partitionReplicas).toBe(1800);
  expect(d.tiered).toBe(true);
  expect(d.peakTierUploadBytesPerSec).toBe(60 * MiB);
  expect(d.maxPeakIngressPerPartitionBytesPerSec).toBe((60 * MiB) / 600);
});

test("cross-AZ: (azs−1)/azs of ingress plus of egress; consumers fetching nearest replica cross no AZ", () => {
  expect(deriveDemand(w).crossAzBytesPerSec).toBeCloseTo((2 / 3) * (20 + 40) * MiB, 6);
  const nearest = { ...w, targets: { ...w.targets, fetchFromNearestReplica: true } };
  expect(deriveDemand(nearest).crossAzBytesPerSec).toBeCloseTo((2 / 3) * 20 * MiB, 6);
  const twoAz = { ...w, azs: 2 as const };
  expect(deriveDemand(twoAz).crossAzBytesPerSec).toBeCloseTo(0.5 * 60 * MiB, 6);
});

test("streams sum; maxima are over streams", () => {
  const two = parseWorkload({
    streams: [
      { name: "a", ingress: "10 MiB/s", partitions: 10, replicationFactor: 2, retention: "1d" },
      {
        name: "b",
        ingress: "30 MiB/s",
        consumerGroups: 3,
        partitions: 20,
        replicationFactor: 3,
        retention: "2d",
      },
    ],
  });
  const d = deriveDemand(two);
  expect(d.ingressBytesPerSec).toBe(40 * MiB);
  expect(d.egressBytesPerSec).toBe(100 * MiB);
  expect(d.partitionReplicas).toBe(10 * 2 + 20 * 3);
  expect(d.maxReplicationFactor).toBe(3);
  expect(d.consumerGroups).toBe(3);
  expect(d.maxRetentionSeconds).toBe(2 * DAY);
  expect(d.tiered).toBe(false);
  expect(d.tieredStoredBytes).toBe(0);
  expect(d.recordsInPerSec).toBe((40 * MiB) / 1024);
});

// Three streams whose maxima sit in the first stream (a maximum kept by "the last stream wins"
// would be wrong here), with a tiered stream, tier reads, compression, message sizes and a derived
// fractional consumer-group count. All in MiB/s and MiB·days; a day is 86,400 s.
test("three streams, hand-worked: sums, maxima in the first stream, records, tiering", () => {
  const d = deriveDemand(
    parseWorkload({
      streams: [
        {
          name: "a",
          ingress: "10 MiB/s",
          peakIngress: "40 MiB/s",
          egress: "25 MiB/s", // 2.5 groups, counted as 3 where whole groups matter
          peakEgress: "100 MiB/s",
          partitions: 4,
          replicationFactor: 4,
          retention: "5d",
          localRetention: "4d",
          tierReads: "1 MiB/s",
          messageSize: "2 KiB",
          compressionRatio: 4,
        },
        {
          name: "b",
          ingress: "20 MiB/s",
          partitions: 100,
          replicationFactor: 2,
          retention: "1d",
          messageSize: "512 B",
        },
        { name: "c", ingress: "1 MiB/s", partitions: 1, replicationFactor: 3, retention: "2d" },
      ],
    }),
  );
  expect(d.ingressBytesPerSec).toBe(31 * MiB); // 10 + 20 + 1
  expect(d.peakIngressBytesPerSec).toBe(61 * MiB); // 40 + 20 + 1
  expect(d.egressBytesPerSec).toBe(46 * MiB); // 25 + 1 × 20 + 1 × 1
  expect(d.peakEgressBytesPerSec).toBe(121 * MiB); // 100 + 20 + 1
  expect(d.peakReplicationBytesPerSec).toBe(142 * MiB); // 40 × 3 + 20 × 1 + 1 × 2
  expect(d.peakStorageWriteBytesPerSec).toBe(203 * MiB); // 40 × 4 + 20 × 2 + 1 × 3
  expect(d.localStoredBytes).toBe(206 * MiB * DAY); // 10 × 4 d × 4 + 20 × 1 d × 2 + 1 × 2 d × 3
  expect(d.fullyLocalStoredBytes).toBe(246 * MiB * DAY); // 10 × 5 d × 4 + 40 + 6
  expect(d.retainedBytes).toBe(72 * MiB * DAY); // 10 × 5 + 20 × 1 + 1 × 2
  expect(d.tiered).toBe(true); // a: 4 d local < 5 d
  expect(d.tieredStoredBytes).toBe(50 * MiB * DAY); // a only, its whole 5 d
  expect(d.peakTierUploadBytesPerSec).toBe(40 * MiB);
  expect(d.tierReadBytesPerSec).toBe(MiB);
  expect(d.partitions).toBe(105);
  expect(d.partitionReplicas).toBe(219); // 4 × 4 + 100 × 2 + 1 × 3
  expect(d.maxReplicationFactor).toBe(4);
  expect(d.consumerGroups).toBe(3); // ⌈2.5⌉
  expect(d.maxRetentionSeconds).toBe(5 * DAY);
  expect(d.maxLocalRetentionSeconds).toBe(4 * DAY);
  expect(d.maxPeakIngressPerPartitionBytesPerSec).toBe(10 * MiB); // 40 ÷ 4 (b: 0.2, c: 1)
  expect(d.maxPeakEgressPerPartitionBytesPerSec).toBe(25 * MiB); // 100 ÷ 4
  expect(d.maxMessageSizeBytes).toBe(2048);
  // Records = wire bytes × compression ratio ÷ message size:
  // a 10 MiB × 4 ÷ 2,048 = 20,480; b 20 MiB ÷ 512 = 40,960; c 1 MiB ÷ 1,024 = 1,024.
  expect(d.recordsInPerSec).toBe(20_480 + 40_960 + 1_024);
  expect(d.peakRecordsInPerSec).toBe(81_920 + 40_960 + 1_024); // a at 40 MiB/s
  expect(d.recordsOutPerSec).toBe(51_200 + 40_960 + 1_024); // a at 25 MiB/s
  expect(d.clientConnections).toBe(100);
  expect(d.crossAzBytesPerSec).toBeCloseTo(((31 + 46) * MiB * 2) / 3, 3);
});

test("deriving into reused records gives what a fresh derivation gives, whatever came before", () => {
  // One pair of records for the whole run (as the planner's evaluate keeps them): no sum or flag
  // of an earlier workload (a tiered stream, a larger maximum) may leak into the next.
  const sums = emptySums();
  const out = emptyDemand();
  fc.assert(
    fc.property(fc.array(workloadArb, { minLength: 1, maxLength: 4 }), (ws) => {
      for (const x of ws) {
        expect(deriveDemandInto(x, sums, out)).toBe(out);
        // Same fields, same order (the JSON of plan's demand), same values.
        expect(JSON.stringify(out)).toBe(JSON.stringify(deriveDemand(x)));
        expect({ ...out }).toEqual(deriveDemand(x));
      }
    }),
    { numRuns: 100 },
  );
});
