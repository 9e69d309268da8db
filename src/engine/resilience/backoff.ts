/**
 * Exponential backoff with jitter, as in Marc Brooker, "Exponential Backoff And
 * Jitter", AWS Architecture Blog, 2015. With `d = min(cap, base · multiplier^(n−1))`
 * for the n-th retry:
 *
 * - `none`          d
 * - `full`          U(0, d)
 * - `equal`         d/2 + U(0, d/2)
 * - `decorrelated`  min(cap, U(base, previous · 3)) — depends on the previous
 *                   delay, not on n
 *
 * Full jitter spreads retries the most (fewest collisions, least total work);
 * equal jitter keeps a guaranteed minimum wait; decorrelated grows without a
 * fixed schedule. `none` is the guide's schedule minus its small additive jitter.
 */
import { assertNever } from '../../lib/assertNever.ts';
import type { RandomStream } from '../random/rng.ts';

/** How a retry delay is randomized. */
export type JitterMode = 'none' | 'full' | 'equal' | 'decorrelated';

/** Every jitter mode, in the order the UI lists them. */
export const JITTER_MODES = [
  'none',
  'full',
  'equal',
  'decorrelated',
] as const satisfies readonly JitterMode[];

/** The shape of a backoff schedule. Times in simulated ms. */
export interface BackoffSpec {
  /** Delay before the first retry (before jitter); > 0. */
  readonly baseMs: number;
  /** Growth per retry; ≥ 1. Default 2. */
  readonly multiplier?: number;
  /** Cap on every delay; ≥ `baseMs`. */
  readonly maxMs: number;
  readonly jitter: JitterMode;
}

/**
 * Delay in ms before retry number `attempt`. **Attempt 1 is the first retry**
 * (the second call in all); a policy with `maxAttempts: 3` asks for attempts 1
 * and 2. `previousDelayMs` is the delay returned for the previous retry and is
 * read only by `decorrelated`; pass `spec.baseMs` (or 0) for the first retry —
 * anything below `baseMs` counts as `baseMs`. Draws one uniform from `stream`
 * unless the mode is `none`. O(1), allocation-free.
 */
export function retryDelayMs(
  attempt: number,
  spec: BackoffSpec,
  stream: RandomStream,
  previousDelayMs: number,
): number {
  const { baseMs, maxMs } = spec;
  switch (spec.jitter) {
    case 'none':
      return exponentialMs(attempt, spec);
    case 'full':
      return stream.next() * exponentialMs(attempt, spec);
    case 'equal': {
      const half = exponentialMs(attempt, spec) / 2;
      return half + stream.next() * half;
    }
    case 'decorrelated': {
      const upper = 3 * (previousDelayMs > baseMs ? previousDelayMs : baseMs);
      const delay = baseMs + stream.next() * (upper - baseMs);
      return delay < maxMs ? delay : maxMs;
    }
    default:
      return assertNever(spec.jitter, 'jitter mode');
  }
}

/** The un-jittered schedule: min(cap, base · multiplier^(attempt−1)). */
export function exponentialMs(attempt: number, spec: BackoffSpec): number {
  const delay = spec.baseMs * Math.pow(spec.multiplier ?? 2, attempt - 1);
  return delay < spec.maxMs ? delay : spec.maxMs;
}

/**
 * Why `spec` is unusable, or `null` when it is fine. The scenario layer reports
 * this with the path of the offending field.
 */
export function checkBackoffSpec(spec: BackoffSpec): string | null {
  const multiplier = spec.multiplier ?? 2;
  if (!(spec.baseMs > 0 && Number.isFinite(spec.baseMs)))
    return `baseMs must be > 0, got ${spec.baseMs}`;
  if (!(multiplier >= 1 && Number.isFinite(multiplier)))
    return `multiplier must be ≥ 1, got ${multiplier}`;
  if (!(spec.maxMs >= spec.baseMs)) return `maxMs must be ≥ baseMs, got ${spec.maxMs}`;
  return JITTER_MODES.includes(spec.jitter) ? null : `unknown jitter ${String(spec.jitter)}`;
}
