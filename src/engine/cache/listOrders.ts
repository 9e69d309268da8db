import { LinkPool } from './linkPool.ts';
import type { EvictionOrder } from './types.ts';

/**
 * LRU: slots in a recency list, least recently used first. A use moves the slot
 * to the newest end; the victim is the oldest. O(1) per operation.
 */
export class LruOrder implements EvictionOrder {
  private readonly links: LinkPool;
  private readonly sentinel: number;

  /** An order over slots [0, capacity). */
  constructor(capacity: number) {
    this.links = new LinkPool(capacity + 1);
    this.sentinel = capacity;
  }

  insert(slot: number): void {
    this.links.pushLast(slot, this.sentinel);
  }

  touch(slot: number): void {
    this.links.moveLast(slot, this.sentinel);
  }

  remove(slot: number): void {
    this.links.unlink(slot);
  }

  victim(): number {
    return this.links.first(this.sentinel);
  }

  clear(): void {
    this.links.reset(this.sentinel);
  }
}

/**
 * FIFO: slots in insertion order, oldest first. Uses do not reorder (a refresh
 * by `put` keeps the original place); the victim is the oldest insertion.
 */
export class FifoOrder implements EvictionOrder {
  private readonly links: LinkPool;
  private readonly sentinel: number;

  /** An order over slots [0, capacity). */
  constructor(capacity: number) {
    this.links = new LinkPool(capacity + 1);
    this.sentinel = capacity;
  }

  insert(slot: number): void {
    this.links.pushLast(slot, this.sentinel);
  }

  touch(): void {}

  remove(slot: number): void {
    this.links.unlink(slot);
  }

  victim(): number {
    return this.links.first(this.sentinel);
  }

  clear(): void {
    this.links.reset(this.sentinel);
  }
}
