// Law: sizing with a cutoff (the planner's pruning of instance types that cannot beat the best so
// far) is exact — it either gives the very same sizing as without one, or stops only for a type
// whose real cost is at least the cutoff. And sizing into a reused record equals a fresh sizing.
// A type cut off may stop before every constraint's broker count is known (the sizer's contract:
// `need` is complete only when not cut off), so `need` is compared whenever the type is not cut.
// The cutoff counts the storage too (costFloor): a bound under what every configuration costs.
import fc from "fast-check";
import { expect, test } from "vitest";
import { BYTES_PER_GIB } from "../../src/model/conventions.js";
import { deriveDemand } from "../../src/model/derive-demand.js";
import { sizingNumbers, storagePerBroker } from "../../src/model/sizing/rules.js";
import {
  costFloor,
  emptyStandardSizing,
  sizeStandard,
  sizeStandardInto,
  standardCapacities,
  standardLoads,
  standardTable,
} from "../../src/model/sizing/standard.js";
import { workloadArb } from "../plan/arbitraries.js";

const caps = standardCapacities();
// Period prices of the kind the planner passes (USD per broker, per GiB, per MiB/s of PST).
const costs = caps.map((_, i) => ({ broker: 100 + 37 * i, storageGiB: 0.1, pstMiBps: 0.08 }));

test("a cutoff never changes the choice: same sizing, or a type whose cost is ≥ the cutoff", () => {
  const scratch = emptyStandardSizing();
  fc.assert(
    fc.property(
      workloadArb,
      fc.boolean(),
      fc.double({ min: 0, max: 200_000, noNaN: true }),
      (w, tiered, cutoff) => {
        const L = standardLoads(w, deriveDemand(w), tiered);
        caps.forEach((c, i) => {
          const cost = costs[i] as (typeof costs)[number];
          const full = sizeStandard(c, L, cost);
          // No cutoff: the reused record equals a fresh sizing in every field, need included.
          expect({ ...sizeStandardInto(c, L, cost, scratch, Number.POSITIVE_INFINITY) }).toEqual(full);
          const cut = sizeStandardInto(c, L, cost, scratch, cutoff);
          if (Number.isFinite(cut.clusterUsd)) {
            expect(cut).toEqual(full);
          } else {
            expect(cut.feasible).toBe(false);
            expect(full.clusterUsd).toBeGreaterThanOrEqual(cutoff);
          }
        });
      },
    ),
    { numRuns: 150 },
  );
});

test("costFloor(n) is at most what n or more brokers cost, whatever the storage and PST", () => {
  const m7g = caps.find((c) => c.name === "kafka.m7g.large") as (typeof caps)[number];
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 60 }),
      fc.integer({ min: 0, max: 57 }),
      fc.oneof(
        fc.constantFrom(0, 1, 1023, BYTES_PER_GIB - 1, BYTES_PER_GIB, BYTES_PER_GIB + 1),
        fc.double({ min: 0, max: 60 * 16_384 * BYTES_PER_GIB, noNaN: true }),
      ),
      fc.double({ min: 0, max: 1e5, noNaN: true }),
      fc.constantFrom(0, 1e-9, 0.08, 0.1, 0.125, 3),
      fc.constantFrom(0, 250, 1000),
      fc.constantFrom(1, 10),
      (n, more, bytes, broker, storageUsd, mibps, minGiB) => {
        const T = standardTable([m7g], [{ broker, storageGiB: storageUsd, pstMiBps: 0.08 }]);
        const floor = costFloor(n, broker, bytes * (T.storageFloorPerByte[0] as number));
        // The sizer's cost of a configuration of k ≥ n brokers (src/model/sizing/standard.ts).
        const k = n + more;
        const gib = storagePerBroker(sizingNumbers, bytes, k, BYTES_PER_GIB, minGiB);
        const usd = k * (broker + gib * storageUsd + (mibps > 0 ? mibps * 0.08 : 0));
        expect(floor).toBeLessThanOrEqual(usd);
      },
    ),
    { numRuns: 2000 },
  );
});

test("costFloor: storage counts only under a 1 GiB minimum per broker; at 0 GiB minimum none", () => {
  const m7g = caps.find((c) => c.name === "kafka.m7g.large") as (typeof caps)[number];
  const cost = { broker: 100, storageGiB: 0.1, pstMiBps: 0.08 };
  const T = standardTable([m7g, { ...m7g, storageMinGiB: 0 }], [cost, cost]);
  // 0.1 USD per GiB × (1 − 1e-6) per GiB of bytes: 3 brokers and 3,000 GiB floor at
  // (3 × 100 + 300 × (1 − 1e-6)) × (1 − 1e-12) = 599.9997 × (1 − 1e-12) = 599.9996999994.
  const floor = costFloor(3, 100, 3000 * BYTES_PER_GIB * (T.storageFloorPerByte[0] as number));
  expect(floor).toBeCloseTo(599.9996999994, 9);
  expect(floor).toBeLessThan(600);
  expect(T.storageFloorPerByte[1]).toBe(0);
});
