/**
 * A bulkhead: at most `maxConcurrent` calls run at once, at most `maxWaiting`
 * more wait in FIFO order, the rest are rejected — the guide's
 * `SemaphoreBulkhead` plus the bounded queue of its thread-pool bulkheads
 * (`queueCapacity`).
 *
 * Waiting calls sit in a ring of (id, ticket) pairs. A waiting call that is
 * cancelled (its timeout fired) is removed lazily: `remove(id)` forgets the id's
 * ticket, and the ring entry, now stale, is skipped when it reaches the front.
 * The ticket — a sequence number — is the generation check: call ids are
 * recycled, so an id may be queued again while its stale entry is still in the
 * ring. The ring has room for 2 × `maxWaiting` entries; when it fills with
 * stale ones it is compacted, which frees at least `maxWaiting` slots, so every
 * operation is O(1) amortized. Ids are integers in [0, 2^31).
 */

/** What happened to a call that asked to enter. */
export type BulkheadDecision = 'run' | 'queued' | 'rejected';

/** Parameters of a bulkhead. */
export interface BulkheadOptions {
  readonly maxConcurrent: number;
  /** 0 = a plain semaphore: reject as soon as all permits are taken. */
  readonly maxWaiting: number;
}

/** Build an empty bulkhead. Throws a RangeError on sizes out of range. */
export function createBulkhead(options: BulkheadOptions): Bulkhead {
  const { maxConcurrent, maxWaiting } = options;
  if (!(Number.isInteger(maxConcurrent) && maxConcurrent >= 1)) {
    throw new RangeError(`bulkhead maxConcurrent must be an integer ≥ 1, got ${maxConcurrent}`);
  }
  if (!(Number.isInteger(maxWaiting) && maxWaiting >= 0 && maxWaiting <= 2 ** 24)) {
    throw new RangeError(`bulkhead maxWaiting must be an integer in [0, 2^24], got ${maxWaiting}`);
  }
  return new Bulkhead(maxConcurrent, maxWaiting);
}

/** A semaphore with a bounded FIFO queue of call ids. */
export class Bulkhead {
  /** Calls running now. */
  running = 0;
  /** Calls waiting now (cancelled ones excluded). */
  waiting = 0;
  private readonly maxConcurrent: number;
  private readonly maxWaiting: number;
  private readonly ids: Int32Array;
  private readonly tickets: Float64Array;
  /** id → ticket of its live waiting entry. */
  private readonly live = new Map<number, number>();
  private head = 0;
  private size = 0;
  private nextTicket = 0;

  constructor(maxConcurrent: number, maxWaiting: number) {
    this.maxConcurrent = maxConcurrent;
    this.maxWaiting = maxWaiting;
    this.ids = new Int32Array(2 * maxWaiting);
    this.tickets = new Float64Array(2 * maxWaiting);
  }

  /** Start call `id` now, queue it, or reject it. */
  tryEnter(id: number): BulkheadDecision {
    if (this.running < this.maxConcurrent && this.waiting === 0) {
      this.running++;
      return 'run';
    }
    if (this.waiting >= this.maxWaiting) return 'rejected';
    if (this.size === this.ids.length) this.compact();
    const at = (this.head + this.size) % this.ids.length;
    const ticket = this.nextTicket++;
    this.ids[at] = id;
    this.tickets[at] = ticket;
    this.size++;
    this.waiting++;
    this.live.set(id, ticket);
    return 'queued';
  }

  /** A running call finished: the id of the waiting call to start now, or −1. */
  leave(): number {
    if (this.running > 0) this.running--;
    while (this.size > 0) {
      const id = this.ids[this.head]!;
      const ticket = this.tickets[this.head]!;
      this.head = this.head + 1 === this.ids.length ? 0 : this.head + 1;
      this.size--;
      if (this.live.get(id) !== ticket) continue; // cancelled: skip the stale entry
      this.live.delete(id);
      this.waiting--;
      this.running++;
      return id;
    }
    return -1;
  }

  /** A waiting call was cancelled. False if `id` was not waiting. */
  remove(id: number): boolean {
    if (!this.live.delete(id)) return false;
    this.waiting--;
    return true;
  }

  /**
   * Drop stale entries in place, keeping the live ones in order. The write
   * position never passes the read position, so nothing unread is overwritten.
   */
  private compact(): void {
    const { ids, tickets } = this;
    const n = ids.length;
    let kept = 0;
    for (let k = 0; k < this.size; k++) {
      const from = (this.head + k) % n;
      const id = ids[from]!;
      const ticket = tickets[from]!;
      if (this.live.get(id) !== ticket) continue;
      const to = (this.head + kept) % n;
      ids[to] = id;
      tickets[to] = ticket;
      kept++;
    }
    this.size = kept;
  }
}
