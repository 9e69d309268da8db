/** The engine's edge resilience policies, part of `ModelSpec` (see `spec.ts`). */
import type {
  ConsecutiveBreakerOptions,
  SlidingWindowBreakerOptions,
} from './resilience/breakerTypes.ts';
import type { AdaptiveTimeoutOptions } from './resilience/adaptiveTimeout.ts';
import type { BulkheadOptions } from './resilience/bulkhead.ts';
import type { RetryBudgetOptions } from './resilience/retryBudget.ts';
import type { TokenBucketOptions } from './resilience/tokenBucket.ts';

/** Jitter of retry backoff (Brooker, "Exponential Backoff And Jitter"). */
export type JitterKind = 'none' | 'full' | 'equal' | 'decorrelated';

export interface RetrySpec {
  /** Attempts in all, the first included (3 in the guide). */
  readonly maxAttempts: number;
  readonly baseMs: number;
  readonly multiplier: number;
  readonly maxMs: number;
  readonly jitter: JitterKind;
}

/**
 * The caller's side of a call over an edge. A timed-out attempt is abandoned by
 * the caller but keeps the callee busy until it finishes (wasted work is real).
 */
export interface EdgePolicySpec {
  /** Fixed timeout per attempt, ms (Infinity = none). */
  readonly timeoutMs: number;
  readonly retry: RetrySpec | null;
  /** Retries only while the budget allows (Finagle's RetryBudget); absent = unlimited. */
  readonly retryBudget?: RetryBudgetOptions;
  /** Calls fail fast with `rejected-breaker-open` while the breaker is open; absent = none. */
  readonly circuitBreaker?: CircuitBreakerSpec;
  /** Per-attempt timeout = k × recent p95, clamped (the guide's 2 × p95 within 1–30 s); replaces `timeoutMs`. */
  readonly adaptiveTimeout?: AdaptiveTimeoutOptions;
  /** At most `maxConcurrent` calls out on this edge, `maxWaiting` more queued; the rest `rejected-bulkhead`. */
  readonly bulkhead?: BulkheadOptions;
  /**
   * A token bucket on the caller's side: every attempt (retries and
   * reconciliation calls included) takes a token; one that finds none fails at
   * once with `rejected-rate-limit` without reaching the callee. Absent = none.
   */
  readonly rateLimit?: RateLimitSpec;
  /** What the caller answers when a call has finally failed; absent = the failure propagates. */
  readonly fallback?: FallbackSpec;
}

/** A token bucket: `ratePerSec` tokens a second into a bucket of `burst` (≥ 1) that starts full. */
export type RateLimitSpec = TokenBucketOptions;

/**
 * The caller's answer to a call that has finally failed (retries spent, breaker
 * open, bulkhead full, rate-limited, timed out, callee down…):
 * - `error`: none — the failure propagates (as without a fallback);
 * - `default`: a default value — a success, but *degraded*;
 * - `stale`: the last successful answer for the same key, if the edge still
 *   holds a copy (a per-edge LRU of `capacity` keys, each at most `maxAgeMs`
 *   old; reads only) — degraded; without a copy the failure propagates;
 * - `pending`: "accepted, pending" at once (degraded), as the guide's payment
 *   fallback; the call is sent again `reconcileAfterMs` later, up to
 *   `maxReconcileAttempts` times, until one succeeds (reconciled) or all fail.
 */
export type FallbackSpec =
  | { readonly type: 'error' }
  | { readonly type: 'default' }
  | { readonly type: 'stale'; readonly capacity: number; readonly maxAgeMs: number }
  | {
      readonly type: 'pending';
      readonly reconcileAfterMs: number;
      readonly maxReconcileAttempts: number;
    };

/** A breaker's settings (either mode), without the listener. */
export type CircuitBreakerSpec =
  | Omit<ConsecutiveBreakerOptions, 'onTransition'>
  | Omit<SlidingWindowBreakerOptions, 'onTransition'>;
