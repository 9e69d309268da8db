import { FetchTable } from './fetchTable.ts';

/**
 * Which cached keys hold data older than the latest committed write, and which
 * fills in flight will. Two ways a cache serves stale data:
 * - a write commits at the store while the key sits in the cache (until the
 *   cache invalidates or refreshes it — or never, if the write bypassed it);
 * - the classic cache-aside race: a miss reads the old value, a write commits
 *   and invalidates (nothing cached yet), then the miss fills the old value in.
 * Memory is bounded by the keys cached or being fetched (pruned every window).
 */
export class StaleTracker {
  private readonly staleKeys = new Set<number>();
  /** Keys being fetched, how many fetches of each are out, and the latest commit meanwhile. */
  private readonly fetching = new FetchTable();

  // The size checks skip hash lookups in the common case of nothing stale (the same answers).
  isStale(key: number): boolean {
    return this.staleKeys.size > 0 && this.staleKeys.has(key);
  }

  set(key: number, stale: boolean): void {
    if (stale) this.staleKeys.add(key);
    else if (this.staleKeys.size > 0) this.staleKeys.delete(key);
  }

  onCommit(key: number, now: number, cached: boolean): void {
    if (cached) this.staleKeys.add(key);
    this.fetching.committed(key, now);
  }

  fillStarted(key: number): void {
    this.fetching.started(key);
  }

  /** A fetch came back; `readAt` is when the store answered. True when the value is already outdated. */
  fillDone(key: number, readAt: number): boolean {
    return this.fetching.done(key, readAt);
  }

  /** Drop marks of keys no longer cached. */
  prune(cached: (key: number) => boolean): void {
    for (const key of this.staleKeys) if (!cached(key)) this.staleKeys.delete(key);
  }

  clear(): void {
    this.staleKeys.clear();
  }
}
