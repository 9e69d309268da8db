/**
 * The caller-side resilience policies of an edge in the public scenario
 * format, version 1 (see `types.ts` for the document around them).
 */
/** Backoff jitter (Brooker, "Exponential Backoff And Jitter"). */
export type JitterKind = 'none' | 'full' | 'equal' | 'decorrelated';

/** Retries with exponential backoff; defaults from the guide: 3 attempts, 1 s base, ×2, 10 s cap, full jitter. */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  readonly maxAttempts?: number;
  readonly baseMs?: number;
  readonly multiplier?: number;
  readonly maxMs?: number;
  readonly jitter?: JitterKind;
}

/** Finagle's retry budget: each request earns `percentCanRetry` of a retry, plus a reserve per second. */
export interface RetryBudgetPolicy {
  readonly percentCanRetry?: number;
  readonly minRetriesPerSec?: number;
  readonly ttlMs?: number;
}

/**
 * A circuit breaker. `consecutive` (the guide's, and the default): opens after
 * `failureThreshold` failures in a row, stays open `openMs`, closes after
 * `successThreshold` successes while half-open. `sliding-window` (resilience4j):
 * opens when the failure or slow-call rate over the window reaches its threshold.
 */
export interface CircuitBreakerPolicy {
  readonly mode?: 'consecutive' | 'sliding-window';
  readonly openMs?: number;
  readonly failureThreshold?: number;
  readonly successThreshold?: number;
  readonly windowType?: 'count' | 'time';
  readonly windowSize?: number;
  readonly minimumCalls?: number;
  readonly failureRateThreshold?: number;
  readonly slowCallDurationMs?: number;
  readonly slowCallRateThreshold?: number;
  readonly permittedCallsInHalfOpen?: number;
}

/** The caller's side of calls over an edge. */
export interface EdgePolicy {
  /** Per attempt; absent = no timeout. A timed-out attempt keeps the callee busy until it finishes. */
  readonly timeoutMs?: number;
  readonly retry?: RetryPolicy;
  readonly retryBudget?: RetryBudgetPolicy;
  readonly circuitBreaker?: CircuitBreakerPolicy;
  /** The guide's adaptive timeout: `multiplier` × recent p95, within [minMs, maxMs] (2, 1000, 30000). Not with `timeoutMs`. */
  readonly adaptiveTimeout?: {
    readonly multiplier?: number;
    readonly minMs?: number;
    readonly maxMs?: number;
  };
  /** At most `maxConcurrent` (default 10, Hystrix's) calls out over this edge and `maxWaiting` (default 0) queued; the rest fail fast. */
  readonly bulkhead?: { readonly maxConcurrent?: number; readonly maxWaiting?: number };
  /** A token bucket on the caller's side: every attempt takes a token; none left = `rejected-rate-limit` at once. */
  readonly rateLimit?: RateLimitPolicy;
  /** What the caller answers when a call has finally failed; absent = `error` (the failure propagates). */
  readonly fallback?: FallbackPolicy;
}

/** `ratePerSec` tokens a second into a bucket of `burst` (default: one second's worth, at least 1). */
export interface RateLimitPolicy {
  readonly ratePerSec: number;
  readonly burst?: number;
}

/**
 * The caller's answer to a call that has finally failed. `error`: the failure
 * propagates. `default`: a default value (a degraded success). `stale`: the
 * last good answer for the key, from a per-edge LRU of `capacity` keys no older
 * than `maxAgeMs` (default: any age); reads only, no copy = the failure
 * propagates. `pending`: "accepted, pending" at once (the guide's payment
 * fallback), then the call is sent again every `reconcileAfterMs` (default
 * 30 s) up to `maxReconcileAttempts` (default 3) times until it succeeds.
 */
export type FallbackPolicy =
  | { readonly type: 'error' }
  | { readonly type: 'default' }
  | { readonly type: 'stale'; readonly capacity: number; readonly maxAgeMs?: number }
  | {
      readonly type: 'pending';
      readonly reconcileAfterMs?: number;
      readonly maxReconcileAttempts?: number;
    };
export type FallbackType = FallbackPolicy['type'];
