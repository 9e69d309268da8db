import type { Kernel } from '../core/kernel.ts';
import { FAILURE_CAUSES } from '../metrics/layout.ts';
import type { Sampler } from '../random/distributions.ts';
import type { ServiceSpec } from '../spec.ts';
import type { NodeBehavior } from './behavior.ts';

const TIMER_DONE = 0;
const REJECTED_QUEUE_FULL = FAILURE_CAUSES.indexOf('rejected-queue-full');

/**
 * A service station: `workers` serve calls in parallel; calls that find every
 * worker busy wait in a FIFO queue of `queueCapacity`, and calls that find the
 * queue full are rejected at once (`rejected-queue-full`).
 */
export class ServiceNode implements NodeBehavior {
  /** Ring buffer of waiting call ids; grows up to the capacity (or without bound). */
  private ring = new Int32Array(64);
  private head = 0;
  private waiting = 0;
  private busy = 0;
  private readonly workers: number;
  private readonly queueCapacity: number;
  private readonly k: Kernel;
  private readonly index: number;
  private readonly serviceTime: Sampler;

  constructor(k: Kernel, index: number, spec: ServiceSpec, serviceTime: Sampler) {
    this.k = k;
    this.index = index;
    this.serviceTime = serviceTime;
    this.workers = spec.workers;
    this.queueCapacity = spec.queueCapacity;
    k.stats[index]!.capacity = spec.workers;
  }

  start(): void {}

  onCall(call: number): void {
    if (this.busy < this.workers) this.begin(call);
    else if (this.waiting < this.queueCapacity) this.enqueue(call);
    else this.k.answer(call, REJECTED_QUEUE_FULL);
  }

  onAnswer(_call: number): void {
    throw new Error('a service makes no calls yet');
  }

  onTimer(_kind: number, call: number): void {
    const st = this.k.stats[this.index]!;
    st.advance(this.k.now);
    this.busy--;
    st.busy = this.busy;
    // Hand the freed worker to the queue before answering, so a caller that
    // sends again synchronously cannot jump the queue.
    if (this.waiting > 0) this.begin(this.dequeue());
    this.k.answer(call, -1);
  }

  private begin(call: number): void {
    const k = this.k;
    const st = k.stats[this.index]!;
    st.advance(k.now);
    this.busy++;
    st.busy = this.busy;
    k.timer(k.now + this.serviceTime(), this.index, TIMER_DONE, call);
  }

  private enqueue(call: number): void {
    if (this.waiting === this.ring.length) this.growRing();
    this.ring[(this.head + this.waiting) & (this.ring.length - 1)] = call;
    this.waiting++;
    this.setQueueLength();
  }

  private dequeue(): number {
    const call = this.ring[this.head]!;
    this.head = (this.head + 1) & (this.ring.length - 1);
    this.waiting--;
    this.setQueueLength();
    return call;
  }

  private setQueueLength(): void {
    const st = this.k.stats[this.index]!;
    st.advance(this.k.now);
    st.queueLength = this.waiting;
  }

  private growRing(): void {
    const next = new Int32Array(this.ring.length * 2);
    for (let i = 0; i < this.waiting; i++)
      next[i] = this.ring[(this.head + i) & (this.ring.length - 1)]!;
    this.ring = next;
    this.head = 0;
  }
}
