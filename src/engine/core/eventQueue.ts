/**
 * The future-event list: a binary min-heap ordered by (time, sequence number),
 * stored in parallel typed arrays so the hot loop allocates nothing. Ties in time
 * are broken by insertion order, which makes runs reproducible.
 */
export class EventQueue {
  private times: Float64Array;
  private seqs: Float64Array;
  private types: Uint8Array;
  private nodes: Int32Array;
  private args: Int32Array;
  private tags: Int32Array;
  private count = 0;
  private nextSeq = 0;

  /** Fields of the event last returned by `pop()`. */
  time = 0;
  type = 0;
  node = 0;
  arg = 0;
  /** Second payload word, e.g. the generation of the call in `arg`. */
  tag = 0;

  constructor(initialCapacity = 1024) {
    this.times = new Float64Array(initialCapacity);
    this.seqs = new Float64Array(initialCapacity);
    this.types = new Uint8Array(initialCapacity);
    this.nodes = new Int32Array(initialCapacity);
    this.args = new Int32Array(initialCapacity);
    this.tags = new Int32Array(initialCapacity);
  }

  get size(): number {
    return this.count;
  }

  /** Time of the earliest event, or Infinity when empty. */
  peekTime(): number {
    return this.count > 0 ? this.times[0]! : Infinity;
  }

  push(time: number, type: number, node: number, arg: number, tag = 0): void {
    if (this.count === this.times.length) this.grow();
    const seq = this.nextSeq++;
    const times = this.times;
    const seqs = this.seqs;
    let i = this.count++;
    // Sift up: move parents down until the slot for the new event is found.
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent]!;
      if (pt < time || (pt === time && seqs[parent]! < seq)) break;
      this.move(parent, i);
      i = parent;
    }
    times[i] = time;
    seqs[i] = seq;
    this.types[i] = type;
    this.nodes[i] = node;
    this.args[i] = arg;
    this.tags[i] = tag;
  }

  /** Remove the earliest event into `time`/`type`/`node`/`arg`. Returns false when empty. */
  pop(): boolean {
    if (this.count === 0) return false;
    this.time = this.times[0]!;
    this.type = this.types[0]!;
    this.node = this.nodes[0]!;
    this.arg = this.args[0]!;
    this.tag = this.tags[0]!;
    const last = --this.count;
    if (last > 0) this.siftDownFrom(last);
    return true;
  }

  /** Place the event at index `last` into the root hole and sift it down. */
  private siftDownFrom(last: number): void {
    const times = this.times;
    const seqs = this.seqs;
    const t = times[last]!;
    const s = seqs[last]!;
    const type = this.types[last]!;
    const node = this.nodes[last]!;
    const arg = this.args[last]!;
    const tag = this.tags[last]!;
    const n = this.count;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n) {
        const ct = times[child]!;
        const rt = times[right]!;
        if (rt < ct || (rt === ct && seqs[right]! < seqs[child]!)) child = right;
      }
      const ct = times[child]!;
      if (t < ct || (t === ct && s < seqs[child]!)) break;
      this.move(child, i);
      i = child;
    }
    times[i] = t;
    seqs[i] = s;
    this.types[i] = type;
    this.nodes[i] = node;
    this.args[i] = arg;
    this.tags[i] = tag;
  }

  private move(from: number, to: number): void {
    this.times[to] = this.times[from]!;
    this.seqs[to] = this.seqs[from]!;
    this.types[to] = this.types[from]!;
    this.nodes[to] = this.nodes[from]!;
    this.args[to] = this.args[from]!;
    this.tags[to] = this.tags[from]!;
  }

  private grow(): void {
    const capacity = this.times.length * 2;
    this.times = growF64(this.times, capacity);
    this.seqs = growF64(this.seqs, capacity);
    const types = new Uint8Array(capacity);
    types.set(this.types);
    this.types = types;
    this.nodes = growI32(this.nodes, capacity);
    this.args = growI32(this.args, capacity);
    this.tags = growI32(this.tags, capacity);
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
