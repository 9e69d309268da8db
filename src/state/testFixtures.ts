/** Shared fixtures for the state layer's unit tests (not shipped: imported by tests only). */
import type { MetricName, MetricsLayout } from './metricsAccess.ts';

/** The frame part of a metrics batch. */
export interface MetricBatchLike {
  readonly frames: Float64Array;
  readonly frameCount: number;
  readonly firstWindow: number;
  readonly edgeFrames: Float64Array;
}

/** A small layout: two nodes plus totals, four metrics, 1 s windows. */
export const testLayout: MetricsLayout = {
  nodeIds: ['users', 'api'],
  nodeKinds: ['client', 'service'],
  edges: [[0, 1]],
  edgeMetrics: ['calls', 'failed', 'latencyMean', 'inFlight'],
  rows: 3,
  metrics: ['arrivals', 'completed', 'failed', 'utilization'] satisfies MetricName[],
  windowMs: 1000,
  warmupMs: 0,
  durationMs: 10_000,
};

/** Windows (and edge rows) for `testLayout` whose every value is `base + window index` (so each is recognizable). */
export function makeFrames(
  firstWindow: number,
  count: number,
  layout: MetricsLayout = testLayout,
): MetricBatchLike {
  const stride = layout.rows * layout.metrics.length;
  const frames = new Float64Array(stride * count);
  for (let f = 0; f < count; f++) frames.fill(firstWindow + f, f * stride, (f + 1) * stride);
  const edgeStride = layout.edges.length * layout.edgeMetrics.length;
  const edgeFrames = new Float64Array(edgeStride * count);
  for (let f = 0; f < count; f++)
    edgeFrames.fill(firstWindow + f, f * edgeStride, (f + 1) * edgeStride);
  return { frames, frameCount: count, firstWindow, edgeFrames };
}
