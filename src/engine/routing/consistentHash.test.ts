import { describe, expect, it } from 'vitest';
import { ringShareCv, ringShareCvApprox } from '../../lib/hashingTheory.ts';
import { ConsistentHashRing } from './consistentHash.ts';
import { hashKey } from './keyHash.ts';

const names = (n: number, prefix = 'shard-') =>
  Array.from({ length: n }, (_, i) => `${prefix}${i}`);

/** Population CV of the exact arc shares (the mean share is exactly 1/N). */
function shareCv(ring: ConsistentHashRing): number {
  const shares = ring.shares();
  const mean = 1 / shares.length;
  const variance = shares.reduce((acc, s) => acc + (s - mean) ** 2, 0) / shares.length;
  return Math.sqrt(variance) / mean;
}

/** Root-mean-square CV over `rings` rings built with different seeds and name sets. */
function rmsCv(virtualNodes: number, rings: number): number {
  let sum = 0;
  for (let r = 0; r < rings; r++) {
    const ring = new ConsistentHashRing(names(10, `db${r}-`), { virtualNodes, seed: 1000 + r });
    sum += shareCv(ring) ** 2;
  }
  return Math.sqrt(sum / rings);
}

describe('consistent-hash ring', () => {
  it('share spread shrinks like 1/√V: CV(V)/CV(4V) ≈ 2 for V = 10, 40, 160, 640', () => {
    const cvs = [10, 40, 160, 640].map((v) => rmsCv(v, 40));
    for (let i = 0; i + 1 < cvs.length; i++) {
      const ratio = cvs[i]! / cvs[i + 1]!;
      expect(ratio).toBeGreaterThan(1.6);
      expect(ratio).toBeLessThan(2.5);
    }
    [10, 40, 160, 640].forEach((v, i) => {
      expect(Math.abs(cvs[i]! / ringShareCv(v, 10) - 1)).toBeLessThan(0.25);
    });
  });

  it('CV at the default 150 virtual nodes is within ±50 % of 1/√150', () => {
    const cv = rmsCv(150, 40);
    expect(Math.abs(cv / ringShareCvApprox(150) - 1)).toBeLessThan(0.5);
  });

  it('pick agrees with the arc shares', () => {
    const ring = new ConsistentHashRing(names(5), { virtualNodes: 20 });
    const counts = new Float64Array(5);
    const n = 200_000;
    for (let key = 0; key < n; key++) counts[ring.pick(key)]!++;
    const shares = ring.shares();
    for (let t = 0; t < 5; t++) expect(Math.abs(counts[t]! / n - shares[t]!)).toBeLessThan(0.005);
  });

  it('weights give proportional virtual-node counts', () => {
    const ring = new ConsistentHashRing(['a', 'b', 'c'], { virtualNodes: 100, weights: [1, 2, 3] });
    const perOwner = [0, 0, 0];
    for (const o of ring.owners) perOwner[o]!++;
    expect(perOwner).toEqual([50, 100, 150]);
    const shares = ring.shares();
    expect(shares[2]! / shares[0]!).toBeGreaterThan(2.2);
    expect(shares[2]! / shares[0]!).toBeLessThan(4);
  });

  it('is sorted, and independent of the order targets are listed in', () => {
    const a = new ConsistentHashRing(['x', 'y', 'z']);
    const b = new ConsistentHashRing(['z', 'x', 'y']);
    for (let i = 1; i < a.points.length; i++)
      expect(a.points[i]!).toBeGreaterThanOrEqual(a.points[i - 1]!);
    for (let key = 0; key < 2000; key++)
      expect(a.targets[a.pick(key)]).toBe(b.targets[b.pick(key)]);
  });

  it('finds the owner of the first point at or after the key hash, as a search of the whole ring does', () => {
    for (const [n, virtualNodes, seed] of [
      [1, 1, 0],
      [3, 2, 5],
      [4, 150, 0],
      [7, 1000, 9],
    ] as const) {
      const ring = new ConsistentHashRing(names(n), { virtualNodes, seed });
      const points = Array.from(ring.points);
      for (let key = 0; key < 5000; key++) {
        const h = hashKey(key, seed);
        const i = points.findIndex((p) => p >= h);
        expect(ring.pick(key)).toBe(ring.owners[i < 0 ? 0 : i]);
      }
    }
  });
});
