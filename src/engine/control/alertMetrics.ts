/**
 * Reading an alert metric from one closed metrics window: a column of
 * `layout.ts`, or one of the derived metrics (error rate, healthy share, imbalance).
 */
import {
  EDGE_METRIC,
  EDGE_METRIC_COUNT,
  METRIC,
  METRIC_COUNT,
  type MetricName,
} from '../metrics/layout.ts';
import type { AlertMetric } from './alertRules.ts';

/** The window values a rule reads: the engine's `WindowFrame` fits. */
export interface AlertFrame {
  readonly startMs: number;
  readonly endMs: number;
  /** `rows × METRIC_COUNT`, row-major; the last row is the totals row. */
  readonly values: Float64Array;
  /** `edges × EDGE_METRIC_COUNT`, row-major (only `imbalance` reads it). */
  readonly edgeValues: Float64Array;
}

/** Where a rule reads: a row of the window and the edges leaving that node. */
export interface MetricSource {
  readonly row: number;
  /** Indices of the edges leaving the node (none for totals). */
  readonly outEdges: readonly number[];
}

/**
 * The value of `metric` in `frame` at `source`. NaN when it is undefined
 * (no calls finished, no targets): a rule's condition is then false.
 */
export function readAlertMetric(
  frame: AlertFrame,
  source: MetricSource,
  metric: AlertMetric,
): number {
  switch (metric) {
    case 'errorRate': {
      const failed = cell(frame, source.row, 'failed');
      return failed / (cell(frame, source.row, 'completed') + failed);
    }
    case 'healthyShare':
      return cell(frame, source.row, 'healthyTargets') / source.outEdges.length;
    case 'imbalance':
      return imbalance(frame, source.outEdges);
    default:
      return cell(frame, source.row, metric);
  }
}

function cell(frame: AlertFrame, row: number, metric: MetricName): number {
  return frame.values[row * METRIC_COUNT + METRIC[metric]] ?? Number.NaN;
}

/** max / mean − 1 of the calls sent over `edges` (as `toTargetShares` in summaries). */
function imbalance(frame: AlertFrame, edges: readonly number[]): number {
  let total = 0;
  let most = 0;
  for (const edge of edges) {
    const calls = frame.edgeValues[edge * EDGE_METRIC_COUNT + EDGE_METRIC.calls] ?? 0;
    total += calls;
    if (calls > most) most = calls;
  }
  return total > 0 ? most / (total / edges.length) - 1 : Number.NaN;
}
