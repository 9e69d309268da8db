import { describe, expect, it } from 'vitest';
import type { MetricsLayout } from '../metricsAccess.ts';
import { createMetricsHistory } from '../metricsHistory.ts';
import { defaultScenario } from '../scenarioAccess.ts';
import { historyToCsv, metricUnit, parseCsv } from './csvExport.ts';
import { exportBaseName } from './runReport.ts';

const layout: MetricsLayout = {
  nodeIds: ['users', 'api,1'],
  nodeKinds: ['client', 'service'],
  edges: [[0, 1]],
  edgeMetrics: ['calls', 'latencyMean'],
  rows: 3,
  metrics: ['arrivals', 'completed', 'latencyP99', 'utilization'],
  windowMs: 500,
  warmupMs: 0,
  durationMs: 10_000,
};

/** Windows whose api arrivals are w + 1 and whose edge calls are 2 (w + 1). */
function history(windows: number, capacity = 100) {
  const h = createMetricsHistory(capacity);
  h.reset(layout);
  for (let w = 0; w < windows; w++) {
    const frame = new Float64Array(12);
    frame[4] = w + 1; // api arrivals
    frame[5] = w + 1; // api completed
    frame[6] = 10 + w; // api p99
    frame[7] = 0.5; // api utilization
    frame[8] = w + 1; // totals arrivals
    h.push(frame, 1, w, Float64Array.from([2 * (w + 1), 3]));
  }
  return h;
}

const column = (rows: string[][], name: string): number[] => {
  const i = rows[0]!.indexOf(name);
  if (i < 0) throw new Error(`no column ${name}`);
  return rows.slice(1).map((r) => Number(r[i]));
};
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('CSV export', () => {
  it('one row per window, a column per node.metric and edge.metric with units', () => {
    const rows = parseCsv(historyToCsv(history(6)));
    expect(rows).toHaveLength(7);
    expect(rows[0]?.slice(0, 4)).toEqual([
      'window_start [s]',
      'window_end [s]',
      'windows [count]',
      'users.arrivals [count]',
    ]);
    expect(rows[0]).toContain('api,1.latencyP99 [ms]'); // quoted: the id has a comma
    expect(rows[0]).toContain('api,1.utilization [ratio]');
    expect(rows[0]).toContain('users->api,1.calls [count]');
    expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true);
    expect(column(rows, 'window_end [s]')).toEqual([0.5, 1, 1.5, 2, 2.5, 3]);
    expect(sum(column(rows, 'api,1.arrivals [count]'))).toBe(21);
    expect(sum(column(rows, 'users->api,1.calls [count]'))).toBe(42);
  });

  it('column sums of counts are still the run totals after down-sampling', () => {
    const rows = parseCsv(historyToCsv(history(40, 8)));
    expect(rows.length - 1).toBeLessThanOrEqual(8);
    expect(sum(column(rows, 'windows [count]'))).toBe(40);
    expect(sum(column(rows, 'api,1.arrivals [count]'))).toBe((40 * 41) / 2);
    expect(sum(column(rows, 'totals.arrivals [count]'))).toBe((40 * 41) / 2);
    expect(Math.max(...column(rows, 'api,1.latencyP99 [ms]'))).toBe(49);
  });

  it('nothing to export before a run; units and names', () => {
    expect(historyToCsv(createMetricsHistory(4))).toBe('');
    expect(metricUnit('inFlight')).toBe('calls');
    expect(metricUnit('instances')).toBe('level');
    expect(metricUnit('fail:timeout')).toBe('count');
    expect(exportBaseName(defaultScenario)).toBe('round-robin-over-three-services-seed-42');
    expect(parseCsv('a,"b ""c"""\n1,2')).toEqual([
      ['a', 'b "c"'],
      ['1', '2'],
    ]);
  });
});
