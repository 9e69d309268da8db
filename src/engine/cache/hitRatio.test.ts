import { describe, expect, it } from 'vitest';
import {
  fifoHitRatioApprox,
  lfuHitRatioIrm,
  lruHitRatioChe,
  zipfPopularities,
} from '../../lib/cacheTheory.ts';
import type { RandomStream } from '../random/rng.ts';
import { createRandomStream } from '../random/rng.ts';
import { createCacheStore } from './index.ts';
import type { EvictionPolicy } from './types.ts';

const WARMUP = 50_000;
const MEASURED = 200_000;

/** A local Zipf sampler: inverse CDF by binary search over the cumulative popularities. */
function createZipfKeys(popularities: Float64Array, stream: RandomStream): () => number {
  const cumulative = new Float64Array(popularities.length);
  let sum = 0;
  popularities.forEach((p, i) => (cumulative[i] = sum += p));
  return () => {
    const u = stream.next() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > u) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

/** Hit ratio of a cache-aside store (miss ⇒ put) under IRM Zipf requests, after warm-up. */
function measure(policy: EvictionPolicy, keys: number, exponent: number, capacity: number): number {
  const name = `${policy}/${keys}/${exponent}/${capacity}`;
  const nextKey = createZipfKeys(zipfPopularities(keys, exponent), createRandomStream(7, name));
  const stream = createRandomStream(7, `${name}/evict`);
  const store =
    policy === 'random'
      ? createCacheStore({ capacity, eviction: 'random', stream })
      : createCacheStore({ capacity, eviction: policy });
  let hits = 0;
  for (let i = 0; i < WARMUP + MEASURED; i++) {
    const key = nextKey();
    if (store.get(key, i) >= 0) {
      if (i >= WARMUP) hits++;
    } else {
      store.put(key, 0, i);
    }
  }
  return hits / MEASURED;
}

const CASES = [1000, 10_000].flatMap((keys) =>
  [0.8, 1].flatMap((exponent) =>
    [0.01, 0.05, 0.1].map((share) => ({ keys, exponent, capacity: keys * share })),
  ),
);

describe('hit ratios under IRM Zipf requests agree with theory', () => {
  it.each(CASES)('LRU matches Che within 0.01: $keys keys, s = $exponent, C = $capacity', (c) => {
    const che = lruHitRatioChe(zipfPopularities(c.keys, c.exponent), c.capacity);
    expect(Math.abs(measure('lru', c.keys, c.exponent, c.capacity) - che)).toBeLessThan(0.01);
  });

  it.each(CASES)('LFU > LRU > FIFO ≈ RANDOM: $keys keys, s = $exponent, C = $capacity', (c) => {
    const p = zipfPopularities(c.keys, c.exponent);
    const [lfu, lru, fifo, random] = (['lfu', 'lru', 'fifo', 'random'] as const).map((policy) =>
      measure(policy, c.keys, c.exponent, c.capacity),
    ) as [number, number, number, number];
    const approx = fifoHitRatioApprox(p, c.capacity);
    // In-cache LFU stays below perfect LFU: early winners keep their counts.
    expect(lfu).toBeLessThan(lfuHitRatioIrm(p, c.capacity) + 0.01);
    expect(lfu).toBeGreaterThan(lru + 0.02);
    expect(lru).toBeGreaterThan(Math.max(fifo, random) + 0.003); // smallest gap: 0.005 at C = 10
    expect(Math.abs(fifo - random)).toBeLessThan(0.01);
    expect(Math.abs(fifo - approx)).toBeLessThan(0.01);
    expect(Math.abs(random - approx)).toBeLessThan(0.01);
  });
});
