/**
 * Resilience building blocks for edge policies (DESIGN.md, "Edge policy"):
 * backoff with jitter, retry budget, circuit breakers, adaptive timeout,
 * bulkhead and token bucket. Pure and driven by simulated time passed in by the
 * caller; randomness only from an injected `RandomStream`. See CONTEXT.md.
 */
export { RESILIENCE_DEFAULTS } from './defaults.ts';
export { JITTER_MODES, checkBackoffSpec, exponentialMs, retryDelayMs } from './backoff.ts';
export type { BackoffSpec, JitterMode } from './backoff.ts';
export { createRetryBudget } from './retryBudget.ts';
export type { RetryBudget, RetryBudgetOptions } from './retryBudget.ts';
export * from './circuitBreaker.ts';
export { createAdaptiveTimeout } from './adaptiveTimeout.ts';
export type { AdaptiveTimeout, AdaptiveTimeoutOptions } from './adaptiveTimeout.ts';
export { Bulkhead, createBulkhead } from './bulkhead.ts';
export type { BulkheadDecision, BulkheadOptions } from './bulkhead.ts';
export { TokenBucket, createTokenBucket } from './tokenBucket.ts';
export type { TokenBucketOptions } from './tokenBucket.ts';
