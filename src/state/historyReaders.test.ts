import { describe, expect, it } from 'vitest';
import { getNodeLatest, getNodesLatest, getTotalsSeries } from './historyReaders.ts';
import type { MetricName, MetricsLayout } from './metricsAccess.ts';
import { createMetricsHistory } from './metricsHistory.ts';

const metrics: MetricName[] = [
  'arrivals',
  'completed',
  'failed',
  'degraded',
  'latencyP50',
  'latencyP95',
  'latencyP99',
  'latencyP999',
  'meanQueueLength',
  'utilization',
];
const layout: MetricsLayout = {
  nodeIds: ['users', 'api'],
  nodeKinds: ['client', 'service'],
  edges: [[0, 1]],
  edgeMetrics: ['calls', 'failed', 'latencyMean', 'inFlight'],
  rows: 3,
  metrics,
  windowMs: 500,
  warmupMs: 0,
  durationMs: 10_000,
};

/** A window where every row holds `values` (by metric name). */
function windowOf(values: Partial<Record<MetricName, number>>): Float64Array {
  const frame = new Float64Array(layout.rows * metrics.length);
  for (let row = 0; row < layout.rows; row++) {
    metrics.forEach((m, c) => (frame[row * metrics.length + c] = values[m] ?? 0));
  }
  return frame;
}

describe('historyReaders', () => {
  it('gives rates per second and window ends that stay right after down-sampling', () => {
    const history = createMetricsHistory(2);
    history.reset(layout);
    for (let w = 0; w < 3; w++) history.push(windowOf({ completed: 50, latencyP99: 7 + w }), 1, w);
    const series = getTotalsSeries(history);
    // Slots: windows 0–1 merged, then window 2; 50 per 500 ms window = 100 /s in both.
    expect(series.map((p) => [p.t, p.completedPerSec, p.p99])).toEqual([
      [1, 100, 8],
      [1.5, 100, 9],
    ]);
  });

  it('turns totals into rates per second and keeps latency', () => {
    const history = createMetricsHistory(10);
    history.reset(layout);
    history.push(
      windowOf({
        completed: 50,
        failed: 5,
        degraded: 20,
        latencyP50: 2,
        latencyP95: 8,
        latencyP99: 12,
        latencyP999: 30,
      }),
      1,
      0,
    );
    history.push(windowOf({ completed: 0 }), 1, 1);
    expect(getTotalsSeries(history)).toEqual([
      {
        t: 0.5,
        completedPerSec: 100,
        failedPerSec: 10,
        degradedPerSec: 40,
        p50: 2,
        p95: 8,
        p99: 12,
        p999: 30,
      },
      {
        t: 1,
        completedPerSec: 0,
        failedPerSec: 0,
        degradedPerSec: 0,
        p50: null,
        p95: null,
        p99: null,
        p999: null,
      },
    ]);
  });

  it('thins long histories but keeps the newest window', () => {
    const history = createMetricsHistory(100);
    history.reset(layout);
    for (let w = 0; w < 100; w++) history.push(windowOf({ completed: w }), 1, w);
    const series = getTotalsSeries(history, 30);
    expect(series.length).toBeLessThanOrEqual(30);
    expect(series.at(-1)?.t).toBe(50);
  });

  it('reads every node’s newest window', () => {
    const history = createMetricsHistory(10);
    history.reset(layout);
    history.push(windowOf({ utilization: 0.1 }), 1, 0);
    history.push(
      windowOf({ utilization: 0.4, arrivals: 30, meanQueueLength: 1.5, latencyP99: 9 }),
      1,
      1,
    );
    expect(getNodesLatest(history)).toEqual([
      {
        id: 'users',
        kind: 'client',
        utilization: 0.4,
        meanQueueLength: 1.5,
        latencyP99: 9,
        arrivalsPerSec: 60,
        instances: Number.NaN,
      },
      {
        id: 'api',
        kind: 'service',
        utilization: 0.4,
        meanQueueLength: 1.5,
        latencyP99: 9,
        arrivalsPerSec: 60,
        instances: Number.NaN,
      },
    ]);
    expect(getNodeLatest(history, 'api')?.utilization).toBe(0.4);
    expect(getNodeLatest(history, 'nope')).toBeNull();
  });

  it('is empty without data', () => {
    const history = createMetricsHistory(10);
    expect(getTotalsSeries(history)).toEqual([]);
    expect(getNodesLatest(history)).toEqual([]);
  });
});
