/**
 * Hit ratios of caches under the independent reference model (IRM): requests
 * are independent draws, key i with probability p_i. Used to check the cache
 * store against theory and (later) drawn as a theory overlay.
 *
 * - LRU — Che's approximation (Che, Tung & Wang 2002; Fricker, Robert & Roberts
 *   2012): a key stays cached for a characteristic time T after its last
 *   request, where T solves Σ_i (1 − e^{−p_i T}) = C; h_i = 1 − e^{−p_i T}.
 * - FIFO and RANDOM — the same hit ratio under IRM (Gelenbe 1973); the Che-like
 *   approximation of Martina, Garetto & Leonardi (2014): T solves
 *   Σ_i p_i T / (1 + p_i T) = C; h_i = p_i T / (1 + p_i T).
 * - LFU — perfect LFU keeps the C most popular keys: Σ of the top C p_i.
 *
 * In each case the overall hit ratio is Σ_i p_i h_i. `popularities` may be any
 * non-negative weights: they are normalized here.
 */

/** Zipf popularities p_i ∝ i^−exponent for ranks i = 1…keys, normalized to sum 1. */
export function zipfPopularities(keys: number, exponent: number): Float64Array {
  const p = new Float64Array(keys);
  let sum = 0;
  for (let i = 0; i < keys; i++) sum += p[i] = Math.pow(i + 1, -exponent);
  for (let i = 0; i < keys; i++) p[i]! /= sum;
  return p;
}

/** Per-key hit probability as a function of p_i · T. */
type Occupancy = (x: number) => number;

const lruOccupancy: Occupancy = (x) => -Math.expm1(-x);
const fifoOccupancy: Occupancy = (x) => x / (1 + x);

function normalized(popularities: ArrayLike<number>): Float64Array {
  let sum = 0;
  for (let i = 0; i < popularities.length; i++) sum += popularities[i]!;
  const p = new Float64Array(popularities.length);
  for (let i = 0; i < p.length; i++) p[i] = popularities[i]! / sum;
  return p;
}

/**
 * The T solving Σ_i occupancy(p_i T) = capacity, by bisection on a bracket found
 * by doubling (the left side grows monotonically from 0 to the number of keys
 * with p_i > 0). Infinity when the cache can hold every such key.
 */
function characteristicTime(p: Float64Array, capacity: number, occupancy: Occupancy): number {
  let positive = 0;
  for (let i = 0; i < p.length; i++) if (p[i]! > 0) positive++;
  if (capacity >= positive) return Infinity;
  if (capacity <= 0) return 0;
  const filled = (t: number): number => {
    let sum = 0;
    for (let i = 0; i < p.length; i++) sum += occupancy(p[i]! * t);
    return sum;
  };
  let lo = 0;
  let hi = 1;
  while (filled(hi) < capacity) {
    lo = hi;
    hi *= 2;
  }
  for (let iter = 0; iter < 200 && hi - lo > 1e-13 * hi; iter++) {
    const mid = 0.5 * (lo + hi);
    if (filled(mid) < capacity) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}

function hitRatio(p: Float64Array, t: number, occupancy: Occupancy): number {
  if (t === Infinity) return 1;
  let sum = 0;
  for (let i = 0; i < p.length; i++) sum += p[i]! * occupancy(p[i]! * t);
  return sum;
}

/** Che's characteristic time T_C of an LRU cache holding `capacity` keys, in requests. */
export function cheCharacteristicTime(popularities: ArrayLike<number>, capacity: number): number {
  return characteristicTime(normalized(popularities), capacity, lruOccupancy);
}

/** LRU hit ratio under IRM by Che's approximation. */
export function lruHitRatioChe(popularities: ArrayLike<number>, capacity: number): number {
  const p = normalized(popularities);
  return hitRatio(p, characteristicTime(p, capacity, lruOccupancy), lruOccupancy);
}

/** FIFO and RANDOM hit ratio under IRM by the Che-like approximation h_i = p_i T / (1 + p_i T). */
export function fifoHitRatioApprox(popularities: ArrayLike<number>, capacity: number): number {
  const p = normalized(popularities);
  return hitRatio(p, characteristicTime(p, capacity, fifoOccupancy), fifoOccupancy);
}

/** Perfect-LFU hit ratio under IRM: the total popularity of the `capacity` most popular keys. */
export function lfuHitRatioIrm(popularities: ArrayLike<number>, capacity: number): number {
  const sorted = normalized(popularities).sort().reverse();
  let sum = 0;
  for (let i = 0; i < Math.min(capacity, sorted.length); i++) sum += sorted[i]!;
  return sum;
}
