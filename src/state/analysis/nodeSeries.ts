/** A node's latency over time, read from a metrics history for the theory chart. */
import { MAX_CHART_POINTS } from '../historyReaders.ts';
import { getNodeRow } from '../metricsAccess.ts';
import type { MetricsHistory } from '../metricsHistory.ts';

export interface NodeLatencyPoint {
  /** End of the window, simulated seconds. */
  readonly t: number;
  readonly mean: number | null;
  readonly p99: number | null;
}

const orNull = (v: number): number | null => (Number.isFinite(v) ? v : null);

/** Mean and p99 latency of `nodeId` per retained window, thinned to at most `maxPoints`. */
export function getNodeLatencySeries(
  history: MetricsHistory,
  nodeId: string,
  maxPoints = MAX_CHART_POINTS,
): NodeLatencyPoint[] {
  const layout = history.getLayout();
  const length = history.getLength();
  const row = layout ? getNodeRow(layout, nodeId) : -1;
  if (!layout || row < 0 || length === 0) return [];
  const every = Math.ceil(length / maxPoints);
  const points: NodeLatencyPoint[] = [];
  for (let i = (length - 1) % every; i < length; i += every) {
    const done = history.getValue(i, row, 'completed') > 0;
    points.push({
      t: history.getWindowEndMs(i) / 1000,
      mean: done ? orNull(history.getValue(i, row, 'latencyMean')) : null,
      p99: done ? orNull(history.getValue(i, row, 'latencyP99')) : null,
    });
  }
  return points;
}
