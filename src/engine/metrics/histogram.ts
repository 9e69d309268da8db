/**
 * A log-linear latency histogram (the HDR/DDSketch family): each power of two is
 * split into 2^SUB_BITS equal buckets, found from the float's own bits without a
 * logarithm. A reported quantile is its bucket's midpoint clamped to the exact
 * min/max, so its relative error is at most 2^-(SUB_BITS+1) ≈ 0.39 %.
 * Histograms merge by adding counts; memory is fixed whatever the run length.
 * Range: 2^-8 ms (≈ 4 µs) to 2^23 ms (≈ 2.3 h); values outside are clamped into
 * the first/last bucket (min and max stay exact), so below 2^-8 ms the error is
 * absolute (< 2^-7 ms) rather than relative.
 */
const SUB_BITS = 7;
const MIN_EXP = -8;
const MAX_EXP = 23;
const BUCKETS = (MAX_EXP - MIN_EXP) << SUB_BITS;
/** High word of the float64 for 2^MIN_EXP, shifted like a bucket index. */
const INDEX_OFFSET = (MIN_EXP + 1023) << SUB_BITS;
const SHIFT = 20 - SUB_BITS;

/** Documented bound on the relative error of reported quantiles. */
export const HISTOGRAM_RELATIVE_ERROR = 2 ** -(SUB_BITS + 1);

const scratchF64 = new Float64Array(1);
const scratchU32 = new Uint32Array(scratchF64.buffer);
/** Index of the high 32-bit word of a float64 in `scratchU32` (1 on little-endian hosts). */
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

function bucketOf(value: number): number {
  scratchF64[0] = value;
  const index = (scratchU32[HIGH]! >>> SHIFT) - INDEX_OFFSET;
  return index < 0 ? 0 : index >= BUCKETS ? BUCKETS - 1 : index;
}

/** Lower bound of bucket `index`. */
function bucketLow(index: number): number {
  const exponent = (index >> SUB_BITS) + MIN_EXP;
  const sub = index & ((1 << SUB_BITS) - 1);
  return 2 ** exponent * (1 + sub / (1 << SUB_BITS));
}

const one = new Float64Array(1);

export class Histogram {
  readonly counts = new Float64Array(BUCKETS);
  count = 0;
  sum = 0;
  min = Infinity;
  max = -Infinity;
  /** Lowest and highest touched bucket, so reset/merge/quantile scan only that range. */
  private lo = BUCKETS;
  private hi = -1;

  record(value: number): void {
    const b = bucketOf(value);
    this.counts[b]!++;
    if (b < this.lo) this.lo = b;
    if (b > this.hi) this.hi = b;
    this.count++;
    this.sum += value;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
  }

  get mean(): number {
    return this.count > 0 ? this.sum / this.count : 0;
  }

  /** The q-quantile (0 < q ≤ 1): smallest bucket holding rank ⌈q·n⌉, at its midpoint. 0 when empty. */
  quantile(q: number): number {
    this.quantilesInto([q], one);
    return one[0]!;
  }

  /**
   * Several quantiles in one pass: `qs` ascending, results written to `out`
   * (same order). Cheaper than repeated `quantile` calls for the per-window rows.
   */
  quantilesInto(qs: readonly number[], out: Float64Array): void {
    const n = this.count;
    if (n === 0) {
      out.fill(0, 0, qs.length);
      return;
    }
    let j = 0;
    let rank = Math.max(1, Math.ceil(qs[0]! * n));
    let seen = 0;
    for (let b = this.lo; b <= this.hi && j < qs.length; b++) {
      seen += this.counts[b]!;
      while (seen >= rank && rank < n) {
        const low = bucketLow(b);
        const mid = low + (bucketLow(b + 1) - low) / 2;
        out[j++] = Math.min(this.max, Math.max(this.min, mid));
        if (j === qs.length) return;
        rank = Math.max(1, Math.ceil(qs[j]! * n));
      }
    }
    while (j < qs.length) out[j++] = this.max;
  }

  /** Add another histogram's counts into this one. */
  merge(other: Histogram): void {
    if (other.count === 0) return;
    for (let b = other.lo; b <= other.hi; b++) this.counts[b]! += other.counts[b]!;
    if (other.lo < this.lo) this.lo = other.lo;
    if (other.hi > this.hi) this.hi = other.hi;
    this.count += other.count;
    this.sum += other.sum;
    if (other.min < this.min) this.min = other.min;
    if (other.max > this.max) this.max = other.max;
  }

  /** Add this histogram's counts into `into` and clear this one, in a single pass. */
  drainInto(into: Histogram): void {
    if (this.count > 0) {
      const counts = this.counts;
      const target = into.counts;
      for (let b = this.lo; b <= this.hi; b++) {
        target[b]! += counts[b]!;
        counts[b] = 0;
      }
      if (this.lo < into.lo) into.lo = this.lo;
      if (this.hi > into.hi) into.hi = this.hi;
      into.count += this.count;
      into.sum += this.sum;
      if (this.min < into.min) into.min = this.min;
      if (this.max > into.max) into.max = this.max;
    }
    this.lo = BUCKETS;
    this.hi = -1;
    this.count = 0;
    this.sum = 0;
    this.min = Infinity;
    this.max = -Infinity;
  }

  reset(): void {
    if (this.hi >= this.lo) this.counts.fill(0, this.lo, this.hi + 1);
    this.lo = BUCKETS;
    this.hi = -1;
    this.count = 0;
    this.sum = 0;
    this.min = Infinity;
    this.max = -Infinity;
  }
}
