/**
 * The live metrics history: a bounded ring buffer of metric windows in one
 * typed array (and, beside it, the same windows' per-edge rows in another, so
 * balancers' and shard routers' per-target shares can be read). It is deliberately NOT reactive — the worker may deliver dozens
 * of windows per second, and putting them in a zustand store would re-render
 * every subscriber per window. Writers push here; `runStore.historyVersion`
 * (bumped at most ~10 times a second) tells readers when to look again.
 */
import type { EdgeMetricName, MetricName, MetricsLayout } from './metricsAccess.ts';
import { getColumn, getEdgeColumn, getEdgeWindowStride, getWindowStride } from './metricsAccess.ts';

/** Windows kept by default (20 simulated minutes at 1 s windows); older ones are dropped. */
export const DEFAULT_HISTORY_CAPACITY = 1200;

/** A bounded, non-reactive store of the most recent metric windows. */
export interface MetricsHistory {
  /** Forget everything; size the buffer for `layout` (or empty it for `null`). */
  reset(layout: MetricsLayout | null): void;
  /**
   * Append `frameCount` windows laid out back to back in `frames`, the first
   * numbered `firstWindow`; `edgeFrames` holds the same windows' edge rows (zeros when absent).
   */
  push(
    frames: Float64Array,
    frameCount: number,
    firstWindow: number,
    edgeFrames?: Float64Array,
  ): void;
  /** The layout windows are read with, or null before a load. */
  getLayout(): MetricsLayout | null;
  /** Windows currently retained (≤ capacity). */
  getLength(): number;
  /** Windows pushed since the last reset, including dropped ones. */
  getTotalPushed(): number;
  /** Window number of the i-th retained window (0 = oldest). */
  getWindowIndex(i: number): number;
  /** Value of `metric` in `row` of the i-th retained window (0 = oldest); NaN if absent. */
  getValue(i: number, row: number, metric: MetricName): number;
  /** Value of `metric` in `row` of the newest window; NaN if there is none. */
  getLatest(row: number, metric: MetricName): number;
  /** Value of edge `metric` on edge `edge` of the i-th retained window (0 = oldest); NaN if absent. */
  getEdgeValue(i: number, edge: number, metric: EdgeMetricName): number;
}

/** Create an empty history that keeps at most `capacity` windows (oldest dropped first). */
export function createMetricsHistory(capacity = DEFAULT_HISTORY_CAPACITY): MetricsHistory {
  if (!Number.isInteger(capacity) || capacity < 1)
    throw new RangeError('capacity must be a positive integer');
  let layout: MetricsLayout | null = null;
  let stride = 0;
  let values = new Float64Array(0);
  let edgeStride = 0;
  let edgeValues = new Float64Array(0);
  const windowIndices = new Float64Array(capacity);
  let head = 0; // slot of the oldest window
  let length = 0;
  let totalPushed = 0;

  const slotOf = (i: number): number => (head + i) % capacity;
  const getValue = (i: number, row: number, metric: MetricName): number => {
    if (!layout || i < 0 || i >= length || row < 0 || row >= layout.rows) return Number.NaN;
    const column = getColumn(layout, metric);
    if (column < 0) return Number.NaN;
    return values[slotOf(i) * stride + row * layout.metrics.length + column] ?? Number.NaN;
  };
  const getEdgeValue = (i: number, edge: number, metric: EdgeMetricName): number => {
    if (!layout || i < 0 || i >= length || edge < 0 || edge >= layout.edges.length)
      return Number.NaN;
    const column = getEdgeColumn(layout, metric);
    if (column < 0) return Number.NaN;
    const at = slotOf(i) * edgeStride + edge * layout.edgeMetrics.length + column;
    return edgeValues[at] ?? Number.NaN;
  };
  const storeEdges = (slot: number, edgeFrames: Float64Array | undefined, f: number): void => {
    if (edgeStride === 0) return;
    const source = edgeFrames?.subarray(f * edgeStride, (f + 1) * edgeStride);
    if (source !== undefined && source.length === edgeStride)
      edgeValues.set(source, slot * edgeStride);
    else edgeValues.fill(0, slot * edgeStride, (slot + 1) * edgeStride);
  };

  return {
    reset(next) {
      layout = next;
      stride = next ? getWindowStride(next) : 0;
      if (values.length !== stride * capacity) values = new Float64Array(stride * capacity);
      edgeStride = next ? getEdgeWindowStride(next) : 0;
      if (edgeValues.length !== edgeStride * capacity)
        edgeValues = new Float64Array(edgeStride * capacity);
      head = 0;
      length = 0;
      totalPushed = 0;
    },
    push(frames, frameCount, firstWindow, edgeFrames) {
      if (stride === 0) return;
      const count = Math.min(frameCount, Math.floor(frames.length / stride));
      for (let f = 0; f < count; f++) {
        const slot = length < capacity ? slotOf(length) : head;
        values.set(frames.subarray(f * stride, (f + 1) * stride), slot * stride);
        storeEdges(slot, edgeFrames, f);
        windowIndices[slot] = firstWindow + f;
        if (length < capacity) length++;
        else head = (head + 1) % capacity;
        totalPushed++;
      }
    },
    getLayout: () => layout,
    getLength: () => length,
    getTotalPushed: () => totalPushed,
    getWindowIndex(i) {
      return i >= 0 && i < length ? (windowIndices[slotOf(i)] ?? Number.NaN) : Number.NaN;
    },
    getValue,
    getLatest: (row, metric) => getValue(length - 1, row, metric),
    getEdgeValue,
  };
}

/** The app's one live history, fed by the sim controller and read by the dashboards. */
export const metricsHistory: MetricsHistory = createMetricsHistory();
