// Standard broker storage limits, exactly at each limit and one step past it, through the sizer
// with hand-built loads (one AZ, 100 % utilisation, so the arithmetic is the limit itself):
// - EBS volume per broker: at least 1 GiB, at most 16,384 GiB (whole GiB, rounded up);
// - a volume with provisioned storage throughput (PST) is at least 10 GiB;
// - PST per broker up to the type's maximum (kafka.m5.12xlarge: 1,000 MiB/s; its EBS link is
//   1,187.5 MB/s, so PST is the ceiling) — more needs another broker.
// "One step past" is 1 KiB (or 1 MiB/s): the sizer rounds up with a relative tolerance of 10⁻⁹
// (src/model/sizing/common.ts) so that exact quotients do not round up on float noise, and a
// single byte over a GiB is inside it.
// Figures: AWS's MSK broker storage and provisioned-throughput pages, cited in the sources table
// (`msk-storage-throughput-management`, `msk-provisioned-throughput`).
import { describe, expect, it } from "vitest";
import {
  type StandardLoads,
  type StandardUnitCosts,
  sizeStandard,
  standardCapacities,
} from "../../src/model/sizing/standard.js";
import { noStandardLoads } from "../helpers/standard-loads.js";

const GiB = 2 ** 30;
const MiB = 2 ** 20;

function cap(name: string) {
  const c = standardCapacities().find((x) => x.name === name);
  if (!c) throw new Error(name);
  return c;
}

const none: StandardLoads = noStandardLoads();
// A broker costs far more than a GiB-month or a MiB/s-month, so PST on one broker beats a second broker.
const cost: StandardUnitCosts = { broker: 1000, storageGiB: 0.1, pstMiBps: 0.08 };

describe("EBS volume per broker: 1 GiB to 16,384 GiB, whole GiB", () => {
  const m7g = cap("kafka.m7g.large");
  it("nothing to store: the 1 GiB minimum (cost 1 × ($1,000 + 1 GiB × $0.10) = $1,000.10)", () => {
    const s = sizeStandard(m7g, none, cost);
    expect([s.brokers, s.storagePerBrokerGiB, s.pstMiBps, s.feasible]).toEqual([1, 1, 0, true]);
    expect(s.clusterUsd).toBeCloseTo(1000.1, 9);
  });
  it("exactly 1 GiB: 1 GiB; 1 GiB + 1 KiB: 2 GiB (rounded up)", () => {
    expect(sizeStandard(m7g, { ...none, provisionBytes: GiB }, cost).storagePerBrokerGiB).toBe(1);
    expect(sizeStandard(m7g, { ...none, provisionBytes: GiB + 1024 }, cost).storagePerBrokerGiB).toBe(2);
  });
  it("exactly 16,384 GiB: one broker holds it; one GiB more (volumes are whole GiB): 2 brokers × ⌈16,385 ÷ 2⌉ = 8,193 GiB", () => {
    const at = sizeStandard(m7g, { ...none, provisionBytes: 16_384 * GiB }, cost);
    expect([at.need.storage, at.brokers, at.storagePerBrokerGiB]).toEqual([1, 1, 16_384]);
    const past = sizeStandard(m7g, { ...none, provisionBytes: 16_385 * GiB }, cost);
    expect([past.need.storage, past.brokers, past.storagePerBrokerGiB]).toEqual([2, 2, 8_193]);
    // 2 × ($1,000 + 8,193 × $0.10) = $3,638.60
    expect(past.clusterUsd).toBeCloseTo(3638.6, 9);
  });
});

describe("provisioned storage throughput (PST)", () => {
  const m5x12 = cap("kafka.m5.12xlarge");
  it("300 MiB/s on one broker: PST 300 MiB/s on a 10 GiB volume (the PST minimum volume), not a second broker", () => {
    // Default volume 250 MiB/s → ⌈300 ÷ 250⌉ = 2 brokers at 2 × ($1,000 + 1 × $0.10) = $2,000.20;
    // PST: 1 × ($1,000 + 10 GiB × $0.10 + 300 × $0.08) = $1,025 — cheaper.
    const s = sizeStandard(m5x12, { ...none, storageWrite: 300 * MiB }, cost);
    expect(s.need.storageThroughput).toBe(2);
    expect([s.brokers, s.pstMiBps, s.storagePerBrokerGiB]).toEqual([1, 300, 10]);
    expect(s.clusterUsd).toBeCloseTo(1025, 9);
  });
  it("at 50 % utilisation the volume must carry twice the load: 150 MiB/s needs PST 150 ÷ 0.5 = 300 MiB/s on one broker", () => {
    // Default volume: ⌈150 ÷ (250 × 0.5)⌉ = 2 brokers; PST on 1: $1,000 + $1 + 300 × $0.08 = $1,025 < 2 × $1,000.10.
    const s = sizeStandard(m5x12, { ...none, utilisation: 0.5, storageWrite: 150 * MiB }, cost);
    expect(s.need.storageThroughput).toBe(2);
    expect([s.brokers, s.pstMiBps, s.storagePerBrokerGiB]).toEqual([1, 300, 10]);
  });
  it("300.5 MiB/s: PST rounds up to whole MiB/s (301)", () => {
    const s = sizeStandard(m5x12, { ...none, storageWrite: 300.5 * MiB }, cost);
    expect([s.brokers, s.pstMiBps]).toEqual([1, 301]);
  });
  it("a volume above 10 GiB keeps its size with PST: 20 GiB + 1 KiB → 21 GiB", () => {
    const s = sizeStandard(
      m5x12,
      { ...none, storageWrite: 300 * MiB, provisionBytes: 20 * GiB + 1024 },
      cost,
    );
    expect([s.brokers, s.pstMiBps, s.storagePerBrokerGiB]).toEqual([1, 300, 21]);
  });
  it("exactly the type's 1,000 MiB/s PST maximum: one broker; 1 MiB/s more: two brokers × ⌈1,001 ÷ 2⌉ = 501 MiB/s", () => {
    const at = sizeStandard(m5x12, { ...none, storageWrite: 1000 * MiB }, cost);
    expect([at.brokers, at.pstMiBps]).toEqual([1, 1000]);
    const past = sizeStandard(m5x12, { ...none, storageWrite: 1001 * MiB }, cost);
    expect([past.brokers, past.pstMiBps]).toEqual([2, 501]);
  });
  it("the PST price is part of the choice: at $10 per MiB/s-month, 4 brokers on the default volume beat PST", () => {
    // 1,000 MiB/s: default volume ⌈1,000 ÷ 250⌉ = 4 brokers × $1,000.10 = $4,000.40;
    // PST on 1 broker: $1,000 + $1 + 1,000 × $10 = $11,001; on 2: 2 × ($1,001 + 500 × $10) = $12,002;
    // on 3: 3 × ($1,001 + 334 × $10) = $13,023 — the default volume wins.
    const s = sizeStandard(m5x12, { ...none, storageWrite: 1000 * MiB }, { ...cost, pstMiBps: 10 });
    expect([s.brokers, s.pstMiBps, s.storagePerBrokerGiB]).toEqual([4, 0, 1]);
    expect(s.clusterUsd).toBeCloseTo(4000.4, 9);
  });
  it("a type without PST (kafka.m5.large) adds brokers: 300 MiB/s over min(81.25 MB/s EBS, 250 MiB/s) → 4 brokers", () => {
    // 300 × 1,048,576 = 314,572,800 B/s ÷ 81,250,000 B/s = 3.87 → 4.
    const s = sizeStandard(cap("kafka.m5.large"), { ...none, storageWrite: 300 * MiB }, cost);
    expect([s.need.storageThroughput, s.brokers, s.pstMiBps]).toEqual([4, 4, 0]);
  });
});

describe("PST and the 60-broker quota: feasibility never depends on a price", () => {
  // kafka.m5.4xlarge: EBS link 593,750,000 B/s (below its 593 MiB/s PST maximum, so the ceiling);
  // without PST the volume gives 250 MiB/s = 262,144,000 B/s per broker.
  const m5x4 = cap("kafka.m5.4xlarge");
  const ebs = 593_750_000;
  it("61 × 250 MiB/s needs 61 brokers on the default volume (over the quota), but fits 27 brokers with PST — at $0.08 and at $100 per MiB/s-month", () => {
    // 15,990,784,000 B/s ÷ 593,750,000 = 26.93 → 27 brokers × ⌈592,251,259 B/s ÷ 2^20⌉ = 565 MiB/s.
    const L = { ...none, storageWrite: 61 * 250 * MiB };
    for (const pstMiBps of [0.08, 100]) {
      const s = sizeStandard(m5x4, L, { ...cost, pstMiBps });
      expect(s.need.storageThroughput, `${pstMiBps}`).toBe(61);
      expect([s.feasible, s.brokers, s.pstMiBps], `${pstMiBps}`).toEqual([true, 27, 565]);
    }
    // A missing broker-hour price counts as $0 when choosing (src/plan/standard-option.ts): still 27
    // brokers with PST, n × (0 + 10 GiB × $0.10 + ⌈15,250 ÷ n⌉ × $0.08) growing with n from 27.
    const free = sizeStandard(m5x4, L, { ...cost, broker: 0 });
    expect([free.feasible, free.brokers, free.pstMiBps]).toEqual([true, 27, 565]);
    expect(free.clusterUsd).toBeCloseTo(27 * (1 + 565 * 0.08), 9);
  });
  it("exactly 60 brokers at the EBS ceiling (60 × 593,750,000 B/s) fit with PST; 60,000 B/s more does not fit at all", () => {
    const at = sizeStandard(m5x4, { ...none, storageWrite: 60 * ebs }, cost);
    // 593,750,000 B/s ÷ 2^20 = 566.24 → 567 MiB/s per broker.
    expect([at.feasible, at.brokers, at.pstMiBps]).toEqual([true, 60, 567]);
    const past = sizeStandard(m5x4, { ...none, storageWrite: 60 * ebs + 60_000 }, cost);
    expect(past.feasible).toBe(false);
    // The count reported when nothing fits is the default-volume one (the closest configuration's
    // "brokers needed"): ⌈35,625,060,000 ÷ 262,144,000⌉ = 136, no PST.
    expect([past.brokers, past.pstMiBps]).toEqual([136, 0]);
  });
});
