// Law: the sweep path's Express broker count (expressBrokers, which skips the partitions quotient
// when a product shows partitions need no more brokers than throughput and connections) equals
// sizeExpress's — every size, random loads, partition replicas on and around the boundaries.
import fc from "fast-check";
import { expect, test } from "vitest";
import {
  type ExpressLoads,
  expressBrokers,
  expressCapacities,
  sizeExpress,
} from "../../src/model/sizing/express.js";

const sizes = expressCapacities();

test("law: expressBrokers equals sizeExpress's brokers, partitions at, under and over throughput's count", () => {
  fc.assert(
    fc.property(
      fc.double({ min: 0, max: 4e10, noNaN: true }),
      fc.double({ min: 0, max: 8e10, noNaN: true }),
      fc.integer({ min: 0, max: 60 }),
      fc.constantFrom(-1, -1e-6, 0, 3e-10, 7e-10, 1e-6, 0.5, 1),
      fc.integer({ min: 0, max: 400_000 }),
      fc.constantFrom(0.5, 0.75, 1),
      fc.constantFrom(0.5, 1, 1.5),
      fc.constantFrom("blog" as const, "aws-script" as const),
      (ingress, egress, n, nudge, connections, utilisation, partitionShare, model) => {
        for (const c of sizes) {
          // Replicas around n brokers' partition capacity (n + nudge of them), or none.
          const perBroker = Math.min(c.recommendedPartitions * partitionShare, c.maxPartitions);
          const replicas = Math.max(0, (n + nudge) * perBroker);
          const L: ExpressLoads = {
            ingress,
            egress,
            replicas,
            connections,
            utilisation,
            partitionShare,
            model,
          };
          expect(expressBrokers(c, L)).toBe(sizeExpress(c, L).brokers);
        }
      },
    ),
    { numRuns: 500 },
  );
});
