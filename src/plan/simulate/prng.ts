/**
 * A small seeded PRNG: xoshiro128** 1.1 (Blackman & Vigna, https://prng.di.unimi.it/xoshiro128starstar.c),
 * its 128-bit state filled by splitmix32 from (seed, stream). Written here rather than taken from
 * a package because it is 30 lines and every scenario needs its own cheap, independent stream:
 * sample i of a Monte Carlo run uses stream i, so the results do not depend on how samples are
 * split across worker threads.
 */

/** splitmix32 step (Vigna's 32-bit variant of SplitMix64; constants from the reference code). */
function splitmix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

const TWO_POW_32 = 4294967296;

export class Prng {
  private a = 0;
  private b = 0;
  private c = 0;
  private d = 0;

  constructor(seed: number, stream = 0) {
    this.reseed(seed, stream);
  }

  /** Reset to the stream (seed, stream) without allocating. */
  reseed(seed: number, stream = 0): void {
    // Mix the seed's high and low 32 bits and the stream index into the splitmix chain.
    let x = splitmix32((seed >>> 0) ^ splitmix32(Math.floor(seed / TWO_POW_32) >>> 0));
    x = splitmix32(x ^ (stream >>> 0));
    x = splitmix32(x ^ (Math.floor(stream / TWO_POW_32) >>> 0));
    this.a = x = splitmix32(x);
    this.b = x = splitmix32(x);
    this.c = x = splitmix32(x);
    this.d = splitmix32(x);
    if ((this.a | this.b | this.c | this.d) === 0) this.d = 1; // the all-zero state is excluded
  }

  /** A generator at an explicit state (for checking against the reference code's outputs). */
  static fromState(a: number, b: number, c: number, d: number): Prng {
    const g = new Prng(0);
    g.a = a | 0;
    g.b = b | 0;
    g.c = c | 0;
    g.d = d | 0;
    return g;
  }

  /** Next 32-bit unsigned integer. */
  nextUint32(): number {
    const r = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0;
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return r;
  }

  /** Uniform in the open interval (0, 1): safe for inverse-CDF sampling and logarithms. */
  next(): number {
    return (this.nextUint32() + 0.5) / TWO_POW_32;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
