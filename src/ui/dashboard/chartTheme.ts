/** Shared look of the live charts: Okabe–Ito colours (colour-blind safe) plus dash patterns. */

export const CHART_COLORS = {
  completed: '#0072B2',
  failed: '#D55E00',
  degraded: '#56B4E9',
  p50: '#009E73',
  p95: '#E69F00',
  p99: '#CC79A7',
  p999: '#3b3b3b',
} as const;

export const AXIS_TICK = { fontSize: 13, fill: '#3b4756' } as const;
export const CHART_MARGIN = { top: 8, right: 18, bottom: 4, left: 4 } as const;
export const CHART_HEIGHT = 165;

/** Y-axis ticks: at most three significant digits, thousands as `k`. */
export const formatAxisValue = (v: number): string =>
  Math.abs(v) >= 1000 ? `${Number((v / 1000).toPrecision(3))}k` : `${Number(v.toPrecision(3))}`;

/** Seconds on the x axis: whole numbers. */
export const formatAxisSeconds = (t: number): string => `${Math.round(t)}`;

/** Tooltip heading: the window's end time. */
export const formatTooltipLabel = (t: unknown): string =>
  typeof t === 'number' ? `t = ${t} s` : '';
