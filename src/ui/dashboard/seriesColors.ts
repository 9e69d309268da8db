/**
 * One colour per series, the same in every panel: failure causes, breaker
 * states, per-edge and per-node series (by order), fault and alert markers.
 * Okabe–Ito first (colour-blind safe); every series also has a legend label,
 * and lines differ by dash where colours might be confused.
 */
import { CHART_COLORS } from './chartTheme.ts';

/** Failure causes of the layout's `fail:<cause>` columns; unknown causes take `EXTRA_COLORS`. */
export const CAUSE_COLORS: Readonly<Record<string, string>> = {
  timeout: '#E69F00',
  'rejected-queue-full': '#56B4E9',
  'rejected-breaker-open': '#CC79A7',
  'rejected-bulkhead': '#009E73',
  'rejected-rate-limit': '#0072B2',
  'node-down': '#3b3b3b',
  'injected-error': '#D55E00',
};

/** How a cause reads in a legend. */
export const CAUSE_LABELS: Readonly<Record<string, string>> = {
  timeout: 'timeout',
  'rejected-queue-full': 'queue full',
  'rejected-breaker-open': 'breaker open',
  'rejected-bulkhead': 'bulkhead full',
  'rejected-rate-limit': 'rate limited',
  'node-down': 'node down',
  'injected-error': 'injected error',
};

const EXTRA_COLORS = ['#882255', '#44AA99', '#999933', '#AA4499', '#6699CC'] as const;

/** The colour of a cause; causes this table does not know get a stable extra colour by name. */
export function getCauseColor(cause: string): string {
  const known = CAUSE_COLORS[cause];
  if (known !== undefined) return known;
  let hash = 0;
  for (const ch of cause) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return EXTRA_COLORS[hash % EXTRA_COLORS.length] ?? '#888888';
}

/** A cause's legend label (the raw name when unknown). */
export const getCauseLabel = (cause: string): string => CAUSE_LABELS[cause] ?? cause;

/** Per-edge and per-node series, by their order in the layout. */
export const SERIES_COLORS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
] as const;
export const getSeriesColor = (i: number): string =>
  SERIES_COLORS[i % SERIES_COLORS.length] ?? '#0072B2';

/** Goodput is the clients' successes: the throughput chart's "completed" colour. */
export const GOODPUT_COLOR = CHART_COLORS.completed;
/** Everything answered (success or failure). */
export const ANSWERED_COLOR = '#4a5666';

/** Breaker states: closed calm, half-open amber, open vermillion. */
export const BREAKER_COLORS = {
  closed: '#cfe8dc',
  'half-open': '#E69F00',
  open: '#D55E00',
} as const;

/** Fault windows shaded on every time chart, and alert lines by severity. */
export const MARKER_COLORS = {
  fault: '#D55E00',
  faultInk: '#8f3a06',
  /** Live parameter edits: a thin dashed line, reddish purple (Okabe–Ito). */
  edit: '#CC79A7',
  editInk: '#7d3a63',
  info: '#0072B2',
  warning: '#E69F00',
  critical: '#B42318',
} as const;
