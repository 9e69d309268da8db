import { FLAG_DEGRADED, FLAG_READ, FLAG_SCATTER, FLAG_TRACED, NO_CALL } from '../core/callTable.ts';
import type { Kernel } from '../core/kernel.ts';
import { StatsSpan } from '../metrics/nodeStats.ts';
import { createSampler, type Sampler } from '../random/distributions.ts';
import { uniformInt as uniformIntOf, type RandomStream } from '../random/rng.ts';
import {
  createHotKeys,
  createUniformKeys,
  createZipfKeys,
  type KeySampler,
} from '../routing/index.ts';
import type { ArrivalSpec, ClientSpec, KeyDistSpec } from '../spec.ts';
import { createArrivals, type NextArrival } from './arrivals.ts';
import { BaseBehavior } from './behavior.ts';

const TIMER_SEND = 0;

/**
 * A source of requests. Open loop (`poisson`, `constant`, `steps`, `ramp`,
 * `spike`): requests arrive on schedule whatever the system does. Closed loop
 * (`users`): each user sends, waits for the answer (success or failure), thinks,
 * and sends again. The latency it records is end to end, as the user sees it.
 */
export class ClientNode extends BaseBehavior {
  private readonly k: Kernel;
  private readonly index: number;
  private readonly entryEdge: number;
  private readonly workloadStream: RandomStream;
  private nextArrival: NextArrival | null;
  private readonly think: Sampler | null;
  private readonly users: number;
  private readRatio: number;
  private readonly drawKey: () => number;
  private readonly batchSize: number;
  private readonly crossShardRatio: number;
  /**
   * The measured cohort: requests issued at or after `countFrom` (the end of
   * warm-up, on a window boundary) and the outcomes of exactly those requests,
   * so `succeeded + failed ≤ requests` always holds in the summary. (Its
   * latency histogram stays empty: percentiles come from the run's windows.)
   */
  readonly cohort = new StatsSpan();
  private readonly countFrom: number;
  /** Bumped when the rate changes, so arrivals planned at the old rate are dropped. */
  private epoch = 0;
  private readonly keyStream: RandomStream;
  private readonly keyCount: number;

  constructor(
    k: Kernel,
    index: number,
    spec: ClientSpec,
    entryEdge: number,
    streams: { arrival: RandomStream; workload: RandomStream; keys: RandomStream },
    countFrom: number,
    horizonMs: number,
    keysUsed: boolean,
  ) {
    super();
    this.k = k;
    this.index = index;
    this.entryEdge = entryEdge;
    this.workloadStream = streams.workload;
    this.countFrom = countFrom;
    const a = spec.arrival;
    this.users = a.type === 'users' ? a.users : 0;
    this.think = a.type === 'users' ? createSampler(a.thinkTimeMs, streams.arrival) : null;
    this.nextArrival = createArrivals(a, streams.arrival, horizonMs);
    const w = spec.workload;
    this.readRatio = w.readRatio;
    this.batchSize = w.batchSize;
    this.crossShardRatio = w.crossShardRatio;
    // Keys matter only to key-aware nodes; without any, the draw is skipped (the
    // key stream is the client's own, so no other draw moves).
    this.keyStream = streams.keys;
    this.keyCount = w.keyCount;
    const draw = keysUsed ? createKeySampler(w.keys, w.keyCount, streams.keys) : () => 0;
    // A `hot-key` fault sends its share of requests to the first keys (key 0 is the hottest);
    // without a key-aware node, keys change nothing and are not drawn at all.
    this.drawKey = !keysUsed
      ? draw
      : () => {
          const share = k.hotShare[index]!;
          if (share > 0 && this.keyStream.next() < share)
            return uniformIntOf(this.keyStream, Math.min(k.hotKeys[index]!, this.keyCount));
          return draw();
        };
  }

  override start(): void {
    if (this.nextArrival !== null) this.schedule(this.nextArrival(0));
    else if (this.think !== null) {
      for (let u = 0; u < this.users; u++) this.k.timer(this.think(), this.index, TIMER_SEND, 0);
    }
  }

  override onTimer(_kind = 0, _arg = 0, epoch = 0): void {
    if (epoch !== this.epoch) return; // an arrival planned at the old rate
    this.issue();
    if (this.nextArrival !== null) this.schedule(this.nextArrival(this.k.now));
  }

  /** A traffic spike began or ended: the next arrival is drawn afresh at the new rate (Poisson is memoryless). */
  override rateChanged(): void {
    if (this.nextArrival === null) return; // closed loop: the users set the pace
    this.epoch++;
    this.schedule(this.nextArrival(this.k.now));
  }

  /** A live edit of an open-loop rate: from now on, arrivals follow `arrival` (drawn afresh, like a spike). */
  setArrival(arrival: ArrivalSpec, stream: RandomStream, horizonMs: number): void {
    if (this.nextArrival === null) return;
    this.nextArrival = createArrivals(arrival, stream, horizonMs);
    this.rateChanged();
  }

  /** A live edit of the share of reads, for requests issued from now on. */
  setReadRatio(readRatio: number): void {
    this.readRatio = readRatio;
  }

  onCall(): void {
    throw new Error('a client receives no calls');
  }

  override onAnswer(call: number): void {
    const k = this.k;
    const calls = k.calls;
    const cause = calls.status[call]! - 1;
    const stats = k.stats[this.index]!;
    stats.finish(calls.sentAt, call, cause);
    const degraded = cause < 0 && (calls.flags[call]! & FLAG_DEGRADED) !== 0;
    if (degraded) stats.degrade();
    if (calls.sentAt[call]! >= this.countFrom) this.recordOutcome(call, cause, degraded);
    const batch = calls.batch[call]!;
    if (batch >= 0) k.batches.release(batch);
    calls.release(call);
    if (this.think !== null) k.timer(k.now + this.think(), this.index, TIMER_SEND, 0);
  }

  private schedule(next: number): void {
    if (next === Infinity) return;
    const now = this.k.now;
    const factor = this.k.rateFactor[this.index]!;
    const at = factor === 1 ? next : now + (next - now) / factor;
    this.k.timer(at, this.index, TIMER_SEND, 0, this.epoch);
  }

  private recordOutcome(call: number, cause: number, degraded: boolean): void {
    const latency = this.k.now - this.k.calls.sentAt[call]!;
    const c = this.cohort;
    // Latency percentiles come from the windows after warm-up (one histogram per
    // request, not two); the cohort keeps the counts.
    if (cause < 0) {
      c.completed++;
      if (degraded) c.degraded++;
    } else {
      c.failed++;
      c.failures[cause]!++;
    }
    c.sojournSum += latency;
  }

  private issue(): void {
    const k = this.k;
    const calls = k.calls;
    const c = k.createCall(this.entryEdge, NO_CALL);
    calls.request[c] = k.requestsIssued++;
    // The workload streams are the client's own, so skipping draws nobody needs
    // (an all-read or all-write mix, no cross-shard queries) changes no other stream.
    const r = this.readRatio;
    const read = r >= 1 || (r > 0 && this.workloadStream.next() < r);
    const scatter =
      read && this.crossShardRatio > 0 && this.workloadStream.next() < this.crossShardRatio;
    calls.key[c] = this.drawKey();
    if (this.batchSize > 1 && !scatter) {
      const b = k.batches.allocate();
      k.batches.push(b, calls.key[c]);
      for (let i = 1; i < this.batchSize; i++) k.batches.push(b, this.drawKey());
      calls.batch[c] = b;
    }
    calls.flags[c] =
      (read ? FLAG_READ : 0) | (scatter ? FLAG_SCATTER : 0) | (k.takeTraceSlot() ? FLAG_TRACED : 0);
    k.stats[this.index]!.arrive();
    if (k.now >= this.countFrom) this.cohort.arrivals++;
    k.send(c);
  }
}

function createKeySampler(keys: KeyDistSpec, count: number, stream: RandomStream): () => number {
  if (count <= 1) return () => 0;
  let sampler: KeySampler;
  switch (keys.type) {
    case 'uniform':
      sampler = createUniformKeys(count);
      break;
    case 'zipf':
      sampler = createZipfKeys(count, keys.exponent);
      break;
    case 'hot-key':
      sampler = createHotKeys(count, keys.hotKeys, keys.hotShare);
      break;
  }
  return () => sampler(stream);
}
