/**
 * Keys of multi-key requests, in fixed blocks so nothing is allocated per request.
 * A block holds up to MAX_BATCH keys; a call refers to its block by index.
 */
export const MAX_BATCH = 256;

export class KeyBatches {
  private keys: Int32Array = new Int32Array(0);
  private lengths: Int32Array = new Int32Array(0);
  private free: Int32Array = new Int32Array(0);
  private freeCount = 0;
  private blocks = 0;

  constructor(initialBlocks = 64) {
    this.grow(initialBlocks);
  }

  allocate(): number {
    if (this.freeCount === 0) this.grow(this.blocks * 2);
    const b = this.free[--this.freeCount]!;
    this.lengths[b] = 0;
    return b;
  }

  release(block: number): void {
    this.free[this.freeCount++] = block;
  }

  push(block: number, key: number): void {
    const n = this.lengths[block]!;
    this.keys[block * MAX_BATCH + n] = key;
    this.lengths[block] = n + 1;
  }

  size(block: number): number {
    return this.lengths[block]!;
  }

  keyAt(block: number, i: number): number {
    return this.keys[block * MAX_BATCH + i]!;
  }

  private grow(blocks: number): void {
    const keys = new Int32Array(blocks * MAX_BATCH);
    keys.set(this.keys);
    const lengths = new Int32Array(blocks);
    lengths.set(this.lengths);
    const free = new Int32Array(blocks);
    free.set(this.free.subarray(0, this.freeCount));
    for (let b = blocks - 1; b >= this.blocks; b--) free[this.freeCount++] = b;
    this.keys = keys;
    this.lengths = lengths;
    this.free = free;
    this.blocks = blocks;
  }
}
