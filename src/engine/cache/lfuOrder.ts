import { LinkPool } from './linkPool.ts';
import type { EvictionOrder } from './types.ts';

/**
 * O(1) LFU after Shah, Mitra & Matani (2010): a list of frequency buckets in
 * increasing use count, each holding its slots in the order they reached that
 * count. A use moves a slot to the bucket for count + 1 (created next to its own
 * when missing); the victim is the oldest slot of the lowest bucket, so ties in
 * frequency go to the least recently used. Counts start at 1 on insertion and
 * are forgotten on eviction ("in-cache" LFU).
 *
 * Storage: slot links in [0, capacity) and one sentinel per bucket at
 * capacity + bucket in the same pool; buckets in a second pool with a free
 * stack. A bucket never outlives its last slot, so `capacity` buckets suffice
 * (a slot alone in its bucket is promoted by bumping the bucket's count).
 */
export class LfuOrder implements EvictionOrder {
  private readonly items: LinkPool;
  private readonly buckets: LinkPool;
  private readonly counts: Float64Array;
  private readonly bucketOf: Int32Array;
  private readonly freeBuckets: Int32Array;
  private freeTop = 0;
  private readonly capacity: number;

  /** An order over slots [0, capacity). */
  constructor(capacity: number) {
    this.capacity = capacity;
    this.items = new LinkPool(2 * capacity);
    this.buckets = new LinkPool(capacity + 1);
    this.counts = new Float64Array(capacity);
    this.bucketOf = new Int32Array(capacity);
    this.freeBuckets = new Int32Array(capacity);
    this.clear();
  }

  /** Use count of the entry at `slot` (for tests and explanations). */
  countAt(slot: number): number {
    return this.counts[this.bucketOf[slot]!]!;
  }

  insert(slot: number): void {
    const head = this.capacity; // the bucket list's sentinel
    let bucket = this.buckets.first(head);
    if (bucket === head || this.counts[bucket] !== 1) {
      bucket = this.allocate(1);
      this.buckets.insertAfter(bucket, head);
    }
    this.place(slot, bucket);
  }

  touch(slot: number): void {
    const bucket = this.bucketOf[slot]!;
    const count = this.counts[bucket]! + 1;
    const next = this.buckets.next[bucket]!;
    const alone = this.items.next[slot] === this.items.prev[slot];
    if (next !== this.capacity && this.counts[next] === count) {
      this.remove(slot);
      this.place(slot, next);
    } else if (alone) {
      this.counts[bucket] = count;
    } else {
      const created = this.allocate(count);
      this.buckets.insertAfter(created, bucket);
      this.remove(slot);
      this.place(slot, created);
    }
  }

  remove(slot: number): void {
    const bucket = this.bucketOf[slot]!;
    const sentinel = this.capacity + bucket;
    this.items.unlink(slot);
    if (this.items.first(sentinel) === sentinel) {
      this.buckets.unlink(bucket);
      this.freeBuckets[this.freeTop++] = bucket;
    }
  }

  victim(): number {
    const lowest = this.buckets.first(this.capacity);
    return this.items.first(this.capacity + lowest);
  }

  clear(): void {
    this.buckets.reset(this.capacity);
    for (let b = 0; b < this.capacity; b++) this.freeBuckets[b] = this.capacity - 1 - b;
    this.freeTop = this.capacity;
  }

  private allocate(count: number): number {
    const bucket = this.freeBuckets[--this.freeTop]!;
    this.counts[bucket] = count;
    this.items.reset(this.capacity + bucket);
    return bucket;
  }

  private place(slot: number, bucket: number): void {
    this.items.pushLast(slot, this.capacity + bucket);
    this.bucketOf[slot] = bucket;
  }
}
