/**
 * Reading metric windows without importing engine runtime code: column indices
 * are derived from the `MetricsLayout` the worker returns on load (its
 * `metrics` list is the column order, `edgeMetrics` the per-edge one), so state
 * and UI import engine TYPES only.
 */
import type {
  EdgeMetricName,
  FaultRecovery,
  MetricName,
  MetricsLayout,
  NodeSummary,
  RunSummary,
  TargetShare,
} from '../engine/index.ts';

export type {
  EdgeMetricName,
  FaultRecovery,
  MetricName,
  MetricsLayout,
  NodeSummary,
  RunSummary,
  TargetShare,
};

/** Values per window: `rows × metrics.length`. */
export function getWindowStride(layout: MetricsLayout): number {
  return layout.rows * layout.metrics.length;
}

/** Per-edge values per window: `edges × edgeMetrics.length`. */
export function getEdgeWindowStride(layout: MetricsLayout): number {
  return layout.edges.length * layout.edgeMetrics.length;
}

/** Column index of `metric` in a row, or -1 if the layout lacks it. */
export function getColumn(layout: MetricsLayout, metric: MetricName): number {
  return layout.metrics.indexOf(metric);
}

/** Column index of `metric` in an edge row, or -1 if the layout lacks it. */
export function getEdgeColumn(layout: MetricsLayout, metric: EdgeMetricName): number {
  return layout.edgeMetrics.indexOf(metric);
}

/** Row index of the totals row (what the clients saw end to end). */
export function getTotalsRow(layout: MetricsLayout): number {
  return layout.rows - 1;
}

/** Row index of a node, or -1 when the layout has no such node. */
export function getNodeRow(layout: MetricsLayout, nodeId: string): number {
  return layout.nodeIds.indexOf(nodeId);
}

/** Indices of the edges leaving node row `from`, in layout order. */
export function getOutgoingEdges(layout: MetricsLayout, from: number): number[] {
  const out: number[] = [];
  layout.edges.forEach(([a], i) => {
    if (a === from) out.push(i);
  });
  return out;
}

/** A count per window → a rate per second. */
export function toRatePerSec(count: number, layout: MetricsLayout): number {
  return layout.windowMs > 0 ? (count * 1000) / layout.windowMs : 0;
}
