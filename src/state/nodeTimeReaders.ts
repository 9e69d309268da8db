/**
 * One node's own time series, for the drill-down under a selected node:
 * arrivals and completions per second, its latency p50/p99 (null in windows
 * where it completed nothing), its utilization in % and its mean queue length.
 */
import { getChartWindowIndices, getWindowEndS } from './chartWindows.ts';
import { MAX_CHART_POINTS } from './historyReaders.ts';
import { getNodeRow, toRatePerSec } from './metricsAccess.ts';
import type { MetricsHistory } from './metricsHistory.ts';

/** One window of one node. */
export interface NodeTimePoint {
  /** End of the window, simulated seconds. */
  readonly t: number;
  readonly arrivalsPerSec: number;
  readonly completedPerSec: number;
  readonly p50: number | null;
  readonly p99: number | null;
  /** Busy share of the node's workers, in %. */
  readonly utilization: number | null;
  readonly meanQueueLength: number | null;
}

const orNull = (v: number): number | null => (Number.isFinite(v) ? v : null);

/** The node `nodeId` over time (rates per second of each slot's span); empty when it is not in the run. */
export function getNodeTimeSeries(
  history: MetricsHistory,
  nodeId: string,
  maxPoints = MAX_CHART_POINTS,
): NodeTimePoint[] {
  const layout = history.getLayout();
  const row = layout === null ? -1 : getNodeRow(layout, nodeId);
  if (layout === null || row < 0) return [];
  return getChartWindowIndices(history.getLength(), maxPoints).map((i) => {
    const span = history.getWindowSpan(i);
    const completed = history.getValue(i, row, 'completed');
    const latency = (m: 'latencyP50' | 'latencyP99') =>
      completed > 0 ? orNull(history.getValue(i, row, m)) : null;
    return {
      t: getWindowEndS(history, i),
      arrivalsPerSec: toRatePerSec(history.getValue(i, row, 'arrivals'), layout) / span,
      completedPerSec: toRatePerSec(completed, layout) / span,
      p50: latency('latencyP50'),
      p99: latency('latencyP99'),
      utilization: orNull(history.getValue(i, row, 'utilization') * 100),
      meanQueueLength: orNull(history.getValue(i, row, 'meanQueueLength')),
    };
  });
}
