// Law: sizing with a cutoff (the planner's pruning of instance types that cannot beat the best so
// far) is exact — it either gives the very same sizing as without one, or stops only for a type
// whose real cost is at least the cutoff. And sizing into a reused record equals a fresh sizing.
// A type cut off may stop before every constraint's broker count is known (the sizer's contract:
// `need` is complete only when not cut off), so `need` is compared whenever the type is not cut.
import fc from "fast-check";
import { expect, test } from "vitest";
import { deriveDemand } from "../../src/model/derive-demand.js";
import {
  emptyStandardSizing,
  sizeStandard,
  sizeStandardInto,
  standardCapacities,
  standardLoads,
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
