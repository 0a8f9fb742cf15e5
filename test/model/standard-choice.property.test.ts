// Law: the planner's Standard chooser (src/model/sizing/standard-choice.ts, the sizer written out
// inline for the hot path) picks exactly what sizing every type one by one with sizeStandard and
// keeping the cheapest feasible (the first on a tie) picks: the same type, broker count, GiB per
// broker, PST and cost, to the last bit — over random workloads, both Standard options, random
// broker, storage and PST prices (flat ones too, so types tie), a random subset of types visited in
// a random order (a tie still goes to the lowest index, whatever the order).
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { deriveDemand } from "../../src/model/derive-demand.js";
import {
  type StandardLoads,
  type StandardUnitCosts,
  sizeStandard,
  standardCapacities,
  standardLoads,
  standardTable,
} from "../../src/model/sizing/standard.js";
import { chooseStandard, emptyStandardChoice } from "../../src/model/sizing/standard-choice.js";
import { noStandardLoads } from "../helpers/standard-loads.js";
import { workloadArb } from "../plan/arbitraries.js";

const caps = standardCapacities();
const table = (costs: StandardUnitCosts[]) => standardTable(caps, costs);

/** No load at all, 3 AZs, targets of 100 %: the hand-worked cases below add one load each. */
const NO_LOADS: StandardLoads = noStandardLoads({ minBrokers: 3, azs: 3 });

/** The straightforward choice: every type in `order` sized in full, the cheapest feasible, the first on a tie. */
function reference(L: StandardLoads, costs: StandardUnitCosts[], order: number[]) {
  let best: { index: number; brokers: number; gib: number; pst: number; usd: number } | null = null;
  for (const i of order) {
    const s = sizeStandard(caps[i] as (typeof caps)[number], L, costs[i] as StandardUnitCosts);
    if (s.feasible && (!best || s.clusterUsd < best.usd))
      best = { index: i, brokers: s.brokers, gib: s.storagePerBrokerGiB, pst: s.pstMiBps, usd: s.clusterUsd };
  }
  return best;
}

const brokerPrices = fc.oneof(
  // Flat: every type at one price, so small workloads tie on cost across types.
  fc.constantFrom(0, 150).map((b) => caps.map(() => b)),
  // The shape of real prices (bigger types cost more), with noise.
  fc
    .array(fc.constantFrom(0.5, 0.9, 1, 1, 1.1, 2), { minLength: caps.length, maxLength: caps.length })
    .map((f) => caps.map((c, i) => (f[i] as number) * 0.05 * c.networkBytesPerSec ** 0.5)),
);

test("law: chooseStandard equals sizing every type one by one and keeping the cheapest (lowest index on a tie)", () => {
  const out = emptyStandardChoice();
  fc.assert(
    fc.property(
      workloadArb,
      fc.boolean(),
      brokerPrices,
      fc.constantFrom(0, 0.08, 0.1, 2),
      fc.constantFrom(0, 0.06, 0.08, 5, Number.NaN),
      fc.shuffledSubarray(
        caps.map((_, i) => i),
        { minLength: 1 },
      ),
      (w, tiered, brokers, storageGiB, pstMiBps, order) => {
        const d = deriveDemand(w);
        const L = standardLoads(w, d, tiered);
        const costs = brokers.map((broker) => ({ broker, storageGiB, pstMiBps }));
        // The reference sizes in table order (first on a tie = lowest index); the chooser visits in `order`.
        const want = reference(
          L,
          costs,
          [...order].sort((a, b) => a - b),
        );
        const T = table(costs);
        const index = chooseStandard(T, Int32Array.from(order), 0, order.length, L, out);
        expect(index).toBe(want ? want.index : -1);
        if (want)
          expect({
            brokers: out.brokers,
            gib: out.storagePerBrokerGiB,
            pst: out.pstMiBps,
            usd: out.clusterUsd,
          }).toEqual({ brokers: want.brokers, gib: want.gib, pst: want.pst, usd: want.usd });
        // No list: the entries from .. to of the table, in table order.
        const all = reference(L, costs, caps.map((_, i) => i).slice(2, 9));
        expect(chooseStandard(T, null, 2, 9, L, out)).toBe(all ? all.index : -1);
        if (all) expect(Object.is(out.clusterUsd, all.usd)).toBe(true);
      },
    ),
    { numRuns: 400 },
  );
});

test("loads no type fits: -1, whatever the prices", () => {
  // 60 brokers × 4,000 partition replicas each (recommended × 100 %) at most: 240,001 fit no Standard type.
  const L = noStandardLoads({ replicas: 240_001, minBrokers: 3, azs: 3, utilisation: 0.5 });
  const costs = caps.map(() => ({ broker: 100, storageGiB: 0.1, pstMiBps: 0.08 }));
  expect(
    reference(
      L,
      costs,
      caps.map((_, i) => i),
    ),
  ).toBeNull();
  expect(chooseStandard(table(costs), null, 0, caps.length, L, emptyStandardChoice())).toBe(-1);
  // One replica fewer fits 60 brokers of a 4,000-replica type.
  const fits = { ...L, replicas: 240_000 };
  const want = reference(
    fits,
    costs,
    caps.map((_, i) => i),
  );
  expect(want?.brokers).toBe(60);
  expect(chooseStandard(table(costs), null, 0, caps.length, fits, emptyStandardChoice())).toBe(want?.index);
});

describe("the PST search at its edges (kafka.m5.4xlarge: volume 250 MiB/s without PST, EBS link 593.75 MB/s)", () => {
  const i = caps.findIndex((c) => c.name === "kafka.m5.4xlarge");
  const only = Int32Array.of(i);
  const none = NO_LOADS;
  const choose = (L: StandardLoads, cost: StandardUnitCosts) => {
    const out = emptyStandardChoice();
    const costs = caps.map(() => cost);
    const index = chooseStandard(table(costs), only, 0, 1, L, out);
    return { index, out, want: reference(L, costs, [i]) };
  };

  test("PST at exactly the broker quota: 60 brokers each writing the EBS link's 593.75 MB/s", () => {
    // Without PST: 60 × 593.75e6 ÷ 250 MiB/s = 135.9 → 138 brokers; with PST only 60 brokers fit
    // (57 would each write 625 MB/s, over the link): PST ⌈593.75e6 ÷ 2^20⌉ = ⌈566.24⌉ = 567 MiB/s.
    const { index, out, want } = choose(
      { ...none, storageWrite: 60 * 593.75e6 },
      { broker: 100, storageGiB: 0.1, pstMiBps: 0.08 },
    );
    expect(index).toBe(i);
    expect({ brokers: out.brokers, pst: out.pstMiBps }).toEqual({ brokers: 60, pst: 567 });
    expect(want).toMatchObject({ brokers: 60, pst: 567, usd: out.clusterUsd });
  });

  test("a PST configuration that only ties the default one is not taken", () => {
    // Brokers free, PST free, storage 1 USD per GiB, 60 GiB to provision; 6 × 250 MiB/s written:
    // default 6 brokers × 60 ÷ 6 = 10 GiB = 60 USD; with PST 3 brokers × 20 GiB at
    // 500 MiB/s each = 60 USD too: a tie, so the default (first found) stays.
    const { out, want } = choose(
      { ...none, storageWrite: 6 * 250 * 2 ** 20, provisionBytes: 60 * 2 ** 30 },
      { broker: 0, storageGiB: 1, pstMiBps: 0 },
    );
    expect({
      brokers: out.brokers,
      gib: out.storagePerBrokerGiB,
      pst: out.pstMiBps,
      usd: out.clusterUsd,
    }).toEqual({
      brokers: 6,
      gib: 10,
      pst: 0,
      usd: 60,
    });
    expect(want).toMatchObject({ brokers: 6, gib: 10, pst: 0, usd: 60 });
  });
});

describe("needs at and one step past the network's 3 brokers (kafka.m7g.large, 100 % targets, 3 AZs)", () => {
  const i = caps.findIndex((c) => c.name === "kafka.m7g.large");
  const c = caps[i] as (typeof caps)[number];
  const cost = { broker: 100, storageGiB: 0.1, pstMiBps: 0.08 };
  const L = NO_LOADS;
  const volume = Math.min(c.ebsBytesPerSec, c.defaultVolumeBytesPerSec);
  const brokersFor = (loads: StandardLoads) => {
    const out = emptyStandardChoice();
    const index = chooseStandard(table(caps.map(() => cost)), Int32Array.of(i), 0, 1, loads, out);
    expect(index).toBe(i);
    expect(out.brokers).toBe(sizeStandard(c, loads, cost).brokers);
    return out.brokers;
  };
  test.each([
    // 1,000 partition replicas per broker (recommended × 100 %): 3,000 fit 3 brokers, 3,001 need 4 → 6.
    ["partition replicas", { replicas: 3000 }, { replicas: 3001 }],
    // 16,384 GiB per broker at most: 3 × that fits 3 brokers; 1 MiB more needs a 4th → 6.
    [
      "bytes provisioned",
      { provisionBytes: 3 * c.storageMaxBytes },
      { provisionBytes: 3 * c.storageMaxBytes + 2 ** 20 },
    ],
    // The volume's throughput without PST (min of EBS link and 250 MiB/s): the sizer tolerates a
    // quotient up to 1e-9 over a whole count, so 3 × it × (1 + 3e-10) (quotient 3 + 9e-10) fits 3
    // brokers and 3 × it × (1 + 7e-10) (3 + 2.1e-9) needs a 4th → 6.
    ["storage write", { storageWrite: 3 * volume * (1 + 3e-10) }, { storageWrite: 3 * volume * (1 + 7e-10) }],
    // 3,000 connections per broker.
    ["connections", { connections: 9000 }, { connections: 9001 }],
  ] as const)("%s: at the limit 3 brokers, one step past 6", (_, at, past) => {
    expect(brokersFor({ ...L, ...at })).toBe(3);
    expect(brokersFor({ ...L, ...past })).toBe(6);
  });
});
