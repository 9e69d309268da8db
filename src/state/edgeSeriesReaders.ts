/**
 * Per-edge resilience series from the live history: retry amplification
 * (attempts ÷ logical requests, where attempts = the edge's `calls` and logical
 * = calls − retries), retries per second, and the circuit breaker's state over
 * time (`breakerState` at each window's close: −1 none, 0 closed, 1 half-open,
 * 2 open) with the windows in which it opened.
 */
import {
  getChartWindowIndices,
  getWindowEndS,
  getWindowStartS,
  type SeriesPoint,
} from './chartWindows.ts';
import { MAX_CHART_POINTS } from './historyReaders.ts';
import type { MetricsLayout } from './metricsAccess.ts';
import { toRatePerSec } from './metricsAccess.ts';
import type { MetricsHistory } from './metricsHistory.ts';

/** An edge of the layout. */
export interface LayoutEdge {
  /** Position in the layout's edge rows. */
  readonly index: number;
  /** `users→api`: the series key. */
  readonly key: string;
  /** `users → api`. */
  readonly label: string;
}

/** Every edge of the layout, keyed `from→to` by node id. */
export function getLayoutEdges(layout: MetricsLayout): LayoutEdge[] {
  return layout.edges.map(([a, b], index) => {
    const from = layout.nodeIds[a] ?? String(a);
    const to = layout.nodeIds[b] ?? String(b);
    return { index, key: `${from}→${to}`, label: `${from} → ${to}` };
  });
}

/** attempts ÷ logical requests; null when no logical request was sent (nothing to divide by). */
export function getAmplification(calls: number, retries: number): number | null {
  const logical = calls - retries;
  return Number.isFinite(logical) && logical > 0 ? calls / logical : null;
}

/** Amplification (`amp:<key>`) and retries per second (`retries:<key>`) of some edges over time. */
export interface AmplificationSeries {
  readonly edges: readonly LayoutEdge[];
  readonly points: readonly SeriesPoint[];
}

/** Amplification and retries/s over time for the edges whose key is in `edgeKeys` (those with a retry policy). */
export function getAmplificationSeries(
  history: MetricsHistory,
  edgeKeys: ReadonlySet<string>,
  maxPoints = MAX_CHART_POINTS,
): AmplificationSeries {
  const layout = history.getLayout();
  if (layout === null) return { edges: [], points: [] };
  const edges = getLayoutEdges(layout).filter((e) => edgeKeys.has(e.key));
  const points = getChartWindowIndices(history.getLength(), maxPoints).map((i) => {
    const point: Record<string, number | null> = { t: getWindowEndS(history, i) };
    for (const e of edges) {
      const calls = history.getEdgeValue(i, e.index, 'calls');
      const retries = history.getEdgeValue(i, e.index, 'retries');
      point[`amp:${e.key}`] = getAmplification(calls, retries);
      point[`retries:${e.key}`] = Number.isFinite(retries)
        ? toRatePerSec(retries, layout) / history.getWindowSpan(i)
        : null;
    }
    return point as SeriesPoint;
  });
  return { edges, points };
}

/** A breaker's state, by name. */
export type BreakerStateName = 'closed' | 'half-open' | 'open';
const STATE_NAMES: readonly BreakerStateName[] = ['closed', 'half-open', 'open'];

/** A run of windows that closed in the same breaker state, in simulated seconds. */
export interface BreakerSegment {
  readonly startS: number;
  readonly endS: number;
  readonly state: BreakerStateName;
}

/** One edge's breaker over time. */
export interface BreakerLane {
  readonly edge: LayoutEdge;
  readonly segments: readonly BreakerSegment[];
  /** Windows in which the breaker opened: their end time and how many times. */
  readonly openings: readonly { readonly t: number; readonly count: number }[];
}

/** The breaker lanes of every edge that has a breaker (a state other than −1 in some window). */
export function getBreakerLanes(history: MetricsHistory): BreakerLane[] {
  const layout = history.getLayout();
  if (layout === null) return [];
  const lanes: BreakerLane[] = [];
  for (const edge of getLayoutEdges(layout)) {
    const lane = readBreakerLane(history, edge);
    if (lane !== null) lanes.push(lane);
  }
  return lanes;
}

function readBreakerLane(history: MetricsHistory, edge: LayoutEdge): BreakerLane | null {
  const segments: BreakerSegment[] = [];
  const openings: { t: number; count: number }[] = [];
  for (let i = 0; i < history.getLength(); i++) {
    const state = STATE_NAMES[history.getEdgeValue(i, edge.index, 'breakerState')];
    const opens = history.getEdgeValue(i, edge.index, 'breakerOpens');
    if (opens > 0) openings.push({ t: getWindowEndS(history, i), count: opens });
    if (state === undefined) continue;
    const startS = getWindowStartS(history, i);
    const endS = getWindowEndS(history, i);
    const last = segments.at(-1);
    if (last !== undefined && last.state === state && last.endS === startS)
      segments[segments.length - 1] = { ...last, endS };
    else segments.push({ startS, endS, state });
  }
  return segments.length === 0 ? null : { edge, segments, openings };
}
