/**
 * Compiling an edge's `policy` for the engine: every default applied (the
 * guide's retry, breaker and adaptive-timeout numbers; Finagle's retry budget;
 * Hystrix's bulkhead; Guava's one-second burst for rate limits; the guide's
 * 30 s / 3 tries for reconciling pending answers).
 */
import type {
  CircuitBreakerSpec,
  EdgePolicySpec,
  FallbackSpec,
  RetrySpec,
  RateLimitSpec,
} from '../engine/index.ts';
import { SCENARIO_DEFAULTS } from './defaults.ts';
import type { CircuitBreakerPolicy, EdgePolicy, FallbackPolicy, RateLimitPolicy } from './types.ts';

/** The guide's retry defaults: 3 attempts, 1 s base, ×2, 10 s cap, full jitter. */
export function compilePolicy(policy: EdgePolicy): EdgePolicySpec {
  const r = policy.retry;
  const retry: RetrySpec | null =
    r === undefined
      ? null
      : {
          maxAttempts: r.maxAttempts ?? SCENARIO_DEFAULTS.retry.maxAttempts,
          baseMs: r.baseMs ?? SCENARIO_DEFAULTS.retry.baseMs,
          multiplier: r.multiplier ?? SCENARIO_DEFAULTS.retry.multiplier,
          maxMs: r.maxMs ?? SCENARIO_DEFAULTS.retry.maxMs,
          jitter: r.jitter ?? SCENARIO_DEFAULTS.retry.jitter,
        };
  const b = policy.retryBudget;
  const B = SCENARIO_DEFAULTS.retryBudget;
  return {
    timeoutMs: policy.timeoutMs ?? Infinity,
    retry,
    ...(b === undefined
      ? {}
      : {
          retryBudget: {
            percentCanRetry: b.percentCanRetry ?? B.percentCanRetry,
            minRetriesPerSec: b.minRetriesPerSec ?? B.minRetriesPerSec,
            ttlMs: b.ttlMs ?? B.ttlMs,
          },
        }),
    ...(policy.circuitBreaker === undefined
      ? {}
      : { circuitBreaker: compileBreaker(policy.circuitBreaker) }),
    ...(policy.adaptiveTimeout === undefined
      ? {}
      : {
          adaptiveTimeout: {
            k: policy.adaptiveTimeout.multiplier ?? SCENARIO_DEFAULTS.adaptiveTimeout.multiplier,
            minMs: policy.adaptiveTimeout.minMs ?? SCENARIO_DEFAULTS.adaptiveTimeout.minMs,
            maxMs: policy.adaptiveTimeout.maxMs ?? SCENARIO_DEFAULTS.adaptiveTimeout.maxMs,
          },
        }),
    ...(policy.bulkhead === undefined
      ? {}
      : {
          bulkhead: {
            maxConcurrent:
              policy.bulkhead.maxConcurrent ?? SCENARIO_DEFAULTS.bulkhead.maxConcurrent,
            maxWaiting: policy.bulkhead.maxWaiting ?? SCENARIO_DEFAULTS.bulkhead.maxWaiting,
          },
        }),
    ...(policy.rateLimit === undefined ? {} : { rateLimit: compileRateLimit(policy.rateLimit) }),
    ...(policy.fallback === undefined ? {} : { fallback: compileFallback(policy.fallback) }),
  };
}

/** A token bucket; without `burst`, one second's worth of tokens (at least 1), as Guava's `SmoothBursty`. */
function compileRateLimit(r: RateLimitPolicy): RateLimitSpec {
  return {
    ratePerSec: r.ratePerSec,
    burst: r.burst ?? Math.max(1, r.ratePerSec * SCENARIO_DEFAULTS.rateLimit.burstSeconds),
  };
}

/** A fallback with every setting explicit. */
function compileFallback(f: FallbackPolicy): FallbackSpec {
  const D = SCENARIO_DEFAULTS.fallback;
  switch (f.type) {
    case 'error':
    case 'default':
      return { type: f.type };
    case 'stale':
      return { type: 'stale', capacity: f.capacity, maxAgeMs: f.maxAgeMs ?? D.maxAgeMs };
    case 'pending':
      return {
        type: 'pending',
        reconcileAfterMs: f.reconcileAfterMs ?? D.reconcileAfterMs,
        maxReconcileAttempts: f.maxReconcileAttempts ?? D.maxReconcileAttempts,
      };
  }
}

/** A breaker with every setting explicit: the guide's consecutive mode unless `sliding-window` is asked for. */
function compileBreaker(b: CircuitBreakerPolicy): CircuitBreakerSpec {
  const D = SCENARIO_DEFAULTS.circuitBreaker;
  const openMs = b.openMs ?? D.openMs;
  if ((b.mode ?? 'consecutive') === 'consecutive') {
    return {
      mode: 'consecutive',
      openMs,
      failureThreshold: b.failureThreshold ?? D.failureThreshold,
      successThreshold: b.successThreshold ?? D.successThreshold,
    };
  }
  return {
    mode: 'sliding-window',
    openMs,
    windowType: b.windowType ?? D.windowType,
    windowSize: b.windowSize ?? D.windowSize,
    minimumCalls: b.minimumCalls ?? D.minimumCalls,
    failureRateThreshold: b.failureRateThreshold ?? D.failureRateThreshold,
    slowCallDurationMs: b.slowCallDurationMs ?? D.slowCallDurationMs,
    slowCallRateThreshold: b.slowCallRateThreshold ?? D.slowCallRateThreshold,
    permittedCallsInHalfOpen: b.permittedCallsInHalfOpen ?? D.permittedCallsInHalfOpen,
  };
}
