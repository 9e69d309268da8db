/** A bounded FIFO of keys waiting to be written to the backing store. */
export class WriteBehindQueue {
  private readonly ring: Int32Array;
  private head = 0;
  size = 0;

  constructor(capacity: number) {
    this.ring = new Int32Array(Math.max(1, Math.min(capacity, 1 << 24)));
  }

  get capacity(): number {
    return this.ring.length;
  }

  /** False when full. */
  push(key: number): boolean {
    if (this.size === this.ring.length) return false;
    this.ring[(this.head + this.size) % this.ring.length] = key;
    this.size++;
    return true;
  }

  shift(): number {
    const key = this.ring[this.head]!;
    this.head = (this.head + 1) % this.ring.length;
    this.size--;
    return key;
  }

  clear(): void {
    this.head = 0;
    this.size = 0;
  }
}
