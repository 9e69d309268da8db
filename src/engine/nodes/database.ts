import { FLAG_HOLDING, FLAG_READ } from '../core/callTable.ts';
import type { Kernel } from '../core/kernel.ts';
import { FAILURE_CAUSES, METRIC } from '../metrics/layout.ts';
import { createSampler, type Sampler } from '../random/distributions.ts';
import type { RandomStream } from '../random/rng.ts';
import type { DatabaseSpec } from '../spec.ts';
import { BaseBehavior } from './behavior.ts';
import { FULL, SERVE, Station, reportLevels } from './station.ts';

const TIMER_DONE = 0;
const REJECTED_QUEUE_FULL = FAILURE_CAUSES.indexOf('rejected-queue-full');
const INJECTED_ERROR = FAILURE_CAUSES.indexOf('injected-error');

/**
 * A database shard: a primary and optional read replicas, each with `workers`
 * and a bounded queue. Writes go to the primary; when one commits, caches hear of
 * it (stale-read detection) and the replicas apply it after a replication lag.
 * Reads go to the replicas in turn when there are any — and a read of a key whose
 * latest write a replica has not applied yet is a stale read. A multi-key call
 * costs one service time per key.
 */
export class DatabaseNode extends BaseBehavior {
  private readonly k: Kernel;
  private readonly index: number;
  private readonly stations: Station[];
  private readTime: Sampler;
  private writeTime: Sampler;
  /** Some station has more busy workers than its workers (a live edit lowered them). */
  private retiring = false;
  private readonly lag: Sampler;
  private readonly errors: RandomStream;
  /** When the latest write of each key becomes visible on the replicas (pruned as time passes). */
  private readonly visibleAt = new Map<number, number>();
  private nextReplica = 0;
  private windowStale = 0;
  private runStale = 0;

  constructor(
    k: Kernel,
    index: number,
    spec: DatabaseSpec,
    streams: { service: RandomStream; lag: RandomStream; errors: RandomStream },
  ) {
    super();
    this.errors = streams.errors;
    this.k = k;
    this.index = index;
    this.stations = Array.from(
      { length: 1 + spec.replicas },
      () => new Station(spec.workers, spec.queueCapacity),
    );
    this.readTime = createSampler(spec.readTimeMs, streams.service);
    this.writeTime = createSampler(spec.writeTimeMs, streams.service);
    this.lag = createSampler(spec.replicationLagMs, streams.lag);
    k.stats[index]!.setCapacity(spec.workers * this.stations.length);
  }

  onCall(call: number): void {
    const calls = this.k.calls;
    const read = (calls.flags[call]! & FLAG_READ) !== 0;
    const replicas = this.stations.length - 1;
    let s = 0;
    if (read && replicas > 0) {
      s = 1 + this.nextReplica;
      this.nextReplica = (this.nextReplica + 1) % replicas;
    }
    calls.aux[call] = s;
    const verdict = this.stations[s]!.admit(call);
    if (verdict === FULL) return this.k.answer(call, REJECTED_QUEUE_FULL);
    this.report();
    if (verdict === SERVE) this.begin(call);
  }

  override onTimer(_kind: number, call: number, gen: number): void {
    const k = this.k;
    const calls = k.calls;
    if (!calls.isPending(call, gen)) return;
    const onReplica = calls.aux[call]! > 0;
    // An `errors` fault: the request fails after its work, and a failed write does not commit.
    const errorRate = k.extraErrorRate[this.index]!;
    const failed = errorRate > 0 && this.errors.next() < errorRate;
    if (failed) {
      // nothing committed, nothing read
    } else if ((calls.flags[call]! & FLAG_READ) === 0) this.commitKeys(call);
    else if (onReplica && this.anyNotVisible(call)) {
      this.windowStale++;
    }
    calls.flags[call]! &= ~FLAG_HOLDING;
    const next = this.stations[calls.aux[call]!]!.release();
    this.report();
    if (next >= 0) this.begin(next);
    else if (this.retiring) this.updateCapacity();
    k.answer(call, failed ? INJECTED_ERROR : -1);
  }

  override crash(): void {
    for (const s of this.stations) s.reset();
    this.report();
  }

  override writeWindow(values: Float64Array, o: number): void {
    values[o + METRIC.staleReads] = this.windowStale;
    values[o + METRIC.instances] = this.k.down[this.index] === 1 ? 0 : 1;
  }

  override closeWindow(counted: boolean): void {
    if (counted) this.runStale += this.windowStale;
    this.windowStale = 0;
    const now = this.k.now;
    for (const [key, at] of this.visibleAt) if (at <= now) this.visibleAt.delete(key);
  }

  override summarize(): Record<string, unknown> {
    return { staleReads: this.runStale, replicas: this.stations.length - 1 };
  }

  /** A live edit of the workers of the primary and of each replica (see `Station.setWorkers`). */
  setWorkers(workers: number): void {
    for (const s of this.stations) s.setWorkers(workers, (call) => this.begin(call));
    this.report();
    this.updateCapacity();
  }

  /** A live edit of the queue bound: calls already waiting stay; new ones are refused while it is full. */
  setQueueCapacity(capacity: number): void {
    for (const s of this.stations) s.queueCapacity = capacity;
  }

  /** A live edit: reads (or writes) started from now on take `sampler`'s time. */
  setServiceTime(kind: 'read' | 'write', sampler: Sampler): void {
    if (kind === 'read') this.readTime = sampler;
    else this.writeTime = sampler;
  }

  /** Workers of every station; a retiring worker counts until its call is done. */
  private updateCapacity(): void {
    let capacity = 0;
    let retiring = false;
    for (const s of this.stations) {
      capacity += Math.max(s.workers, s.busy);
      if (s.busy > s.workers) retiring = true;
    }
    this.retiring = retiring;
    this.k.stats[this.index]!.setCapacity(capacity);
  }

  private begin(call: number): void {
    const k = this.k;
    const calls = k.calls;
    calls.flags[call]! |= FLAG_HOLDING;
    const sample = (calls.flags[call]! & FLAG_READ) !== 0 ? this.readTime : this.writeTime;
    const b = calls.batch[call]!;
    let t = 0;
    const n = b >= 0 ? k.batches.size(b) : 1;
    for (let i = 0; i < n; i++) t += sample();
    k.timer(k.now + t * k.slowFactor[this.index]!, this.index, TIMER_DONE, call, calls.gen[call]);
  }

  private commit(key: number, origin: number): void {
    this.k.commitWrite(key, origin);
    if (this.stations.length === 1) return;
    const at = this.k.now + this.lag() * this.k.lagFactor[this.index]!;
    const previous = this.visibleAt.get(key) ?? 0;
    this.visibleAt.set(key, Math.max(previous, at));
  }

  /** Commit every key of the write `call`. */
  private commitKeys(call: number): void {
    const k = this.k;
    const origin = k.calls.request[call]!;
    const b = k.calls.batch[call]!;
    if (b < 0) return this.commit(k.calls.key[call]!, origin);
    for (let i = 0; i < k.batches.size(b); i++) this.commit(k.batches.keyAt(b, i), origin);
  }

  /** Whether a replica has yet to apply the latest write of any key of `call`. */
  private anyNotVisible(call: number): boolean {
    const k = this.k;
    const b = k.calls.batch[call]!;
    if (b < 0) return this.notVisible(k.calls.key[call]!);
    for (let i = 0; i < k.batches.size(b); i++)
      if (this.notVisible(k.batches.keyAt(b, i))) return true;
    return false;
  }

  private notVisible(key: number): boolean {
    return (this.visibleAt.get(key) ?? 0) > this.k.now;
  }

  private report(): void {
    const st = this.k.stats[this.index]!;
    st.advance();
    reportLevels(st, this.stations);
  }
}
