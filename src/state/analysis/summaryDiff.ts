/**
 * The A/B diff table: the same summary metrics of two runs side by side, with
 * the absolute and relative change, and which direction is better.
 */
import type { RunSummary } from '../metricsAccess.ts';

/** How a metric is read: lower is better (latency, failures) or higher is better. */
export type Better = 'lower' | 'higher';

export interface MetricDifference {
  readonly key: string;
  readonly label: string;
  readonly unit: 'ms' | '/s' | 'count' | 'ratio';
  readonly a: number;
  readonly b: number;
  /** b − a. */
  readonly delta: number;
  /** (b − a) / a, or null when a is 0. */
  readonly deltaRatio: number | null;
  readonly better: Better;
}

type Row = Omit<MetricDifference, 'a' | 'b' | 'delta' | 'deltaRatio'> & {
  readonly read: (s: RunSummary) => number;
};

const errorRate = (s: RunSummary): number => {
  const done = s.totals.succeeded + s.totals.failed;
  return done > 0 ? s.totals.failed / done : 0;
};

const ROWS: readonly Row[] = [
  {
    key: 'throughput',
    label: 'Throughput',
    unit: '/s',
    better: 'higher',
    read: (s) => s.totals.throughputPerSec,
  },
  {
    key: 'goodput',
    label: 'Goodput',
    unit: '/s',
    better: 'higher',
    read: (s) => s.totals.goodputPerSec,
  },
  {
    key: 'succeeded',
    label: 'Succeeded',
    unit: 'count',
    better: 'higher',
    read: (s) => s.totals.succeeded,
  },
  { key: 'failed', label: 'Failed', unit: 'count', better: 'lower', read: (s) => s.totals.failed },
  { key: 'errorRate', label: 'Error rate', unit: 'ratio', better: 'lower', read: errorRate },
  {
    key: 'mean',
    label: 'Mean latency',
    unit: 'ms',
    better: 'lower',
    read: (s) => s.totals.latencyMs.mean,
  },
  { key: 'p50', label: 'p50', unit: 'ms', better: 'lower', read: (s) => s.totals.latencyMs.p50 },
  { key: 'p95', label: 'p95', unit: 'ms', better: 'lower', read: (s) => s.totals.latencyMs.p95 },
  { key: 'p99', label: 'p99', unit: 'ms', better: 'lower', read: (s) => s.totals.latencyMs.p99 },
  {
    key: 'p999',
    label: 'p99.9',
    unit: 'ms',
    better: 'lower',
    read: (s) => s.totals.latencyMs.p999,
  },
  {
    key: 'max',
    label: 'Max latency',
    unit: 'ms',
    better: 'lower',
    read: (s) => s.totals.latencyMs.max,
  },
];

/** The diff table of two run summaries (A = baseline, B = variant). */
export function diffSummaries(a: RunSummary, b: RunSummary): MetricDifference[] {
  return ROWS.map(({ read, ...row }) => {
    const va = read(a);
    const vb = read(b);
    return { ...row, a: va, b: vb, delta: vb - va, deltaRatio: va !== 0 ? (vb - va) / va : null };
  });
}

/** Whether B improved on A for this row (false when equal). */
export function isImprovement(row: MetricDifference): boolean {
  return row.better === 'lower' ? row.delta < 0 : row.delta > 0;
}
