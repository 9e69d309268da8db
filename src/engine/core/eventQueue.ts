import { grownF64, grownI32, grownU8 } from './typedArrays.ts';

/** Lanes at most (every pop compares their fronts); further fixed delays share the heap. */
const MAX_LANES = 4;
const LANE_CAPACITY = 256;

/**
 * The future-event list, ordered by (time, sequence number): a binary min-heap,
 * beside a few FIFO lanes for events scheduled a fixed delay after now (a
 * constant edge latency, a constant hit time). Since the clock never goes back,
 * such events arrive in a lane in time order, so a lane needs no sorting: it is
 * appended to and read from the front, and the earliest event overall is the
 * earliest of the heap's root and the lanes' fronts. The heap keeps only the
 * events whose delays vary (in the full-stack example, 4 events in 10 per request).
 *
 * In the heap, an event's payload lives in a slot of parallel typed arrays that never moves;
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

  /** Per lane: a ring of slots and their times, the index of the front, and the count. */
  private laneSlots: Int32Array[] = [];
  private laneTimes: Float64Array[] = [];
  private readonly laneDelays: number[] = [];
  private readonly laneFront = new Int32Array(MAX_LANES);
  private readonly laneSize = new Int32Array(MAX_LANES);
  /** Time of each lane's front event (Infinity when empty) and of its last (the lowest time it accepts). */
  private readonly laneFirst = new Float64Array(MAX_LANES).fill(Infinity);
  private readonly laneLast = new Float64Array(MAX_LANES).fill(-Infinity);
  /** Where the earliest event is: -1 for the heap's root, else its lane. Current with `headTime`. */
  private headLane = -1;
  /** `pop` took an event: `headTime` and `headLane` are out of date until `settle`. */
  private stale = false;

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
    let n = this.hole ? this.count - 1 : this.count;
    for (let l = 0; l < this.laneDelays.length; l++) n += this.laneSize[l]!;
    return n;
  }

  /**
   * The lane for events scheduled `delayMs` after now, or -1 (not a fixed
   * delay, or lanes used up: the heap takes them). Lanes are shared by delay.
   */
  laneFor(delayMs: number): number {
    if (!(delayMs >= 0 && delayMs < Infinity)) return -1;
    const found = this.laneDelays.indexOf(delayMs);
    if (found >= 0 || this.laneDelays.length === MAX_LANES) return found;
    this.laneSlots.push(new Int32Array(LANE_CAPACITY));
    this.laneTimes.push(new Float64Array(LANE_CAPACITY));
    return this.laneDelays.push(delayMs) - 1;
  }

  /**
   * Schedule an event in `lane` (from `laneFor`). An event earlier than the
   * lane's last (which a fixed delay never gives) goes to the heap instead, so
   * the order stays exact whatever the caller passes.
   */
  pushLane(lane: number, time: number, type: number, node: number, arg: number, tag = 0): void {
    if (time < this.laneLast[lane]!) return this.push(time, type, node, arg, tag);
    const slot = this.store(type, node, arg, tag);
    let ring = this.laneSlots[lane]!;
    let size = this.laneSize[lane]!;
    if (size === ring.length) ring = this.growLane(lane);
    const at = (this.laneFront[lane]! + size) & (ring.length - 1);
    ring[at] = slot;
    this.laneTimes[lane]![at] = time;
    this.laneSize[lane] = ++size;
    this.laneLast[lane] = time;
    if (size === 1) {
      this.laneFirst[lane] = time;
      // Later than everything waiting (or tied and younger) unless it is now the earliest.
      if (time < this.headTime) {
        this.headTime = time;
        this.headLane = lane;
      }
    }
  }

  /** Time of the earliest event, or Infinity when empty. */
  peekTime(): number {
    this.settle();
    return this.headTime;
  }

  push(time: number, type: number, node: number, arg: number, tag = 0): void {
    const slot = this.store(type, node, arg, tag);
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

  /** Put an event's payload in a free slot, with the next sequence number; the slot. */
  private store(type: number, node: number, arg: number, tag: number): number {
    if (this.freeCount === 0) this.grow();
    const slot = this.free[--this.freeCount]!;
    this.seqs[slot] = this.nextSeq++;
    this.types[slot] = type;
    this.nodes[slot] = node;
    this.args[slot] = arg;
    this.tags[slot] = tag;
    return slot;
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
    if (i === 0 && time < this.headTime) {
      this.headTime = time;
      this.headLane = -1;
    }
  }

  /**
   * Remove the earliest event into `time`/`type`/`node`/`arg`/`tag`; false when
   * empty. Taken from the heap, the root is left as a hole: the next `push`
   * fills it (one sift down instead of a sift down and a sift up), otherwise
   * `settle` does.
   */
  pop(): boolean {
    if (this.stale) this.settle();
    const lane = this.headLane;
    let slot: number;
    if (lane < 0) {
      if (this.count === 0) return false;
      slot = this.heap[0]!;
      this.time = this.keys[0]!;
      this.hole = true;
    } else {
      const ring = this.laneSlots[lane]!;
      const times = this.laneTimes[lane]!;
      const front = this.laneFront[lane]!;
      slot = ring[front]!;
      this.time = times[front]!;
      const next = (front + 1) & (ring.length - 1);
      this.laneFront[lane] = next;
      // Two stores, not one of a conditional value: V8 would box the double in the merged value.
      if (--this.laneSize[lane]! > 0) this.laneFirst[lane] = times[next]!;
      else this.laneFirst[lane] = Infinity;
    }
    this.type = this.types[slot]!;
    this.node = this.nodes[slot]!;
    this.arg = this.args[slot]!;
    this.tag = this.tags[slot]!;
    this.free[this.freeCount++] = slot;
    this.stale = true;
    return true;
  }

  /** Fill a hole `pop` left (with the last event) and bring `headTime` and `headLane` up to date. */
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
    this.stale = false;
    // The earliest of the heap's root and the lanes' fronts, kept in locals: a double field written in a loop is slow.
    let lane = -1;
    let time = Infinity;
    if (this.count > 0) time = this.keys[0]!;
    const firsts = this.laneFirst;
    const lanes = this.laneDelays.length;
    for (let l = 0; l < lanes; l++) {
      const t = firsts[l]!;
      if (t < time || (t === time && t < Infinity && this.isOlder(l, lane))) {
        time = t;
        lane = l;
      }
    }
    this.headTime = time;
    this.headLane = lane;
  }

  /** Whether `lane`'s front event was scheduled before that of `head` (a lane, or -1: the heap's root); their times tie. */
  private isOlder(lane: number, head: number): boolean {
    const headSlot = head < 0 ? this.heap[0]! : this.laneSlots[head]![this.laneFront[head]!]!;
    const slot = this.laneSlots[lane]![this.laneFront[lane]!]!;
    return this.seqs[slot]! < this.seqs[headSlot]!;
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

  /** Double `lane`'s ring, its events moved to the start in order. */
  private growLane(lane: number): Int32Array {
    const ring = this.laneSlots[lane]!;
    const times = this.laneTimes[lane]!;
    const n = ring.length;
    const front = this.laneFront[lane]!;
    const nextRing = new Int32Array(n * 2);
    const nextTimes = new Float64Array(n * 2);
    for (let i = 0; i < n; i++) {
      nextRing[i] = ring[(front + i) & (n - 1)]!;
      nextTimes[i] = times[(front + i) & (n - 1)]!;
    }
    this.laneSlots[lane] = nextRing;
    this.laneTimes[lane] = nextTimes;
    this.laneFront[lane] = 0;
    return nextRing;
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
