import { KeyIndex } from './keyIndex.ts';
import { LinkPool } from './linkPool.ts';
import type { CacheStore, EvictionOrder, EvictionPolicy } from './types.ts';

/**
 * The {@link CacheStore} shared by every policy: entries live in slots
 * [0, capacity) of parallel typed arrays (key, version, expiry), a
 * {@link KeyIndex} finds a key's slot, free slots sit on a stack, and the
 * policy is an {@link EvictionOrder} told about every insert, use and removal.
 *
 * TTL: with one TTL per store and time that never goes back, expiry times are
 * in the order of the last `put`, so an expiry list in write order (a refresh
 * moves to its end) makes active expiry O(1) amortized: each operation pops the
 * expired entries at its head, and each entry is popped at most once per write.
 * `get` also checks the entry it finds, so a (forbidden) step back in time can
 * never return an expired entry.
 */
export class SlotCache implements CacheStore {
  readonly eviction: EvictionPolicy;
  readonly capacity: number;
  readonly ttlMs: number;
  private readonly keys: Int32Array;
  private readonly versions: Float64Array;
  private readonly expiry: Float64Array;
  private readonly index: KeyIndex;
  private readonly order: EvictionOrder;
  private readonly writes: LinkPool; // expiry list, oldest write first; sentinel = capacity
  private readonly freeSlots: Int32Array;
  private freeTop = 0;
  private readonly expiring: boolean;
  private count = 0;
  private evictionCount = 0;
  private expirationCount = 0;

  /** A store of `capacity` entries with entries living `ttlMs` (Infinity = forever). */
  constructor(eviction: EvictionPolicy, capacity: number, ttlMs: number, order: EvictionOrder) {
    this.eviction = eviction;
    this.capacity = capacity;
    this.ttlMs = ttlMs;
    this.expiring = ttlMs !== Infinity;
    this.keys = new Int32Array(capacity);
    this.versions = new Float64Array(capacity);
    this.expiry = new Float64Array(capacity);
    this.index = new KeyIndex(this.keys);
    this.order = order;
    this.writes = new LinkPool(capacity + 1);
    this.freeSlots = new Int32Array(capacity);
    this.resetFreeSlots();
  }

  get size(): number {
    return this.count;
  }

  get evictions(): number {
    return this.evictionCount;
  }

  get expirations(): number {
    return this.expirationCount;
  }

  get(key: number, now: number): number {
    this.expire(now);
    const slot = this.index.find(key);
    if (slot < 0) return -1;
    if (this.expiry[slot]! <= now) {
      this.removeSlot(slot);
      this.expirationCount++;
      return -1;
    }
    this.order.touch(slot);
    return slot;
  }

  put(key: number, version: number, now: number): number {
    this.expire(now);
    let slot = this.index.find(key);
    if (slot >= 0) {
      this.write(slot, version, now);
      if (this.expiring) this.writes.moveLast(slot, this.capacity);
      this.order.touch(slot);
      return -1;
    }
    let evicted = -1;
    if (this.count === this.capacity) {
      const victim = this.order.victim();
      evicted = this.keys[victim]!;
      this.removeSlot(victim);
      this.evictionCount++;
    }
    slot = this.freeSlots[--this.freeTop]!;
    this.keys[slot] = key;
    this.write(slot, version, now);
    this.index.insert(slot);
    if (this.expiring) this.writes.pushLast(slot, this.capacity);
    this.order.insert(slot);
    this.count++;
    return evicted;
  }

  delete(key: number): boolean {
    const slot = this.index.find(key);
    if (slot < 0) return false;
    this.removeSlot(slot);
    return true;
  }

  has(key: number): boolean {
    return this.index.find(key) >= 0;
  }

  versionAt(slot: number): number {
    return this.versions[slot]!;
  }

  expire(now: number): number {
    if (!this.expiring) return 0;
    let removed = 0;
    while (this.count > 0) {
      const oldest = this.writes.first(this.capacity);
      if (this.expiry[oldest]! > now) break;
      this.removeSlot(oldest);
      removed++;
    }
    this.expirationCount += removed;
    return removed;
  }

  clear(): void {
    this.index.clear();
    this.order.clear();
    this.writes.reset(this.capacity);
    this.resetFreeSlots();
    this.count = 0;
  }

  private write(slot: number, version: number, now: number): void {
    this.versions[slot] = version;
    this.expiry[slot] = now + this.ttlMs;
  }

  private removeSlot(slot: number): void {
    this.index.remove(this.keys[slot]!);
    this.order.remove(slot);
    if (this.expiring) this.writes.unlink(slot);
    this.freeSlots[this.freeTop++] = slot;
    this.count--;
  }

  private resetFreeSlots(): void {
    for (let i = 0; i < this.capacity; i++) this.freeSlots[i] = this.capacity - 1 - i;
    this.freeTop = this.capacity;
  }
}
