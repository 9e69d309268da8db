/**
 * The guide's adaptive timeout: `clamp(k × recent p95, minMs, maxMs)`, with
 * k = 2 and 1 s … 30 s by default.
 *
 * "Recent p95" is the nearest-rank quantile — the ⌈q·n⌉-th smallest — of the
 * last `sampleSize` latencies, kept in a ring. It is recomputed once every
 * `recomputeEvery` samples by copying the ring into a scratch array and running
 * quickselect (Hoare's FIND with a median-of-three pivot: expected O(n), no
 * randomness needed), so a sample costs O(sampleSize / recomputeEvery)
 * amortized (16 element moves with the defaults) and reading the timeout is
 * O(1). Until the first `recomputeEvery` samples the timeout is `initialMs`.
 *
 * Feed it the latency of every finished call, and the timeout itself for a call
 * that timed out: a timed-out call has taken *at least* that long, and leaving
 * it out would pull the p95 down and the timeout with it, a downward spiral.
 */
import { RESILIENCE_DEFAULTS } from './defaults.ts';

/** Parameters of an adaptive timeout; every field has a default. */
export interface AdaptiveTimeoutOptions {
  readonly k?: number;
  readonly quantile?: number;
  readonly minMs?: number;
  readonly maxMs?: number;
  readonly sampleSize?: number;
  readonly recomputeEvery?: number;
  /** Timeout before the first estimate; default `maxMs`. */
  readonly initialMs?: number;
}

/** A per-edge timeout that follows the edge's recent latency. */
export interface AdaptiveTimeout {
  /** The timeout to use for the next call, in ms. */
  readonly timeoutMs: number;
  /** The latest quantile estimate (NaN before the first). */
  readonly quantileMs: number;
  /** Add a finished call's latency (a timed-out call: its timeout). */
  record(latencyMs: number): void;
}

/** An adaptive timeout with no samples yet. Throws a RangeError on bad options. */
export function createAdaptiveTimeout(options: AdaptiveTimeoutOptions = {}): AdaptiveTimeout {
  const d = RESILIENCE_DEFAULTS.adaptiveTimeout;
  const maxMs = options.maxMs ?? d.maxMs;
  return new RingQuantileTimeout(
    options.k ?? d.k,
    options.quantile ?? d.quantile,
    options.minMs ?? d.minMs,
    maxMs,
    options.sampleSize ?? d.sampleSize,
    options.recomputeEvery ?? d.recomputeEvery,
    options.initialMs ?? maxMs,
  );
}

class RingQuantileTimeout implements AdaptiveTimeout {
  timeoutMs: number;
  quantileMs = NaN;
  private readonly k: number;
  private readonly minMs: number;
  private readonly maxMs: number;
  private readonly every: number;
  private readonly ring: Float64Array;
  private readonly scratch: Float64Array;
  private readonly rank: Int32Array; // rank index per fill level, 0-based
  private count = 0;

  constructor(
    k: number,
    quantile: number,
    minMs: number,
    maxMs: number,
    sampleSize: number,
    recomputeEvery: number,
    initialMs: number,
  ) {
    if (!(k > 0)) throw new RangeError(`adaptive timeout k must be > 0, got ${k}`);
    if (!(quantile > 0 && quantile <= 1))
      throw new RangeError(`quantile must be in (0, 1], got ${quantile}`);
    if (!(minMs > 0 && maxMs >= minMs))
      throw new RangeError(`need 0 < minMs ≤ maxMs, got ${minMs}, ${maxMs}`);
    if (!(
      Number.isInteger(sampleSize) &&
      sampleSize >= 1 &&
      Number.isInteger(recomputeEvery) &&
      recomputeEvery >= 1
    )) {
      throw new RangeError(`sampleSize and recomputeEvery must be positive integers`);
    }
    this.k = k;
    this.minMs = minMs;
    this.maxMs = maxMs;
    this.every = recomputeEvery;
    this.timeoutMs = initialMs;
    this.ring = new Float64Array(sampleSize);
    this.scratch = new Float64Array(sampleSize);
    this.rank = new Int32Array(sampleSize + 1);
    for (let n = 1; n <= sampleSize; n++)
      this.rank[n] = Math.max(0, Math.ceil(quantile * n - 1e-9) - 1);
  }

  record(latencyMs: number): void {
    const { ring } = this;
    ring[this.count % ring.length] = latencyMs;
    this.count++;
    if (this.count % this.every === 0) this.recompute();
  }

  private recompute(): void {
    const n = Math.min(this.count, this.ring.length);
    this.scratch.set(this.ring); // slots ≥ n are unused zeros; only [0, n) is searched
    const q = select(this.scratch, n, this.rank[n]!);
    this.quantileMs = q;
    const t = this.k * q;
    this.timeoutMs = t < this.minMs ? this.minMs : t > this.maxMs ? this.maxMs : t;
  }
}

/** The `rank`-th smallest (0-based) of `a[0..n)`, reordering `a` in place. */
export function select(a: Float64Array, n: number, rank: number): number {
  let lo = 0;
  let hi = n - 1;
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    // Median of three to a[lo] as the pivot.
    if (a[mid]! < a[lo]!) swap(a, mid, lo);
    if (a[hi]! < a[lo]!) swap(a, hi, lo);
    if (a[hi]! < a[mid]!) swap(a, hi, mid);
    swap(a, lo, mid);
    const pivot = a[lo]!;
    let i = lo;
    let j = hi + 1;
    for (;;) {
      while (a[++i]! < pivot && i < hi);
      while (a[--j]! > pivot);
      if (i >= j) break;
      swap(a, i, j);
    }
    swap(a, lo, j);
    if (j === rank) return a[j]!;
    if (j > rank) hi = j - 1;
    else lo = j + 1;
  }
  return a[lo]!;
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}
