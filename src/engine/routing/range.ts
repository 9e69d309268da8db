/**
 * Range partitioning (Bigtable tablets, HBase regions, MongoDB ranged shards):
 * the key space [0, keyCount) is cut at sorted upper boundaries and a key goes
 * to the first range whose boundary is above it. Neighbouring keys stay
 * together (range scans touch few shards), but a skewed or sequential workload
 * piles onto one range; moving a boundary moves exactly the keys between the
 * old and new cut.
 */
import type { KeySelector } from './selector.ts';

/** Upper boundaries splitting [0, keyCount) into `parts` ranges of (almost) equal size. */
export function evenBoundaries(keyCount: number, parts: number): Float64Array {
  const out = new Float64Array(parts);
  for (let i = 0; i < parts; i++) out[i] = Math.round(((i + 1) * keyCount) / parts);
  return out;
}

/** Range partitioning over named targets. */
export class RangeSelector implements KeySelector {
  targets: readonly string[] = [];
  /** Exclusive upper boundary of each target's range, strictly increasing. */
  boundaries: Float64Array = new Float64Array(0);
  readonly keyCount: number;

  /** `boundaries` (one per target) default to an even split of [0, keyCount). */
  constructor(targets: readonly string[], keyCount: number, boundaries?: readonly number[]) {
    if (!(Number.isInteger(keyCount) && keyCount >= 1)) {
      throw new RangeError(`keyCount: expected an integer ≥ 1, got ${keyCount}`);
    }
    this.keyCount = keyCount;
    this.setTargets(targets, boundaries);
  }

  /** New membership and boundaries (default: an even split). */
  setTargets(targets: readonly string[], boundaries?: readonly number[]): void {
    const cuts = boundaries ?? evenBoundaries(this.keyCount, targets.length);
    if (cuts.length !== targets.length) {
      throw new RangeError(`boundaries: expected ${targets.length} values, got ${cuts.length}`);
    }
    for (let i = 1; i < cuts.length; i++) {
      if (!(cuts[i]! > cuts[i - 1]!)) {
        throw new RangeError(`boundaries[${i}]: must be greater than boundaries[${i - 1}]`);
      }
    }
    this.boundaries = Float64Array.from(cuts);
    this.targets = targets.slice();
  }

  /** First range whose boundary is > key; keys at or past the last boundary go to the last range. */
  pick(key: number): number {
    const b = this.boundaries;
    let lo = 0;
    let hi = b.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (b[mid]! > key) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
