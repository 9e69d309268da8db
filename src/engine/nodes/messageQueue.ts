import { FLAG_ANSWERED, FLAG_READ, FLAG_SCATTER, FLAG_TRACED, NO_CALL } from '../core/callTable.ts';
import type { Kernel } from '../core/kernel.ts';
import { FAILURE_CAUSES, METRIC } from '../metrics/layout.ts';
import type { Sampler } from '../random/distributions.ts';
import { hashKey } from '../routing/index.ts';
import type { QueueSpec } from '../spec.ts';
import { BaseBehavior } from './behavior.ts';
import { PartitionLog } from './partitionLog.ts';

const TIMER_LINGER = 0;
const TIMER_APPENDED = 1;
const TIMER_RETRY = 2;
const REJECTED_QUEUE_FULL = FAILURE_CAUSES.indexOf('rejected-queue-full');
/** Messages a partition holds at most (appended and not yet consumed). */
export const PARTITION_LIMIT = 1_000_000;

/**
 * A Kafka-like broker. A message (a call) goes to partition hash(key) mod P and
 * waits in the producer batch until it holds `batchSize` messages or `lingerMs`
 * has passed; the batch is appended in `appendTimeMs` (one append at a time per
 * partition) and then every message in it is acknowledged — the producer's call
 * completes here. A consumer group (the downstream service) reads each partition
 * in order, one message at a time; a failed message is delivered again after
 * `retryDelayMs`, up to `maxRetries` times, then dead-lettered. Lag is what was
 * appended and not yet consumed. The log survives a broker crash; batches not
 * yet appended do not (their producers see `node-down`).
 */
export class QueueNode extends BaseBehavior {
  private readonly k: Kernel;
  private readonly index: number;
  private readonly spec: QueueSpec;
  private readonly consumerEdge: number;
  private readonly appendTime: Sampler;
  private readonly buffers: number[][];
  private readonly appending: (number[] | null)[];
  private readonly lingerEpoch: Int32Array;
  private readonly appendEpoch: Int32Array;
  private readonly logs: PartitionLog[];
  private readonly consuming: Uint8Array;
  private readonly attempts: Int32Array;
  private windowDead = 0;
  private runDead = 0;

  constructor(
    k: Kernel,
    index: number,
    spec: QueueSpec,
    consumerEdge: number,
    appendTime: Sampler,
  ) {
    super();
    this.k = k;
    this.index = index;
    this.spec = spec;
    this.consumerEdge = consumerEdge;
    this.appendTime = appendTime;
    const p = spec.partitions;
    this.buffers = Array.from({ length: p }, () => []);
    this.appending = Array.from({ length: p }, () => null);
    this.lingerEpoch = new Int32Array(p);
    this.appendEpoch = new Int32Array(p);
    this.logs = Array.from({ length: p }, () => new PartitionLog(PARTITION_LIMIT));
    this.consuming = new Uint8Array(p);
    this.attempts = new Int32Array(p);
  }

  get lag(): number {
    return this.logs.reduce((n, log) => n + log.size, 0);
  }

  onCall(call: number): void {
    const k = this.k;
    const p = hashKey(k.calls.key[call]!, 0x9e3779b9) % this.spec.partitions;
    const buffer = this.buffers[p]!;
    if (this.logs[p]!.size + buffer.length >= PARTITION_LIMIT)
      return k.answer(call, REJECTED_QUEUE_FULL);
    buffer.push(call);
    if (buffer.length >= this.spec.batchSize) this.sendBatch(p);
    else if (buffer.length === 1)
      k.timer(k.now + this.spec.lingerMs, this.index, TIMER_LINGER, p, this.lingerEpoch[p]);
  }

  override onTimer(kind: number, p: number, tag: number): void {
    if (kind === TIMER_LINGER && tag === this.lingerEpoch[p]) this.sendBatch(p);
    else if (kind === TIMER_APPENDED && tag === this.appendEpoch[p]) this.appended(p);
    else if (kind === TIMER_RETRY) this.consume(p);
  }

  override onAnswer(child: number): void {
    const calls = this.k.calls;
    const p = calls.callerAux[child]!;
    const ok = calls.status[child] === 0;
    calls.release(child);
    this.consuming[p] = 0;
    const log = this.logs[p]!;
    if (ok || ++this.attempts[p]! > this.spec.maxRetries) {
      if (!ok) this.windowDead++;
      log.shift();
      this.attempts[p] = 0;
      this.consume(p);
    } else {
      this.consuming[p] = 1; // hold the partition until the redelivery
      this.k.timer(this.k.now + this.spec.retryDelayMs, this.index, TIMER_RETRY, p);
    }
  }

  override crash(): void {
    for (let p = 0; p < this.spec.partitions; p++) {
      this.buffers[p] = [];
      this.appending[p] = null;
      this.lingerEpoch[p]!++;
      this.appendEpoch[p]!++;
    }
  }

  override recover(): void {
    for (let p = 0; p < this.spec.partitions; p++) if (this.consuming[p] === 0) this.consume(p);
  }

  override writeWindow(values: Float64Array, o: number): void {
    values[o + METRIC.queueLag] = this.lag;
    values[o + METRIC.deadLetters] = this.windowDead;
    values[o + METRIC.instances] = this.k.down[this.index] === 1 ? 0 : 1;
  }

  override closeWindow(): void {
    this.runDead += this.windowDead; // dead letters are counted over the whole run
    this.windowDead = 0;
  }

  override summarize(): Record<string, unknown> {
    return { lag: this.lag, deadLetters: this.runDead, partitions: this.spec.partitions };
  }

  /** Close the producer batch of partition `p` and append it (after the one being appended). */
  private sendBatch(p: number): void {
    if (this.appending[p] !== null || this.buffers[p]!.length === 0) return;
    this.lingerEpoch[p]!++;
    this.appending[p] = this.buffers[p]!;
    this.buffers[p] = [];
    this.k.timer(
      this.k.now + this.appendTime(),
      this.index,
      TIMER_APPENDED,
      p,
      this.appendEpoch[p],
    );
  }

  private appended(p: number): void {
    const k = this.k;
    const calls = k.calls;
    const batch = this.appending[p];
    if (batch === null || batch === undefined) return;
    this.appending[p] = null;
    const log = this.logs[p]!;
    for (const call of batch) {
      if ((calls.flags[call]! & FLAG_ANSWERED) !== 0) continue; // already failed (node down)
      log.append(calls.key[call]!, calls.flags[call]!, calls.request[call]!);
      k.answer(call, -1);
    }
    if (this.consuming[p] === 0) this.consume(p);
    const buffer = this.buffers[p]!;
    if (buffer.length >= this.spec.batchSize) this.sendBatch(p);
    else if (buffer.length > 0)
      k.timer(k.now + this.spec.lingerMs, this.index, TIMER_LINGER, p, this.lingerEpoch[p]);
  }

  /** Deliver the partition's next message to the consumer group. */
  private consume(p: number): void {
    const k = this.k;
    const log = this.logs[p]!;
    if (log.size === 0 || k.down[this.index] === 1) {
      this.consuming[p] = 0;
      return;
    }
    this.consuming[p] = 1;
    const c = k.createCall(this.consumerEdge, NO_CALL);
    const calls = k.calls;
    calls.key[c] = log.headKey();
    calls.flags[c] = log.headFlags() & (FLAG_READ | FLAG_SCATTER | FLAG_TRACED);
    calls.request[c] = log.headRequest();
    calls.callerAux[c] = p;
    k.send(c);
  }
}
