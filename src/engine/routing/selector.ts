/**
 * What every key-based router in this folder offers: a list of target names
 * and a `pick(key)` that returns an index into it. Picks are deterministic
 * functions of the key and the configuration: no state changes, no allocation.
 */
export interface KeySelector {
  /** Target (shard or backend) names; `pick` returns an index into this list. */
  readonly targets: readonly string[];
  /** Index of the target that owns `key` (a non-negative integer below 2^53). */
  pick(key: number): number;
}

/** Strictly positive, finite weights, one per target (default: all 1). */
export function normalizeWeights(count: number, weights?: readonly number[]): Float64Array {
  const out = new Float64Array(count).fill(1);
  if (weights === undefined) return out;
  if (weights.length !== count) {
    throw new RangeError(`weights: expected ${count} values, got ${weights.length}`);
  }
  for (let i = 0; i < count; i++) {
    const w = weights[i]!;
    if (!(w > 0 && Number.isFinite(w))) {
      throw new RangeError(`weights[${i}]: expected a positive finite number, got ${w}`);
    }
    out[i] = w;
  }
  return out;
}
