/**
 * An open-addressing hash table from key to slot: linear probing over an
 * `Int32Array` (−1 = empty), at most half full, and tombstone-free deletion by
 * backward shift (Knuth, TAOCP vol. 3, algorithm 6.4R), so lookups never slow
 * down however many keys come and go. The keys themselves live in the owner's
 * `keys` array (`keys[slot]`); the table stores only slots.
 *
 * Keys must be non-negative integers below 2^31. Nothing allocates after
 * construction.
 */
export class KeyIndex {
  private readonly table: Int32Array;
  private readonly mask: number;
  private readonly shift: number;
  private readonly keys: Int32Array;

  /** An index over `keys` (one entry per slot; its length is the capacity). */
  constructor(keys: Int32Array) {
    let bits = 2;
    while (1 << bits < 2 * keys.length) bits++;
    this.table = new Int32Array(1 << bits).fill(-1);
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
    this.keys = keys;
  }

  /** Home position of `key`: Fibonacci hashing (the top bits of key · 2^32/φ). */
  private home(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }

  /** Position in the table holding `key`, or −1. */
  private position(key: number): number {
    const { table, keys, mask } = this;
    for (let i = this.home(key); ; i = (i + 1) & mask) {
      const slot = table[i]!;
      if (slot < 0) return -1;
      if (keys[slot] === key) return i;
    }
  }

  /** The slot of `key`, or −1 when absent. */
  find(key: number): number {
    const i = this.position(key);
    return i < 0 ? -1 : this.table[i]!;
  }

  /** Record `keys[slot]` at `slot`; the key must be absent and the table not over capacity. */
  insert(slot: number): void {
    const { table, mask } = this;
    let i = this.home(this.keys[slot]!);
    while (table[i]! >= 0) i = (i + 1) & mask;
    table[i] = slot;
  }

  /** Forget `key`; returns its slot, or −1 when absent. */
  remove(key: number): number {
    let i = this.position(key);
    if (i < 0) return -1;
    const { table, keys, mask } = this;
    const removed = table[i]!;
    // Shift later members of the probe run back into the hole when their home
    // does not lie cyclically between the hole and their position.
    for (let j = (i + 1) & mask; ; j = (j + 1) & mask) {
      const slot = table[j]!;
      if (slot < 0) break;
      const home = this.home(keys[slot]!);
      if (((j - home) & mask) >= ((j - i) & mask)) {
        table[i] = slot;
        i = j;
      }
    }
    table[i] = -1;
    return removed;
  }

  /** Forget every key. O(table size). */
  clear(): void {
    this.table.fill(-1);
  }
}
