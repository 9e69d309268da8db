/**
 * The time window and smoothing every time chart applies to its points: the
 * whole run or the last 60 s / 10 s of simulated time, and optionally a
 * trailing moving average over 5 points. Pure; the choice lives in
 * `chartViewStore`. Smoothing runs before the cut, so the first point of a
 * window is still an average of five.
 */

/** Which stretch of simulated time the charts show. */
export type ChartWindow = 'all' | 'last60' | 'last10';

/** The windows, in the selector's order, with their length in seconds (null: the whole run). */
export const CHART_WINDOWS: readonly {
  readonly id: ChartWindow;
  readonly label: string;
  readonly seconds: number | null;
}[] = [
  { id: 'all', label: 'Whole run', seconds: null },
  { id: 'last60', label: 'Last 60 s', seconds: 60 },
  { id: 'last10', label: 'Last 10 s', seconds: 10 },
];

/** Points a smoothed value averages: this one and the four before it. */
export const SMOOTHING_POINTS = 5;

/** What the charts are asked to show. */
export interface ChartView {
  readonly window: ChartWindow;
  readonly smoothed: boolean;
}

/** Length of a chart window in seconds; null for the whole run. */
export function getWindowSeconds(window: ChartWindow): number | null {
  return CHART_WINDOWS.find((w) => w.id === window)?.seconds ?? null;
}

type TimePoint = { readonly t: number };

/** The points whose window ends within the last `seconds` before the newest point's end. */
export function cutToWindow<P extends TimePoint>(
  points: readonly P[],
  seconds: number | null,
): readonly P[] {
  const last = points.at(-1);
  if (seconds === null || last === undefined) return points;
  const from = last.t - seconds;
  return points.filter((p) => p.t > from + 1e-9);
}

/** Mean of the finite numbers among `values`; null when there is none. */
function meanOfFinite(values: readonly unknown[]): number | null {
  let sum = 0;
  let n = 0;
  for (const v of values)
    if (typeof v === 'number' && Number.isFinite(v)) {
      sum += v;
      n++;
    }
  return n === 0 ? null : sum / n;
}

/**
 * Each numeric field (all but `t`) replaced by the mean of its finite values
 * over this point and the `size − 1` before it; fields that are not numbers
 * or null (none in the charts' shapes) are kept as they are.
 */
export function smoothPoints<P extends TimePoint>(
  points: readonly P[],
  size = SMOOTHING_POINTS,
): readonly P[] {
  return points.map((p, i) => {
    const from = Math.max(0, i - size + 1);
    const out: Record<string, unknown> = { ...p };
    for (const [key, value] of Object.entries(p)) {
      if (key === 't' || (typeof value !== 'number' && value !== null)) continue;
      const run = points.slice(from, i + 1).map((q) => (q as Record<string, unknown>)[key]);
      out[key] = value === null ? null : meanOfFinite(run);
    }
    return out as P;
  });
}

/** The points a chart draws under `view`: smoothed when asked, then cut to the window. */
export function applyChartView<P extends TimePoint>(
  points: readonly P[],
  view: ChartView,
): readonly P[] {
  const smoothed = view.smoothed ? smoothPoints(points) : points;
  return cutToWindow(smoothed, getWindowSeconds(view.window));
}
