import { describe, expect, it } from 'vitest';
import { getEdgeFailureKeys, getEdgeIndex, getEdgeTimeSeries } from './edgeTimeReaders.ts';
import type { EdgeMetricName, MetricsLayout } from './metricsAccess.ts';
import { createMetricsHistory, type MetricsHistory } from './metricsHistory.ts';

const edgeMetrics: EdgeMetricName[] = [
  'calls',
  'failed',
  'latencyMean',
  'retries',
  'timeouts',
  'rateLimited',
  'fallbacks',
  'reconciled',
  'breakerRejected',
  'bulkheadRejected',
  'failedRejected',
];
// users(0) → api(1), api → db(2); 500 ms windows, so counts ×2 = per second.
const layout: MetricsLayout = {
  nodeIds: ['users', 'api', 'db'],
  nodeKinds: ['client', 'service', 'database'],
  edges: [
    [0, 1],
    [1, 2],
  ],
  edgeMetrics,
  rows: 4,
  metrics: ['completed'],
  windowMs: 500,
  warmupMs: 0,
  durationMs: 10_000,
};

type EdgeRow = Partial<Record<EdgeMetricName, number>>;

function push(h: MetricsHistory, w: number, edges: readonly EdgeRow[], l = layout): void {
  const m = l.edgeMetrics;
  const edgeFrame = new Float64Array(l.edges.length * m.length);
  edges.forEach((row, e) => m.forEach((name, c) => (edgeFrame[e * m.length + c] = row[name] ?? 0)));
  h.push(new Float64Array(l.rows * l.metrics.length), 1, w, edgeFrame);
}

function fresh(l = layout, capacity = 50): MetricsHistory {
  const h = createMetricsHistory(capacity);
  h.reset(l);
  return h;
}

describe('one edge over time', () => {
  it('finds the edge by its ends, and nothing for an edge the run lacks', () => {
    expect(getEdgeIndex(layout, 'api', 'db')).toBe(1);
    expect(getEdgeIndex(layout, 'db', 'api')).toBe(-1);
    const h = fresh();
    push(h, 0, [{ calls: 1 }, { calls: 1 }]);
    expect(getEdgeTimeSeries(h, 'users', 'db')).toEqual([]);
  });

  it('reads attempts, first tries, failures by cause and fallbacks per second of that edge only', () => {
    const h = fresh();
    push(h, 0, [
      { calls: 999 },
      {
        calls: 30,
        retries: 10,
        failed: 8,
        failedRejected: 3,
        timeouts: 4,
        breakerRejected: 6,
        rateLimited: 1,
        bulkheadRejected: 2,
        fallbacks: 5,
        reconciled: 7,
        latencyMean: 12.5,
      },
    ]);
    expect(getEdgeTimeSeries(h, 'api', 'db')).toEqual([
      {
        t: 0.5,
        attemptsPerSec: 60,
        requestsPerSec: 40,
        amplification: 1.5,
        timeoutsPerSec: 8,
        breakerRejectedPerSec: 12,
        rateLimitedPerSec: 2,
        bulkheadRejectedPerSec: 4,
        rejectedPerSec: 6,
        errorsPerSec: 10,
        fallbacksPerSec: 10,
        reconciledPerSec: 14,
        latencyMean: 12.5,
      },
    ]);
  });

  it('keeps rates per second when the history has merged windows', () => {
    const h = fresh(layout, 4);
    for (let w = 0; w < 8; w++) push(h, w, [{}, { calls: 10, timeouts: 1 }]);
    const points = getEdgeTimeSeries(h, 'api', 'db');
    expect(points.length).toBeLessThan(8);
    for (const p of points) {
      expect(p.attemptsPerSec).toBe(20);
      expect(p.timeoutsPerSec).toBe(2);
    }
    expect(points.at(-1)?.t).toBe(4);
  });

  it('has no latency where nothing was sent or answered, and null for columns an older layout lacks', () => {
    const old: MetricsLayout = { ...layout, edgeMetrics: ['calls', 'failed', 'latencyMean'] };
    const h = fresh(old);
    push(h, 0, [{}, { calls: 0, latencyMean: 0 }], old);
    const [p] = getEdgeTimeSeries(h, 'api', 'db');
    expect(p?.latencyMean).toBeNull();
    expect(p?.breakerRejectedPerSec).toBeNull();
    expect(p?.requestsPerSec).toBeNull();
    expect(p?.attemptsPerSec).toBe(0);
  });

  it('lists only the failure series that happened, bottom of the stack first', () => {
    const h = fresh();
    push(h, 0, [{}, { failed: 2, failedRejected: 2 }]);
    push(h, 1, [{}, { timeouts: 1 }]);
    expect(getEdgeFailureKeys(getEdgeTimeSeries(h, 'api', 'db'))).toEqual([
      'timeoutsPerSec',
      'rejectedPerSec',
    ]);
  });
});
