import { createCacheStore, type CacheStore } from '../cache/index.ts';
import { FLAG_READ, FLAG_SCATTER, NO_CALL } from '../core/callTable.ts';
import type { Kernel, WriteListener } from '../core/kernel.ts';
import { MAX_BATCH } from '../core/keyBatches.ts';
import { FAILURE_CAUSES, METRIC } from '../metrics/layout.ts';
import { fixedValue, type Sampler } from '../random/distributions.ts';
import type { RandomStream } from '../random/rng.ts';
import type { CacheSpec, WriteBehindSpec } from '../spec.ts';
import { BaseBehavior } from './behavior.ts';
import { CacheCounters } from './cacheCounters.ts';
import { StaleTracker } from './staleTracker.ts';
import { WriteBehindQueue } from './writeBehindQueue.ts';

const TIMER_HIT = 0;
const TIMER_FLUSH = 1;
const TIMER_REFLUSH = 2;
const REJECTED_QUEUE_FULL = FAILURE_CAUSES.indexOf('rejected-queue-full');
/** What a child call of the cache is for (kept in `aux`). */
const CHILD_MISS = 0;
const CHILD_WRITE = 1;
const CHILD_PASS = 2;
const CHILD_FLUSH = 3;

/**
 * A cache in front of a backing store (its one downstream edge). Reads that hit
 * answer after `hitTimeMs`; misses go to the store and fill the cache. Writes
 * follow the write policy: `cache-aside` writes the store, then invalidates;
 * `write-through` writes the store, then the cache; `write-behind` writes the
 * cache, answers, and queues the write for a batched flush — writes still queued
 * when the cache crashes are lost, and counted. Multi-key and cross-shard
 * requests pass through uncached.
 */
export class CacheNode extends BaseBehavior implements WriteListener {
  readonly counters = new CacheCounters();
  private readonly k: Kernel;
  private readonly index: number;
  private readonly spec: CacheSpec;
  private readonly store: CacheStore;
  private readonly hitTime: Sampler;
  /** A constant hit time and its event-queue lane (-1 when the hit time varies). */
  private readonly hitFixedMs: number;
  private readonly hitLane: number;
  private readonly backing: number;
  private readonly stale = new StaleTracker();
  private readonly queue: WriteBehindQueue;
  private readonly wb: WriteBehindSpec;
  /** Request id carried by this cache's own flushes, so their commits are not news to it. */
  private readonly flushOrigin: number;
  /** Write-behind writes accepted but not yet acknowledged (their queue slots are reserved). */
  private acking = 0;
  /** Crashes so far: a retry scheduled before a crash finds its writes gone. */
  private crashes = 0;

  constructor(
    k: Kernel,
    index: number,
    spec: CacheSpec,
    backingEdge: number,
    hitTime: Sampler,
    stream: RandomStream,
  ) {
    super();
    this.k = k;
    this.index = index;
    this.spec = spec;
    this.backing = backingEdge;
    this.hitTime = hitTime;
    this.hitFixedMs = fixedValue(spec.hitTimeMs);
    this.hitLane = k.queue.laneFor(this.hitFixedMs);
    this.wb = spec.writeBehind;
    this.flushOrigin = -2 - index;
    this.queue = new WriteBehindQueue(
      spec.writePolicy === 'write-behind' ? spec.writeBehind.queueCapacity : 1,
    );
    this.store =
      spec.eviction === 'random'
        ? createCacheStore({
            capacity: spec.capacity,
            ttlMs: spec.ttlMs,
            eviction: 'random',
            stream,
          })
        : createCacheStore({ capacity: spec.capacity, ttlMs: spec.ttlMs, eviction: spec.eviction });
  }

  override start(): void {
    if (this.spec.warm)
      for (let key = 0; key < this.spec.capacity; key++) this.store.put(key, 0, 0);
    if (this.spec.writePolicy === 'write-behind')
      this.k.timer(this.wb.flushIntervalMs, this.index, TIMER_FLUSH, 0);
  }

  onCall(call: number): void {
    const calls = this.k.calls;
    const flags = calls.flags[call]!;
    if (calls.batch[call]! >= 0 || (flags & FLAG_SCATTER) !== 0)
      return this.toStore(call, CHILD_PASS);
    if ((flags & FLAG_READ) !== 0) return this.read(call);
    if (this.spec.writePolicy !== 'write-behind') return this.toStore(call, CHILD_WRITE);
    // A slot is reserved now; the write joins the queue when it is acknowledged.
    if (this.queue.size + this.acking >= this.queue.capacity)
      return this.k.answer(call, REJECTED_QUEUE_FULL);
    this.acking++;
    this.fill(calls.key[call]!, false);
    this.afterHitTime(call);
  }

  override onAnswer(child: number): void {
    const k = this.k;
    const calls = k.calls;
    const kind = calls.callerAux[child]! & 3;
    if (kind === CHILD_FLUSH) return this.flushAnswered(child);
    const parent = k.liveParent(child);
    const status = calls.status[child]!;
    const key = calls.key[child]!;
    if (kind === CHILD_MISS) {
      const dirty = this.stale.fillDone(key, calls.leftAt[child]!);
      if (status === 0 && k.down[this.index] === 0) this.fill(key, dirty);
    } else if (kind === CHILD_WRITE && status === 0 && k.down[this.index] === 0) {
      if (this.spec.writePolicy === 'cache-aside') this.invalidate(key);
      else this.fill(key, false);
    }
    calls.release(child);
    if (parent !== NO_CALL) k.answer(parent, status - 1);
  }

  override onTimer(kind: number, call: number, gen: number): void {
    if (kind === TIMER_FLUSH) return this.flush();
    if (kind === TIMER_REFLUSH) return this.reflush(call, gen);
    const calls = this.k.calls;
    if (!calls.isPending(call, gen)) return;
    if ((calls.flags[call]! & FLAG_READ) === 0) {
      this.acking--;
      this.queue.push(calls.key[call]!);
    }
    this.k.answer(call, -1);
  }

  onWriteCommitted(key: number, origin: number): void {
    if (origin === this.flushOrigin) return;
    this.stale.onCommit(key, this.k.now, this.store.has(key));
  }

  override dropEntries(): void {
    this.store.clear();
    this.stale.clear();
  }

  override crash(): void {
    this.counters.lost(this.queue.size);
    this.queue.clear();
    this.acking = 0; // those writes fail with node-down: never acknowledged, not lost
    this.crashes++;
    this.store.clear();
    this.stale.clear();
  }

  override writeWindow(values: Float64Array, o: number): void {
    this.store.expire(this.k.now);
    this.counters.write(values, o, this.store, this.queue.size);
    values[o + METRIC.instances] = this.k.down[this.index] === 1 ? 0 : 1;
  }

  override closeWindow(counted: boolean): void {
    this.counters.close(counted, this.store);
    this.stale.prune((key) => this.store.has(key));
  }

  override summarize(): Record<string, unknown> {
    return this.counters.summarize();
  }

  private read(call: number): void {
    const k = this.k;
    const key = k.calls.key[call]!;
    if (this.store.get(key, k.now) >= 0) {
      this.counters.hit(this.stale.isStale(key));
      return this.afterHitTime(call);
    }
    this.counters.miss();
    this.stale.fillStarted(key);
    this.toStore(call, CHILD_MISS);
  }

  private toStore(call: number, kind: number): void {
    const k = this.k;
    const child = k.createCall(this.backing, call);
    k.calls.callerAux[child] = kind;
    k.send(child);
  }

  private afterHitTime(call: number): void {
    const k = this.k;
    if (this.hitLane >= 0)
      k.laneTimer(
        this.hitLane,
        k.now + this.hitFixedMs,
        this.index,
        TIMER_HIT,
        call,
        k.calls.gen[call],
      );
    else k.timer(k.now + this.hitTime(), this.index, TIMER_HIT, call, k.calls.gen[call]);
  }

  private fill(key: number, stale: boolean): void {
    this.store.put(key, 0, this.k.now);
    this.stale.set(key, stale);
  }

  private invalidate(key: number): void {
    this.store.delete(key);
    this.stale.set(key, false);
  }

  /** Send queued writes to the store in batches, then schedule the next flush. */
  private flush(): void {
    const k = this.k;
    if (k.down[this.index] === 0) {
      while (this.queue.size > 0) {
        const b = k.batches.allocate();
        const n = Math.min(this.wb.batchSize, this.queue.size, MAX_BATCH);
        for (let i = 0; i < n; i++) k.batches.push(b, this.queue.shift());
        this.sendFlush(b, 0);
      }
    }
    k.timer(k.now + this.wb.flushIntervalMs, this.index, TIMER_FLUSH, 0);
  }

  private sendFlush(batch: number, attempt: number): void {
    const k = this.k;
    const c = k.createCall(this.backing, NO_CALL);
    const calls = k.calls;
    calls.request[c] = this.flushOrigin;
    calls.key[c] = k.batches.keyAt(batch, 0);
    calls.batch[c] = batch;
    calls.callerAux[c] = CHILD_FLUSH | (attempt << 2); // the attempt rides above the purpose bits
    k.send(c);
  }

  private flushAnswered(call: number): void {
    const k = this.k;
    const calls = k.calls;
    const batch = calls.batch[call]!;
    const attempt = calls.callerAux[call]! >> 2;
    const ok = calls.status[call] === 0;
    calls.release(call);
    if (ok) return k.batches.release(batch);
    if (attempt < this.wb.maxRetries && k.down[this.index] === 0) {
      // Try again with the next flush.
      k.timer(
        k.now + this.wb.flushIntervalMs,
        this.index,
        TIMER_REFLUSH,
        batch,
        (this.crashes << 8) | (attempt + 1),
      );
      return;
    }
    this.counters.lost(k.batches.size(batch));
    k.batches.release(batch);
  }

  /** A failed flush's writes go out again — unless the cache died meanwhile (then they are lost). */
  private reflush(batch: number, tag: number): void {
    const k = this.k;
    if (k.down[this.index] === 0 && tag >> 8 === this.crashes)
      return this.sendFlush(batch, tag & 0xff);
    this.counters.lost(k.batches.size(batch));
    k.batches.release(batch);
  }
}
