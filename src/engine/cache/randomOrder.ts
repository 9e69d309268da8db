import type { RandomStream } from '../random/rng.ts';
import { uniformInt } from '../random/rng.ts';
import type { EvictionOrder } from './types.ts';

/**
 * Random eviction: the occupied slots packed in a dense array (removal swaps the
 * last one into the hole), so the victim is `dense[uniformInt(stream, n)]`, one
 * draw from the seeded stream per eviction and none otherwise. O(1).
 */
export class RandomOrder implements EvictionOrder {
  private readonly dense: Int32Array;
  private readonly position: Int32Array;
  private readonly stream: RandomStream;
  private count = 0;

  /** An order over slots [0, capacity) drawing victims from `stream`. */
  constructor(capacity: number, stream: RandomStream) {
    this.dense = new Int32Array(capacity);
    this.position = new Int32Array(capacity);
    this.stream = stream;
  }

  insert(slot: number): void {
    this.dense[this.count] = slot;
    this.position[slot] = this.count++;
  }

  touch(): void {}

  remove(slot: number): void {
    const hole = this.position[slot]!;
    const last = this.dense[--this.count]!;
    this.dense[hole] = last;
    this.position[last] = hole;
  }

  victim(): number {
    return this.dense[uniformInt(this.stream, this.count)]!;
  }

  clear(): void {
    this.count = 0;
  }
}
