/**
 * Every call in flight, as a struct of arrays indexed by call id. A call is one
 * request from a caller node to a callee node over an edge; a client's call is a
 * root request, a load balancer's forwarded call is its child. Ids are recycled
 * through a free list, so memory follows the number in flight, not the run length.
 */
export const NO_CALL = -1;

/** `flags` bits. */
export const FLAG_READ = 1;
export const FLAG_TRACED = 2;

export class CallTable {
  from: Int32Array = new Int32Array(0);
  to: Int32Array = new Int32Array(0);
  edge: Int32Array = new Int32Array(0);
  parent: Int32Array = new Int32Array(0);
  /** Root request id (the same for a request and all its child calls). */
  request: Int32Array = new Int32Array(0);
  key: Int32Array = new Int32Array(0);
  flags: Uint8Array = new Uint8Array(0);
  /** Failure cause index + 1, or 0 for success (see FAILURE_CAUSES). */
  status: Uint8Array = new Uint8Array(0);
  /** Scratch owned by the node currently holding the call (e.g. chosen target). */
  aux: Int32Array = new Int32Array(0);
  sentAt: Float64Array = new Float64Array(0);
  arrivedAt: Float64Array = new Float64Array(0);
  leftAt: Float64Array = new Float64Array(0);

  private free: Int32Array = new Int32Array(0);
  private freeCount = 0;
  private capacity = 0;
  /** Calls currently allocated. */
  live = 0;

  constructor(initialCapacity = 1024) {
    this.grow(initialCapacity);
  }

  /** Allocate a call id; every field must be set by the caller. */
  allocate(): number {
    if (this.freeCount === 0) this.grow(this.capacity * 2);
    this.live++;
    return this.free[--this.freeCount]!;
  }

  release(id: number): void {
    this.live--;
    this.free[this.freeCount++] = id;
  }

  private grow(capacity: number): void {
    const old = this.capacity;
    this.from = growI32(this.from, capacity);
    this.to = growI32(this.to, capacity);
    this.edge = growI32(this.edge, capacity);
    this.parent = growI32(this.parent, capacity);
    this.request = growI32(this.request, capacity);
    this.key = growI32(this.key, capacity);
    this.aux = growI32(this.aux, capacity);
    this.flags = growU8(this.flags, capacity);
    this.status = growU8(this.status, capacity);
    this.sentAt = growF64(this.sentAt, capacity);
    this.arrivedAt = growF64(this.arrivedAt, capacity);
    this.leftAt = growF64(this.leftAt, capacity);
    const free = new Int32Array(capacity);
    free.set(this.free.subarray(0, this.freeCount));
    // New ids are handed out lowest first.
    for (let id = capacity - 1; id >= old; id--) free[this.freeCount++] = id;
    this.free = free;
    this.capacity = capacity;
  }
}

function growI32(a: Int32Array, n: number): Int32Array {
  const b = new Int32Array(n);
  b.set(a);
  return b;
}
function growU8(a: Uint8Array, n: number): Uint8Array {
  const b = new Uint8Array(n);
  b.set(a);
  return b;
}
function growF64(a: Float64Array, n: number): Float64Array {
  const b = new Float64Array(n);
  b.set(a);
  return b;
}
