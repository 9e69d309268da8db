/**
 * Which retained windows a chart draws, and where each sits in simulated time.
 * Shared by the resilience readers; the same thinning as `getTotalsSeries`
 * (every k-th window, the newest kept), so every chart has the same x values and
 * a shared crosshair lines up.
 */
import type { MetricsHistory } from './metricsHistory.ts';
import { MAX_CHART_POINTS } from './historyReaders.ts';

/** Retained-window positions (0 = oldest) a chart shows: all, or evenly thinned to at most `maxPoints`. */
export function getChartWindowIndices(length: number, maxPoints = MAX_CHART_POINTS): number[] {
  if (length <= 0) return [];
  const every = Math.ceil(length / Math.max(1, maxPoints));
  const out: number[] = [];
  for (let i = (length - 1) % every; i < length; i += every) out.push(i);
  return out;
}

/** End of retained window `i`, simulated seconds (the x value of its point). */
export function getWindowEndS(history: MetricsHistory, i: number): number {
  return history.getLayout() === null ? Number.NaN : history.getWindowEndMs(i) / 1000;
}

/** Start of retained window `i`, simulated seconds. */
export function getWindowStartS(history: MetricsHistory, i: number): number {
  const layout = history.getLayout();
  return layout === null ? Number.NaN : (history.getWindowIndex(i) * layout.windowMs) / 1000;
}

/** A point of a multi-series chart: the time and one value per series key. */
export type SeriesPoint = { readonly t: number } & Readonly<Record<string, number | null>>;

/** The x values of the shown windows, as points with only `t` (for charts drawn from other shapes). */
export function getChartTimes(
  history: MetricsHistory,
  maxPoints = MAX_CHART_POINTS,
): { t: number }[] {
  return getChartWindowIndices(history.getLength(), maxPoints).map((i) => ({
    t: getWindowEndS(history, i),
  }));
}
