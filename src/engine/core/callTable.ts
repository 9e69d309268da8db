/**
 * Every call in flight, as a struct of arrays indexed by call id. A call is one
 * request from a caller node to a callee node over an edge; a client's call is a
 * root request, a forwarded or downstream call is a child. Ids are recycled
 * through a free list, so memory follows the number in flight, not the run length.
 *
 * `gen` changes whenever an id is allocated or released (odd while allocated): a
 * reference taken as (id, gen) can tell that the call it meant is gone (answered
 * by a crash, say) even if the id has been reused since.
 */
import { grownF64, grownI32, grownU8 } from './typedArrays.ts';

export const NO_CALL = -1;

/** `flags` bits. */
export const FLAG_READ = 1;
export const FLAG_TRACED = 2;
/** A cross-shard query: shard routers fan it out to every shard. */
export const FLAG_SCATTER = 4;
/** The caller holds a worker while this call's downstream calls are out. */
export const FLAG_HOLDING = 8;
/** A health-check probe or other control traffic, not a request. */
export const FLAG_PROBE = 16;
/** The callee has answered (the answer may still be on its way back). */
export const FLAG_ANSWERED = 32;
/** The call has reached its callee. */
export const FLAG_DELIVERED = 64;
/**
 * The call's successful answer rests on a fallback (its own edge's, or one a
 * child passed up): a default value, a stale copy or "accepted, pending".
 * Set on a child's successful answer and passed to its parent; never inherited.
 */
export const FLAG_DEGRADED = 128;

export class CallTable {
  from: Int32Array = new Int32Array(0);
  to: Int32Array = new Int32Array(0);
  edge: Int32Array = new Int32Array(0);
  parent: Int32Array = new Int32Array(0);
  /** `gen` of the parent when this child was sent. */
  parentGen: Int32Array = new Int32Array(0);
  gen: Int32Array = new Int32Array(0);
  /** Root request id (the same for a request and all its child calls). */
  request: Int32Array = new Int32Array(0);
  key: Int32Array = new Int32Array(0);
  /** Key batch (see KeyBatches) or -1 for a single-key call. */
  batch: Int32Array = new Int32Array(0);
  flags: Uint8Array = new Uint8Array(0);
  /** Failure cause index + 1, or 0 for success (see FAILURE_CAUSES). */
  status: Uint8Array = new Uint8Array(0);
  /** Scratch of the callee while it holds the call (instance, station…). */
  aux: Int32Array = new Int32Array(0);
  /** Scratch of the caller for the call it made (chosen target, purpose, partition…). */
  callerAux: Int32Array = new Int32Array(0);
  /** Children still out (fan-out), or the index of the next downstream edge (sequential). */
  pending: Int32Array = new Int32Array(0);
  /** First failure among children (cause + 1), 0 while all succeeded. */
  childStatus: Uint8Array = new Uint8Array(0);
  sentAt: Float64Array = new Float64Array(0);
  arrivedAt: Float64Array = new Float64Array(0);
  leftAt: Float64Array = new Float64Array(0);
  /** A logical call's last retry backoff, ms (decorrelated jitter grows from it). */
  backoffMs: Float64Array = new Float64Array(0);

  private free: Int32Array = new Int32Array(0);
  private freeCount = 0;
  /** Ids in use so far are below this; scans need not look further. */
  capacity = 0;
  /** Calls currently allocated. */
  live = 0;

  constructor(initialCapacity = 1024) {
    this.grow(initialCapacity);
  }

  /** Allocate a call id with defaults for the bookkeeping fields; the caller sets the rest. */
  allocate(): number {
    if (this.freeCount === 0) this.grow(this.capacity * 2);
    this.live++;
    const id = this.free[--this.freeCount]!;
    this.gen[id] = (this.gen[id]! + 1) | 0;
    this.parent[id] = NO_CALL;
    this.batch[id] = -1;
    this.status[id] = 0;
    this.childStatus[id] = 0;
    this.pending[id] = 0;
    this.aux[id] = 0;
    this.callerAux[id] = 0;
    this.backoffMs[id] = 0;
    this.flags[id] = 0;
    return id;
  }

  release(id: number): void {
    this.live--;
    this.gen[id] = (this.gen[id]! + 1) | 0;
    this.free[this.freeCount++] = id;
  }

  /**
   * Calls delivered to `node` and not yet answered, in id order (deterministic).
   * O(capacity): for rare events such as crashes, not the hot path.
   */
  heldBy(node: number): number[] {
    const held: number[] = [];
    const mask = FLAG_DELIVERED | FLAG_ANSWERED;
    for (let id = 0; id < this.capacity; id++) {
      if (
        (this.gen[id]! & 1) === 1 &&
        this.to[id] === node &&
        (this.flags[id]! & mask) === FLAG_DELIVERED
      )
        held.push(id);
    }
    return held;
  }

  /** Whether `id` still is the call that had generation `gen` and is not answered yet. */
  isPending(id: number, gen: number): boolean {
    return id >= 0 && this.gen[id] === gen && (this.flags[id]! & FLAG_ANSWERED) === 0;
  }

  private grow(capacity: number): void {
    const old = this.capacity;
    for (const name of INT32_FIELDS) this[name] = grownI32(this[name], capacity);
    for (const name of UINT8_FIELDS) this[name] = grownU8(this[name], capacity);
    for (const name of FLOAT64_FIELDS) this[name] = grownF64(this[name], capacity);
    const free = new Int32Array(capacity);
    free.set(this.free.subarray(0, this.freeCount));
    // New ids are handed out lowest first.
    for (let id = capacity - 1; id >= old; id--) free[this.freeCount++] = id;
    this.free = free;
    this.capacity = capacity;
  }
}

const INT32_FIELDS = [
  'from',
  'to',
  'edge',
  'parent',
  'parentGen',
  'gen',
  'request',
  'key',
  'batch',
  'aux',
  'callerAux',
  'pending',
] as const;
const UINT8_FIELDS = ['flags', 'status', 'childStatus'] as const;
const FLOAT64_FIELDS = ['sentAt', 'arrivedAt', 'leftAt', 'backoffMs'] as const;
