/**
 * The lines and failure series of an edge's drill-down charts: which field of
 * `EdgeTimePoint` each draws, its legend name, colour and dash. Failure series
 * borrow the colours of the matching causes, so "breaker open" is the same
 * pink on every chart.
 */
import type { EdgeFailureKey } from '../../state/edgeTimeReaders.ts';
import { CHART_COLORS } from './chartTheme.ts';
import { getCauseColor } from './seriesColors.ts';
import type { TimeLine } from './TimeLinesChart.tsx';

const RATE: readonly TimeLine[] = [
  { key: 'requestsPerSec', name: 'requests / s', color: CHART_COLORS.completed },
  { key: 'attemptsPerSec', name: 'attempts / s', color: '#4a5666', dash: '6 3' },
  { key: 'amplification', name: 'ratio ×', color: '#CC79A7', dash: '2 2', right: true },
];
const FALLBACK: readonly TimeLine[] = [
  { key: 'fallbacksPerSec', name: 'fallback answers / s', color: '#E69F00' },
];
const PENDING: readonly TimeLine[] = [
  ...FALLBACK,
  { key: 'reconciledPerSec', name: 'reconciled / s', color: '#009E73', dash: '6 3' },
];
const LATENCY: readonly TimeLine[] = [
  { key: 'latencyMean', name: 'mean round trip', color: CHART_COLORS.p50 },
];

/** Line sets of the edge drill-down, by chart. */
export const EDGE_LINES = {
  rate: RATE,
  fallback: FALLBACK,
  pending: PENDING,
  latency: LATENCY,
} as const;

const FAILURES: Readonly<Record<EdgeFailureKey, { label: string; cause: string }>> = {
  timeoutsPerSec: { label: 'timed out (this edge)', cause: 'timeout' },
  breakerRejectedPerSec: { label: 'breaker open', cause: 'rejected-breaker-open' },
  rateLimitedPerSec: { label: 'rate limited', cause: 'rejected-rate-limit' },
  bulkheadRejectedPerSec: { label: 'bulkhead full', cause: 'rejected-bulkhead' },
  rejectedPerSec: { label: 'rejected by the callee', cause: 'rejected-queue-full' },
  errorsPerSec: { label: 'error answers', cause: 'injected-error' },
};

const isFailureKey = (key: string): key is EdgeFailureKey => key in FAILURES;

/** Legend label of an edge failure series. */
export const edgeFailureLabel = (key: string): string =>
  isFailureKey(key) ? FAILURES[key].label : key;

/** Colour of an edge failure series: the colour of its cause. */
export const edgeFailureColor = (key: string): string =>
  getCauseColor(isFailureKey(key) ? FAILURES[key].cause : key);
