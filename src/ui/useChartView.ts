import { useMemo } from 'react';
import { applyChartView, type ChartView } from '../state/chartView.ts';
import { selectChartWindow, selectSmoothed, useChartViewStore } from '../state/chartViewStore.ts';

/** The charts' time window and smoothing, as one value that changes only when either does. */
export function useChartView(): ChartView {
  const window = useChartViewStore(selectChartWindow);
  const smoothed = useChartViewStore(selectSmoothed);
  return useMemo(() => ({ window, smoothed }), [window, smoothed]);
}

/** `points` as the charts show them: smoothed when asked, cut to the chosen window. */
export function useViewedPoints<P extends { readonly t: number }>(
  points: readonly P[],
): readonly P[] {
  const view = useChartView();
  return useMemo(() => applyChartView(points, view), [points, view]);
}

/** A series (`{ points, … }`) with its points as the charts show them. */
export function useViewedSeries<S extends { readonly points: readonly { readonly t: number }[] }>(
  series: S,
): S {
  const view = useChartView();
  return useMemo(
    () => ({ ...series, points: applyChartView(series.points, view) }),
    [series, view],
  );
}
