/**
 * The keyed store of a cache node, with LRU, LFU, FIFO and random eviction and
 * an optional TTL. See CONTEXT.md in this folder for the structures and the
 * trade-offs between policies.
 */
import { assertNever } from '../../lib/assertNever.ts';
import { FifoOrder, LruOrder } from './listOrders.ts';
import { LfuOrder } from './lfuOrder.ts';
import { RandomOrder } from './randomOrder.ts';
import { SlotCache } from './slotCache.ts';
import type { CacheStore, CacheStoreOptions, EvictionOrder } from './types.ts';

export type { CacheStore, CacheStoreOptions, EvictionPolicy } from './types.ts';
export { EVICTION_POLICIES } from './types.ts';

/**
 * Build an empty cache store. Throws a RangeError when `capacity` is not a
 * positive integer or `ttlMs` is not positive (the scenario layer validates
 * user input first; this guards the engine's own calls).
 */
export function createCacheStore(options: CacheStoreOptions): CacheStore {
  const { capacity } = options;
  const ttlMs = options.ttlMs ?? Infinity;
  if (!Number.isInteger(capacity) || capacity < 1 || capacity > 2 ** 28) {
    throw new RangeError(`cache capacity must be an integer in [1, 2^28], got ${capacity}`);
  }
  if (!(ttlMs > 0)) throw new RangeError(`cache ttlMs must be > 0, got ${ttlMs}`);
  return new SlotCache(options.eviction, capacity, ttlMs, createOrder(options));
}

function createOrder(options: CacheStoreOptions): EvictionOrder {
  switch (options.eviction) {
    case 'lru':
      return new LruOrder(options.capacity);
    case 'lfu':
      return new LfuOrder(options.capacity);
    case 'fifo':
      return new FifoOrder(options.capacity);
    case 'random':
      return new RandomOrder(options.capacity, options.stream);
    default:
      return assertNever(options, 'eviction policy');
  }
}
