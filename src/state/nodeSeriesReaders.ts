/**
 * Per-node levels over time for the Traffic tab's "Nodes" section:
 * utilization (in %) and mean queue length of services and databases, each
 * cache's hit ratio (hits ÷ (hits + misses) in the window, in %), each
 * queue's consumer lag (messages not yet consumed at the window's close).
 * Many nodes are cut to the busiest few by their peak in the retained history.
 */
import type { NodeSeries, NodeSeriesRef } from './capacityReaders.ts';
import { getChartWindowIndices, getWindowEndS, type SeriesPoint } from './chartWindows.ts';
import { MAX_CHART_POINTS } from './historyReaders.ts';
import type { MetricName, MetricsLayout } from './metricsAccess.ts';
import type { MetricsHistory } from './metricsHistory.ts';

/** Most lines a per-node chart draws; the rest are named in a note. */
export const MAX_NODE_LINES = 8;

/** A per-node series cut to the busiest nodes; `hidden` counts the nodes left out. */
export interface TopNodeSeries extends NodeSeries {
  readonly hidden: number;
}

const EMPTY: TopNodeSeries = { nodes: [], points: [], hidden: 0 };

function refsOfKinds(layout: MetricsLayout, kinds: readonly string[]): NodeSeriesRef[] {
  return layout.nodeIds
    .map((id, row) => ({ id, row, targets: 0 }))
    .filter((r) => kinds.includes(layout.nodeKinds[r.row] ?? ''));
}

/** Highest finite value of `read(i)` over the retained slots; −∞ when there is none. */
function peakOf(history: MetricsHistory, read: (i: number) => number): number {
  let peak = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < history.getLength(); i++) {
    const v = read(i);
    if (Number.isFinite(v) && v > peak) peak = v;
  }
  return peak;
}

/** The `max` refs with the highest peak (ties: layout order), kept in layout order. */
function busiest(
  history: MetricsHistory,
  refs: readonly NodeSeriesRef[],
  metric: MetricName,
  max: number,
): NodeSeriesRef[] {
  if (refs.length <= max) return [...refs];
  const ranked = refs
    .map((r) => ({ r, peak: peakOf(history, (i) => history.getValue(i, r.row, metric)) }))
    .sort((a, b) => b.peak - a.peak || a.r.row - b.r.row)
    .slice(0, max);
  return refs.filter((r) => ranked.some((k) => k.r === r));
}

/** A reading of one node in one slot, or null when there is nothing to show. */
type SlotRead = (history: MetricsHistory, i: number, row: number) => number | null;

function readSeries(
  history: MetricsHistory,
  nodes: readonly NodeSeriesRef[],
  read: SlotRead,
  maxPoints: number,
): SeriesPoint[] {
  return getChartWindowIndices(history.getLength(), maxPoints).map((i) => {
    const point: Record<string, number | null> = { t: getWindowEndS(history, i) };
    for (const n of nodes) point[n.id] = read(history, i, n.row);
    return point as SeriesPoint;
  });
}

const finiteOrNull = (v: number): number | null => (Number.isFinite(v) ? v : null);

/**
 * A level (`utilization`, `meanQueueLength`, `queueLag`) of the nodes of `kinds`
 * over time, times `scale` (100 for a share in %), cut to the `max` with the highest peak.
 */
export function getNodeLevelSeries(
  history: MetricsHistory,
  kinds: readonly string[],
  metric: MetricName,
  options: { readonly scale?: number; readonly max?: number; readonly maxPoints?: number } = {},
): TopNodeSeries {
  const { scale = 1, max = MAX_NODE_LINES, maxPoints = MAX_CHART_POINTS } = options;
  const layout = history.getLayout();
  if (layout === null || history.getLength() === 0) return EMPTY;
  const all = refsOfKinds(layout, kinds);
  const nodes = busiest(history, all, metric, max);
  const read: SlotRead = (h, i, row) => finiteOrNull(h.getValue(i, row, metric) * scale);
  return {
    nodes,
    points: readSeries(history, nodes, read, maxPoints),
    hidden: all.length - nodes.length,
  };
}

/** hits ÷ (hits + misses) in %, or null when the cache was not asked (no lookups in the slot). */
export function getHitRatioPercent(hits: number, misses: number): number | null {
  const lookups = hits + misses;
  return Number.isFinite(lookups) && lookups > 0 ? (100 * hits) / lookups : null;
}

/** Each cache's hit ratio per window, in %. Counts add when slots merge, so the ratio stays right. */
export function getCacheHitRatioSeries(
  history: MetricsHistory,
  maxPoints = MAX_CHART_POINTS,
): TopNodeSeries {
  const layout = history.getLayout();
  if (layout === null || history.getLength() === 0) return EMPTY;
  const nodes = refsOfKinds(layout, ['cache']);
  const read: SlotRead = (h, i, row) =>
    getHitRatioPercent(h.getValue(i, row, 'cacheHits'), h.getValue(i, row, 'cacheMisses'));
  return { nodes, points: readSeries(history, nodes, read, maxPoints), hidden: 0 };
}
