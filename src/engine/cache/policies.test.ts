import { describe, expect, it } from 'vitest';
import { createRandomStream } from '../random/rng.ts';
import { createCacheStore } from './index.ts';
import type { CacheStore } from './types.ts';

/** Put each key at time 0 with version = key; returns the evicted keys (−1 = none). */
function putAll(store: CacheStore, keys: readonly number[]): number[] {
  return keys.map((key) => store.put(key, key, 0));
}

describe('eviction policies on hand-made sequences', () => {
  it('LRU evicts the least recently used; a hit makes a key recent', () => {
    const store = createCacheStore({ capacity: 3, eviction: 'lru' });
    putAll(store, [1, 2, 3]);
    store.get(1, 0); // recency: 2 3 1
    expect(store.put(4, 4, 0)).toBe(2); // 3 1 4
    store.get(3, 0); // 1 4 3
    expect(store.put(5, 5, 0)).toBe(1);
    expect(store.put(4, 40, 0)).toBe(-1); // refresh counts as a use: 3 5 4
    expect(store.put(6, 6, 0)).toBe(3);
    expect(store.evictions).toBe(3);
  });

  it('FIFO evicts in insertion order; neither hits nor refreshes reorder', () => {
    const store = createCacheStore({ capacity: 3, eviction: 'fifo' });
    putAll(store, [1, 2, 3]);
    store.get(1, 0);
    expect(store.put(4, 4, 0)).toBe(1);
    expect(store.put(2, 20, 0)).toBe(-1);
    expect(store.put(5, 5, 0)).toBe(2);
    expect(store.put(6, 6, 0)).toBe(3);
  });

  it('LFU evicts the least used; ties go to the least recently used', () => {
    const store = createCacheStore({ capacity: 3, eviction: 'lfu' });
    putAll(store, [1, 2, 3]); // counts 1 1 1
    expect(store.put(4, 4, 0)).toBe(1); // tie at 1: the oldest use goes
    store.get(2, 0);
    store.get(2, 0);
    store.get(3, 0); // counts: 2→3, 3→2, 4→1
    expect(store.put(5, 5, 0)).toBe(4);
    store.get(5, 0); // 5→2 after 3 reached 2
    expect(store.put(6, 6, 0)).toBe(3);
    expect(store.put(6, 60, 0)).toBe(-1); // refresh: 6→2, used after 5
    expect(store.put(7, 7, 0)).toBe(5);
    expect([2, 6, 7].every((k) => store.has(k))).toBe(true);
  });

  it('RANDOM evicts a present key drawn from its stream: uniform, and reproducible', () => {
    const run = (seed: number): number[] => {
      const stream = createRandomStream(seed, 'node:cache/evict');
      const store = createCacheStore({ capacity: 4, eviction: 'random', stream });
      return Array.from({ length: 20_000 }, (_, key) => store.put(key, 0, 0)).slice(4);
    };
    const victims = run(1);
    expect(run(1)).toEqual(victims);
    expect(run(2)).not.toEqual(victims);
    // Each eviction picks the newest of 4 entries with probability 1/4.
    const newest = victims.filter((victim, i) => victim === i + 3).length / victims.length;
    expect(newest).toBeCloseTo(0.25, 1);
    expect(Math.abs(newest - 0.25)).toBeLessThan(0.015);
  });
});

describe('TTL, versions, delete and clear', () => {
  it('an entry is fresh for ttlMs after its last put, then a miss and an expiration', () => {
    const store = createCacheStore({ capacity: 4, eviction: 'lru', ttlMs: 100 });
    store.put(1, 7, 0);
    expect(store.versionAt(store.get(1, 99))).toBe(7);
    expect(store.get(1, 100)).toBe(-1);
    expect([store.expirations, store.size]).toEqual([1, 0]);
    store.put(2, 1, 0);
    store.put(2, 2, 50); // refresh: expires at 150
    expect(store.versionAt(store.get(2, 149))).toBe(2);
    expect(store.get(2, 150)).toBe(-1);
  });

  it('expired entries are removed actively: they never take capacity and are never evicted', () => {
    const store = createCacheStore({ capacity: 2, eviction: 'fifo', ttlMs: 100 });
    store.put(1, 1, 0);
    store.put(2, 2, 10);
    expect(store.put(3, 3, 105)).toBe(-1);
    expect([store.evictions, store.expirations, store.has(1), store.has(2)]).toEqual([
      0,
      1,
      false,
      true,
    ]);
    expect(store.expire(500)).toBe(2);
    expect(store.size).toBe(0);
  });

  it('delete invalidates one key; clear flushes all; counters are kept', () => {
    const store = createCacheStore({ capacity: 2, eviction: 'lfu' });
    putAll(store, [1, 2, 3]);
    expect(store.delete(3)).toBe(true);
    expect(store.delete(3)).toBe(false);
    expect([store.size, store.get(3, 0)]).toEqual([1, -1]);
    store.clear();
    expect([store.size, store.has(2), store.evictions]).toEqual([0, false, 1]);
    expect(putAll(store, [5, 6, 7])).toEqual([-1, -1, 5]);
  });

  it('rejects a capacity below 1 and a TTL that is not positive', () => {
    expect(() => createCacheStore({ capacity: 0, eviction: 'lru' })).toThrow(RangeError);
    expect(() => createCacheStore({ capacity: 2.5, eviction: 'lru' })).toThrow(RangeError);
    expect(() => createCacheStore({ capacity: 1, eviction: 'lru', ttlMs: 0 })).toThrow(RangeError);
  });
});
