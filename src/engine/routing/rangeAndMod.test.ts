import { describe, expect, it } from 'vitest';
import { HashModSelector } from './hashMod.ts';
import { evenBoundaries, RangeSelector } from './range.ts';

describe('range partitioning', () => {
  it('splits the key space evenly by default', () => {
    expect(Array.from(evenBoundaries(100, 4))).toEqual([25, 50, 75, 100]);
    const r = new RangeSelector(['a', 'b', 'c', 'd'], 100);
    expect([0, 24, 25, 49, 50, 74, 75, 99].map((k) => r.pick(k))).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
  });

  it('sends a key to the first range whose boundary is above it', () => {
    const r = new RangeSelector(['hot', 'warm', 'cold'], 1000, [10, 100, 1000]);
    expect([0, 9, 10, 99, 100, 999].map((k) => r.pick(k))).toEqual([0, 0, 1, 1, 2, 2]);
    expect(r.pick(5000)).toBe(2); // past the last boundary: the last range
  });

  it('gives uneven thirds of a 10-key space their exact sizes', () => {
    const r = new RangeSelector(['a', 'b', 'c'], 10);
    const counts = [0, 0, 0];
    for (let k = 0; k < 10; k++) counts[r.pick(k)]!++;
    expect(counts).toEqual([3, 4, 3]);
  });

  it('rejects boundaries that are not increasing or do not match the targets', () => {
    expect(() => new RangeSelector(['a', 'b'], 100, [50, 50])).toThrow(/greater/);
    expect(() => new RangeSelector(['a', 'b'], 100, [100])).toThrow(/expected 2/);
  });
});

describe('hash-mod', () => {
  it('is even across targets', () => {
    const s = new HashModSelector(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    const counts = new Float64Array(7);
    const n = 140_000;
    for (let key = 0; key < n; key++) counts[s.pick(key)]!++;
    for (const c of counts) expect(Math.abs(c / n - 1 / 7)).toBeLessThan(0.005);
  });
});
