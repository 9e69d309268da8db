/**
 * Pure reads of a `MetricsHistory` into the shapes the dashboards draw:
 * the totals over time (for charts) and the newest window per node (for the
 * table and the canvas). Counts become rates per second here.
 */
import { getNodeRow, getTotalsRow, toRatePerSec } from './metricsAccess.ts';
import type { MetricsHistory } from './metricsHistory.ts';

/** One point of the totals charts; latency fields are null when no request finished. */
export interface TotalsPoint {
  /** End of the window, simulated seconds. */
  readonly t: number;
  readonly completedPerSec: number;
  readonly failedPerSec: number;
  /** Completed requests whose answer rests on a fallback (0 when the layout lacks the column). */
  readonly degradedPerSec: number;
  readonly p50: number | null;
  readonly p95: number | null;
  readonly p99: number | null;
  /** 99.9th percentile (null when no request finished, or the layout lacks the column). */
  readonly p999: number | null;
}

/** The newest window of one node. */
export interface NodeLatest {
  readonly id: string;
  readonly kind: string;
  readonly utilization: number;
  readonly meanQueueLength: number;
  readonly latencyP99: number;
  readonly arrivalsPerSec: number;
  /** Instances running at the end of the window (1 for most kinds); 0 while the node is down. */
  readonly instances: number;
}

/** Most points a chart is given; longer histories are thinned evenly (newest kept). */
export const MAX_CHART_POINTS = 200;

const orNull = (v: number): number | null => (Number.isFinite(v) ? v : null);
const orZero = (v: number): number => (Number.isFinite(v) ? v : 0);

/** The totals row over time, thinned to at most `maxPoints` (rates per second whatever a slot's span). */
export function getTotalsSeries(
  history: MetricsHistory,
  maxPoints = MAX_CHART_POINTS,
): TotalsPoint[] {
  const layout = history.getLayout();
  const length = history.getLength();
  if (!layout || length === 0) return [];
  const row = getTotalsRow(layout);
  const every = Math.ceil(length / maxPoints);
  const points: TotalsPoint[] = [];
  for (let i = (length - 1) % every; i < length; i += every) {
    const completed = history.getValue(i, row, 'completed');
    const span = history.getWindowSpan(i);
    points.push({
      t: history.getWindowEndMs(i) / 1000,
      completedPerSec: toRatePerSec(completed, layout) / span,
      failedPerSec: toRatePerSec(history.getValue(i, row, 'failed'), layout) / span,
      degradedPerSec: toRatePerSec(orZero(history.getValue(i, row, 'degraded')), layout) / span,
      p50: completed > 0 ? orNull(history.getValue(i, row, 'latencyP50')) : null,
      p95: completed > 0 ? orNull(history.getValue(i, row, 'latencyP95')) : null,
      p99: completed > 0 ? orNull(history.getValue(i, row, 'latencyP99')) : null,
      p999: completed > 0 ? orNull(history.getValue(i, row, 'latencyP999')) : null,
    });
  }
  return points;
}

/** Every node's newest window, in layout order; empty before the first window. */
export function getNodesLatest(history: MetricsHistory): NodeLatest[] {
  const layout = history.getLayout();
  if (!layout || history.getLength() === 0) return [];
  return layout.nodeIds.map((id, row) => ({
    id,
    kind: layout.nodeKinds[row] ?? '',
    utilization: history.getLatest(row, 'utilization'),
    meanQueueLength: history.getLatest(row, 'meanQueueLength'),
    latencyP99: history.getLatest(row, 'latencyP99'),
    arrivalsPerSec: toRatePerSec(history.getLatest(row, 'arrivals'), layout),
    instances: history.getLatest(row, 'instances'),
  }));
}

/** The newest window of one node, or null. */
export function getNodeLatest(history: MetricsHistory, nodeId: string): NodeLatest | null {
  const layout = history.getLayout();
  if (!layout || getNodeRow(layout, nodeId) < 0) return null;
  return getNodesLatest(history).find((n) => n.id === nodeId) ?? null;
}
