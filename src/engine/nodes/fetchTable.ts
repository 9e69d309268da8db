/**
 * The keys a cache is fetching: how many fetches of each are out, and the
 * latest write committed while they were (−1: none). An open-addressing table
 * over typed arrays — linear probing, backward-shift deletion (as in
 * `cache/keyIndex.ts`), doubling when half full — because it changes on every
 * miss: a `Map` costs hash lookups and reallocates as it grows and shrinks.
 * Keys are non-negative integers below 2^31.
 */
export class FetchTable {
  private keys = new Int32Array(16).fill(-1);
  private counts = new Int32Array(16);
  private commits = new Float64Array(16);
  private size = 0;

  /** One more fetch of `key` is out. */
  started(key: number): void {
    let i = this.position(key);
    if (i < 0) {
      if (2 * (this.size + 1) > this.keys.length) this.rehash(2 * this.keys.length);
      i = this.home(key);
      while (this.keys[i]! >= 0) i = (i + 1) & (this.keys.length - 1);
      this.keys[i] = key;
      this.counts[i] = 0;
      this.commits[i] = -1;
      this.size++;
    }
    this.counts[i]!++;
  }

  /** A write of `key` committed at `now`: remembered only while the key is being fetched. */
  committed(key: number, now: number): void {
    const i = this.position(key);
    if (i >= 0) this.commits[i] = now;
  }

  /** A fetch of `key` came back, read at `readAt`: whether a write committed after that read. */
  done(key: number, readAt: number): boolean {
    const i = this.position(key);
    if (i < 0) return false;
    const dirty = this.commits[i]! > readAt;
    if (--this.counts[i]! === 0) this.remove(i);
    return dirty;
  }

  private home(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> (Math.clz32(this.keys.length) + 1);
  }

  private position(key: number): number {
    const keys = this.keys;
    const mask = keys.length - 1;
    for (let i = this.home(key); ; i = (i + 1) & mask) {
      const k = keys[i]!;
      if (k === key) return i;
      if (k < 0) return -1;
    }
  }

  /** Empty position `i`, shifting later members of its probe run back into the hole. */
  private remove(i: number): void {
    const keys = this.keys;
    const mask = keys.length - 1;
    for (let j = (i + 1) & mask; keys[j]! >= 0; j = (j + 1) & mask) {
      const home = this.home(keys[j]!);
      if (((j - home) & mask) >= ((j - i) & mask)) {
        keys[i] = keys[j]!;
        this.counts[i] = this.counts[j]!;
        this.commits[i] = this.commits[j]!;
        i = j;
      }
    }
    keys[i] = -1;
    this.size--;
  }

  private rehash(length: number): void {
    const { keys, counts, commits } = this;
    this.keys = new Int32Array(length).fill(-1);
    this.counts = new Int32Array(length);
    this.commits = new Float64Array(length);
    for (let j = 0; j < keys.length; j++) {
      if (keys[j]! < 0) continue;
      let i = this.home(keys[j]!);
      while (this.keys[i]! >= 0) i = (i + 1) & (length - 1);
      this.keys[i] = keys[j]!;
      this.counts[i] = counts[j]!;
      this.commits[i] = commits[j]!;
    }
  }
}
