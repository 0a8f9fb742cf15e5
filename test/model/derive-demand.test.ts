import { expect, test } from "vitest";
import { deriveDemand } from "../../src/model/derive-demand.js";
import { parseWorkload } from "../../src/model/workload-schema.js";

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
