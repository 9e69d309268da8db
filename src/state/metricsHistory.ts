/**
 * The live metrics history: a bounded store of metric windows in one typed
 * array (and, beside it, the same windows' per-edge rows in another, so
 * balancers' and shard routers' per-target shares can be read). It is
 * deliberately NOT reactive — the worker may deliver dozens of windows per
 * second, and putting them in a zustand store would re-render every subscriber
 * per window. Writers push here; `runStore.historyVersion` (bumped at most ~5
 * times a second) tells readers when to look again.
 *
 * Bounded by down-sampling, not by forgetting: when all `capacity` slots are
 * used, adjacent pairs of slots merge into one (`historyMerge.ts` says how each
 * metric combines) and new slots from then on cover twice as many windows. A
 * one-hour run at 1 s windows thus keeps the whole hour at 2–4 s resolution in
 * the same memory as the first 20 minutes. The newest window is also kept
 * as it came, so the live readings (`getLatest`) are never averaged.
 */
import type { RowMerger } from './historyMerge.ts';
import { createLayoutMergers } from './historyMerge.ts';
import type { EdgeMetricName, MetricName, MetricsLayout } from './metricsAccess.ts';
import { getColumn, getEdgeColumn, getEdgeWindowStride, getWindowStride } from './metricsAccess.ts';

/** Slots kept by default; a run longer than this many windows is down-sampled to fit. */
export const DEFAULT_HISTORY_CAPACITY = 1200;

/** A bounded, non-reactive store of metric windows, down-sampled as it fills. */
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
  /** Slots currently retained (≤ capacity); each covers `getWindowSpan(i)` windows. */
  getLength(): number;
  /** Windows pushed since the last reset. */
  getTotalPushed(): number;
  /** Windows a new slot covers now (1, then 2, 4, … as the run outgrows the capacity). */
  getResolution(): number;
  /** Number of the first window in the i-th slot (0 = oldest). */
  getWindowIndex(i: number): number;
  /** Windows merged into the i-th slot (1 until the history down-samples). */
  getWindowSpan(i: number): number;
  /** Simulated time at the end of the i-th slot, ms. */
  getWindowEndMs(i: number): number;
  /** Value of `metric` in `row` of the i-th slot (0 = oldest); NaN if absent. */
  getValue(i: number, row: number, metric: MetricName): number;
  /** Value of `metric` in `row` of the newest window (never merged); NaN if there is none. */
  getLatest(row: number, metric: MetricName): number;
  /** Value of edge `metric` on edge `edge` of the i-th slot (0 = oldest); NaN if absent. */
  getEdgeValue(i: number, edge: number, metric: EdgeMetricName): number;
}

/** Create an empty history of at most `capacity` slots (an even number ≥ 2). */
export function createMetricsHistory(capacity = DEFAULT_HISTORY_CAPACITY): MetricsHistory {
  if (!Number.isInteger(capacity) || capacity < 2 || capacity % 2 !== 0)
    throw new RangeError('capacity must be an even integer ≥ 2');
  let layout: MetricsLayout | null = null;
  let stride = 0;
  let edgeStride = 0;
  let values = new Float64Array(0);
  let edgeValues = new Float64Array(0);
  let latest = new Float64Array(0);
  let mergers: { nodes: RowMerger; edges: RowMerger } | null = null;
  const firsts = new Float64Array(capacity + 1);
  const spans = new Float64Array(capacity + 1);
  let length = 0;
  let totalPushed = 0;
  let resolution = 1;

  const inRange = (i: number): boolean => layout !== null && i >= 0 && i < length;

  const mergeSlots = (into: number, from: number): void => {
    const a = spans[into] ?? 0;
    const b = spans[from] ?? 0;
    mergers?.nodes.merge(values, into * stride, from * stride, a, b);
    if (edgeStride > 0)
      mergers?.edges.merge(edgeValues, into * edgeStride, from * edgeStride, a, b);
    spans[into] = a + b;
  };

  const moveSlot = (to: number, from: number): void => {
    if (to === from) return;
    values.copyWithin(to * stride, from * stride, (from + 1) * stride);
    edgeValues.copyWithin(to * edgeStride, from * edgeStride, (from + 1) * edgeStride);
    firsts[to] = firsts[from] ?? 0;
    spans[to] = spans[from] ?? 0;
  };

  /** Halve the slots in use: slot k becomes slots 2k and 2k+1 merged. */
  const compact = (): void => {
    for (let k = 0; 2 * k < length; k++) {
      moveSlot(k, 2 * k);
      if (2 * k + 1 < length) mergeSlots(k, 2 * k + 1);
    }
    length = Math.ceil(length / 2);
    resolution *= 2;
  };

  const storeEdges = (slot: number, edgeFrames: Float64Array | undefined, f: number): void => {
    if (edgeStride === 0) return;
    const source = edgeFrames?.subarray(f * edgeStride, (f + 1) * edgeStride);
    if (source !== undefined && source.length === edgeStride)
      edgeValues.set(source, slot * edgeStride);
    else edgeValues.fill(0, slot * edgeStride, (slot + 1) * edgeStride);
  };

  const append = (frames: Float64Array, f: number, window: number, edges?: Float64Array): void => {
    const joinLast = length > 0 && (spans[length - 1] ?? 0) < resolution;
    if (!joinLast && length === capacity) compact();
    const slot = length;
    values.set(frames.subarray(f * stride, (f + 1) * stride), slot * stride);
    storeEdges(slot, edges, f);
    firsts[slot] = window;
    spans[slot] = 1;
    if (joinLast) mergeSlots(slot - 1, slot);
    else length++;
  };

  return {
    reset(next) {
      layout = next;
      stride = next ? getWindowStride(next) : 0;
      edgeStride = next ? getEdgeWindowStride(next) : 0;
      // One spare slot: a window is written there before it merges into the last slot.
      if (values.length !== stride * (capacity + 1))
        values = new Float64Array(stride * (capacity + 1));
      if (edgeValues.length !== edgeStride * (capacity + 1))
        edgeValues = new Float64Array(edgeStride * (capacity + 1));
      latest = new Float64Array(stride);
      mergers = next ? createLayoutMergers(next) : null;
      length = 0;
      totalPushed = 0;
      resolution = 1;
    },
    push(frames, frameCount, firstWindow, edgeFrames) {
      if (stride === 0) return;
      const count = Math.min(frameCount, Math.floor(frames.length / stride));
      for (let f = 0; f < count; f++) {
        append(frames, f, firstWindow + f, edgeFrames);
        totalPushed++;
      }
      if (count > 0) latest.set(frames.subarray((count - 1) * stride, count * stride));
    },
    getLayout: () => layout,
    getLength: () => length,
    getTotalPushed: () => totalPushed,
    getResolution: () => resolution,
    getWindowIndex: (i) => (inRange(i) ? (firsts[i] ?? Number.NaN) : Number.NaN),
    getWindowSpan: (i) => (inRange(i) ? (spans[i] ?? Number.NaN) : Number.NaN),
    getWindowEndMs: (i) =>
      inRange(i) && layout ? ((firsts[i] ?? 0) + (spans[i] ?? 0)) * layout.windowMs : Number.NaN,
    getValue(i, row, metric) {
      if (!layout || !inRange(i) || row < 0 || row >= layout.rows) return Number.NaN;
      const column = getColumn(layout, metric);
      if (column < 0) return Number.NaN;
      return values[i * stride + row * layout.metrics.length + column] ?? Number.NaN;
    },
    getLatest(row, metric) {
      if (!layout || length === 0 || row < 0 || row >= layout.rows) return Number.NaN;
      const column = getColumn(layout, metric);
      return column < 0 ? Number.NaN : (latest[row * layout.metrics.length + column] ?? Number.NaN);
    },
    getEdgeValue(i, edge, metric) {
      if (!layout || !inRange(i) || edge < 0 || edge >= layout.edges.length) return Number.NaN;
      const column = getEdgeColumn(layout, metric);
      if (column < 0) return Number.NaN;
      return edgeValues[i * edgeStride + edge * layout.edgeMetrics.length + column] ?? Number.NaN;
    },
  };
}

/** The app's one live history, fed by the sim controller and read by the dashboards. */
export const metricsHistory: MetricsHistory = createMetricsHistory();
