/**
 * Seeded random streams. Each stream is xoshiro128** with its own 128-bit state,
 * derived from `(seed, name)` by hashing, so every node (and every purpose within a
 * node) draws from its own stream: adding a node does not shift anyone else's draws
 * (common random numbers for A/B comparisons).
 */

/** A stream of uniform numbers in [0, 1) with 53 bits of resolution. */
export interface RandomStream {
  /** Next uniform double in [0, 1). */
  next(): number;
  /** Next uniform 32-bit unsigned integer. */
  nextUint32(): number;
}

const TWO_POW_MINUS_32 = 2 ** -32;
const TWO_POW_MINUS_53 = 2 ** -53;

/** 32-bit FNV-1a over the UTF-16 code units of `text`, mixed with `seed`. */
export function hashString(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** Murmur3's finalizer: a fast, well-mixed 32-bit permutation. */
export function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

class Xoshiro128 implements RandomStream {
  private readonly s: Uint32Array;

  constructor(seedWord: number) {
    this.s = new Uint32Array(4);
    // splitmix32 expands one word into a non-zero 128-bit state.
    let z = seedWord >>> 0;
    for (let i = 0; i < 4; i++) {
      z = (z + 0x9e3779b9) >>> 0;
      let t = z ^ (z >>> 16);
      t = Math.imul(t, 0x21f0aaad);
      t ^= t >>> 15;
      t = Math.imul(t, 0x735a2d97);
      t ^= t >>> 15;
      this.s[i] = t >>> 0;
    }
    if ((this.s[0]! | this.s[1]! | this.s[2]! | this.s[3]!) === 0) this.s[0] = 1;
  }

  nextUint32(): number {
    const s = this.s;
    const s0 = s[0]!;
    const s1 = s[1]!;
    const s2 = s[2]!;
    const s3 = s[3]!;
    const m = Math.imul(s1, 5);
    const result = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
    const t = s1 << 9;
    const n2 = s2 ^ s0;
    const n3 = s3 ^ s1;
    s[1] = s1 ^ n2;
    s[0] = s0 ^ n3;
    s[2] = n2 ^ t;
    s[3] = (n3 << 11) | (n3 >>> 21);
    return result;
  }

  next(): number {
    const hi = this.nextUint32() >>> 5; // 27 bits
    const lo = this.nextUint32() >>> 6; // 26 bits
    return (hi * 67108864 + lo) * TWO_POW_MINUS_53;
  }
}

/** The stream for `(seed, name)`; `name` is e.g. `"node:api-1/service"`. */
export function createRandomStream(seed: number, name: string): RandomStream {
  return new Xoshiro128(hashString(name, seed >>> 0));
}

/** A uniform integer in [0, n) from a 32-bit draw (n ≤ 2^32; bias < n / 2^32). */
export function uniformInt(stream: RandomStream, n: number): number {
  return Math.floor(stream.nextUint32() * TWO_POW_MINUS_32 * n);
}
