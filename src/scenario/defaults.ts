/**
 * Defaults of optional scenario fields. They are applied when a scenario is
 * compiled for the engine, never written back into the document, so a saved or
 * shared scenario stays as its author wrote it. Listed in `CONTEXT.md` too.
 * Numbers from the guide: 150 virtual nodes, health checks every 30 s with a
 * 5 s timeout and 3 / 2 thresholds, a Maglev table of 65537, peak EWMA over 10 s.
 */
import { DEFAULT_AUTOSCALER, type DistSpec } from '../engine/index.ts';
import type { ScenarioNode, Workload } from './types.ts';

const constant = (value: number): DistSpec => ({ type: 'constant', value });

/** The documented default of every optional field. */
export const SCENARIO_DEFAULTS = {
  /** Metrics window width. */
  windowMs: 1000,
  /** No warm-up: the summary covers the whole run. */
  warmupMs: 0,
  /** All reads over 1000 uniformly drawn keys. */
  workload: { readRatio: 1, keys: { count: 1000, distribution: 'uniform' } },
  /** Zipf exponent when `keys.distribution` is `zipf` and none is given. */
  zipfExponent: 0.99,
  /** `hot-key` keys: one hot key taking half of the requests. */
  hotKeys: 1,
  hotShare: 0.5,
  /** Single-key requests, none cross-shard. */
  batchSize: 1,
  crossShardRatio: 0,
  /** A `ramp` starts at once. */
  rampStartMs: 0,
  /** A service without `queueCapacity` has an unbounded queue. */
  queueCapacity: Number.POSITIVE_INFINITY,
  /** An edge without `latencyMs` adds no network delay. */
  edgeLatencyMs: null,
  /** Every request takes every edge. */
  edgeWhen: 'always',
  /** Retry defaults from the guide: 3 attempts, exponential backoff from 1 s, capped at 10 s, with jitter. */
  retry: { maxAttempts: 3, baseMs: 1000, multiplier: 2, maxMs: 10_000, jitter: 'full' },
  /** Outlier ejection: the guide's Istio settings (5 errors, 30 s, 30 s base), Envoy's 300 s cap and 10 %. */
  outlierDetection: {
    consecutiveErrors: 5,
    intervalMs: 30_000,
    baseEjectionTimeMs: 30_000,
    maxEjectionTimeMs: 300_000,
    maxEjectionPercent: 10,
  },
  /** A bulkhead: Hystrix's classic 10 concurrent calls, no waiting room. */
  bulkhead: { maxConcurrent: 10, maxWaiting: 0 },
  /** The guide's adaptive timeout: 2 × recent p95, within 1–30 s. */
  adaptiveTimeout: { multiplier: 2, minMs: 1000, maxMs: 30_000 },
  /** Finagle's RetryBudget defaults: 20 % of requests, 10 retries/s reserve, over 10 s. */
  retryBudget: { percentCanRetry: 0.2, minRetriesPerSec: 10, ttlMs: 10_000 },
  /** The guide's breaker (5 failures, 60 s open, 3 successes); resilience4j's window defaults. */
  circuitBreaker: {
    openMs: 60_000,
    failureThreshold: 5,
    successThreshold: 3,
    windowType: 'count',
    windowSize: 100,
    minimumCalls: 100,
    failureRateThreshold: 50,
    slowCallDurationMs: 60_000,
    slowCallRateThreshold: 100,
    permittedCallsInHalfOpen: 10,
  },
  /** A rate limit without `burst` holds one second's worth of tokens (at least 1), as Guava's `SmoothBursty`. */
  rateLimit: { burstSeconds: 1 },
  /**
   * Fallback fields: a stale copy of any age; pending answers reconciled every
   * 30 s (the guide's job for pending work, `@Scheduled(fixedRate = 30000)`),
   * given up after 3 tries (the guide's `maxAttempts`).
   */
  fallback: {
    type: 'error',
    maxAgeMs: Number.POSITIVE_INFINITY,
    reconcileAfterMs: 30_000,
    maxReconcileAttempts: 3,
  },
  /** Root requests traced hop by hop per window for the animated dots. */
  traceSamplePerWindow: 20,
  loadBalancer: {
    virtualNodes: 150,
    maglevTableSize: 65537,
    ewmaDecayMs: 10_000,
    /** No connection limit… */
    maxConnectionsPerTarget: Number.POSITIVE_INFINITY,
    /** …and, with one, no waiting for a connection. */
    maxPending: 0,
  },
  /** Applied field by field inside a `healthCheck` object (no object = no checks). */
  healthCheck: { intervalMs: 30_000, timeoutMs: 5000, unhealthyThreshold: 3, healthyThreshold: 2 },
  /** Autoscaling: HPA's 15 s sync, 10 % tolerance and 5-minute scale-in stabilization; a 60 s scale-out cooldown, a 30 s start-up. */
  autoscaling: { minInstances: 1, maxInstances: 10, ...DEFAULT_AUTOSCALER },
  /** An alert rule fires at the first window its condition holds, as a warning. */
  rule: { comparator: '>', forMs: 0, severity: 'warning' },
  /** Chaos mode crashes services, from the start; a fault type's weight is 1. */
  chaos: { faults: [{ type: 'crash' }], targets: ['service'], startMs: 0, weight: 1 },
  service: {
    instances: 1,
    weight: 1,
    errorRate: 0,
    callMode: 'sequential',
    holdWorkerDuringCalls: true,
  },
  cache: {
    eviction: 'lru',
    /** Entries never expire. */
    ttlMs: Number.POSITIVE_INFINITY,
    hitTimeMs: constant(0.5),
    writePolicy: 'cache-aside',
    warm: false,
  },
  writeBehind: { queueCapacity: 10_000, flushIntervalMs: 100, batchSize: 100, maxRetries: 3 },
  shardRouter: {
    virtualNodes: 150,
    /** `range` without boundaries splits the key space evenly. */
    rangeBoundaries: null,
  },
  /** A database's `writeTimeMs` defaults to its `readTimeMs`. */
  database: {
    workers: 8,
    queueCapacity: Number.POSITIVE_INFINITY,
    replicas: 0,
    replicationLagMs: constant(0),
  },
  queue: {
    partitions: 8,
    lingerMs: 5,
    batchSize: 100,
    appendTimeMs: constant(1),
    maxRetries: 3,
    retryDelayMs: 100,
  },
} as const;

/** A client's workload, or the default one. */
export function getWorkload(node: Extract<ScenarioNode, { kind: 'client' }>): Workload {
  return node.workload ?? SCENARIO_DEFAULTS.workload;
}

/** A service's queue capacity; `Infinity` when unbounded. */
export function getQueueCapacity(node: Extract<ScenarioNode, { kind: 'service' }>): number {
  return node.queueCapacity ?? SCENARIO_DEFAULTS.queueCapacity;
}
