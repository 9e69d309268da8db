import type { NodeStats } from '../metrics/nodeStats.ts';

/** Outcomes of `Station.admit`. */
export const SERVE = 0;
export const QUEUED = 1;
export const FULL = 2;

/**
 * Workers and a bounded FIFO waiting room: the queueing part shared by service
 * instances, database primaries and replicas. It only decides who is served
 * when; the owner schedules service times and reports levels to `stats`.
 */
export class Station {
  private ring = new Int32Array(64);
  private head = 0;
  waiting = 0;
  busy = 0;
  /** Mutable only through a live edit (`setWorkers`). */
  workers: number;
  /** Mutable only through a live edit. */
  queueCapacity: number;

  constructor(workers: number, queueCapacity: number) {
    this.workers = workers;
    this.queueCapacity = queueCapacity;
  }

  /** SERVE when a worker is free (and taken), QUEUED, or FULL. */
  admit(call: number): number {
    if (this.busy < this.workers) {
      this.busy++;
      return SERVE;
    }
    if (this.waiting >= this.queueCapacity) return FULL;
    if (this.waiting === this.ring.length) this.growRing();
    this.ring[(this.head + this.waiting) & (this.ring.length - 1)] = call;
    this.waiting++;
    return QUEUED;
  }

  /** A worker frees up: the next waiting call takes it (returned), or -1 and the worker idles. */
  release(): number {
    // `busy > workers` only after a live edit lowered the workers: the freed one retires.
    if (this.waiting === 0 || this.busy > this.workers) {
      this.busy--;
      return -1;
    }
    return this.dequeue();
  }

  /** Take the call at the head of the queue (there is one). */
  private dequeue(): number {
    const call = this.ring[this.head]!;
    this.head = (this.head + 1) & (this.ring.length - 1);
    this.waiting--;
    return call;
  }

  /**
   * A live edit: from now on `workers` serve. Fewer: calls in service finish,
   * the surplus workers retire as they free up. More: waiting calls start at once
   * — `onStart` is called for each, in queue order.
   */
  setWorkers(workers: number, onStart: (call: number) => void): void {
    this.workers = workers;
    while (this.busy < this.workers && this.waiting > 0) {
      this.busy++;
      onStart(this.dequeue());
    }
  }

  /** Forget everything (a crash). */
  reset(): void {
    this.head = 0;
    this.waiting = 0;
    this.busy = 0;
  }

  private growRing(): void {
    const next = new Int32Array(this.ring.length * 2);
    for (let i = 0; i < this.waiting; i++)
      next[i] = this.ring[(this.head + i) & (this.ring.length - 1)]!;
    this.ring = next;
    this.head = 0;
  }
}

/** Report the summed levels of `stations` to `stats` (call after `stats.advance(now)`). */
export function reportLevels(stats: NodeStats, stations: readonly Station[]): void {
  if (stations.length === 1) {
    const s = stations[0]!;
    stats.busy = s.busy;
    stats.queueLength = s.waiting;
    return;
  }
  let busy = 0;
  let waiting = 0;
  for (const s of stations) {
    busy += s.busy;
    waiting += s.waiting;
  }
  stats.busy = busy;
  stats.queueLength = waiting;
}
