/**
 * One partition's log of appended, not yet consumed messages: key, flags and
 * request id of each, in order. Bounded: a broker holds at most `limit` messages
 * per partition (producers beyond that are rejected).
 */
export class PartitionLog {
  private keys = new Int32Array(16);
  private flags = new Uint8Array(16);
  private requests = new Int32Array(16);
  private head = 0;
  size = 0;
  readonly limit: number;

  constructor(limit: number) {
    this.limit = limit;
  }

  append(key: number, flags: number, request: number): void {
    if (this.size === this.keys.length) this.grow();
    const i = (this.head + this.size) & (this.keys.length - 1);
    this.keys[i] = key;
    this.flags[i] = flags;
    this.requests[i] = request;
    this.size++;
  }

  headKey(): number {
    return this.keys[this.head]!;
  }
  headFlags(): number {
    return this.flags[this.head]!;
  }
  headRequest(): number {
    return this.requests[this.head]!;
  }

  shift(): void {
    this.head = (this.head + 1) & (this.keys.length - 1);
    this.size--;
  }

  private grow(): void {
    const n = this.keys.length * 2;
    const keys = new Int32Array(n);
    const flags = new Uint8Array(n);
    const requests = new Int32Array(n);
    for (let i = 0; i < this.size; i++) {
      const j = (this.head + i) & (this.keys.length - 1);
      keys[i] = this.keys[j]!;
      flags[i] = this.flags[j]!;
      requests[i] = this.requests[j]!;
    }
    this.keys = keys;
    this.flags = flags;
    this.requests = requests;
    this.head = 0;
  }
}
