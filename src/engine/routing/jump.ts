/**
 * Jump consistent hash (Lamping & Veach, "A Fast, Minimal Memory, Consistent
 * Hash Algorithm", 2014). No table at all: the key seeds a 64-bit linear
 * congruential generator and "jumps" forward through the bucket numbers; the
 * last bucket below `buckets` wins. Growing from n to n + 1 buckets moves
 * exactly the keys that land in the new bucket (≈ 1/(n + 1)), but buckets can
 * only be added or removed at the end.
 */
import { hashKey } from './keyHash.ts';
import type { KeySelector } from './selector.ts';

/** The published LCG multiplier 2862933555777941757 = 0x27BB2EE6_87B0B0FD, as 16-bit limbs. */
const MUL_HI = 0x27bb2ee6;
const MUL_LO = 0x87b0b0fd;
const MUL_LO_0 = MUL_LO & 0xffff;
const MUL_LO_1 = MUL_LO >>> 16;
const TWO_POW_31 = 2147483648;

/** High 32 bits of the 64-bit product `a × MUL_LO` (a < 2^32), from 16-bit limbs (exact in doubles). */
function mulHiByLow(a: number): number {
  const a0 = a & 0xffff;
  const a1 = a >>> 16;
  const t = a0 * MUL_LO_0;
  const m = a1 * MUL_LO_0 + a0 * MUL_LO_1 + (t >>> 16);
  return a1 * MUL_LO_1 + Math.floor(m / 65536);
}

/**
 * The published algorithm, exactly: `JumpConsistentHash(uint64 key, int32 buckets)`
 * with the key given as its high and low 32-bit words. The 64-bit
 * `key = key × 2862933555777941757 + 1` is emulated with 32-bit words and
 * 16-bit limbs (no BigInt, no allocation); `j = (b + 1) × (2^31 / ((key >>> 33) + 1))`
 * is the same double arithmetic as the C++ original.
 */
export function jumpConsistentHash(keyHi: number, keyLo: number, buckets: number): number {
  let hi = keyHi >>> 0;
  let lo = keyLo >>> 0;
  let b = -1;
  let j = 0;
  while (j < buckets) {
    b = j;
    const productHi = mulHiByLow(lo) + Math.imul(hi, MUL_LO) + Math.imul(lo, MUL_HI);
    const nextLo = (Math.imul(lo, MUL_LO) + 1) >>> 0;
    hi = (productHi + (nextLo === 0 ? 1 : 0)) >>> 0;
    lo = nextLo;
    j = Math.floor((b + 1) * (TWO_POW_31 / ((hi >>> 1) + 1)));
  }
  return b;
}

/** Options of {@link JumpHashSelector}. */
export interface JumpHashOptions {
  /** Salts the key hash, so two routers can disagree on purpose. Default 0. */
  readonly seed?: number;
}

/**
 * A shard router by jump hash. The integer key is first hashed to a 64-bit
 * value (two salted MurmurHash3 words); shard i is `targets[i]`.
 */
export class JumpHashSelector implements KeySelector {
  targets: readonly string[];
  private readonly saltHi: number;
  private readonly saltLo: number;

  constructor(targets: readonly string[], options: JumpHashOptions = {}) {
    const seed = options.seed ?? 0;
    this.saltHi = (seed ^ 0x6a09e667) | 0;
    this.saltLo = (seed ^ 0xbb67ae85) | 0;
    this.targets = targets.slice();
  }

  /** Bucket of `key` in [0, targets.length). */
  pick(key: number): number {
    return jumpConsistentHash(
      hashKey(key, this.saltHi),
      hashKey(key, this.saltLo),
      this.targets.length,
    );
  }

  /**
   * Replaces the shard list. Only appending or removing the *last* shards keeps
   * the minimal-movement guarantee; any other edit renumbers buckets.
   */
  setTargets(targets: readonly string[]): void {
    this.targets = targets.slice();
  }
}
