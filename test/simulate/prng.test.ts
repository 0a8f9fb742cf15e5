import { describe, expect, it } from "vitest";
import { Prng } from "../../src/plan/simulate/prng.js";

describe("Prng (xoshiro128**)", () => {
  it("matches the reference C code from state {1, 2, 3, 4}", () => {
    const g = Prng.fromState(1, 2, 3, 4);
    expect([g.nextUint32(), g.nextUint32(), g.nextUint32(), g.nextUint32(), g.nextUint32()]).toEqual([
      11520, 0, 5927040, 70819200, 2031721883,
    ]);
  });
  it("law: the same (seed, stream) gives the same sequence; different streams differ", () => {
    const a = new Prng(42, 7);
    const b = new Prng(42, 7);
    const c = new Prng(42, 8);
    const xa = Array.from({ length: 8 }, () => a.next());
    expect(Array.from({ length: 8 }, () => b.next())).toEqual(xa);
    expect(Array.from({ length: 8 }, () => c.next())).not.toEqual(xa);
  });
  it("law: uniforms lie in (0, 1) with mean ½", () => {
    const g = new Prng(1);
    let s = 0;
    for (let i = 0; i < 100_000; i++) {
      const u = g.next();
      expect(u > 0 && u < 1).toBe(true);
      s += u;
    }
    expect(s / 100_000).toBeCloseTo(0.5, 2);
  });
});

/** A second implementation in BigInt arithmetic: splitmix32 seeding and xoshiro128**, from the reference C code. */
const M32 = (1n << 32n) - 1n;
function splitmix32Ref(x: bigint): bigint {
  let z = (x + 0x9e3779b9n) & M32;
  z = ((z ^ (z >> 16n)) * 0x85ebca6bn) & M32;
  z = ((z ^ (z >> 13n)) * 0xc2b2ae35n) & M32;
  return z ^ (z >> 16n);
}
const rotlRef = (x: bigint, k: bigint) => ((x << k) | (x >> (32n - k))) & M32;
function referenceStream(seed: number, stream: number, n: number): number[] {
  const lo = (v: number) => BigInt(v) & M32;
  const hi = (v: number) => (BigInt(v) >> 32n) & M32;
  let x = splitmix32Ref(lo(seed) ^ splitmix32Ref(hi(seed)));
  x = splitmix32Ref(x ^ lo(stream));
  x = splitmix32Ref(x ^ hi(stream));
  let a = splitmix32Ref(x);
  let b = splitmix32Ref(a);
  let c = splitmix32Ref(b);
  let d = splitmix32Ref(c);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    out.push(Number((rotlRef((b * 5n) & M32, 7n) * 9n) & M32));
    const t = (b << 9n) & M32;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotlRef(d, 11n);
  }
  return out;
}

describe("Prng seeding (splitmix32 from seed and stream), against a BigInt implementation", () => {
  it.each([
    [0, 0],
    [42, 7],
    [7, 42],
    [1, 2 ** 32 + 3], // a stream above 32 bits: its high word counts
    [2 ** 40 + 5, 9], // a seed above 32 bits: its high word counts
    [4294967295, 4294967295],
  ])("seed %d, stream %d", (seed, stream) => {
    const g = new Prng(seed, stream);
    expect(Array.from({ length: 6 }, () => g.nextUint32())).toEqual(referenceStream(seed, stream, 6));
    // reseed gives the same stream as a new generator, whatever state it was in.
    g.reseed(seed, stream);
    expect(g.nextUint32()).toBe(referenceStream(seed, stream, 1)[0]);
  });
  it("seeds or streams differing only above 32 bits give other draws", () => {
    expect(new Prng(5).nextUint32()).not.toBe(new Prng(2 ** 32 + 5).nextUint32());
    expect(new Prng(1, 3).nextUint32()).not.toBe(new Prng(1, 2 ** 32 + 3).nextUint32());
    expect(new Prng(9).nextUint32()).toBe(new Prng(9, 0).nextUint32());
  });
  it("next() is (uint32 + ½) ÷ 2³²: from state {1, 2, 3, 4}, (11,520 + 0.5) ÷ 4,294,967,296 then 0.5 ÷ 2³²", () => {
    const g = Prng.fromState(1, 2, 3, 4);
    expect(g.next()).toBe(11520.5 / 4294967296);
    expect(g.next()).toBe(0.5 / 4294967296);
  });
});
