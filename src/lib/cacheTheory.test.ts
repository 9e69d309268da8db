import { describe, expect, it } from 'vitest';
import {
  cheCharacteristicTime,
  fifoHitRatioApprox,
  lfuHitRatioIrm,
  lruHitRatioChe,
  zipfPopularities,
} from './cacheTheory.ts';

describe('cache hit-ratio theory under IRM', () => {
  it('Che: two equally popular keys, one slot ⇒ 2(1 − e^{−T/2}) = 1, T = 2 ln 2, h = 1/2', () => {
    expect(cheCharacteristicTime([1, 1], 1)).toBeCloseTo(2 * Math.LN2, 10);
    expect(lruHitRatioChe([1, 1], 1)).toBeCloseTo(0.5, 10);
  });

  it('Che: T solves its equation for skewed popularities, and h grows with capacity', () => {
    const p = zipfPopularities(1000, 0.8);
    const t = cheCharacteristicTime(p, 50);
    let filled = 0;
    for (const pi of p) filled += 1 - Math.exp(-pi * t);
    expect(filled).toBeCloseTo(50, 8);
    expect(lruHitRatioChe(p, 10)).toBeLessThan(lruHitRatioChe(p, 50));
    expect(lruHitRatioChe(p, 1000)).toBe(1);
    expect(lruHitRatioChe(p, 0)).toBe(0);
  });

  it('FIFO/RANDOM: p = (3/4, 1/4), one slot ⇒ 3T²/16 = 1, T = 4/√3, h = (3√3 + 1) / (4(1 + √3))', () => {
    // 0.75T/(1 + 0.75T) + 0.25T/(1 + 0.25T) = 1 ⇔ 0.1875 T² = 1; then p_1 T = √3, p_2 T = 1/√3.
    const s = Math.sqrt(3);
    const expected = 0.75 * (s / (1 + s)) + 0.25 * (1 / (1 + s));
    expect(fifoHitRatioApprox([3, 1], 1)).toBeCloseTo(expected, 10);
    expect(expected).toBeCloseTo(0.567, 3);
  });

  it('perfect LFU keeps the top-C keys: p = (0.2, 0.5, 0.3), C = 2 ⇒ 0.8', () => {
    expect(lfuHitRatioIrm([0.2, 0.5, 0.3], 2)).toBeCloseTo(0.8, 12);
    expect(lfuHitRatioIrm([0.2, 0.5, 0.3], 5)).toBeCloseTo(1, 12);
  });

  it('under Zipf the approximations order LFU ≥ LRU ≥ FIFO', () => {
    const p = zipfPopularities(10_000, 1);
    for (const c of [100, 500, 1000]) {
      expect(lfuHitRatioIrm(p, c)).toBeGreaterThan(lruHitRatioChe(p, c));
      expect(lruHitRatioChe(p, c)).toBeGreaterThan(fifoHitRatioApprox(p, c));
    }
  });

  it('Zipf popularities sum to 1 and fall as i^−s', () => {
    const p = zipfPopularities(100, 1);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(p[0]! / p[9]!).toBeCloseTo(10, 10);
  });
});
