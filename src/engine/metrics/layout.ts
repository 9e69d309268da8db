/**
 * The column layout of a metrics window: a Float64Array of
 * `rows × METRIC_COUNT` values: one row per node (in `ModelSpec.nodes` order)
 * and a last row, `totals`, for what the clients saw end to end.
 * This layout is what the worker streams and what the charts read.
 */

/** Why a call failed. Every cause has its own column. */
export const FAILURE_CAUSES = [
  'timeout',
  'rejected-queue-full',
  'rejected-breaker-open',
  'rejected-bulkhead',
  'rejected-rate-limit',
  'node-down',
  'injected-error',
] as const;
export type FailureCause = (typeof FAILURE_CAUSES)[number];

export const METRICS = [
  /** Per window: calls that arrived at the node. */
  'arrivals',
  /** Per window: calls the node answered successfully. */
  'completed',
  /** Calls the node answered with a failure in the window (all causes). */
  'failed',
  /** Latency of calls finished in the window, in ms, as seen at this node (arrival → answer). */
  'latencyMean',
  'latencyP50',
  'latencyP95',
  'latencyP99',
  'latencyP999',
  'latencyMax',
  /** Time-averaged number of calls inside the node (queued + in service + waiting downstream). */
  'meanInFlight',
  /** Time-averaged number of calls waiting in the queue. */
  'meanQueueLength',
  /** Time-averaged share of busy workers, 0..1 (services only). */
  'utilization',
  /** Calls in the node when the window closes. */
  'inFlight',
  'fail:timeout',
  'fail:rejected-queue-full',
  'fail:rejected-breaker-open',
  'fail:rejected-bulkhead',
  'fail:rejected-rate-limit',
  'fail:node-down',
  'fail:injected-error',
  /** Instances running at the end of the window (services), else 1; 0 while the node is down. */
  'instances',
  /** Load balancers: targets in rotation (healthy) when the window closes. */
  'healthyTargets',
  /** Caches: lookups that hit (fresh or stale) and that missed, entries evicted, entries held at the end. */
  'cacheHits',
  'cacheMisses',
  'cacheEvictions',
  'cacheSize',
  /** Caches and databases: reads that returned a value older than the latest committed write. */
  'staleReads',
  /** Caches (write-behind): writes waiting at the end of the window; writes lost (crash or retries exhausted). */
  'writeQueueDepth',
  'lostWrites',
  /** Queues: messages appended but not yet consumed, at the end of the window; messages dead-lettered. */
  'queueLag',
  'deadLetters',
  /**
   * Calls the node answered successfully in the window whose answer rests on a
   * fallback (its own edge's or one further down): a default value, a stale
   * copy or "accepted, pending". Goodput = completed − degraded.
   */
  'degraded',
] as const;
export type MetricName = (typeof METRICS)[number];
export const METRIC_COUNT = METRICS.length;

/** Column index of each metric, e.g. `METRIC.latencyP99`. */
export const METRIC: { readonly [K in MetricName]: number } = Object.fromEntries(
  METRICS.map((name, i) => [name, i]),
) as { readonly [K in MetricName]: number };

/** Column of the failure count for a cause. */
export function failureColumn(cause: FailureCause): number {
  return METRIC[`fail:${cause}`];
}

/** Per-edge columns of a window: one row per edge, in `ModelSpec.edges` order. */
export const EDGE_METRICS = [
  /** Calls sent over the edge in the window (the basis of per-target and per-shard shares). */
  'calls',
  /** Per window: calls over the edge answered with a failure. */
  'failed',
  /** Mean round-trip latency seen by the caller for calls answered in the window, ms. */
  'latencyMean',
  /** Calls out on the edge when the window closes. */
  'inFlight',
  /** Attempts that were retries (edges with a retry policy). */
  'retries',
  /** Attempts abandoned at their timeout (the callee may still be working on them). */
  'timeouts',
  /** The edge's circuit breaker when the window closes: -1 none, 0 closed, 1 half-open, 2 open. */
  'breakerState',
  /** How often the breaker opened during the metrics interval. */
  'breakerOpens',
  /** Attempts the edge's rate limiter refused (no token): they fail with `rejected-rate-limit` unless a fallback answers. */
  'rateLimited',
  /** Calls that had finally failed and were answered by the edge's fallback instead (default, stale copy or pending). */
  'fallbacks',
  /** `pending` fallback: calls accepted as pending and not yet reconciled when the window closes. */
  'pendingOpen',
  /** `pending` fallback: pending calls a later reconciliation call completed, and those given up after the last try. */
  'reconciled',
  'reconcileFailed',
  /** Attempts the edge's open (or busy half-open) breaker failed at once, without touching the callee. */
  'breakerRejected',
  /** Calls the edge's full bulkhead refused (no permit and no room to wait). */
  'bulkheadRejected',
  /** Of `failed`: answers whose cause was a rejection (the callee's queue, bulkhead, breaker or rate limit, or one further down). */
  'failedRejected',
] as const;
/** `breakerState` values of an edge row. */
export const BREAKER_STATE_CODE = { none: -1, closed: 0, 'half-open': 1, open: 2 } as const;

export type EdgeMetricName = (typeof EDGE_METRICS)[number];
export const EDGE_METRIC_COUNT = EDGE_METRICS.length;
export const EDGE_METRIC: { readonly [K in EdgeMetricName]: number } = Object.fromEntries(
  EDGE_METRICS.map((name, i) => [name, i]),
) as { readonly [K in EdgeMetricName]: number };

/** A closed metrics window and its values. */
export interface WindowFrame {
  readonly index: number;
  readonly startMs: number;
  readonly endMs: number;
  /** `rows × METRIC_COUNT`, row-major; the last row is the totals row. */
  readonly values: Float64Array;
  /** `edges × EDGE_METRIC_COUNT`, row-major, in `ModelSpec.edges` order. */
  readonly edgeValues: Float64Array;
}

/** How to read windows of one loaded model. */
export interface MetricsLayout {
  readonly nodeIds: readonly string[];
  readonly nodeKinds: readonly string[];
  /** Each edge as [from, to] node indices, in `ModelSpec.edges` order. */
  readonly edges: readonly (readonly [number, number])[];
  readonly edgeMetrics: readonly EdgeMetricName[];
  /** nodeIds.length + 1 (the totals row). */
  readonly rows: number;
  readonly metrics: readonly MetricName[];
  readonly windowMs: number;
  readonly warmupMs: number;
  readonly durationMs: number;
}

/** Read one value of a window frame. `row` = node index, or `layout.rows - 1` for totals. */
export function getMetric(frame: WindowFrame, row: number, metric: MetricName): number {
  return frame.values[row * METRIC_COUNT + METRIC[metric]] ?? Number.NaN;
}
