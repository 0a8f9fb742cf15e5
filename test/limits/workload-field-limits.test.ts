// The lower and upper limits the workload field table gives numeric fields, each tested exactly
// at the limit and one step past it, through parseWorkload (the schema and the fast streams
// reader share these parsers): a utilisation target is a fraction in (0, 1], a compression ratio
// and the storage head-room are at least 1.
import { describe, expect, it } from "vitest";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { thrownInputError } from "../helpers/thrown.js";
import { smallWorkload } from "../plan/small-stream.js";

const base = () => smallWorkload("us-east-1");
const withTargets = (targets: Record<string, unknown>) => parseWorkload({ ...base(), targets });
const withStream = (extra: Record<string, unknown>) => {
  const w = base();
  return parseWorkload({ ...w, streams: [{ ...w.streams[0], ...extra }] });
};

describe("numeric workload fields at and one step past their limits", () => {
  it("targets.maxUtilisation.standard: 100 % and 0.01 % are taken; 100.01 % and 0 are refused naming the field", () => {
    expect(withTargets({ maxUtilisation: { standard: "100%" } }).targets.maxUtilisation.standard).toBe(1);
    expect(withTargets({ maxUtilisation: { standard: 0.0001 } }).targets.maxUtilisation.standard).toBe(
      0.0001,
    );
    for (const bad of ["100.01%", 0, "0%"]) {
      const e = thrownInputError(() => withTargets({ maxUtilisation: { standard: bad } }));
      expect(e.message).toMatch(/targets\.maxUtilisation\.standard/);
      expect(e.message).toMatch(/fraction in \(0, 1\]/);
    }
  });

  it("targets.storageHeadroom: 1 is taken, 0.99 is refused naming the field", () => {
    expect(withTargets({ storageHeadroom: 1 }).targets.storageHeadroom).toBe(1);
    const e = thrownInputError(() => withTargets({ storageHeadroom: 0.99 }));
    expect(e.message).toMatch(/targets\.storageHeadroom/);
  });

  it("streams[0].compressionRatio: 1 is taken, 0.99 is refused naming the field", () => {
    expect(withStream({ compressionRatio: 1 }).streams[0]?.compressionRatio).toBe(1);
    const e = thrownInputError(() => withStream({ compressionRatio: 0.99 }));
    expect(e.message).toBe("streams.events.compressionRatio: expected a number ≥ 1, got 0.99");
  });
});
