import { describe, expect, it } from 'vitest';
import { createRandomStream } from '../random/rng.ts';
import { createHotKeys, createUniformKeys } from './keyDistribution.ts';
import { createZipfKeys } from './zipf.ts';

/** Exact Zipf pmf over ranks 1…count. */
function zipfPmf(count: number, exponent: number): Float64Array {
  const p = Float64Array.from({ length: count }, (_, i) => (i + 1) ** -exponent);
  const total = p.reduce((a, b) => a + b, 0);
  return p.map((x) => x / total);
}

/** Chi-square of the top 20 keys (one cell each) plus one cell for all the rest. */
function zipfChiSquare(count: number, exponent: number, draws: number, seed: number): number {
  const sample = createZipfKeys(count, exponent);
  const stream = createRandomStream(seed, 'test/zipf');
  const cells = new Float64Array(21);
  let outside = 0;
  for (let i = 0; i < draws; i++) {
    const key = sample(stream);
    if (!(Number.isInteger(key) && key >= 0 && key < count)) outside++;
    cells[Math.min(key, 20)]!++;
  }
  expect(outside).toBe(0);
  const pmf = zipfPmf(count, exponent);
  const expected = Array.from({ length: 20 }, (_, k) => pmf[k]! * draws);
  expected.push(draws - expected.reduce((a, b) => a + b, 0));
  return expected.reduce((acc, e, k) => acc + (cells[k]! - e) ** 2 / e, 0);
}

// 20 degrees of freedom: the 0.999 quantile is 45.31.
const CHI2_20_999 = 45.31;

describe('zipf keys (rejection-inversion)', () => {
  it('match the exact pmf over the top 20 ranks + tail, count 1000, s = 0.99', () => {
    expect(zipfChiSquare(1000, 0.99, 300_000, 1)).toBeLessThan(CHI2_20_999);
  });

  it('match the exact pmf over the top 20 ranks + tail, count 1000, s = 1.2', () => {
    expect(zipfChiSquare(1000, 1.2, 300_000, 2)).toBeLessThan(CHI2_20_999);
  });

  it('work at s = 1 exactly and at small exponents', () => {
    expect(zipfChiSquare(1000, 1, 200_000, 3)).toBeLessThan(CHI2_20_999);
    expect(zipfChiSquare(50, 0.3, 200_000, 4)).toBeLessThan(CHI2_20_999);
  });

  it('scale to 10⁹ keys in O(1): the hottest key has share 1/H(10⁹, 1)', () => {
    const sample = createZipfKeys(1e9, 1);
    const stream = createRandomStream(5, 'test/zipf-large');
    const draws = 200_000;
    let hottest = 0;
    let max = 0;
    for (let i = 0; i < draws; i++) {
      const key = sample(stream);
      if (key === 0) hottest++;
      max = Math.max(max, key);
    }
    // H(n, 1) = ln n + γ + 1/(2n) − …
    const p0 = 1 / (Math.log(1e9) + 0.5772156649);
    expect(Math.abs(hottest / draws - p0)).toBeLessThan(5 * Math.sqrt((p0 * (1 - p0)) / draws));
    expect(max).toBeLessThan(1e9);
    expect(max).toBeGreaterThan(1e7);
  });
});

describe('hot keys and uniform keys', () => {
  it('send hotShare of requests to the first hotKeys keys, evenly, and the rest evenly', () => {
    const sample = createHotKeys(10_000, 10, 0.9);
    const stream = createRandomStream(6, 'test/hot');
    const draws = 200_000;
    const hot = new Float64Array(10);
    let cold = 0;
    let coldSum = 0;
    for (let i = 0; i < draws; i++) {
      const key = sample(stream);
      if (key < 10) hot[key]!++;
      else {
        cold++;
        coldSum += key;
      }
    }
    expect(Math.abs(cold / draws - 0.1)).toBeLessThan(0.004);
    for (const h of hot) expect(Math.abs(h / draws - 0.09)).toBeLessThan(0.004);
    expect(Math.abs(coldSum / cold - (10 + 9999) / 2)).toBeLessThan(100);
  });

  it('uniform keys cover [0, count) evenly', () => {
    const sample = createUniformKeys(7);
    const stream = createRandomStream(7, 'test/uniform');
    const counts = new Float64Array(7);
    for (let i = 0; i < 70_000; i++) counts[sample(stream)]!++;
    for (const c of counts) expect(Math.abs(c / 70_000 - 1 / 7)).toBeLessThan(0.008);
  });
});
