// fast-check generators of canonical workloads (already parsed: the planner's input).
import fc from "fast-check";
import type { Stream, Workload } from "../../src/model/workload.js";

const MiB = 2 ** 20;
const HOUR = 3600;

export const streamArb: fc.Arbitrary<Stream> = fc
  .record({
    ingressMiB: fc.double({ min: 0.05, max: 300, noNaN: true }),
    peakFactor: fc.double({ min: 1, max: 3, noNaN: true }),
    fanout: fc.double({ min: 0, max: 6, noNaN: true }),
    partitions: fc.integer({ min: 1, max: 6000 }),
    rf: fc.constantFrom(2, 3),
    retentionH: fc.integer({ min: 1, max: 24 * 60 }),
    localShare: fc.constantFrom(1, 1, 0.5, 0.1),
    tierReadShare: fc.constantFrom(0, 0, 0.1, 0.5),
  })
  .map((r, i = 0) => {
    const ingress = r.ingressMiB * MiB;
    const retention = Math.max(r.retentionH, r.localShare < 1 ? 72 : 1) * HOUR;
    const local = r.localShare < 1 ? Math.max(HOUR, Math.floor(retention * r.localShare)) : retention;
    return {
      name: `s${i}`,
      ingressBytesPerSec: ingress,
      peakIngressBytesPerSec: ingress * r.peakFactor,
      egressBytesPerSec: ingress * r.fanout,
      peakEgressBytesPerSec: ingress * r.peakFactor * r.fanout,
      retentionSeconds: retention,
      localRetentionSeconds: local,
      localRetentionGiven: true,
      replicationFactor: r.rf,
      partitions: r.partitions,
      messageSizeBytes: 1024,
      messageSizeGiven: false,
      compressionRatio: 1,
      consumerGroups: r.fanout,
      tierReadBytesPerSec: ingress * r.fanout * r.tierReadShare,
    };
  });

export const workloadArb: fc.Arbitrary<Workload> = fc
  .record({
    streams: fc.array(streamArb, { minLength: 1, maxLength: 3 }),
    azs: fc.constantFrom(2 as const, 3 as const, 3 as const),
    sizingModel: fc.constantFrom("blog" as const, "blog" as const, "aws-script" as const),
    tolerateAzLoss: fc.boolean(),
    fetchFromNearestReplica: fc.boolean(),
    connections: fc.integer({ min: 0, max: 5000 }),
    uStd: fc.constantFrom(0.5, 0.6, 0.8),
  })
  .map((r) => ({
    region: "us-east-1",
    azs: r.azs,
    clientConnections: r.connections,
    sizingModel: r.sizingModel,
    targets: {
      maxUtilisation: { standard: r.uStd, express: 0.75, partitions: 1 },
      storageHeadroom: 2,
      tolerateAzLoss: r.tolerateAzLoss,
      fetchFromNearestReplica: r.fetchFromNearestReplica,
      tieredLocalRetentionSeconds: 86_400,
    },
    streams: r.streams.map((s, i) => ({ ...s, name: `s${i}` })),
  }));

/** Scale one numeric stream field of every stream by `k` (≥ 1), keeping peaks ≥ averages. */
export function scaled(
  w: Workload,
  field: "ingress" | "egress" | "retention" | "partitions" | "tierReads",
  k: number,
): Workload {
  return {
    ...w,
    streams: w.streams.map((s) => {
      switch (field) {
        case "ingress":
          return {
            ...s,
            ingressBytesPerSec: s.ingressBytesPerSec * k,
            peakIngressBytesPerSec: s.peakIngressBytesPerSec * k,
          };
        case "egress":
          return {
            ...s,
            egressBytesPerSec: s.egressBytesPerSec * k,
            peakEgressBytesPerSec: s.peakEgressBytesPerSec * k,
            consumerGroups: s.consumerGroups * k,
          };
        case "retention":
          return {
            ...s,
            retentionSeconds: s.retentionSeconds * k,
            localRetentionSeconds: s.localRetentionSeconds,
          };
        case "partitions":
          return { ...s, partitions: Math.ceil(s.partitions * k) };
        case "tierReads":
          // More of egress read back from the tier, capped at egress (tier reads are part of it).
          return { ...s, tierReadBytesPerSec: Math.min(s.egressBytesPerSec, s.tierReadBytesPerSec * k) };
        default:
          return s;
      }
    }),
  };
}
