import { describe, expect, it } from 'vitest';
import {
  minimalMovedFractionOnAdd,
  minimalMovedFractionOnRemove,
  modNMovedFractionOnAdd,
  modNMovedFractionOnRemove,
  ringShareCv,
  ringShareCvApprox,
} from './hashingTheory.ts';

/** mulberry32: a tiny seeded generator for this test (lib imports nothing of ours). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('hashing theory', () => {
  it('moved fractions', () => {
    expect(modNMovedFractionOnAdd(4)).toBeCloseTo(0.8, 15);
    expect(modNMovedFractionOnRemove(5)).toBeCloseTo(0.8, 15);
    expect(minimalMovedFractionOnAdd(4)).toBeCloseTo(0.2, 15);
    expect(minimalMovedFractionOnRemove(5)).toBeCloseTo(0.2, 15);
  });

  it('mod-N moved fraction matches counting over a full period of h', () => {
    for (let n = 2; n <= 12; n++) {
      let moved = 0;
      const period = n * (n + 1);
      for (let h = 0; h < period; h++) if (h % n !== h % (n + 1)) moved++;
      expect(moved / period).toBeCloseTo(modNMovedFractionOnAdd(n), 12);
    }
  });

  it('ring share CV matches random rings (Beta(V, (N − 1)V)) and ≈ 1/√V', () => {
    const random = mulberry32(42);
    for (const [nodes, v] of [
      [10, 10],
      [10, 150],
      [4, 40],
    ] as const) {
      let sumSquares = 0;
      let samples = 0;
      for (let trial = 0; trial < 300; trial++) {
        const points = Array.from({ length: nodes * v }, (_, i) => ({
          at: random(),
          owner: i % nodes,
        }));
        points.sort((a, b) => a.at - b.at);
        const shares = new Float64Array(nodes);
        points.forEach(
          (p, i) =>
            (shares[p.owner]! += p.at - (i === 0 ? points.at(-1)!.at - 1 : points[i - 1]!.at)),
        );
        for (const s of shares) sumSquares += (s * nodes - 1) ** 2;
        samples += nodes;
      }
      expect(Math.abs(Math.sqrt(sumSquares / samples) / ringShareCv(v, nodes) - 1)).toBeLessThan(
        0.08,
      );
    }
    expect(ringShareCv(150, 1000) / ringShareCvApprox(150)).toBeCloseTo(1, 2);
  });
});
