import { describe, expect, it } from 'vitest';
import type { MetricsLayout, RunSummary } from '../metricsAccess.ts';
import { createMetricsHistory } from '../metricsHistory.ts';
import type { Scenario } from '../scenarioAccess.ts';
import { defaultScenario } from '../scenarioAccess.ts';
import { computeDebrief, judgeSlo, pairAlertEvents } from './debrief.ts';
import type { DebriefInput } from './debriefTypes.ts';
import { buildDebriefInput, getClientFailures, getPeakP99 } from './debriefInput.ts';

const input = (over: Partial<DebriefInput> = {}): DebriefInput => ({
  requests: 1000,
  succeeded: 950,
  failed: 50,
  goodputPerSec: 95,
  latencyMs: { mean: 12, p50: 8, p95: 30, p99: 48.5, p999: 90 },
  peakP99: { valueMs: 120, atMs: 33_000 },
  failuresByCause: { timeout: 20, 'node-down': 30, 'rejected-bulkhead': 0 },
  faults: [],
  slos: [],
  ...over,
});

describe('debrief', () => {
  it('error rate, availability, goodput and failures by cause (largest first, zeros dropped)', () => {
    const d = computeDebrief(input());
    expect(d.errorRate).toBeCloseTo(0.05, 12);
    expect(d.availability).toBeCloseTo(0.95, 12);
    expect(d.goodputPerSec).toBe(95);
    expect(d.failuresByCause).toEqual([
      { cause: 'node-down', count: 30 },
      { cause: 'timeout', count: 20 },
    ]);
    expect(d.alerts).toBeNull();
    expect(d.headline).toMatch(/No service-level objectives/);
    expect(computeDebrief(input({ succeeded: 0, failed: 0 })).errorRate).toBe(0);
  });

  it('judges each SLO in the right direction and says so in words', () => {
    const d = computeDebrief(
      input({
        slos: [
          { metric: 'p99', threshold: 50 },
          { metric: 'availability', threshold: 0.999, name: 'three nines' },
          { metric: 'goodput', threshold: 90 },
          { metric: 'errorRate', threshold: 0.01 },
        ],
      }),
    );
    expect(d.slos.map((v) => v.met)).toEqual([true, false, true, false]);
    expect(d.slos[0]?.sentence).toBe(
      'Met: p99 latency was 48.5 ms; the objective is at most 50 ms.',
    );
    expect(d.slos[1]?.sentence).toBe(
      'Missed: availability was 95 %; the objective is at least 99.9 %.',
    );
    expect(d.slos[2]?.name).toBe('goodput ≥ 90 successful requests/s');
    expect(d.headline).toBe('2 of 4 objectives missed: three nines, error rate ≤ 1 %.');
    expect(computeDebrief(input({ slos: [{ metric: 'mean', threshold: 12 }] })).headline).toBe(
      'Every objective met (1 of 1).',
    );
    expect(judgeSlo({ metric: 'p999', threshold: 89 }, input(), 0).met).toBe(false);
  });

  it('pairs alert events into fired alerts, open ones unresolved', () => {
    const alerts = pairAlertEvents([
      { type: 'firing', ruleId: 'error-rate', severity: 'critical', atMs: 1000 },
      { type: 'firing', ruleId: 'p99', severity: 'warning', atMs: 2000 },
      { type: 'resolved', ruleId: 'error-rate', severity: 'critical', atMs: 5000 },
      { type: 'firing', ruleId: 'error-rate', severity: 'critical', atMs: 9000 },
    ]);
    expect(alerts).toEqual([
      { ruleId: 'error-rate', severity: 'critical', firedAtMs: 1000, resolvedAtMs: 5000 },
      { ruleId: 'p99', severity: 'warning', firedAtMs: 2000, resolvedAtMs: null },
      { ruleId: 'error-rate', severity: 'critical', firedAtMs: 9000, resolvedAtMs: null },
    ]);
    expect(computeDebrief(input({ alerts })).alerts).toHaveLength(3);
  });
});

describe('debrief input from a run', () => {
  const layout: MetricsLayout = {
    nodeIds: ['users', 'api'],
    nodeKinds: ['client', 'service'],
    edges: [],
    edgeMetrics: ['calls'],
    rows: 3,
    metrics: ['completed', 'latencyP99'],
    windowMs: 1000,
    warmupMs: 2000,
    durationMs: 6000,
  };
  const history = createMetricsHistory(10);
  history.reset(layout);
  for (const [w, p99] of [
    [0, 500], // warm-up: ignored
    [1, 400],
    [2, 30],
    [3, 90],
    [4, 60],
  ] as const) {
    const frame = new Float64Array(6);
    frame[4] = 10; // totals completed
    frame[5] = p99;
    history.push(frame, 1, w);
  }
  const summary: RunSummary = {
    simulatedMs: 6000,
    events: 1,
    totals: {
      requests: 100,
      succeeded: 90,
      failed: 10,
      throughputPerSec: 22.5,
      degraded: 0,
      goodputPerSec: 22.5,
      latencyMs: { mean: 5, p50: 4, p95: 9, p99: 20, p999: 30, max: 40 },
    },
    nodes: {
      users: {
        kind: 'client',
        failures: { timeout: 4, 'node-down': 6 },
      } as unknown as RunSummary['nodes'][string],
      api: {
        kind: 'service',
        failures: { 'node-down': 99 },
      } as unknown as RunSummary['nodes'][string],
    },
  };

  it('the peak p99 is the worst window after warm-up', () => {
    expect(getPeakP99(history)).toEqual({ valueMs: 90, atMs: 4000 });
  });

  it('failures are the clients’, faults come from the scenario with recovery when given', () => {
    expect(getClientFailures(summary)).toEqual({ timeout: 4, 'node-down': 6 });
    const scenario: Scenario = {
      ...defaultScenario,
      faults: [
        { type: 'crash', target: 'api-1', atMs: 1000, durationMs: 500 },
        { type: 'partition', from: 'lb', to: 'api-2', atMs: 3000, durationMs: 100 },
      ],
      slos: [{ metric: 'p99', threshold: 10 }],
    };
    const built = buildDebriefInput(summary, history, scenario, { timeToRecoverMs: [1200, null] });
    expect(built.faults).toEqual([
      { type: 'crash', target: 'api-1', atMs: 1000, durationMs: 500, timeToRecoverMs: 1200 },
      { type: 'partition', target: 'lb→api-2', atMs: 3000, durationMs: 100, timeToRecoverMs: null },
    ]);
    expect(built.goodputPerSec).toBe(22.5);
    expect('alerts' in built).toBe(false);
    expect(computeDebrief(built).slos[0]?.met).toBe(false);
    const plain = buildDebriefInput(summary, history, defaultScenario);
    expect(plain.faults).toEqual([]);
    expect(plain.slos).toEqual([]);
  });
});
