// `dominates` (src/model/sizing/standard.ts) lets the planner drop a Standard type that another
// type beats on every count: it only saves time when it answers true rightly, and changes the
// choice when it answers true wrongly. Each of its conditions is tested here exactly at its limit
// (still dominated) and one step past it (not dominated), on hand-made capacities and costs, so a
// condition weakened, strengthened or dropped fails a case. The brute-force agreement with every type
// sized one by one is test/plan/dominated-types.test.ts.
import { describe, expect, it } from "vitest";
import { PST_MIN_VOLUME_GIB } from "../../src/model/instances.js";
import { dominates, type StandardCapacity, type StandardUnitCosts } from "../../src/model/sizing/standard.js";

type Caps = Omit<StandardCapacity, "spec" | "name" | "tieredStorage">;
// k and j have equal capacities: every capacity condition is at its limit (k ≥ j, or k ≤ j for the
// minimum volume size), which still dominates.
const CAPS: Caps = {
  networkBytesPerSec: 100,
  ebsBytesPerSec: 50,
  defaultVolumeBytesPerSec: 40,
  pstMaxBytesPerSec: 60,
  pstMinMiBps: 10,
  pstMaxMiBps: 100,
  recommendedPartitions: 1000,
  maxPartitions: 1500,
  storageMinGiB: 1,
  storageMaxBytes: 1e12,
  maxBrokers: 30,
};
// k's broker is cheaper (100 < 200); j's broker (200) ≥ k.maxBrokers × storage (30 × 0.5 = 15);
// j's broker premium 200 − 100 = 100 > its PST price 0.001.
const K_COST: StandardUnitCosts = { broker: 100, storageGiB: 0.5, pstMiBps: 0.001 };
const J_COST: StandardUnitCosts = { broker: 200, storageGiB: 0.5, pstMiBps: 0.001 };

const cap = (o: Partial<Caps> = {}): StandardCapacity =>
  ({ ...CAPS, ...o, spec: undefined, name: "t", tieredStorage: false }) as unknown as StandardCapacity;

function dom(
  k: Partial<Caps> = {},
  j: Partial<Caps> = {},
  kc: Partial<StandardUnitCosts> = {},
  jc: Partial<StandardUnitCosts> = {},
) {
  return dominates(cap(k), { ...K_COST, ...kc }, cap(j), { ...J_COST, ...jc });
}

describe("dominates: each condition at its limit and one step past", () => {
  it("the hand-made pair dominates (every capacity equal, k's broker cheaper)", () => {
    expect(dom()).toBe(true);
  });

  it("k's broker strictly cheaper: 199.99 < 200 dominates, 200 = 200 does not", () => {
    expect(dom({}, {}, { broker: 199.99 })).toBe(true); // premium 0.01 > PST price 0.001
    expect(dom({}, {}, { broker: 200 })).toBe(false);
    // Without PST on j (its premium check skipped), the equal price alone decides.
    expect(dom({}, { pstMaxBytesPerSec: 0 }, { broker: 200 })).toBe(false);
    expect(dom({}, { pstMaxBytesPerSec: 0 }, { broker: 199.99 })).toBe(true);
    expect(dom({}, {}, { broker: 200.01 })).toBe(false);
  });

  it("j's broker ≥ k.maxBrokers × storage price: 400 × 0.5 = 200 dominates, 401 × 0.5 = 200.5 does not", () => {
    expect(dom({ maxBrokers: 400 })).toBe(true);
    expect(dom({ maxBrokers: 401 })).toBe(false);
  });

  it("equal, known, non-negative storage prices: 0 and 0 dominate; 0.5 vs 0.51, NaN or −0.5 do not", () => {
    expect(dom({}, {}, { storageGiB: 0 }, { storageGiB: 0 })).toBe(true);
    expect(dom({}, {}, {}, { storageGiB: 0.51 })).toBe(false);
    expect(dom({}, {}, { storageGiB: 0.51 })).toBe(false);
    expect(dom({}, {}, { storageGiB: Number.NaN }, { storageGiB: Number.NaN })).toBe(false);
    expect(dom({}, {}, { storageGiB: -0.5 }, { storageGiB: -0.5 })).toBe(false);
  });

  it("every capacity of k at least j's (the minimum volume at most j's): one unit short does not dominate", () => {
    for (const field of [
      "networkBytesPerSec",
      "recommendedPartitions",
      "maxPartitions",
      "storageMaxBytes",
      "maxBrokers",
    ] as const) {
      expect(dom({}, { [field]: CAPS[field] + 1 }), field).toBe(false);
      expect(dom({ [field]: CAPS[field] - 1 }), field).toBe(false);
      expect(dom({ [field]: CAPS[field] + 1 }), field).toBe(true);
    }
    expect(dom({ storageMinGiB: 2 })).toBe(false);
    expect(dom({}, { storageMinGiB: 2 })).toBe(true);
  });

  it("volume throughput without PST compares min(EBS, default volume) on both sides", () => {
    // k: min(50, 40) = 40 < j: min(45, 45) = 45 — not dominated (max(50, 40) = 50 would say it is).
    expect(dom({}, { ebsBytesPerSec: 45, defaultVolumeBytesPerSec: 45 })).toBe(false);
    // j: min(40, 60) = 40 = k's 40 — dominated (max(40, 60) = 60 would say it is not).
    expect(dom({}, { ebsBytesPerSec: 40, defaultVolumeBytesPerSec: 60, pstMaxBytesPerSec: 40 })).toBe(true);
    expect(dom({ defaultVolumeBytesPerSec: 39 })).toBe(false);
    expect(dom({ ebsBytesPerSec: 39, pstMaxBytesPerSec: 39 })).toBe(false);
  });

  describe("with PST priced and j able to provision it", () => {
    it("equal PST prices: 0.001 vs 0.002 does not dominate", () => {
      expect(dom({}, {}, { pstMiBps: 0.002 })).toBe(false);
      expect(dom({}, {}, {}, { pstMiBps: 0.002 })).toBe(false);
    });

    it("j's broker premium above the PST price: 100 > 99.99 dominates, 100 = 100 does not", () => {
      expect(dom({}, {}, { pstMiBps: 99.99 }, { pstMiBps: 99.99 })).toBe(true);
      expect(dom({}, {}, { pstMiBps: 100 }, { pstMiBps: 100 })).toBe(false);
    });

    it("k must provision PST too: k without PST does not dominate", () => {
      expect(dom({ pstMaxBytesPerSec: 0 })).toBe(false);
      // Also where the throughput comparison cannot tell (j's EBS 0: min(0, 60) = 0 = k's min(50, 0)).
      expect(dom({ pstMaxBytesPerSec: 0 }, { ebsBytesPerSec: 0 })).toBe(false);
      expect(dom({}, { ebsBytesPerSec: 0 })).toBe(true);
    });

    it("volume throughput with PST compares min(EBS, PST maximum) on both sides", () => {
      // k: min(50, 45) = 45 < j: min(48, 48) = 48 (k's max(50, 45) = 50 would say dominated);
      // j's EBS 48 keeps the no-PST comparison at 40 vs min(48, 40) = 40.
      expect(dom({ pstMaxBytesPerSec: 45 }, { ebsBytesPerSec: 48, pstMaxBytesPerSec: 48 })).toBe(false);
      // j: min(50, 70) = 50 = k's 50 (max(50, 70) = 70 would say not dominated).
      expect(dom({}, { pstMaxBytesPerSec: 70 })).toBe(true);
      expect(dom({ pstMaxBytesPerSec: 49 })).toBe(false);
    });

    it("k's PST minimum at most j's: 10 = 10 dominates, 11 > 10 does not", () => {
      expect(dom({}, { pstMinMiBps: 11 })).toBe(true);
      expect(dom({ pstMinMiBps: 11 })).toBe(false);
    });

    it(`k's minimum volume at most the PST minimum volume (${PST_MIN_VOLUME_GIB} GiB): at it dominates, one past does not`, () => {
      const at = PST_MIN_VOLUME_GIB;
      expect(dom({ storageMinGiB: at }, { storageMinGiB: at })).toBe(true);
      expect(dom({ storageMinGiB: at + 1 }, { storageMinGiB: at + 1 })).toBe(false);
    });
  });

  describe("the PST conditions apply only when j can provision PST at a known price", () => {
    it("j without PST: k's PST price, maximum and minimum do not matter", () => {
      expect(
        dom({ pstMaxBytesPerSec: 0, pstMinMiBps: 11 }, { pstMaxBytesPerSec: 0 }, { pstMiBps: 0.002 }),
      ).toBe(true);
    });

    it("no PST price (NaN on both sides, as when the region has none): still dominated", () => {
      expect(dom({ pstMaxBytesPerSec: 0 }, {}, { pstMiBps: Number.NaN }, { pstMiBps: Number.NaN })).toBe(
        true,
      );
    });
  });
});
