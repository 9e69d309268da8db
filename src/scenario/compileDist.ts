/** Distributions in the engine's parameters (used by `compile.ts` and `compileNodes.ts`). */
import type { DistSpec } from '../engine/index.ts';
import type { Dist } from './types.ts';

/** z such that P(Z ≤ z) = 0.99 for a standard normal Z. */
export const Z_99 = 2.3263478740408408;

/** A distribution in the engine's parameters; lognormal `{ median, p99 }` → `{ mu, sigma }`. */
export function compileDist(d: Dist): DistSpec {
  if (d.type !== 'lognormal') return { ...d };
  if ('mu' in d) return { type: 'lognormal', mu: d.mu, sigma: d.sigma };
  return { type: 'lognormal', mu: Math.log(d.median), sigma: Math.log(d.p99 / d.median) / Z_99 };
}
