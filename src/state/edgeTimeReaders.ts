/**
 * One edge's own time series, for the drill-down under a selected edge: the
 * requests that reached the wire and every attempt (retries included), the
 * edge's failures by cause, its fallbacks, and the caller's mean round trip.
 * Counts become rates per second of each slot's span; a column the layout
 * lacks (an older engine) reads as null, never as an invented 0.
 */
import { getChartWindowIndices, getWindowEndS } from './chartWindows.ts';
import { getAmplification } from './edgeSeriesReaders.ts';
import { MAX_CHART_POINTS } from './historyReaders.ts';
import type { EdgeMetricName, MetricsLayout } from './metricsAccess.ts';
import { toRatePerSec } from './metricsAccess.ts';
import type { MetricsHistory } from './metricsHistory.ts';

/** The failure series of an edge, in stacking order (bottom first). */
export const EDGE_FAILURE_KEYS = [
  'timeoutsPerSec',
  'breakerRejectedPerSec',
  'rateLimitedPerSec',
  'bulkheadRejectedPerSec',
  'rejectedPerSec',
  'errorsPerSec',
] as const;
export type EdgeFailureKey = (typeof EDGE_FAILURE_KEYS)[number];

/** One window of one edge; null where the layout has no such column. */
export type EdgeTimePoint = { readonly t: number } & Readonly<
  Record<
    | EdgeFailureKey
    | 'attemptsPerSec'
    | 'requestsPerSec'
    | 'amplification'
    | 'fallbacksPerSec'
    | 'reconciledPerSec'
    | 'latencyMean',
    number | null
  >
>;

/** Index of the edge `from→to` in the layout's edge rows, or -1. */
export function getEdgeIndex(layout: MetricsLayout, from: string, to: string): number {
  const a = layout.nodeIds.indexOf(from);
  const b = layout.nodeIds.indexOf(to);
  return layout.edges.findIndex(([x, y]) => x === a && y === b);
}

const finiteOrNull = (v: number): number | null => (Number.isFinite(v) ? v : null);

/** The edge `from→to` over time; empty when the run has no such edge. */
export function getEdgeTimeSeries(
  history: MetricsHistory,
  from: string,
  to: string,
  maxPoints = MAX_CHART_POINTS,
): EdgeTimePoint[] {
  const layout = history.getLayout();
  const e = layout === null ? -1 : getEdgeIndex(layout, from, to);
  if (layout === null || e < 0) return [];
  return getChartWindowIndices(history.getLength(), maxPoints).map((i) =>
    readEdgeWindow(history, layout, e, i),
  );
}

function readEdgeWindow(
  history: MetricsHistory,
  layout: MetricsLayout,
  e: number,
  i: number,
): EdgeTimePoint {
  const get = (m: EdgeMetricName): number => history.getEdgeValue(i, e, m);
  const span = history.getWindowSpan(i);
  const rate = (count: number): number | null =>
    Number.isFinite(count) ? toRatePerSec(count, layout) / span : null;
  const calls = get('calls');
  const retries = get('retries');
  const failed = get('failed');
  const rejected = get('failedRejected');
  const latency = get('latencyMean');
  return {
    t: getWindowEndS(history, i),
    attemptsPerSec: rate(calls),
    requestsPerSec: rate(calls - retries),
    amplification: getAmplification(calls, retries),
    timeoutsPerSec: rate(get('timeouts')),
    breakerRejectedPerSec: rate(get('breakerRejected')),
    rateLimitedPerSec: rate(get('rateLimited')),
    bulkheadRejectedPerSec: rate(get('bulkheadRejected')),
    rejectedPerSec: rate(rejected),
    errorsPerSec: rate(failed - rejected),
    fallbacksPerSec: rate(get('fallbacks')),
    reconciledPerSec: rate(get('reconciled')),
    // The mean of the answers that came back: none came back when it is 0 and nothing was sent.
    latencyMean: latency === 0 && calls === 0 ? null : finiteOrNull(latency),
  };
}

/** Failure series (of `EDGE_FAILURE_KEYS`) that were above 0 in some shown window. */
export function getEdgeFailureKeys(points: readonly EdgeTimePoint[]): EdgeFailureKey[] {
  return EDGE_FAILURE_KEYS.filter((k) => points.some((p) => (p[k] ?? 0) > 0));
}
