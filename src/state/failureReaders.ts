/**
 * Failures by cause and goodput against throughput, per window, from the live
 * history. Causes are the layout's `fail:<cause>` columns, read by name at run
 * time (the UI never assumes the engine's list); counts become rates per second.
 */
import { getChartWindowIndices, getWindowEndS, type SeriesPoint } from './chartWindows.ts';
import { MAX_CHART_POINTS } from './historyReaders.ts';
import type { MetricName, MetricsLayout } from './metricsAccess.ts';
import { getTotalsRow, toRatePerSec } from './metricsAccess.ts';
import type { MetricsHistory } from './metricsHistory.ts';

const FAIL_PREFIX = 'fail:';

/** Failure causes the layout has columns for, in layout order (`timeout`, `node-down` …). */
export function getFailureCauses(layout: MetricsLayout): string[] {
  return layout.metrics
    .filter((m) => m.startsWith(FAIL_PREFIX))
    .map((m) => m.slice(FAIL_PREFIX.length));
}

/** Failures per second by cause over time, for one row (a node, or the totals). */
export interface FailureCauseSeries {
  /** Causes that failed at least one call in the shown windows, in layout order. */
  readonly causes: readonly string[];
  /** One key per cause of `causes`: failures per second. */
  readonly points: readonly SeriesPoint[];
}

const EMPTY: FailureCauseSeries = { causes: [], points: [] };

/** Failures per second by cause in `row` (default: the totals row, what the clients saw). */
export function getFailureCauseSeries(
  history: MetricsHistory,
  row?: number,
  maxPoints = MAX_CHART_POINTS,
): FailureCauseSeries {
  const layout = history.getLayout();
  if (layout === null || history.getLength() === 0) return EMPTY;
  const r = row ?? getTotalsRow(layout);
  const all = getFailureCauses(layout);
  const seen = new Set<string>();
  const points = getChartWindowIndices(history.getLength(), maxPoints).map((i) => {
    const point: Record<string, number> = { t: getWindowEndS(history, i) };
    for (const cause of all) {
      const count = history.getValue(i, r, `${FAIL_PREFIX}${cause}` as MetricName);
      point[cause] = Number.isFinite(count)
        ? toRatePerSec(count, layout) / history.getWindowSpan(i)
        : 0;
      if (count > 0) seen.add(cause);
    }
    return point as SeriesPoint;
  });
  return { causes: all.filter((c) => seen.has(c)), points };
}

/** Goodput and throughput at one window end, per second. */
export interface GoodputPoint {
  readonly t: number;
  /** Requests the clients saw succeed (less degraded answers when the layout counts them). */
  readonly goodputPerSec: number;
  /** Every answered request: succeeded + failed. */
  readonly throughputPerSec: number;
}

/** The optional metric of answers served degraded (a fallback); absent in older layouts. */
export const DEGRADED_METRIC = 'degraded';

/** Whether the layout counts degraded answers (checked by name, not assumed). */
export function hasDegradedMetric(layout: MetricsLayout): boolean {
  return (layout.metrics as readonly string[]).includes(DEGRADED_METRIC);
}

/** Goodput against throughput over time, as the clients saw it. */
export function getGoodputSeries(
  history: MetricsHistory,
  maxPoints = MAX_CHART_POINTS,
): GoodputPoint[] {
  const layout = history.getLayout();
  if (layout === null) return [];
  const row = getTotalsRow(layout);
  const degraded = hasDegradedMetric(layout);
  return getChartWindowIndices(history.getLength(), maxPoints).map((i) => {
    const completed = history.getValue(i, row, 'completed');
    const failed = history.getValue(i, row, 'failed');
    const lessened = degraded ? history.getValue(i, row, DEGRADED_METRIC) : 0;
    const span = history.getWindowSpan(i);
    return {
      t: getWindowEndS(history, i),
      goodputPerSec: toRatePerSec(
        Math.max(0, completed - (Number.isFinite(lessened) ? lessened : 0)) / span,
        layout,
      ),
      throughputPerSec: toRatePerSec(completed + failed, layout) / span,
    };
  });
}
