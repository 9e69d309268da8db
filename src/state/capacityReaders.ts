/**
 * Load balancers' healthy targets and caches' lost writes over time, from the
 * live history: `healthyTargets` (targets in rotation when the window closes)
 * against the balancer's number of targets, and `lostWrites` (write-behind
 * data lost per window) added up over the shown history.
 */
import { getChartWindowIndices, getWindowEndS, type SeriesPoint } from './chartWindows.ts';
import { MAX_CHART_POINTS } from './historyReaders.ts';
import { getNodeRow, getOutgoingEdges } from './metricsAccess.ts';
import type { MetricsHistory } from './metricsHistory.ts';

/** A node series: its id (the series key), its row, and for balancers its number of targets. */
export interface NodeSeriesRef {
  readonly id: string;
  readonly row: number;
  /** Targets behind a balancer (its outgoing edges); 0 for other kinds. */
  readonly targets: number;
}

/** A multi-node series over time, one key per node id. */
export interface NodeSeries {
  readonly nodes: readonly NodeSeriesRef[];
  readonly points: readonly SeriesPoint[];
}

const EMPTY: NodeSeries = { nodes: [], points: [] };

function refsOf(history: MetricsHistory, ids: readonly string[]): NodeSeriesRef[] {
  const layout = history.getLayout();
  if (layout === null) return [];
  return ids
    .map((id) => ({ id, row: getNodeRow(layout, id) }))
    .filter((r) => r.row >= 0)
    .map((r) => ({ ...r, targets: getOutgoingEdges(layout, r.row).length }));
}

/** Healthy targets of the balancers `ids` over time (window close). */
export function getHealthyTargetsSeries(
  history: MetricsHistory,
  ids: readonly string[],
  maxPoints = MAX_CHART_POINTS,
): NodeSeries {
  const nodes = refsOf(history, ids);
  if (nodes.length === 0) return EMPTY;
  const points = getChartWindowIndices(history.getLength(), maxPoints).map((i) => {
    const point: Record<string, number | null> = { t: getWindowEndS(history, i) };
    for (const n of nodes) {
      const v = history.getValue(i, n.row, 'healthyTargets');
      point[n.id] = Number.isFinite(v) ? v : null;
    }
    return point as SeriesPoint;
  });
  return { nodes, points };
}

/** Writes lost by the caches `ids`, added up from the oldest shown window (so thinning loses none). */
export function getLostWritesSeries(
  history: MetricsHistory,
  ids: readonly string[],
  maxPoints = MAX_CHART_POINTS,
): NodeSeries {
  const nodes = refsOf(history, ids);
  if (nodes.length === 0) return EMPTY;
  const shown = new Set(getChartWindowIndices(history.getLength(), maxPoints));
  const totals = nodes.map(() => 0);
  const points: SeriesPoint[] = [];
  for (let i = 0; i < history.getLength(); i++) {
    nodes.forEach((n, k) => {
      const lost = history.getValue(i, n.row, 'lostWrites');
      totals[k] = (totals[k] ?? 0) + (Number.isFinite(lost) ? lost : 0);
    });
    if (!shown.has(i)) continue;
    const point: Record<string, number> = { t: getWindowEndS(history, i) };
    nodes.forEach((n, k) => (point[n.id] = totals[k] ?? 0));
    points.push(point as SeriesPoint);
  }
  return { nodes, points };
}
