import { describe, expect, it } from 'vitest';
import type { MetricName, MetricsLayout } from './metricsAccess.ts';
import { createMetricsHistory, type MetricsHistory } from './metricsHistory.ts';
import { getNodeTimeSeries } from './nodeTimeReaders.ts';

const metrics: MetricName[] = [
  'arrivals',
  'completed',
  'latencyP50',
  'latencyP99',
  'utilization',
  'meanQueueLength',
];
// users(0) → api(1); totals row 2; 500 ms windows, so counts ×2 = per second.
const layout: MetricsLayout = {
  nodeIds: ['users', 'api'],
  nodeKinds: ['client', 'service'],
  edges: [],
  edgeMetrics: [],
  rows: 3,
  metrics,
  windowMs: 500,
  warmupMs: 0,
  durationMs: 10_000,
};

function push(history: MetricsHistory, w: number, api: Partial<Record<MetricName, number>>): void {
  const frame = new Float64Array(layout.rows * metrics.length);
  metrics.forEach((m, c) => (frame[metrics.length + c] = api[m] ?? 0));
  history.push(frame, 1, w);
}

const fresh = (capacity = 50): MetricsHistory => {
  const h = createMetricsHistory(capacity);
  h.reset(layout);
  return h;
};

describe('node time series', () => {
  it('reads one node’s rates, latency, utilization and queue per window', () => {
    const h = fresh();
    push(h, 0, {
      arrivals: 40,
      completed: 30,
      latencyP50: 4,
      latencyP99: 20,
      utilization: 0.6,
      meanQueueLength: 1.5,
    });
    push(h, 1, { arrivals: 5, utilization: 0.1 });
    expect(getNodeTimeSeries(h, 'api')).toEqual([
      {
        t: 0.5,
        arrivalsPerSec: 80,
        completedPerSec: 60,
        p50: 4,
        p99: 20,
        utilization: 60,
        meanQueueLength: 1.5,
      },
      {
        t: 1,
        arrivalsPerSec: 10,
        completedPerSec: 0,
        p50: null,
        p99: null,
        utilization: 10,
        meanQueueLength: 0,
      },
    ]);
  });

  it('keeps rates per second when slots are merged', () => {
    const h = fresh(2);
    for (let w = 0; w < 3; w++) push(h, w, { arrivals: 10, completed: 10, latencyP99: 5 + w });
    // Windows 0–1 merged (20 arrivals over 1 s), then window 2 (10 over 0.5 s).
    expect(getNodeTimeSeries(h, 'api').map((p) => [p.t, p.arrivalsPerSec, p.p99])).toEqual([
      [1, 20, 6],
      [1.5, 20, 7],
    ]);
  });

  it('is empty for a node the run does not have', () => {
    const h = fresh();
    push(h, 0, { arrivals: 1 });
    expect(getNodeTimeSeries(h, 'nope')).toEqual([]);
  });
});
