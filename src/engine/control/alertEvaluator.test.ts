import { describe, expect, it } from 'vitest';
import { EDGE_METRIC_COUNT, METRIC, METRIC_COUNT, type MetricName } from '../metrics/layout.ts';
import { AlertEvaluator } from './alertEvaluator.ts';
import { readAlertMetric, type AlertFrame } from './alertMetrics.ts';
import type { AlertRule } from './alertRules.ts';
import { GUIDE_RULES, instantiateRules } from './guideRules.ts';

const layout = {
  nodeIds: ['client', 'lb', 'api-1', 'api-2'],
  nodeKinds: ['client', 'load-balancer', 'service', 'service'],
  edges: [
    [0, 1],
    [1, 2],
    [1, 3],
  ] as const,
};
const ROWS = layout.nodeIds.length + 1;
const WINDOW_MS = 1000;

type Cells = Partial<Record<string, Partial<Record<MetricName, number>>>>;

function frame(index: number, cells: Cells, edgeCalls: readonly number[] = []): AlertFrame {
  const values = new Float64Array(ROWS * METRIC_COUNT);
  for (const [scope, metrics] of Object.entries(cells)) {
    const row = scope === 'totals' ? ROWS - 1 : layout.nodeIds.indexOf(scope);
    for (const [name, v] of Object.entries(metrics ?? {}))
      values[row * METRIC_COUNT + METRIC[name as MetricName]] = v;
  }
  const edgeValues = new Float64Array(layout.edges.length * EDGE_METRIC_COUNT);
  edgeCalls.forEach((calls, edge) => (edgeValues[edge * EDGE_METRIC_COUNT] = calls));
  return { startMs: index * WINDOW_MS, endMs: (index + 1) * WINDOW_MS, values, edgeValues };
}

const errorRule: AlertRule = {
  id: 'errors',
  metric: 'errorRate',
  scope: 'api-1',
  comparator: '>',
  threshold: 0.1,
  forMs: 3000,
  severity: 'critical',
  actions: [{ type: 'scale', node: 'api-1', factor: 2 }],
};

/** Error rate of api-1 per window: `failed` out of 100. */
function run(evaluator: AlertEvaluator, failedPerWindow: readonly number[]) {
  return failedPerWindow.flatMap((failed, i) =>
    evaluator.evaluate(frame(i, { 'api-1': { completed: 100 - failed, failed } })),
  );
}

describe('AlertEvaluator', () => {
  it('fires only once the condition has held for forMs (three 1 s windows)', () => {
    const events = run(new AlertEvaluator([errorRule], layout), [50, 50, 0, 50, 50, 50, 50]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'firing', atMs: 6000, sinceMs: 3000, value: 0.5 });
  });

  it('forMs 0 fires on the first window the condition holds', () => {
    const events = run(new AlertEvaluator([{ ...errorRule, forMs: 0 }], layout), [0, 20]);
    expect(events).toMatchObject([{ type: 'firing', atMs: 2000, sinceMs: 1000 }]);
  });

  it('fires, then resolves when the condition stops holding; actions come once per firing', () => {
    const evaluator = new AlertEvaluator([errorRule], layout);
    const events = run(evaluator, [50, 50, 50, 50, 50, 0, 0, 50, 50, 50]);
    expect(events.map((e) => [e.type, e.atMs])).toEqual([
      ['firing', 3000],
      ['resolved', 6000],
      ['firing', 10_000],
    ]);
    expect(events.filter((e) => e.type === 'firing').map((e) => e.actions)).toEqual([
      [{ type: 'scale', node: 'api-1', factor: 2 }],
      [{ type: 'scale', node: 'api-1', factor: 2 }],
    ]);
    expect(events[1]).toMatchObject({ firedAtMs: 3000 });
    expect(evaluator.firing()).toEqual(['errors']);
  });

  it('with reportPending, says when a rule goes pending and when a pending rule clears', () => {
    const evaluator = new AlertEvaluator([errorRule], layout, { reportPending: true });
    const events = run(evaluator, [50, 50, 0, 50, 50, 50, 0]);
    expect(events.map((e) => [e.type, e.atMs, 'sinceMs' in e ? e.sinceMs : null])).toEqual([
      ['pending', 1000, 0],
      ['inactive', 3000, 0],
      ['pending', 4000, 3000],
      ['firing', 6000, 3000],
      ['resolved', 7000, null],
    ]);
  });

  it('a window with no finished calls has no error rate: pending ends', () => {
    const events = run(new AlertEvaluator([{ ...errorRule, forMs: 2000 }], layout), [50, 0, 50]);
    expect(events).toEqual([]);
  });

  it('reads derived metrics: error rate, healthy share, imbalance over out-edges', () => {
    const f = frame(0, { lb: { healthyTargets: 1, completed: 90, failed: 10 } }, [40, 30, 10]);
    const lb = { row: 1, outEdges: [1, 2] };
    expect(readAlertMetric(f, lb, 'errorRate')).toBeCloseTo(0.1);
    expect(readAlertMetric(f, lb, 'healthyShare')).toBe(0.5);
    expect(readAlertMetric(f, lb, 'imbalance')).toBe(0.5); // 30 / 20 − 1
    expect(readAlertMetric(f, lb, 'failed')).toBe(10);
    expect(readAlertMetric(f, { row: 2, outEdges: [] }, 'errorRate')).toBeNaN();
    expect(readAlertMetric(f, { row: 2, outEdges: [] }, 'imbalance')).toBeNaN();
  });

  it('fires the guide rule when under half of the targets are healthy', () => {
    const evaluator = new AlertEvaluator(instantiateRules(GUIDE_RULES, layout), layout);
    const events = evaluator.evaluate(frame(0, { lb: { healthyTargets: 0 } }));
    expect(events.map((e) => e.ruleId)).toEqual(['lb-healthy-targets@lb']);
  });

  it('rejects a rule on an unknown node', () => {
    expect(() => new AlertEvaluator([{ ...errorRule, scope: 'nope' }], layout)).toThrow(
      'rules[0].scope: unknown node "nope"',
    );
  });
});

describe('GUIDE_RULES', () => {
  it('binds to every node of a kind, with breaker and scale actions', () => {
    const rules = instantiateRules(GUIDE_RULES, layout);
    expect(rules.map((r) => r.id)).toEqual([
      'lb-healthy-targets@lb',
      'error-rate@api-1',
      'error-rate@api-2',
      'error-rate-scale-up@api-1',
      'error-rate-scale-up@api-2',
      'error-rate-severe@api-1',
      'error-rate-severe@api-2',
      'slow-responses@totals',
    ]);
    expect(rules.find((r) => r.id === 'error-rate-severe@api-2')?.actions).toEqual([
      { type: 'open-breaker', edge: { from: 'lb', to: 'api-2' } },
      { type: 'scale', node: 'api-2', factor: 2 },
    ]);
  });

  it('an error rate of 60 % fires the 10 %, 20 % and 50 % rules of that service', () => {
    const evaluator = new AlertEvaluator(instantiateRules(GUIDE_RULES, layout), layout);
    const events = evaluator.evaluate(
      frame(0, { lb: { healthyTargets: 2 }, 'api-2': { completed: 40, failed: 60 } }),
    );
    expect(events.map((e) => [e.ruleId, e.severity])).toEqual([
      ['error-rate@api-2', 'critical'],
      ['error-rate-scale-up@api-2', 'warning'],
      ['error-rate-severe@api-2', 'critical'],
    ]);
  });

  it('shard imbalance must last 60 s', () => {
    const kinds = ['client', 'shard-router', 'database', 'database'];
    const evaluator = new AlertEvaluator(
      instantiateRules(GUIDE_RULES, { ...layout, nodeKinds: kinds }),
      layout,
    );
    const fired = Array.from({ length: 61 }, (_, i) =>
      evaluator.evaluate(frame(i, {}, [40, 30, 10])),
    );
    expect(fired.findIndex((e) => e.length > 0)).toBe(59);
    expect(fired[59]).toMatchObject([{ ruleId: 'shard-imbalance@lb', severity: 'warning' }]);
  });
});
