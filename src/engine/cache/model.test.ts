import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandomStream, uniformInt } from '../random/rng.ts';
import type { RandomStream } from '../random/rng.ts';
import { createCacheStore } from './index.ts';
import type { CacheStore, EvictionPolicy } from './types.ts';
import { EVICTION_POLICIES } from './types.ts';

interface Entry {
  key: number;
  version: number;
  expiresAt: number;
  inserted: number; // sequence number of the insertion (FIFO)
  used: number; // sequence number of the last use (LRU; LFU's tie-break)
  written: number; // sequence number of the last put (expiry order)
  count: number; // uses since insertion (LFU)
}

/** The obvious, slow cache: an array of entries scanned on every operation. */
class ReferenceCache {
  entries: Entry[] = []; // RANDOM draws an index into this array, swap-removed like the store's
  evictions = 0;
  expirations = 0;
  private seq = 0;
  private readonly policy: EvictionPolicy;
  private readonly capacity: number;
  private readonly ttlMs: number;
  private readonly stream: RandomStream;

  constructor(policy: EvictionPolicy, capacity: number, ttlMs: number, stream: RandomStream) {
    this.policy = policy;
    this.capacity = capacity;
    this.ttlMs = ttlMs;
    this.stream = stream;
  }

  private removeAt(i: number): void {
    this.entries[i] = this.entries[this.entries.length - 1]!;
    this.entries.pop();
  }
  expire(now: number): number {
    const dead = this.entries
      .filter((e) => e.expiresAt <= now)
      .sort((a, b) => a.written - b.written);
    for (const e of dead) this.removeAt(this.entries.indexOf(e));
    this.expirations += dead.length;
    return dead.length;
  }
  private victim(): number {
    const better = (a: Entry, b: Entry): boolean => {
      if (this.policy === 'fifo') return a.inserted < b.inserted;
      if (this.policy === 'lfu' && a.count !== b.count) return a.count < b.count;
      return a.used < b.used;
    };
    if (this.policy === 'random') return uniformInt(this.stream, this.entries.length);
    let best = 0;
    this.entries.forEach((e, i) => (best = better(e, this.entries[best]!) ? i : best));
    return best;
  }
  get(key: number, now: number): number | undefined {
    this.expire(now);
    const e = this.entries.find((x) => x.key === key);
    if (e === undefined) return undefined;
    e.used = ++this.seq;
    e.count++;
    return e.version;
  }
  put(key: number, version: number, now: number): number {
    this.expire(now);
    const seq = ++this.seq;
    const e = this.entries.find((x) => x.key === key);
    if (e !== undefined) {
      Object.assign(e, { version, expiresAt: now + this.ttlMs, used: seq, written: seq });
      e.count++;
      return -1;
    }
    let evicted = -1;
    if (this.entries.length === this.capacity) {
      const i = this.victim();
      evicted = this.entries[i]!.key;
      this.removeAt(i);
      this.evictions++;
    }
    const expiresAt = now + this.ttlMs;
    this.entries.push({
      key,
      version,
      expiresAt,
      inserted: seq,
      used: seq,
      written: seq,
      count: 1,
    });
    return evicted;
  }
  delete(key: number): boolean {
    const i = this.entries.findIndex((x) => x.key === key);
    if (i >= 0) this.removeAt(i);
    return i >= 0;
  }
}

type Op =
  | { kind: 'get' | 'put' | 'delete'; key: number; dt: number }
  | { kind: 'expire' | 'clear'; dt: number };

const KEYS = 10;
const keyed = (kinds: fc.Arbitrary<'get' | 'put' | 'delete'>): fc.Arbitrary<Op> =>
  fc.record({ kind: kinds, key: fc.nat(KEYS - 1), dt: fc.nat(20) });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 8, arbitrary: keyed(fc.constantFrom('get', 'put')) },
  { weight: 1, arbitrary: keyed(fc.constant('delete')) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('expire', 'clear'), dt: fc.nat(20) }) },
);

function check(policy: EvictionPolicy, capacity: number, ttlMs: number, ops: readonly Op[]): void {
  const name = 'node:cache/evict';
  const store: CacheStore =
    policy === 'random'
      ? createCacheStore({
          capacity,
          ttlMs,
          eviction: 'random',
          stream: createRandomStream(3, name),
        })
      : createCacheStore({ capacity, ttlMs, eviction: policy });
  const ref = new ReferenceCache(policy, capacity, ttlMs, createRandomStream(3, name));
  let now = 0;
  let version = 0;
  for (const op of ops) {
    now += op.dt;
    if (op.kind === 'get') {
      const slot = store.get(op.key, now);
      expect(slot < 0 ? undefined : store.versionAt(slot)).toBe(ref.get(op.key, now));
    } else if (op.kind === 'put') {
      version++;
      expect(store.put(op.key, version, now)).toBe(ref.put(op.key, version, now));
    } else if (op.kind === 'delete') expect(store.delete(op.key)).toBe(ref.delete(op.key));
    else if (op.kind === 'expire') expect(store.expire(now)).toBe(ref.expire(now));
    else {
      store.clear();
      ref.entries = [];
    }
    expect(store.size).toBeLessThanOrEqual(capacity);
    expect([store.size, store.evictions, store.expirations]).toEqual([
      ref.entries.length,
      ref.evictions,
      ref.expirations,
    ]);
    for (let key = 0; key < KEYS; key++)
      expect(store.has(key)).toBe(ref.entries.some((e) => e.key === key));
  }
}

describe('every policy agrees with a reference implementation over random operations', () => {
  it.each(EVICTION_POLICIES)('%s', (policy) => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom(Infinity, 40),
        fc.array(opArb, { maxLength: 150 }),
        (capacity, ttlMs, ops) => check(policy, capacity, ttlMs, ops),
      ),
      { numRuns: 300 },
    );
  });
});
