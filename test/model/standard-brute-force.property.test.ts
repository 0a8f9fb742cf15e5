// Law: the Standard sizer (sizeStandard, sizeStandardAt with a cutoff) and the planner's chooser
// (chooseStandard) agree with a brute-force search written from the sizing rules alone, on small
// made-up instance types — a handful of brokers allowed, tiny volumes, PST ranges, prices of 0 —
// where every cut-off, quota and PST bound is reached often (the real table rarely reaches them:
// 60 brokers, 250 MiB/s volumes). The rules (src/model/sizing/standard.ts's header):
// - every count is a multiple of the AZ count, at least the minimum brokers (and 1);
// - network out and in, partition replicas, storage and connections each need load ÷ capacity
//   brokers (a quotient within 1e-9 of a whole number is that number);
// - the default volume carries the storage write at min(EBS link, default volume) per broker: the
//   fewest brokers that carry everything so is the default configuration;
// - with PST (a price known, the type supporting it) any fewer count that carries everything but
//   the storage write, whose per-broker write is within min(EBS link, PST maximum), may buy
//   PST = ⌈write per broker in MiB/s⌉ clamped to the type's PST range, on volumes of at least
//   10 GiB; it is taken when strictly cheaper (the fewest brokers first on a tie);
// - feasible only within the broker quota; a cutoff gives a type up (reported as no configuration:
//   0 brokers at +∞) once the brokers every constraint but the storage write needs, at the broker
//   price plus the storage floor, cost at least the cutoff, or (with a cutoff) exceed the quota.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { BYTES_PER_GIB, BYTES_PER_MIB } from "../../src/model/conventions.js";
import { CLUSTER_QUOTAS } from "../../src/model/quotas.js";
import { EPS } from "../../src/model/sizing/rules.js";
import {
  costFloor,
  emptyStandardSizing,
  type StandardCapacity,
  type StandardLoads,
  type StandardUnitCosts,
  sizeStandard,
  sizeStandardAt,
  standardCapacities,
  standardTable,
} from "../../src/model/sizing/standard.js";
import { chooseStandard, emptyStandardChoice } from "../../src/model/sizing/standard-choice.js";
import { noStandardLoads } from "../helpers/standard-loads.js";

const MiB = BYTES_PER_MIB;
const GiB = BYTES_PER_GIB;
const PST_MIN_VOLUME_GIB = 10;
const real = standardCapacities()[0] as StandardCapacity;

interface Config {
  feasible: boolean;
  brokers: number;
  gib: number;
  pst: number;
  usd: number;
}

/** ⌈load ÷ capacity⌉ with the sizer's tolerance; 0 for no load, +∞ for no capacity. */
function need(load: number, capacity: number): number {
  if (!(load > 0)) return 0;
  if (!(capacity > 0)) return Number.POSITIVE_INFINITY;
  return Math.ceil(load / capacity - EPS);
}
const roundUp = (n: number, azs: number) => Math.ceil(n / azs - EPS) * azs;
const ceilT = (x: number) => Math.ceil(x - EPS * Math.max(1, Math.abs(x)));
const gibPerBroker = (n: number, bytes: number, min: number) => Math.max(min, ceilT(bytes / n / GiB));

/** The count every constraint but the storage write needs (rounded to the AZ multiple). */
function countWithoutWrite(c: StandardCapacity, L: StandardLoads): number {
  const net = c.networkBytesPerSec * L.utilisation;
  const partitions = Math.min(c.recommendedPartitions * L.partitionShare, c.maxPartitions);
  return roundUp(
    Math.max(
      L.minBrokers,
      1,
      need(L.networkOut, net),
      need(L.networkIn, net),
      need(L.replicas, partitions),
      need(L.provisionBytes, c.storageMaxBytes),
      need(L.connections, CLUSTER_QUOTAS.maxConnectionsPerBroker),
    ),
    L.azs,
  );
}

/** Brute force: the default count, then every smaller count with PST, one by one. */
function bruteForce(c: StandardCapacity, L: StandardLoads, k: StandardUnitCosts): Config {
  const u = L.utilisation;
  const nOther = countWithoutWrite(c, L);
  const volume = Math.min(c.ebsBytesPerSec, c.defaultVolumeBytesPerSec) * u;
  let nDefault = nOther;
  while (need(L.storageWrite, volume) > nDefault) nDefault += L.azs;
  const defaultGiB = gibPerBroker(nDefault, L.provisionBytes, c.storageMinGiB);
  let best: Config = {
    feasible: nDefault <= c.maxBrokers,
    brokers: nDefault,
    gib: defaultGiB,
    pst: 0,
    usd:
      nDefault <= c.maxBrokers ? nDefault * (k.broker + defaultGiB * k.storageGiB) : Number.POSITIVE_INFINITY,
  };
  if (c.pstMaxBytesPerSec > 0 && Number.isFinite(k.pstMiBps)) {
    const ceiling = Math.min(c.ebsBytesPerSec, c.pstMaxBytesPerSec);
    for (let n = nOther; n < nDefault && n <= c.maxBrokers; n += L.azs) {
      const perBroker = L.storageWrite / (n * u);
      if (perBroker > ceiling * (1 + 1e-12)) continue;
      const pst = Math.min(c.pstMaxMiBps, Math.max(c.pstMinMiBps, ceilT(perBroker / MiB)));
      const gib = gibPerBroker(n, L.provisionBytes, PST_MIN_VOLUME_GIB);
      const usd = n * (k.broker + gib * k.storageGiB + pst * k.pstMiBps);
      if (usd < best.usd) best = { feasible: true, brokers: n, gib, pst, usd };
    }
  }
  return best;
}

const CUT_OFF: Config = { feasible: false, brokers: 0, gib: 0, pst: 0, usd: Number.POSITIVE_INFINITY };

const view = (s: {
  feasible: boolean;
  brokers: number;
  storagePerBrokerGiB: number;
  pstMiBps: number;
  clusterUsd: number;
}) => ({
  feasible: s.feasible,
  brokers: s.brokers,
  gib: s.storagePerBrokerGiB,
  pst: s.pstMiBps,
  usd: s.clusterUsd,
});

/** A made-up type: capacities in MiB/s and GiB small enough that a few brokers reach every bound. */
const capacityArb: fc.Arbitrary<StandardCapacity> = fc
  .record({
    network: fc.integer({ min: 1, max: 12 }),
    ebs: fc.integer({ min: 1, max: 40 }),
    volume: fc.integer({ min: 1, max: 10 }),
    pstMax: fc.oneof(fc.constant(0), fc.integer({ min: 2, max: 40 })),
    pstMinFraction: fc.constantFrom(0, 0.25, 0.5, 1),
    recommended: fc.integer({ min: 1, max: 40 }),
    maxPartitionsOver: fc.integer({ min: 0, max: 20 }),
    storageMax: fc.integer({ min: 1, max: 60 }),
    maxBrokers: fc.integer({ min: 1, max: 14 }),
  })
  .map((r) => ({
    ...real,
    name: "made-up",
    networkBytesPerSec: r.network * MiB,
    ebsBytesPerSec: r.ebs * MiB,
    defaultVolumeBytesPerSec: r.volume * MiB,
    pstMaxBytesPerSec: r.pstMax * MiB,
    pstMinMiBps: r.pstMax > 0 ? Math.max(1, Math.floor(r.pstMax * r.pstMinFraction)) : 0,
    pstMaxMiBps: r.pstMax,
    recommendedPartitions: r.recommended,
    maxPartitions: r.recommended + r.maxPartitionsOver,
    storageMinGiB: 1,
    storageMaxBytes: r.storageMax * GiB,
    maxBrokers: r.maxBrokers,
  }));

const loadsArb: fc.Arbitrary<StandardLoads> = fc
  .record({
    networkOut: fc.double({ min: 0, max: 80, noNaN: true }),
    networkIn: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 80, noNaN: true })),
    storageWrite: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 200, noNaN: true })),
    provision: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 300, noNaN: true })),
    replicas: fc.integer({ min: 0, max: 300 }),
    connections: fc.constantFrom(0, 100, 3000, 3001, 9000, 20_000),
    minBrokers: fc.integer({ min: 0, max: 4 }),
    azs: fc.constantFrom(1, 2, 3),
    utilisation: fc.constantFrom(0.5, 0.75, 1),
    partitionShare: fc.constantFrom(0.5, 1, 2),
  })
  .map((r) =>
    noStandardLoads({
      networkOut: r.networkOut * MiB,
      networkIn: r.networkIn * MiB,
      storageWrite: r.storageWrite * MiB,
      provisionBytes: r.provision * GiB,
      localBytes: (r.provision * GiB) / 2,
      replicas: r.replicas,
      connections: r.connections,
      minBrokers: r.minBrokers,
      azs: r.azs,
      utilisation: r.utilisation,
      partitionShare: r.partitionShare,
    }),
  );

const costsArb: fc.Arbitrary<StandardUnitCosts> = fc.record({
  broker: fc.constantFrom(0, 1, 2.5, 10, 40),
  storageGiB: fc.constantFrom(0, 0.1, 1, 3),
  pstMiBps: fc.constantFrom(0, 0.05, 1, 4, Number.NaN),
});

describe("the Standard sizer against brute force on made-up types", () => {
  test("law: sizeStandard equals the brute-force configuration (feasibility, brokers, GiB, PST, cost)", () => {
    fc.assert(
      fc.property(capacityArb, loadsArb, costsArb, (c, L, k) => {
        const want = bruteForce(c, L, k);
        const got = view(sizeStandard(c, L, k));
        if (want.feasible) expect(got).toEqual(want);
        else expect(got.feasible).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  test("law: with a cutoff, a type is given up exactly when its brokers without the write cost at least it (or exceed the quota); otherwise sized in full", () => {
    fc.assert(
      fc.property(
        capacityArb,
        loadsArb,
        costsArb,
        fc.constantFrom("floor", "floor-", "cost", "cost+", "half", "large"),
        (c, L, k, where) => {
          const T = standardTable([c], [k]);
          const nOther = countWithoutWrite(c, L);
          const floor = costFloor(nOther, k.broker, L.provisionBytes * (T.storageFloorPerByte[0] as number));
          const full = bruteForce(c, L, k);
          const cutoff = {
            floor,
            "floor-": floor * (1 - 1e-9),
            cost: full.usd,
            "cost+": full.usd * 1.5 + 1,
            half: full.usd / 2,
            large: 1e300,
          }[where];
          const got = view(sizeStandardAt(T, 0, L, emptyStandardSizing(), cutoff));
          // `prune` is on whenever a finite cutoff is given.
          if (floor >= cutoff || (cutoff !== Number.POSITIVE_INFINITY && nOther > c.maxBrokers))
            expect(got).toEqual(CUT_OFF);
          else if (full.feasible) expect(got).toEqual(full);
          else expect(got.feasible).toBe(false);
        },
      ),
      { numRuns: 3000 },
    );
  });

  test("law: chooseStandard picks the cheapest feasible brute-force configuration (lowest index on a tie), in any visiting order", () => {
    const out = emptyStandardChoice();
    fc.assert(
      fc.property(
        fc.array(fc.tuple(capacityArb, costsArb), { minLength: 1, maxLength: 4 }),
        loadsArb,
        fc.context(),
        (types, L, ctx) => {
          const want = types
            .map(([c, k], i) => ({ i, ...bruteForce(c, L, k) }))
            .filter((r) => r.feasible)
            .reduce<(Config & { i: number }) | null>((a, r) => (a === null || r.usd < a.usd ? r : a), null);
          const T = standardTable(
            types.map(([c]) => c),
            types.map(([, k]) => k),
          );
          const order = types.map((_, i) => i).reverse();
          ctx.log(JSON.stringify(want));
          for (const list of [null, Int32Array.from(order)]) {
            const index = chooseStandard(T, list, 0, types.length, L, out);
            expect(index).toBe(want ? want.i : -1);
            if (want)
              expect({
                brokers: out.brokers,
                gib: out.storagePerBrokerGiB,
                pst: out.pstMiBps,
                usd: out.clusterUsd,
              }).toEqual({
                brokers: want.brokers,
                gib: want.gib,
                pst: want.pst,
                usd: want.usd,
              });
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("the PST search exactly at the ceiling's tolerance", () => {
  // A type with PST up to 8 MiB/s over an EBS link of 8 MiB/s, a 1 MiB/s default volume, 12 brokers
  // at most; 2 AZs. The write is 2 × (8 MiB/s × (1 + 1e-12)) exactly (× 2 and ÷ 2 are exact in
  // binary), so 2 brokers each write exactly the ceiling's tolerance: allowed (> is strict), at
  // PST ⌈8.000000000008⌉ → clamped to the maximum 8. Without PST: ⌈16.000000000016 ÷ 1⌉ → 18 → over
  // the quota of 12, so only PST fits; 2 brokers × (1 + 10 GiB × 0.1 + 8 × 0.05) = 2 × 2.4 = 4.8.
  const c: StandardCapacity = {
    ...real,
    networkBytesPerSec: 100 * MiB,
    ebsBytesPerSec: 8 * MiB,
    defaultVolumeBytesPerSec: 1 * MiB,
    pstMaxBytesPerSec: 8 * MiB,
    pstMinMiBps: 1,
    pstMaxMiBps: 8,
    storageMinGiB: 1,
    maxBrokers: 12,
  };
  const L = noStandardLoads({ storageWrite: 2 * (8 * MiB * (1 + 1e-12)), azs: 2, minBrokers: 2 });
  const k = { broker: 1, storageGiB: 0.1, pstMiBps: 0.05 };
  test("sizeStandard: 2 brokers at 8 MiB/s PST, 10 GiB each, $4.8", () => {
    const s = sizeStandard(c, L, k);
    expect(view(s)).toEqual({
      feasible: true,
      brokers: 2,
      gib: 10,
      pst: 8,
      usd: 2 * (1 + 10 * 0.1 + 8 * 0.05),
    });
  });
  test("chooseStandard: the same", () => {
    const out = emptyStandardChoice();
    expect(chooseStandard(standardTable([c], [k]), null, 0, 1, L, out)).toBe(0);
    expect([out.brokers, out.storagePerBrokerGiB, out.pstMiBps, out.clusterUsd]).toEqual([2, 10, 8, 4.8]);
  });
  test("a write one part in 10⁸ over it does not fit 2 brokers: 4 brokers at 5 MiB/s each", () => {
    const over = { ...L, storageWrite: 2 * 8 * MiB * (1 + 1e-8) };
    // 16.00000016 ÷ 4 = 4.00000004 MiB/s per broker → PST ⌈4.00000004⌉ = 5 (beyond the 1e-9 tolerance):
    // 4 × (1 + 10 × 0.1 + 5 × 0.05) = 4 × 2.25 = 9.
    expect(view(sizeStandard(c, over, k))).toEqual({ feasible: true, brokers: 4, gib: 10, pst: 5, usd: 9 });
  });
});

describe("PST is bought only to need fewer brokers than the default volume, and only within the quota", () => {
  const choose = (c: StandardCapacity, L: StandardLoads, k: StandardUnitCosts) => {
    const out = emptyStandardChoice();
    const index = chooseStandard(standardTable([c], [k]), null, 0, 1, L, out);
    return { index, config: [out.brokers, out.storagePerBrokerGiB, out.pstMiBps, out.clusterUsd] };
  };

  test("free brokers and PST, 100.1 GiB to store: the default's 4 brokers × 26 GiB (104 GiB), not 6 brokers with PST × 17 GiB (102 GiB)", () => {
    // EBS link 1 MiB/s, so 4 MiB/s written needs 4 brokers without PST (⌈4 ÷ 1⌉), and 2 brokers
    // with PST would each write 2 MiB/s, over the link: no count below 4 takes PST. At 4 brokers:
    // ⌈100.1 ÷ 4⌉ = ⌈25.03⌉ = 26 GiB each, 104 GiB × $1 = $104. Six brokers with 1 MiB/s PST would
    // hold ⌈100.1 ÷ 6⌉ = 17 GiB each, 102 GiB = $102: cheaper, but more brokers, which PST is not for.
    const c: StandardCapacity = {
      ...real,
      networkBytesPerSec: 100 * MiB,
      ebsBytesPerSec: 1 * MiB,
      defaultVolumeBytesPerSec: 250 * MiB,
      pstMaxBytesPerSec: 10 * MiB,
      pstMinMiBps: 1,
      pstMaxMiBps: 10,
      storageMinGiB: 1,
      maxBrokers: 12,
    };
    const L = noStandardLoads({ storageWrite: 4 * MiB, provisionBytes: 100.1 * GiB, azs: 2, minBrokers: 2 });
    const k = { broker: 0, storageGiB: 1, pstMiBps: 0 };
    expect(view(sizeStandard(c, L, k))).toEqual({ feasible: true, brokers: 4, gib: 26, pst: 0, usd: 104 });
    expect(choose(c, L, k)).toEqual({ index: 0, config: [4, 26, 0, 104] });
  });

  test("a cheaper PST count above the quota is not taken: 3 brokers × 4 MiB/s ($12), not 11 × 1 MiB/s ($11 but over the 6-broker quota)", () => {
    // 10.5 MiB/s written; a 0.5 MiB/s default volume needs 21 brokers (over the quota of 6), so only
    // PST fits. PST at $1 per MiB/s, brokers and storage free: n brokers buy ⌈10.5 ÷ n⌉ MiB/s each:
    // 3 → 4 (3 × 4 = $12), 4 → 3 ($12), 5 → 3 ($15), 6 → 2 ($12): the first $12, 3 brokers. Past the
    // quota 11 brokers → 1 MiB/s each would cost $11.
    const c: StandardCapacity = {
      ...real,
      networkBytesPerSec: 100 * MiB,
      ebsBytesPerSec: 100 * MiB,
      defaultVolumeBytesPerSec: 0.5 * MiB,
      pstMaxBytesPerSec: 10 * MiB,
      pstMinMiBps: 1,
      pstMaxMiBps: 10,
      storageMinGiB: 1,
      maxBrokers: 6,
    };
    const L = noStandardLoads({ storageWrite: 10.5 * MiB, azs: 1, minBrokers: 3 });
    const k = { broker: 0, storageGiB: 0, pstMiBps: 1 };
    expect(view(sizeStandard(c, L, k))).toEqual({ feasible: true, brokers: 3, gib: 10, pst: 4, usd: 12 });
    expect(choose(c, L, k)).toEqual({ index: 0, config: [3, 10, 4, 12] });
  });
});
