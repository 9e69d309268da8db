import { describe, expect, it } from 'vitest';
import type { EdgeMetricName, MetricName, MetricsLayout } from './metricsAccess.ts';
import { createMetricsHistory } from './metricsHistory.ts';
import { getImbalance, getNodeDetail, getRatio, getTargetShares } from './nodeDetailReaders.ts';

const metrics: MetricName[] = [
  'arrivals',
  'failed',
  'utilization',
  'latencyP99',
  'instances',
  'cacheHits',
  'cacheMisses',
  'cacheEvictions',
  'cacheSize',
  'staleReads',
  'writeQueueDepth',
  'lostWrites',
  'queueLag',
  'deadLetters',
];
const edgeMetrics: EdgeMetricName[] = ['calls', 'failed', 'latencyMean', 'inFlight'];
/** users → lb → {a, b, c}; cache is off to the side. */
const layout: MetricsLayout = {
  nodeIds: ['users', 'lb', 'a', 'b', 'c', 'cache'],
  nodeKinds: ['client', 'load-balancer', 'service', 'service', 'service', 'cache'],
  edges: [
    [0, 1],
    [1, 2],
    [1, 3],
    [1, 4],
  ],
  edgeMetrics,
  rows: 7,
  metrics,
  windowMs: 1000,
  warmupMs: 0,
  durationMs: 60_000,
};

function push(
  history: ReturnType<typeof createMetricsHistory>,
  index: number,
  calls: readonly number[],
  cache: Partial<Record<MetricName, number>> = {},
): void {
  const frame = new Float64Array(layout.rows * metrics.length);
  metrics.forEach((m, c) => (frame[5 * metrics.length + c] = cache[m] ?? 0));
  const edges = new Float64Array(layout.edges.length * edgeMetrics.length);
  calls.forEach((n, e) => (edges[e * edgeMetrics.length] = n));
  history.push(frame, 1, index, edges);
}

describe('nodeDetailReaders', () => {
  it('computes imbalance as max / mean − 1', () => {
    expect(getImbalance([10, 10, 10])).toBe(0);
    expect(getImbalance([20, 10, 0])).toBeCloseTo(1);
    expect(getImbalance([])).toBeNaN();
    expect(getImbalance([0, 0])).toBeNaN();
    expect(getRatio(3, 1)).toBe(0.75);
    expect(getRatio(0, 0)).toBeNaN();
  });

  it('reads a balancer’s per-target shares from the edge calls of the last windows', () => {
    const history = createMetricsHistory(20);
    history.reset(layout);
    push(history, 0, [999, 999, 0, 0]); // outside the last 2 windows
    push(history, 1, [60, 30, 20, 10]);
    push(history, 2, [60, 30, 20, 10]);
    const shares = getTargetShares(history, 'lb', 2);
    expect(shares?.windows).toBe(2);
    expect(shares?.targets.map((t) => t.targetId)).toEqual(['a', 'b', 'c']);
    expect(shares?.targets.map((t) => t.callsPerSec)).toEqual([30, 20, 10]);
    expect(shares?.targets.map((t) => t.share)).toEqual([0.5, 1 / 3, 1 / 6]);
    expect(shares?.imbalance).toBeCloseTo(0.5);
    expect(getTargetShares(history, 'a')?.targets).toEqual([]);
    expect(getTargetShares(history, 'ghost')).toBeNull();
  });

  it('reads a cache’s hit ratio, evictions and totals of rare events', () => {
    const history = createMetricsHistory(20);
    history.reset(layout);
    push(history, 0, [0, 0, 0, 0], { staleReads: 2, lostWrites: 1 });
    push(history, 1, [0, 0, 0, 0], {
      cacheHits: 90,
      cacheMisses: 10,
      cacheEvictions: 4,
      cacheSize: 500,
      staleReads: 3,
      writeQueueDepth: 7,
      instances: 1,
    });
    const detail = getNodeDetail(history, 'cache');
    expect(detail?.kind).toBe('cache');
    expect(detail?.instances).toBe(1);
    expect(detail?.cache).toEqual({
      hitRatio: 0.9,
      evictionsPerSec: 4,
      size: 500,
      writeQueueDepth: 7,
      staleReadsTotal: 5,
      lostWritesTotal: 1,
    });
    expect(getNodeDetail(history, 'lb')?.cache).toBeNull();
  });

  it('has nothing before the first window', () => {
    const history = createMetricsHistory(20);
    history.reset(layout);
    expect(getNodeDetail(history, 'cache')).toBeNull();
    expect(getTargetShares(history, 'lb')).toBeNull();
  });
});
