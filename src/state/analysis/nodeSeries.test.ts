import { describe, expect, it } from 'vitest';
import type { MetricsLayout } from '../metricsAccess.ts';
import { createMetricsHistory } from '../metricsHistory.ts';
import { getMeanLatencyEstimate, getNodeLatencySeries } from './nodeSeries.ts';

const layout: MetricsLayout = {
  nodeIds: ['server'],
  nodeKinds: ['service'],
  edges: [],
  edgeMetrics: ['calls'],
  rows: 2,
  metrics: ['completed', 'latencyMean', 'latencyP99'],
  windowMs: 1000,
  warmupMs: 10_000,
  durationMs: 50_000,
};

function historyOf(mean: (w: number) => number, windows = 50) {
  const history = createMetricsHistory(100);
  history.reset(layout);
  for (let w = 0; w < windows; w++) {
    const frame = new Float64Array(6);
    frame[0] = 100;
    frame[1] = mean(w);
    frame[2] = 3 * mean(w);
    history.push(frame, 1, w);
  }
  return history;
}

describe('node latency series and the batch-means estimate', () => {
  it('reads the node mean and p99 per window', () => {
    const series = getNodeLatencySeries(
      historyOf((w) => w),
      'server',
    );
    expect(series).toHaveLength(50);
    expect(series[3]).toEqual({ t: 4, mean: 3, p99: 9 });
    expect(
      getNodeLatencySeries(
        historyOf((w) => w),
        'nope',
      ),
    ).toEqual([]);
  });

  it('skips warm-up, weights by completions and gives a zero-width interval for a constant', () => {
    const est = getMeanLatencyEstimate(
      historyOf((w) => (w < 10 ? 1000 : 10)),
      'server',
    );
    expect(est?.mean).toBe(10);
    expect(est?.halfWidth95).toBe(0);
  });

  it('the interval widens with the spread of the batch means', () => {
    // Alternating batches (2 windows each) of 8 and 12: batch means 8, 12, …; sd = 2.05…
    const est = getMeanLatencyEstimate(
      historyOf((w) => (Math.floor((w - 10) / 2) % 2 ? 12 : 8)),
      'server',
    );
    expect(est?.mean).toBe(10);
    const sd = Math.sqrt((20 * 4) / 19);
    expect(est?.halfWidth95).toBeCloseTo((2.093 * sd) / Math.sqrt(20), 9);
    expect(
      getMeanLatencyEstimate(
        historyOf(() => 1, 20),
        'server',
      ),
    ).toBeNull();
  });
});
