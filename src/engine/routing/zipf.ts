/**
 * Zipf-distributed keys by rejection-inversion (Hörmann & Derflinger,
 * "Rejection-inversion to generate variates from monotone discrete
 * distributions", ACM TOMACS 6(3), 1996), in the form of Apache Commons RNG's
 * `RejectionInversionZipfSampler`: the hat integral H(x) = ((x^(1−s)) − 1)/(1 − s)
 * has a limit at s = 1, so every exponent s > 0 works. O(1) expected per draw
 * for any count (acceptance > 0.9 in practice), no tables.
 * P(rank k) = k^−s / H(count, s), k = 1…count; rank k is key k − 1.
 */
import type { RandomStream } from '../random/rng.ts';
import type { KeySampler } from './keyDistribution.ts';

/** log1p(x)/x, by its Taylor series near 0. */
function helper1(x: number): number {
  if (Math.abs(x) > 1e-8) return Math.log1p(x) / x;
  return 1 - x * (0.5 - x * (1 / 3 - 0.25 * x));
}

/** expm1(x)/x, by its Taylor series near 0. */
function helper2(x: number): number {
  if (Math.abs(x) > 1e-8) return Math.expm1(x) / x;
  return 1 + x * 0.5 * (1 + (x / 3) * (1 + 0.25 * x));
}

/** Zipf keys over [0, count) with the given exponent s > 0 (key 0 = rank 1, the hottest). */
export function createZipfKeys(count: number, exponent: number): KeySampler {
  if (!(Number.isInteger(count) && count >= 1 && count <= 2 ** 53)) {
    throw new RangeError(`count: expected an integer in [1, 2^53], got ${count}`);
  }
  if (!(exponent > 0 && Number.isFinite(exponent))) {
    throw new RangeError(`exponent: expected a positive number, got ${exponent}`);
  }
  const s = exponent;
  /** H(x) = ((x^(1−s)) − 1)/(1 − s), written to stay exact as s → 1. */
  const hIntegral = (x: number): number => {
    const logX = Math.log(x);
    return helper2((1 - s) * logX) * logX;
  };
  const h = (x: number): number => Math.exp(-s * Math.log(x));
  const hIntegralInverse = (x: number): number => {
    const t = Math.max(x * (1 - s), -1); // rounding can push t just below −1
    return Math.exp(helper1(t) * x);
  };
  const hIntegralX1 = hIntegral(1.5) - 1;
  const hIntegralN = hIntegral(count + 0.5);
  const squeeze = 2 - hIntegralInverse(hIntegral(2.5) - h(2));

  return (stream: RandomStream) => {
    for (;;) {
      const u = hIntegralN + stream.next() * (hIntegralX1 - hIntegralN);
      const x = hIntegralInverse(u);
      const k = Math.min(count, Math.max(1, Math.floor(x + 0.5)));
      if (k - x <= squeeze || u >= hIntegral(k + 0.5) - h(k)) return k - 1;
    }
  };
}
