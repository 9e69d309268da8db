import type { CacheStore } from '../cache/index.ts';
import { METRIC } from '../metrics/layout.ts';

/** A cache node's counters for the current window and since warm-up. */
export class CacheCounters {
  private hits = 0;
  private misses = 0;
  private staleReads = 0;
  private lostWrites = 0;
  private evictionsAtWindowStart = 0;
  private run = { hits: 0, misses: 0, staleReads: 0, lostWrites: 0, evictions: 0 };

  hit(stale: boolean): void {
    this.hits++;
    if (stale) this.staleReads++;
  }

  miss(): void {
    this.misses++;
  }

  lost(writes: number): void {
    this.lostWrites += writes;
  }

  write(values: Float64Array, o: number, store: CacheStore, queueDepth: number): void {
    values[o + METRIC.cacheHits] = this.hits;
    values[o + METRIC.cacheMisses] = this.misses;
    values[o + METRIC.cacheEvictions] = store.evictions - this.evictionsAtWindowStart;
    values[o + METRIC.cacheSize] = store.size;
    values[o + METRIC.staleReads] = this.staleReads;
    values[o + METRIC.writeQueueDepth] = queueDepth;
    values[o + METRIC.lostWrites] = this.lostWrites;
  }

  close(counted: boolean, store: CacheStore): void {
    if (counted) {
      const r = this.run;
      r.hits += this.hits;
      r.misses += this.misses;
      r.staleReads += this.staleReads;
      r.evictions += store.evictions - this.evictionsAtWindowStart;
    }
    this.run.lostWrites += this.lostWrites;
    this.hits = 0;
    this.misses = 0;
    this.staleReads = 0;
    this.lostWrites = 0;
    this.evictionsAtWindowStart = store.evictions;
  }

  /** Lost writes over the whole run, warm-up included: a loss is a loss. */
  summarize(): Record<string, unknown> {
    const r = this.run;
    const lookups = r.hits + r.misses;
    return {
      hits: r.hits,
      misses: r.misses,
      hitRatio: lookups > 0 ? r.hits / lookups : 0,
      evictions: r.evictions,
      staleReads: r.staleReads,
      lostWrites: r.lostWrites,
    };
  }
}
