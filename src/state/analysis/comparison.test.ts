import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../metricsAccess.ts';
import type { Scenario } from '../scenarioAccess.ts';
import { defaultScenario } from '../scenarioAccess.ts';
import { joinOverlay } from './overlaySeries.ts';
import { diffScenarios, formatFieldValue } from './scenarioDiff.ts';
import { diffSummaries, isImprovement } from './summaryDiff.ts';

const totals = (p99: number, failed: number, throughputPerSec: number): RunSummary => ({
  simulatedMs: 1,
  events: 1,
  totals: {
    requests: 100,
    succeeded: 100 - failed,
    failed,
    throughputPerSec,
    degraded: 0,
    goodputPerSec: throughputPerSec,
    latencyMs: { mean: 5, p50: 4, p95: 8, p99, p999: 20, max: 30 },
  },
  nodes: {},
});

describe('scenario diff', () => {
  it('names each changed field by path and owner, ignoring name and positions', () => {
    const a = defaultScenario;
    const lbIndex = a.nodes.findIndex((n) => n.kind === 'load-balancer');
    const b: Scenario = {
      ...a,
      name: 'other',
      durationMs: a.durationMs + 1000,
      nodes: a.nodes.map((n, i) =>
        i === lbIndex && n.kind === 'load-balancer'
          ? { ...n, strategy: 'least-connections', x: 1 }
          : n,
      ),
    };
    const diff = diffScenarios(a, b);
    expect(diff.map((d) => d.path)).toEqual(['durationMs', `nodes[${lbIndex}].strategy`]);
    expect(diff[1]?.owner).toBe(a.nodes[lbIndex]?.id);
    expect(diff[1]?.b).toBe('least-connections');
    expect(diffScenarios(a, a)).toEqual([]);
    expect(formatFieldValue(undefined)).toBe('—');
  });

  it('reports a field present on one side only', () => {
    const b: Scenario = {
      ...defaultScenario,
      faults: [{ type: 'crash', target: 'api-1', atMs: 5, durationMs: 5 }],
    };
    const diff = diffScenarios(defaultScenario, b);
    expect(diff.length).toBeGreaterThan(0);
    expect(diff.every((d) => d.path.startsWith('faults'))).toBe(true);
  });
});

describe('summary diff', () => {
  it('gives A, B, Δ and Δ% per metric, and which way is better', () => {
    const rows = diffSummaries(totals(40, 10, 90), totals(20, 0, 100));
    const p99 = rows.find((r) => r.key === 'p99')!;
    expect([p99.a, p99.b, p99.delta, p99.deltaRatio]).toEqual([40, 20, -20, -0.5]);
    expect(isImprovement(p99)).toBe(true);
    const errorRate = rows.find((r) => r.key === 'errorRate')!;
    expect(errorRate.a).toBeCloseTo(0.1, 12);
    expect(errorRate.deltaRatio).toBeCloseTo(-1, 12);
    const failed = rows.find((r) => r.key === 'failed')!;
    expect(
      diffSummaries(totals(1, 0, 1), totals(1, 5, 1)).find((r) => r.key === 'failed')?.deltaRatio,
    ).toBeNull();
    expect(isImprovement(failed)).toBe(true);
    expect(isImprovement(rows.find((r) => r.key === 'throughput')!)).toBe(true);
  });
});

describe('overlay join', () => {
  it('puts both sides on one time axis', () => {
    const p = (t: number, p99: number) => ({
      t,
      completedPerSec: 1,
      failedPerSec: 0,
      degradedPerSec: 0,
      p50: 1,
      p95: 2,
      p99,
      p999: p99,
    });
    const joined = joinOverlay([p(1, 10), p(2, 11)], [p(2, 5), p(3, 6)]);
    expect(joined.map((j) => [j.t, j.aP99, j.bP99])).toEqual([
      [1, 10, null],
      [2, 11, 5],
      [3, null, 6],
    ]);
  });
});
