import { describe, expect, it } from 'vitest';
import { createRowMerger, METRIC_MERGE } from './historyMerge.ts';
import type { MetricName, MetricsLayout } from './metricsAccess.ts';
import { createMetricsHistory } from './metricsHistory.ts';

const NAMES = [
  'completed',
  'latencyMean',
  'latencyP99',
  'utilization',
  'inFlight',
] as const satisfies readonly MetricName[];

describe('merging two windows', () => {
  it('weights the mean latency by completions, keeps the peak p99, averages levels over time, keeps the last in-flight', () => {
    const merger = createRowMerger(NAMES, METRIC_MERGE, 'completed', 1);
    // window A: 100 done, mean 10, p99 40, 50 % busy, 3 in flight; window B (2 windows wide): 300 done, mean 20, p99 30, 80 %, 7
    const values = Float64Array.from([100, 10, 40, 0.5, 3, 300, 20, 30, 0.8, 7]);
    merger.merge(values, 0, 5, 1, 2);
    expect([values[0], values[1], values[2], values[4]]).toEqual([400, 17.5, 40, 7]);
    expect(values[3]).toBeCloseTo(0.7, 12);
  });

  it('a window with no completions does not dilute the mean latency', () => {
    const merger = createRowMerger(NAMES, METRIC_MERGE, 'completed', 1);
    const values = Float64Array.from([0, 0, Number.NaN, 0, 0, 10, 5, 9, 0.1, 1]);
    merger.merge(values, 0, 5, 1, 1);
    expect(values[1]).toBe(5);
    expect(values[2]).toBe(9);
  });
});

describe('a one-hour run in a bounded history', () => {
  const layout: MetricsLayout = {
    nodeIds: ['api'],
    nodeKinds: ['service'],
    edges: [],
    edgeMetrics: ['calls'],
    rows: 2,
    metrics: ['arrivals', 'completed', 'latencyP99'],
    windowMs: 1000,
    warmupMs: 0,
    durationMs: 3_600_000,
  };

  it('keeps the whole hour within capacity: every count, the first and last window, the peak p99', () => {
    const capacity = 1200;
    const history = createMetricsHistory(capacity);
    history.reset(layout);
    const stride = layout.rows * layout.metrics.length;
    let arrivals = 0;
    for (let w = 0; w < 3600; w++) {
      const frame = new Float64Array(stride);
      frame[0] = w % 7; // api arrivals
      frame[1] = 10; // api completed
      frame[2] = w === 1234 ? 999 : 5 + (w % 3); // api p99, one spike
      arrivals += w % 7;
      history.push(frame, 1, w);
    }
    const n = history.getLength();
    expect(n).toBeLessThanOrEqual(capacity);
    expect(n).toBeGreaterThan(capacity / 2);
    expect(history.getResolution()).toBe(4);
    let sum = 0;
    let spans = 0;
    let peak = 0;
    for (let i = 0; i < n; i++) {
      sum += history.getValue(i, 0, 'arrivals');
      spans += history.getWindowSpan(i);
      peak = Math.max(peak, history.getValue(i, 0, 'latencyP99'));
    }
    expect(sum).toBe(arrivals);
    expect(spans).toBe(3600);
    expect(peak).toBe(999);
    expect(history.getWindowIndex(0)).toBe(0);
    expect(history.getWindowEndMs(n - 1)).toBe(3_600_000);
    expect(history.getLatest(0, 'latencyP99')).toBe(5 + (3599 % 3));
  });
});
