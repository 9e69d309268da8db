/**
 * Default parameters of every resilience mechanism, in one table. The guide's
 * numbers (`seed/distributed-systems-performance-guide.ko.md`, "시스템 복원력 강화")
 * are product requirements; the others follow the library each mechanism is
 * modelled on (Finagle for the retry budget, resilience4j for the sliding-window
 * breaker). Times are simulated milliseconds.
 */
export const RESILIENCE_DEFAULTS = {
  /** The guide's `ExponentialBackoffRetry`: 3 attempts in all, 1 s base, 10 s cap. */
  retry: { maxAttempts: 3, baseMs: 1000, multiplier: 2, maxMs: 10_000, jitter: 'full' },
  /** Finagle's `RetryBudget()`: 20 % of requests, 10 retries/s reserve, over a 10 s window */
  retryBudget: { ttlMs: 10_000, minRetriesPerSec: 10, percentCanRetry: 0.2 },
  /** The guide's `CircuitBreaker`: 5 consecutive failures, 60 s open, 3 successes. */
  consecutiveBreaker: {
    failureThreshold: 5,
    openMs: 60_000,
    successThreshold: 3,
    halfOpenMaxCalls: Infinity,
  },
  /** resilience4j's `CircuitBreakerConfig.ofDefaults()`. */
  slidingWindowBreaker: {
    windowType: 'count',
    windowSize: 100,
    minimumCalls: 100,
    failureRateThreshold: 50,
    slowCallDurationMs: 60_000,
    slowCallRateThreshold: 100,
    openMs: 60_000,
    permittedCallsInHalfOpen: 10,
  },
  /** The guide's adaptive timeout: 2 × recent p95, clamped to 1…30 s. */
  adaptiveTimeout: {
    k: 2,
    quantile: 0.95,
    minMs: 1000,
    maxMs: 30_000,
    sampleSize: 256,
    recomputeEvery: 16,
  },
} as const;
