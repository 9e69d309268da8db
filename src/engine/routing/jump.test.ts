import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JumpHashSelector, jumpConsistentHash } from './jump.ts';

const MASK_64 = (1n << 64n) - 1n;

/** The paper's C++ code, with BigInt for the 64-bit key. */
function referenceJump(key: bigint, buckets: number): number {
  let b = -1;
  let j = 0;
  while (j < buckets) {
    b = j;
    key = (key * 2862933555777941757n + 1n) & MASK_64;
    j = Math.floor((b + 1) * (2 ** 31 / (Number(key >> 33n) + 1)));
  }
  return b;
}

const jump = (key: bigint, buckets: number) =>
  jumpConsistentHash(Number(key >> 32n), Number(key & 0xffffffffn), buckets);

describe('jump consistent hash', () => {
  it('reproduces published vectors (ClickHouse jumpConsistentHash, Rust jump-consistent-hash docs)', () => {
    expect(jump(1n, 1)).toBe(0);
    expect(jump(42n, 57)).toBe(43);
    expect(jump(256n, 1024)).toBe(520);
    expect(jump(3735883980n, 1)).toBe(0);
    expect(jump(3735883980n, 666)).toBe(361);
    expect(jump(16045690984833335023n, 255)).toBe(237);
    expect([0n, 1n, 2n].map((k) => jump(k, 60))).toEqual([0, 55, 46]);
  });

  it('the 16-bit-limb LCG equals 64-bit BigInt arithmetic for any key', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: MASK_64 }),
        fc.integer({ min: 1, max: 100_000 }),
        (key, n) => {
          expect(jump(key, n)).toBe(referenceJump(key, n));
        },
      ),
      { numRuns: 2000, seed: 20140603 },
    );
  });

  it('growing by one bucket moves keys only into the new bucket, ≈ 1/(n + 1) of them', () => {
    const keys = 100_000;
    for (let n = 1; n <= 12; n++) {
      let moved = 0;
      let elsewhere = 0;
      for (let k = 0; k < keys; k++) {
        const hi = Math.imul(k, 0x9e3779b1) >>> 0;
        const lo = Math.imul(k ^ 0x5bd1e995, 0x85ebca6b) >>> 0;
        const after = jumpConsistentHash(hi, lo, n + 1);
        if (jumpConsistentHash(hi, lo, n) === after) continue;
        moved++;
        if (after !== n) elsewhere++;
      }
      expect(elsewhere).toBe(0);
      // Binomial: sd ≤ 0.0016 at 10⁵ keys; allow 5 sd.
      expect(Math.abs(moved / keys - 1 / (n + 1))).toBeLessThan(0.008);
    }
  });

  it('the selector hashes integer keys and stays in range', () => {
    const selector = new JumpHashSelector(['a', 'b', 'c', 'd', 'e']);
    const counts = new Float64Array(5);
    for (let key = 0; key < 50_000; key++) counts[selector.pick(key)]!++;
    for (const c of counts) expect(Math.abs(c / 50_000 - 0.2)).toBeLessThan(0.01);
  });
});
