/**
 * Intrusive circular doubly-linked lists over two `Int32Array`s. Every list has
 * a sentinel node of its own (an index in the same arrays), so one pool can hold
 * many lists (the LFU's frequency buckets) and no operation branches on
 * "empty" or "at the end". All operations are O(1) and allocate nothing.
 *
 * Convention in this folder: the newest member sits just before the sentinel
 * (`last`), the oldest just after it (`first`).
 */
export class LinkPool {
  /** Previous node of each node. */
  readonly prev: Int32Array;
  /** Next node of each node. */
  readonly next: Int32Array;

  /** A pool of `size` nodes, each a list of its own (empty when used as a sentinel). */
  constructor(size: number) {
    this.prev = new Int32Array(size);
    this.next = new Int32Array(size);
    for (let i = 0; i < size; i++) this.reset(i);
  }

  /** Make `node` a list of its own (an empty list when `node` is a sentinel). */
  reset(node: number): void {
    this.prev[node] = node;
    this.next[node] = node;
  }

  /** Link `node` just after `anchor`. */
  insertAfter(node: number, anchor: number): void {
    const after = this.next[anchor]!;
    this.prev[node] = anchor;
    this.next[node] = after;
    this.prev[after] = node;
    this.next[anchor] = node;
  }

  /** Link `node` as the newest member of the list of `sentinel`. */
  pushLast(node: number, sentinel: number): void {
    this.insertAfter(node, this.prev[sentinel]!);
  }

  /** Unlink `node` from its list. */
  unlink(node: number): void {
    const before = this.prev[node]!;
    const after = this.next[node]!;
    this.next[before] = after;
    this.prev[after] = before;
  }

  /** Move `node` to the newest end of the list of `sentinel`. */
  moveLast(node: number, sentinel: number): void {
    this.unlink(node);
    this.pushLast(node, sentinel);
  }

  /** The oldest member of the list of `sentinel` (the sentinel itself when empty). */
  first(sentinel: number): number {
    return this.next[sentinel]!;
  }
}
