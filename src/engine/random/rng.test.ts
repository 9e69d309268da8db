import { describe, expect, it } from 'vitest';
import { createRandomStream, uniformInt } from './rng.ts';

describe('random streams', () => {
  it('are reproducible for the same (seed, name)', () => {
    const a = createRandomStream(42, 'node:api-1/service');
    const b = createRandomStream(42, 'node:api-1/service');
    for (let i = 0; i < 1000; i++) expect(a.next()).toBe(b.next());
  });

  it('differ by seed and by name', () => {
    const first = (seed: number, name: string) => createRandomStream(seed, name).nextUint32();
    expect(first(42, 'node:a/x')).not.toBe(first(43, 'node:a/x'));
    expect(first(42, 'node:a/x')).not.toBe(first(42, 'node:b/x'));
  });

  it('are uniform on [0, 1) (chi-square over 100 cells, 10⁶ draws)', () => {
    const s = createRandomStream(7, 'uniformity');
    const cells = new Float64Array(100);
    const n = 1_000_000;
    let lo = 1;
    let hi = 0;
    for (let i = 0; i < n; i++) {
      const u = s.next();
      lo = Math.min(lo, u);
      hi = Math.max(hi, u);
      cells[Math.floor(u * 100)]!++;
    }
    expect(lo).toBeGreaterThanOrEqual(0);
    expect(hi).toBeLessThan(1);
    const expected = n / 100;
    const chi2 = cells.reduce((acc, c) => acc + (c - expected) ** 2 / expected, 0);
    // 99 degrees of freedom: the 0.999 quantile is 148.2.
    expect(chi2).toBeLessThan(148.2);
  });

  it('uniformInt stays in range and hits every value', () => {
    const s = createRandomStream(3, 'ints');
    const seen = new Set<number>();
    for (let i = 0; i < 10_000; i++) {
      const k = uniformInt(s, 7);
      expect(Number.isInteger(k) && k >= 0 && k < 7).toBe(true);
      seen.add(k);
    }
    expect(seen.size).toBe(7);
  });
});
