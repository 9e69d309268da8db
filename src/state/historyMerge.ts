/**
 * How two adjacent metric windows become one when the history down-samples a
 * long run. Each metric says how it combines, so a merged window still reads
 * like a window: counts add up, time-averaged levels average over time,
 * end-of-window levels keep the later value, the mean latency is weighted by
 * completions, and latency percentiles keep the larger of the two (percentiles
 * cannot be merged exactly without the histograms; keeping the peak means a
 * long run's chart still shows its worst moment, and its peak p99 is unchanged).
 */
import { assertNever } from '../lib/assertNever.ts';
import type { EdgeMetricName, MetricName, MetricsLayout } from './metricsAccess.ts';

/** `sum`: counts; `time`: time-averaged levels; `last`: levels at the window's close; `max`: peaks; `weighted`: a mean weighted by `weight`. */
export type MergeRule = 'sum' | 'time' | 'last' | 'max' | 'weighted';

/** One rule per node metric; a new metric must say how it merges (or this fails to compile). */
export const METRIC_MERGE: Readonly<Record<MetricName, MergeRule>> = {
  arrivals: 'sum',
  completed: 'sum',
  failed: 'sum',
  latencyMean: 'weighted',
  latencyP50: 'max',
  latencyP95: 'max',
  latencyP99: 'max',
  latencyP999: 'max',
  latencyMax: 'max',
  meanInFlight: 'time',
  meanQueueLength: 'time',
  utilization: 'time',
  inFlight: 'last',
  'fail:timeout': 'sum',
  'fail:rejected-queue-full': 'sum',
  'fail:rejected-breaker-open': 'sum',
  'fail:rejected-bulkhead': 'sum',
  'fail:rejected-rate-limit': 'sum',
  'fail:node-down': 'sum',
  'fail:injected-error': 'sum',
  instances: 'last',
  healthyTargets: 'last',
  cacheHits: 'sum',
  cacheMisses: 'sum',
  cacheEvictions: 'sum',
  cacheSize: 'last',
  staleReads: 'sum',
  writeQueueDepth: 'last',
  lostWrites: 'sum',
  queueLag: 'last',
  deadLetters: 'sum',
  degraded: 'sum',
};

/** One rule per edge metric; `latencyMean` is weighted by `calls`. */
export const EDGE_METRIC_MERGE: Readonly<Record<EdgeMetricName, MergeRule>> = {
  calls: 'sum',
  failed: 'sum',
  latencyMean: 'weighted',
  inFlight: 'last',
  retries: 'sum',
  timeouts: 'sum',
  // The worst state of the merged windows: an open period never disappears from the lanes.
  breakerState: 'max',
  breakerOpens: 'sum',
  rateLimited: 'sum',
  fallbacks: 'sum',
  pendingOpen: 'last',
  reconciled: 'sum',
  reconcileFailed: 'sum',
  breakerRejected: 'sum',
  bulkheadRejected: 'sum',
  failedRejected: 'sum',
};

function combine(rule: MergeRule, a: number, b: number, wa: number, wb: number): number {
  switch (rule) {
    case 'sum':
      return a + b;
    case 'last':
      return b;
    case 'max':
      return Number.isFinite(a) ? (Number.isFinite(b) ? Math.max(a, b) : a) : b;
    case 'time':
    case 'weighted': {
      if (!(wa > 0)) return b;
      if (!(wb > 0)) return a;
      return (a * wa + b * wb) / (wa + wb);
    }
    default:
      return assertNever(rule, 'merge rule');
  }
}

/** A merger for rows of `names` (one row of `names.length` values, repeated `rows` times). */
export interface RowMerger {
  /**
   * Merge the rows at `into` (spanning `spanA` windows) with the rows at `from`
   * (`spanB` windows), writing the result at `into`.
   */
  merge(values: Float64Array, into: number, from: number, spanA: number, spanB: number): void;
}

/** Build a merger for `rows` rows of `names` with `rules`; `weightBy` is the column weighting `weighted` ones. */
export function createRowMerger<N extends string>(
  names: readonly N[],
  rules: Readonly<Record<N, MergeRule>>,
  weightBy: N,
  rows: number,
): RowMerger {
  const width = names.length;
  const ruleOf = names.map((n) => rules[n]);
  const weightColumn = names.indexOf(weightBy);
  return {
    merge(values, into, from, spanA, spanB) {
      for (let r = 0; r < rows; r++) {
        const a = into + r * width;
        const b = from + r * width;
        const wa = weightColumn >= 0 ? (values[a + weightColumn] ?? 0) : 0;
        const wb = weightColumn >= 0 ? (values[b + weightColumn] ?? 0) : 0;
        for (let c = 0; c < width; c++) {
          const rule = ruleOf[c] ?? 'last';
          const [x, y] = rule === 'time' ? [spanA, spanB] : [wa, wb];
          values[a + c] = combine(rule, values[a + c] ?? 0, values[b + c] ?? 0, x, y);
        }
      }
    },
  };
}

/** Mergers for a layout's node rows and edge rows. */
export function createLayoutMergers(layout: MetricsLayout): {
  readonly nodes: RowMerger;
  readonly edges: RowMerger;
} {
  return {
    nodes: createRowMerger(layout.metrics, METRIC_MERGE, 'completed', layout.rows),
    edges: createRowMerger(layout.edgeMetrics, EDGE_METRIC_MERGE, 'calls', layout.edges.length),
  };
}
