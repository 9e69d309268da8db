/**
 * The future-event list: a binary min-heap ordered by (time, sequence number).
 * Events live in slots of parallel typed arrays that never move; the heap itself
 * is an array of slot indices, so sifting moves one integer per level. Nothing
 * is allocated per event. Ties in time are broken by insertion order, which
 * makes runs reproducible.
 */
export class EventQueue {
  private heap: Int32Array;
  private times: Float64Array;
  private seqs: Float64Array;
  private types: Uint8Array;
  private nodes: Int32Array;
  private args: Int32Array;
  private tags: Int32Array;
  private free: Int32Array;
  private freeCount: number;
  private count = 0;
  private nextSeq = 0;

  /** Time of the earliest event, or Infinity when empty (a field: read on every event). */
  headTime = Infinity;
  /** Fields of the event last returned by `pop()`. */
  time = 0;
  type = 0;
  node = 0;
  arg = 0;
  /** Second payload word, e.g. the generation of the call in `arg`. */
  tag = 0;

  constructor(initialCapacity = 1024) {
    this.heap = new Int32Array(initialCapacity);
    this.times = new Float64Array(initialCapacity);
    this.seqs = new Float64Array(initialCapacity);
    this.types = new Uint8Array(initialCapacity);
    this.nodes = new Int32Array(initialCapacity);
    this.args = new Int32Array(initialCapacity);
    this.tags = new Int32Array(initialCapacity);
    this.free = new Int32Array(initialCapacity);
    for (let i = 0; i < initialCapacity; i++) this.free[i] = initialCapacity - 1 - i;
    this.freeCount = initialCapacity;
  }

  get size(): number {
    return this.count;
  }

  /** Time of the earliest event, or Infinity when empty. */
  peekTime(): number {
    return this.headTime;
  }

  push(time: number, type: number, node: number, arg: number, tag = 0): void {
    if (this.freeCount === 0) this.grow();
    const slot = this.free[--this.freeCount]!;
    this.times[slot] = time;
    this.seqs[slot] = this.nextSeq++;
    this.types[slot] = type;
    this.nodes[slot] = node;
    this.args[slot] = arg;
    this.tags[slot] = tag;
    this.siftUp(slot);
  }

  /** Place `slot` at the end of the heap and sift it up (integers only: nothing boxed). */
  private siftUp(slot: number): void {
    const heap = this.heap;
    const times = this.times;
    const seqs = this.seqs;
    const time = times[slot]!;
    const seq = seqs[slot]!;
    let i = this.count++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent]!;
      const pt = times[p]!;
      if (pt < time || (pt === time && seqs[p]! < seq)) break;
      heap[i] = p;
      i = parent;
    }
    heap[i] = slot;
    if (i === 0) this.headTime = time;
  }

  /** Remove the earliest event into `time`/`type`/`node`/`arg`/`tag`. Returns false when empty. */
  pop(): boolean {
    if (this.count === 0) return false;
    const heap = this.heap;
    const slot = heap[0]!;
    this.time = this.times[slot]!;
    this.type = this.types[slot]!;
    this.node = this.nodes[slot]!;
    this.arg = this.args[slot]!;
    this.tag = this.tags[slot]!;
    this.free[this.freeCount++] = slot;
    const last = --this.count;
    if (last > 0) {
      const moved = heap[last]!;
      this.siftDown(moved);
      this.headTime = this.times[heap[0]!]!;
    } else this.headTime = Infinity;
    return true;
  }

  /** Put `slot` at the root hole and sift it down. */
  private siftDown(slot: number): void {
    const heap = this.heap;
    const times = this.times;
    const seqs = this.seqs;
    const t = times[slot]!;
    const s = seqs[slot]!;
    const n = this.count;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      let c = heap[child]!;
      let ct = times[c]!;
      const right = child + 1;
      if (right < n) {
        const r = heap[right]!;
        const rt = times[r]!;
        if (rt < ct || (rt === ct && seqs[r]! < seqs[c]!)) {
          child = right;
          c = r;
          ct = rt;
        }
      }
      if (t < ct || (t === ct && s < seqs[c]!)) break;
      heap[i] = c;
      i = child;
    }
    heap[i] = slot;
  }

  private grow(): void {
    const old = this.times.length;
    const capacity = old * 2;
    this.heap = growI32(this.heap, capacity);
    this.times = growF64(this.times, capacity);
    this.seqs = growF64(this.seqs, capacity);
    const types = new Uint8Array(capacity);
    types.set(this.types);
    this.types = types;
    this.nodes = growI32(this.nodes, capacity);
    this.args = growI32(this.args, capacity);
    this.tags = growI32(this.tags, capacity);
    this.free = growI32(this.free, capacity);
    for (let i = capacity - 1; i >= old; i--) this.free[this.freeCount++] = i;
  }
}

function growF64(a: Float64Array, capacity: number): Float64Array {
  const b = new Float64Array(capacity);
  b.set(a);
  return b;
}

function growI32(a: Int32Array, capacity: number): Int32Array {
  const b = new Int32Array(capacity);
  b.set(a);
  return b;
}
