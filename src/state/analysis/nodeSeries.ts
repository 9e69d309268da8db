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

/** A measured mean with the half-width of its 95 % confidence interval. */
export interface MeanEstimate {
  readonly mean: number;
  readonly halfWidth95: number;
  readonly batches: number;
}

/**
 * The node's mean latency after warm-up with a 95 % confidence interval by the
 * method of batch means: consecutive windows form `batches` batches, whose
 * completion-weighted means are nearly independent, so their spread gives the
 * standard error of the run's mean despite the autocorrelation of a queue.
 * Null with fewer windows than batches or nothing completed.
 */
export function getMeanLatencyEstimate(
  history: MetricsHistory,
  nodeId: string,
  batches = 20,
): MeanEstimate | null {
  const layout = history.getLayout();
  const row = layout ? getNodeRow(layout, nodeId) : -1;
  if (!layout || row < 0) return null;
  const slots: number[] = [];
  for (let i = 0; i < history.getLength(); i++)
    if (history.getWindowIndex(i) * layout.windowMs >= layout.warmupMs) slots.push(i);
  if (slots.length < batches) return null;
  const means: number[] = [];
  for (let b = 0; b < batches; b++) {
    let sum = 0;
    let n = 0;
    const from = Math.floor((b * slots.length) / batches);
    const to = Math.floor(((b + 1) * slots.length) / batches);
    for (const i of slots.slice(from, to)) {
      const done = history.getValue(i, row, 'completed');
      if (done > 0) {
        sum += done * history.getValue(i, row, 'latencyMean');
        n += done;
      }
    }
    if (n > 0) means.push(sum / n);
  }
  if (means.length < 2) return null;
  const mean = means.reduce((a, x) => a + x, 0) / means.length;
  const variance = means.reduce((a, x) => a + (x - mean) ** 2, 0) / (means.length - 1);
  // t quantile for 19 degrees of freedom (2.093); close enough for 10–30 batches.
  return { mean, halfWidth95: 2.093 * Math.sqrt(variance / means.length), batches: means.length };
}
