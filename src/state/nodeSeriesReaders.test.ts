import { describe, expect, it } from 'vitest';
import type { MetricName, MetricsLayout } from './metricsAccess.ts';
import { createMetricsHistory, type MetricsHistory } from './metricsHistory.ts';
import {
  getCacheHitRatioSeries,
  getHitRatioPercent,
  getNodeLevelSeries,
} from './nodeSeriesReaders.ts';

const metrics = [
  'utilization',
  'meanQueueLength',
  'cacheHits',
  'cacheMisses',
  'queueLag',
] as MetricName[];
// users(0) → api-1(1), api-2(2), db(3); cache(4); jobs queue(5); totals row 6. 500 ms windows.
const layout: MetricsLayout = {
  nodeIds: ['users', 'api-1', 'api-2', 'db', 'cache', 'jobs'],
  nodeKinds: ['client', 'service', 'service', 'database', 'cache', 'queue'],
  edges: [],
  edgeMetrics: [],
  rows: 7,
  metrics,
  windowMs: 500,
  warmupMs: 0,
  durationMs: 10_000,
};

type Rows = Partial<Record<number, Partial<Record<string, number>>>>;

function push(history: MetricsHistory, w: number, rows: Rows): void {
  const frame = new Float64Array(layout.rows * metrics.length);
  for (const [row, values] of Object.entries(rows))
    metrics.forEach((m, c) => (frame[Number(row) * metrics.length + c] = values?.[m] ?? 0));
  history.push(frame, 1, w);
}

const fresh = (capacity = 50): MetricsHistory => {
  const h = createMetricsHistory(capacity);
  h.reset(layout);
  return h;
};

describe('node level series', () => {
  it('gives each service and database its utilization in % per window', () => {
    const h = fresh();
    push(h, 0, { 1: { utilization: 0.5 }, 2: { utilization: 0.25 }, 3: { utilization: 0.9 } });
    push(h, 1, { 1: { utilization: 0.75 }, 3: { utilization: 1 } });
    const s = getNodeLevelSeries(h, ['service', 'database'], 'utilization', { scale: 100 });
    expect(s.nodes.map((n) => n.id)).toEqual(['api-1', 'api-2', 'db']);
    expect(s.hidden).toBe(0);
    expect(s.points).toEqual([
      { t: 0.5, 'api-1': 50, 'api-2': 25, db: 90 },
      { t: 1, 'api-1': 75, 'api-2': 0, db: 100 },
    ]);
  });

  it('keeps the nodes with the highest peak, in layout order, and counts the rest', () => {
    const h = fresh();
    push(h, 0, { 1: { meanQueueLength: 3 }, 2: { meanQueueLength: 1 }, 3: { meanQueueLength: 0 } });
    push(h, 1, { 1: { meanQueueLength: 0 }, 2: { meanQueueLength: 2 }, 3: { meanQueueLength: 7 } });
    // Peaks: api-1 3, api-2 2, db 7 → the top two are db and api-1.
    const s = getNodeLevelSeries(h, ['service', 'database'], 'meanQueueLength', { max: 2 });
    expect(s.nodes.map((n) => n.id)).toEqual(['api-1', 'db']);
    expect(s.hidden).toBe(1);
    expect(s.points[1]).toEqual({ t: 1, 'api-1': 0, db: 7 });
  });

  it('reads a queue’s consumer lag as it stood at each window’s close', () => {
    const h = fresh();
    push(h, 0, { 5: { queueLag: 12 } });
    push(h, 1, { 5: { queueLag: 40 } });
    const s = getNodeLevelSeries(h, ['queue'], 'queueLag');
    expect(s.points).toEqual([
      { t: 0.5, jobs: 12 },
      { t: 1, jobs: 40 },
    ]);
  });

  it('is empty before the first window or for kinds the run lacks', () => {
    expect(getNodeLevelSeries(fresh(), ['service'], 'utilization').points).toEqual([]);
    const h = fresh();
    push(h, 0, {});
    expect(getNodeLevelSeries(h, ['shard-router'], 'utilization').nodes).toEqual([]);
  });
});

describe('cache hit ratio', () => {
  it('is hits ÷ (hits + misses) per window, in %, and a gap when nothing was looked up', () => {
    const h = fresh();
    push(h, 0, { 4: { cacheHits: 30, cacheMisses: 10 } });
    push(h, 1, {});
    push(h, 2, { 4: { cacheHits: 1, cacheMisses: 3 } });
    expect(getCacheHitRatioSeries(h).points).toEqual([
      { t: 0.5, cache: 75 },
      { t: 1, cache: null },
      { t: 1.5, cache: 25 },
    ]);
    expect(getHitRatioPercent(0, 0)).toBeNull();
  });

  it('stays right after down-sampling: merged slots add their counts', () => {
    const h = fresh(2);
    push(h, 0, { 4: { cacheHits: 9, cacheMisses: 1 } });
    push(h, 1, { 4: { cacheHits: 1, cacheMisses: 9 } });
    push(h, 2, { 4: { cacheHits: 4, cacheMisses: 0 } });
    // Slots: windows 0–1 merged (10 hits of 20 lookups), then window 2.
    expect(getCacheHitRatioSeries(h).points).toEqual([
      { t: 1, cache: 50 },
      { t: 1.5, cache: 100 },
    ]);
  });
});
