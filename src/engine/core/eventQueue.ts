import { grownF64, grownI32, grownU8 } from './typedArrays.ts';

/**
 * The future-event list: a binary min-heap ordered by (time, sequence number).
 * An event's payload lives in a slot of parallel typed arrays that never moves;
 * the heap holds, per position, the slot and a copy of its time (`keys`), so a
 * comparison reads two neighbouring doubles instead of chasing slot indices, and
 * the sequence number is read only when times tie. Nothing is allocated per
 * event. Ties in time are broken by insertion order, which makes runs
 * reproducible — and since (time, sequence) is a strict total order, the order
 * of pops does not depend on how the heap is arranged inside.
 */
export class EventQueue {
  /** Slot of the event at each heap position. */
  private heap: Int32Array;
  /** Time of the event at each heap position (the sort key, kept next to its neighbours). */
  private keys: Float64Array;
  private seqs: Float64Array;
  private types: Uint8Array;
  private nodes: Int32Array;
  private args: Int32Array;
  private tags: Int32Array;
  private free: Int32Array;
  private freeCount: number;
  private count = 0;
  /** The root position is empty: `pop` took its event and nothing has filled it yet. */
  private hole = false;
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
    this.keys = new Float64Array(initialCapacity + 1); // + a sentinel past the end
    this.seqs = new Float64Array(initialCapacity);
    this.types = new Uint8Array(initialCapacity);
    this.nodes = new Int32Array(initialCapacity);
    this.args = new Int32Array(initialCapacity);
    this.tags = new Int32Array(initialCapacity);
    this.free = new Int32Array(initialCapacity);
    for (let i = 0; i < initialCapacity; i++) this.free[i] = initialCapacity - 1 - i;
    this.freeCount = initialCapacity;
  }

  /** Events waiting (a hole left by `pop` does not count). */
  get size(): number {
    return this.hole ? this.count - 1 : this.count;
  }

  /** Time of the earliest event, or Infinity when empty. */
  peekTime(): number {
    this.settle();
    return this.headTime;
  }

  push(time: number, type: number, node: number, arg: number, tag = 0): void {
    if (this.freeCount === 0) this.grow();
    const slot = this.free[--this.freeCount]!;
    this.seqs[slot] = this.nextSeq++;
    this.types[slot] = type;
    this.nodes[slot] = node;
    this.args[slot] = arg;
    this.tags[slot] = tag;
    if (this.hole) {
      // The first event scheduled while handling a popped one takes the root it left.
      this.hole = false;
      this.heap[0] = slot;
      this.keys[0] = time;
      this.sinkRoot(this.count);
      return;
    }
    this.keys[this.count] = time; // the new last position, read back by siftUp (no boxed double)
    this.siftUp(slot, this.count++);
  }

  /** Sift `slot`, whose time is in `keys[i]`, up from position `i` (a new event is the youngest: ties stop it). */
  private siftUp(slot: number, i: number): void {
    const heap = this.heap;
    const keys = this.keys;
    const time = keys[i]!;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = keys[parent]!;
      if (pt <= time) break;
      heap[i] = heap[parent]!;
      keys[i] = pt;
      i = parent;
    }
    heap[i] = slot;
    keys[i] = time;
    if (i === 0) this.headTime = time;
  }

  /**
   * Remove the earliest event into `time`/`type`/`node`/`arg`/`tag`; false when
   * empty. The root is left as a hole: the next `push` fills it (one sift down
   * instead of a sift down and a sift up), otherwise `settle` does.
   */
  pop(): boolean {
    this.settle();
    if (this.count === 0) return false;
    const slot = this.heap[0]!;
    this.time = this.keys[0]!;
    this.type = this.types[slot]!;
    this.node = this.nodes[slot]!;
    this.arg = this.args[slot]!;
    this.tag = this.tags[slot]!;
    this.free[this.freeCount++] = slot;
    this.hole = true;
    return true;
  }

  /** Fill a hole `pop` left (with the last event) and bring `headTime` up to date. */
  settle(): void {
    if (this.hole) {
      this.hole = false;
      const last = --this.count;
      if (last > 0) {
        this.heap[0] = this.heap[last]!;
        this.keys[0] = this.keys[last]!;
        this.sinkRoot(last);
      }
    }
    // Two stores, not one of a conditional value: V8 would box the double in the merged value.
    if (this.count > 0) this.headTime = this.keys[0]!;
    else this.headTime = Infinity;
  }

  /**
   * Sift the event at the root down among the first `n` positions. It takes
   * integers only: a double passed to a call that is not inlined is boxed on
   * the heap. The earlier child is chosen without a branch: that comparison is
   * a coin toss a CPU mispredicts half the time, and it dominated a pop's cost.
   */
  private sinkRoot(n: number): void {
    const heap = this.heap;
    const keys = this.keys;
    const seqs = this.seqs;
    const slot = heap[0]!;
    const time = keys[0]!;
    const seq = seqs[slot]!;
    keys[n] = Infinity; // a right child past the end never wins
    let i = 0;
    let child = 1;
    while (child < n) {
      const right = child + 1;
      const kl = keys[child]!;
      const kr = keys[right]!;
      child += Number(kr < kl); // 0 or 1, compiled without a branch
      if (kr === kl && right < n && seqs[heap[right]!]! < seqs[heap[child]!]!) child = right;
      const ct = keys[child]!;
      if (time < ct || (time === ct && seq < seqs[heap[child]!]!)) break;
      heap[i] = heap[child]!;
      keys[i] = ct;
      i = child;
      child = 2 * i + 1;
    }
    heap[i] = slot;
    keys[i] = time;
  }

  private grow(): void {
    const old = this.seqs.length;
    const capacity = old * 2;
    this.heap = grownI32(this.heap, capacity);
    this.keys = grownF64(this.keys, capacity + 1);
    this.seqs = grownF64(this.seqs, capacity);
    this.types = grownU8(this.types, capacity);
    this.nodes = grownI32(this.nodes, capacity);
    this.args = grownI32(this.args, capacity);
    this.tags = grownI32(this.tags, capacity);
    this.free = grownI32(this.free, capacity);
    for (let i = capacity - 1; i >= old; i--) this.free[this.freeCount++] = i;
  }
}
