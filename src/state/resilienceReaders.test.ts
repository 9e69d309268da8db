import { describe, expect, it } from 'vitest';
import { getLostWritesSeries, getHealthyTargetsSeries } from './capacityReaders.ts';
import { getChartWindowIndices } from './chartWindows.ts';
import { getAmplification, getAmplificationSeries, getBreakerLanes } from './edgeSeriesReaders.ts';
import { getFailureCauseSeries, getGoodputSeries } from './failureReaders.ts';
import type { EdgeMetricName, MetricName, MetricsLayout } from './metricsAccess.ts';
import { createMetricsHistory, type MetricsHistory } from './metricsHistory.ts';

const metrics = [
  'completed',
  'failed',
  'fail:timeout',
  'fail:rejected-breaker-open',
  'fail:node-down',
  'healthyTargets',
  'lostWrites',
] as MetricName[];
const edgeMetrics: EdgeMetricName[] = ['calls', 'retries', 'breakerState', 'breakerOpens'];
// users(0) → lb(1) → api-1(2), api-2(3); lb → cache(4); 500 ms windows, so counts ×2 = per second.
const layout: MetricsLayout = {
  nodeIds: ['users', 'lb', 'api-1', 'api-2', 'cache'],
  nodeKinds: ['client', 'load-balancer', 'service', 'service', 'cache'],
  edges: [
    [0, 1],
    [1, 2],
    [1, 3],
  ],
  edgeMetrics,
  rows: 6,
  metrics,
  windowMs: 500,
  warmupMs: 0,
  durationMs: 10_000,
};
const TOTALS = 5;

type Rows = Partial<Record<number, Partial<Record<string, number>>>>;
type EdgeRows = Partial<Record<number, Partial<Record<EdgeMetricName, number>>>>;

/** Push one window: node rows and edge rows by name (everything else 0; breakers −1 unless set). */
function push(history: MetricsHistory, w: number, rows: Rows, edges: EdgeRows = {}): void {
  const frame = new Float64Array(layout.rows * metrics.length);
  for (const [row, values] of Object.entries(rows))
    metrics.forEach((m, c) => (frame[Number(row) * metrics.length + c] = values?.[m] ?? 0));
  const edgeFrame = new Float64Array(layout.edges.length * edgeMetrics.length);
  layout.edges.forEach((_, e) =>
    edgeMetrics.forEach(
      (m, c) =>
        (edgeFrame[e * edgeMetrics.length + c] = edges[e]?.[m] ?? (m === 'breakerState' ? -1 : 0)),
    ),
  );
  history.push(frame, 1, w, edgeFrame);
}

const fresh = (): MetricsHistory => {
  const h = createMetricsHistory(50);
  h.reset(layout);
  return h;
};

describe('failure readers', () => {
  it('stacks failures by cause per second, listing only causes that happened', () => {
    const h = fresh();
    push(h, 0, { [TOTALS]: { 'fail:timeout': 3 } });
    push(h, 1, {
      [TOTALS]: { 'fail:timeout': 1, 'fail:rejected-breaker-open': 4 },
      2: { 'fail:node-down': 7 },
    });
    const totals = getFailureCauseSeries(h);
    expect(totals.causes).toEqual(['timeout', 'rejected-breaker-open']);
    expect(totals.points).toEqual([
      { t: 0.5, timeout: 6, 'rejected-breaker-open': 0, 'node-down': 0 },
      { t: 1, timeout: 2, 'rejected-breaker-open': 8, 'node-down': 0 },
    ]);
    expect(getFailureCauseSeries(h, 2).causes).toEqual(['node-down']);
    expect(getFailureCauseSeries(h, 2).points[1]?.['node-down']).toBe(14);
  });

  it('goodput is what succeeded; throughput is everything answered', () => {
    const h = fresh();
    push(h, 0, { [TOTALS]: { completed: 40, failed: 10 } });
    push(h, 1, { [TOTALS]: { completed: 0, failed: 25 } });
    expect(getGoodputSeries(h)).toEqual([
      { t: 0.5, goodputPerSec: 80, throughputPerSec: 100 },
      { t: 1, goodputPerSec: 0, throughputPerSec: 50 },
    ]);
  });

  it('subtracts degraded answers from goodput when the layout counts them', () => {
    const withDegraded = { ...layout, metrics: [...metrics, 'degraded' as MetricName] };
    const h = createMetricsHistory(6);
    h.reset(withDegraded);
    const frame = new Float64Array(withDegraded.rows * withDegraded.metrics.length);
    const o = TOTALS * withDegraded.metrics.length;
    frame[o] = 40; // completed
    frame[o + 1] = 10; // failed
    frame[o + withDegraded.metrics.length - 1] = 15; // degraded
    h.push(frame, 1, 0);
    expect(getGoodputSeries(h)).toEqual([{ t: 0.5, goodputPerSec: 50, throughputPerSec: 100 }]);
  });
});

describe('edge readers', () => {
  it('amplification is attempts ÷ logical requests, per window and edge', () => {
    expect(getAmplification(150, 50)).toBe(1.5);
    expect(getAmplification(10, 10)).toBeNull();
    expect(getAmplification(0, 0)).toBeNull();
    const h = fresh();
    push(h, 0, {}, { 0: { calls: 100, retries: 0 } });
    push(h, 1, {}, { 0: { calls: 400, retries: 300 }, 1: { calls: 9, retries: 1 } });
    const series = getAmplificationSeries(h, new Set(['users→lb']));
    expect(series.edges.map((e) => e.label)).toEqual(['users → lb']);
    expect(series.points).toEqual([
      { t: 0.5, 'amp:users→lb': 1, 'retries:users→lb': 0 },
      { t: 1, 'amp:users→lb': 4, 'retries:users→lb': 600 },
    ]);
  });

  it('breaker lanes merge windows of one state and mark the openings; edges without a breaker have none', () => {
    const h = fresh();
    const states = [0, 0, 2, 2, 1, 0];
    states.forEach((s, w) =>
      push(h, w, {}, { 1: { breakerState: s, breakerOpens: w === 2 ? 1 : 0 } }),
    );
    const lanes = getBreakerLanes(h);
    expect(lanes.map((l) => l.edge.key)).toEqual(['lb→api-1']);
    expect(lanes[0]?.segments).toEqual([
      { startS: 0, endS: 1, state: 'closed' },
      { startS: 1, endS: 2, state: 'open' },
      { startS: 2, endS: 2.5, state: 'half-open' },
      { startS: 2.5, endS: 3, state: 'closed' },
    ]);
    expect(lanes[0]?.openings).toEqual([{ t: 1.5, count: 1 }]);
  });
});

describe('capacity readers', () => {
  it('reads healthy targets of a balancer against its number of targets', () => {
    const h = fresh();
    push(h, 0, { 1: { healthyTargets: 2 } });
    push(h, 1, { 1: { healthyTargets: 1 } });
    const series = getHealthyTargetsSeries(h, ['lb', 'nope']);
    expect(series.nodes).toEqual([{ id: 'lb', row: 1, targets: 2 }]);
    expect(series.points).toEqual([
      { t: 0.5, lb: 2 },
      { t: 1, lb: 1 },
    ]);
  });

  it('adds up lost writes over every window, even when thinned', () => {
    const h = fresh();
    for (let w = 0; w < 10; w++) push(h, w, { 4: { lostWrites: w === 3 ? 5 : w === 8 ? 2 : 0 } });
    expect(getChartWindowIndices(10, 4)).toEqual([0, 3, 6, 9]);
    expect(getLostWritesSeries(h, ['cache'], 4).points).toEqual([
      { t: 0.5, cache: 0 },
      { t: 2, cache: 5 },
      { t: 3.5, cache: 5 },
      { t: 5, cache: 7 },
    ]);
  });
});
