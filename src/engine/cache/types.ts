import type { RandomStream } from '../random/rng.ts';

/** The eviction policies a cache node can use. */
export const EVICTION_POLICIES = ['lru', 'lfu', 'fifo', 'random'] as const;

/**
 * Which entry a full cache gives up: `lru` the least recently used, `lfu` the
 * least frequently used (ties: least recently used), `fifo` the oldest
 * insertion, `random` one drawn uniformly from a seeded stream.
 */
export type EvictionPolicy = (typeof EVICTION_POLICIES)[number];

interface CommonOptions {
  /** Maximum number of entries, ≥ 1. */
  readonly capacity: number;
  /** Time to live after each `put`, ms (> 0); Infinity (the default) = entries never expire. */
  readonly ttlMs?: number;
}

/** How to build a {@link CacheStore}; `random` eviction needs its seeded stream. */
export type CacheStoreOptions = CommonOptions &
  (
    | { readonly eviction: 'lru' | 'lfu' | 'fifo' }
    | { readonly eviction: 'random'; readonly stream: RandomStream }
  );

/**
 * The keyed store inside a cache node: which keys are cached, with which value
 * version, until when. Keys are non-negative integers below 2^31; `now` is
 * simulated time in ms and must never go back. Every operation is O(1)
 * (amortized) and allocates nothing, except `clear` which is O(capacity).
 *
 * TTL is enforced actively: every `get`, `put` and `expire` first removes the
 * entries whose time is up (they sit in write order, so this looks only at the
 * oldest ones), counting each in `expirations`. An expired entry therefore never
 * takes capacity from a new one and is never evicted.
 */
export interface CacheStore {
  /** The eviction policy. */
  readonly eviction: EvictionPolicy;
  /** Maximum number of entries. */
  readonly capacity: number;
  /** Time to live, ms (Infinity = none). */
  readonly ttlMs: number;
  /** Entries held now (as of the last operation; see `expire`). */
  readonly size: number;
  /** Entries removed to make room, since construction (not reset by `clear`). */
  readonly evictions: number;
  /** Entries removed because their TTL ran out, since construction (not reset by `clear`). */
  readonly expirations: number;

  /**
   * Look `key` up at time `now`. A hit returns the entry's slot (≥ 0, valid until
   * the next mutating call) and counts as a use for LRU and LFU; a miss returns −1.
   * An entry whose TTL has run out is a miss (and an expiration).
   */
  get(key: number, now: number): number;
  /**
   * Insert `key` with value version `version`, expiring at `now + ttlMs`, or
   * refresh it if present (new version and expiry; a use for LRU and LFU, not a
   * reinsertion for FIFO). When a new key finds the store full, the policy's
   * victim is evicted first: returns its key, or −1 when nothing was evicted.
   */
  put(key: number, version: number, now: number): number;
  /** Remove `key` (invalidation); true when it was present. Counts neither as eviction nor as expiration. */
  delete(key: number): boolean;
  /** True when `key` is held, without counting a use and without checking its TTL. */
  has(key: number): boolean;
  /** Value version stored at `slot` (from `get`), for stale-read detection. */
  versionAt(slot: number): number;
  /** Remove every entry expired at `now`; returns how many. Call before reading `size` at window ends. */
  expire(now: number): number;
  /** Drop every entry (a flush). Counts neither as eviction nor as expiration. O(capacity). */
  clear(): void;
}

/**
 * The part of a store that is the policy: an order over occupied slots in
 * [0, capacity) that names the next victim. Every method is O(1).
 */
export interface EvictionOrder {
  /** A new entry now occupies `slot`. */
  insert(slot: number): void;
  /** The entry at `slot` was used (a hit or a refresh). */
  touch(slot: number): void;
  /** The entry at `slot` is gone (evicted, expired, deleted). */
  remove(slot: number): void;
  /** The slot to evict next; only called when at least one slot is occupied. */
  victim(): number;
  /** Forget every slot. */
  clear(): void;
}
