import { describe, expect, it } from 'vitest';
import { RULE_METRICS } from '../../state/scenarioAccess.ts';
import { formatMetricValue, toAlertLogRow } from './alertLogRows.ts';
import { METRIC_EXPLANATIONS, TOTALS_OPTION, getRuleFields } from './ruleFields.ts';

describe('alert log rows', () => {
  it('an alert that fires says what it saw, against what, and what it did', () => {
    const row = toAlertLogRow(
      {
        kind: 'alert',
        atMs: 61_000,
        state: 'firing',
        ruleId: 'error-rate-scale-up@api',
        severity: 'warning',
        value: 0.403,
        metric: 'errorRate',
        scope: 'api',
        comparator: '>',
        threshold: 0.2,
        actions: [{ type: 'scale', target: 'api', result: '2 → 3 instances, ready at 81 s' }],
      },
      0,
    );
    expect(row).toMatchObject({
      time: '61.0 s',
      subject: 'error-rate-scale-up@api',
      severity: 'warning',
      value: '40% (> 20%)',
      state: 'firing',
      actions: 'scale api: 2 → 3 instances, ready at 81 s',
      tone: 'warning',
    });
  });

  it('scaling and faults read as sentences; resolved alerts are calm', () => {
    const out = toAlertLogRow(
      {
        kind: 'scaling',
        atMs: 35_000,
        node: 'api',
        change: 'scale-out',
        count: 2,
        ready: 2,
        pending: 2,
        readyAtMs: 55_000,
        cause: 'autoscaler',
      },
      1,
    );
    expect([out.subject, out.state, out.value, out.actions]).toEqual([
      'api',
      'scale-out +2 (ready at 55.0 s)',
      '2 serving, 2 starting',
      'by autoscaler',
    ]);
    const fault = toAlertLogRow(
      {
        kind: 'fault',
        atMs: 1000,
        phase: 'start',
        origin: 'chaos',
        type: 'crash',
        target: 'api-1',
        durationMs: 2500,
      },
      2,
    );
    expect([fault.subject, fault.state, fault.value, fault.actions]).toEqual([
      'crash api-1',
      'fault starts',
      'for 2.5 s',
      'chaos mode',
    ]);
  });

  it('formats each metric in its unit; no data says so', () => {
    expect(formatMetricValue('errorRate', 0.043)).toBe('4.3%');
    expect(formatMetricValue('healthyShare', 0.5)).toBe('50%');
    expect(formatMetricValue('latencyP99', 5000)).toBe('5,000 ms');
    expect(formatMetricValue('imbalance', 0.31)).toBe('31%');
    expect(formatMetricValue('meanQueueLength', 2.5)).toBe('2.50');
    expect(formatMetricValue('errorRate', Number.NaN)).toBe('no data');
  });
});

describe('rule fields', () => {
  it('explain every metric a rule may watch', () => {
    for (const m of RULE_METRICS) expect(METRIC_EXPLANATIONS[m]).toBeTruthy();
  });

  it('offer only nodes that report the metric, and the clients’ row where it makes sense', () => {
    const nodes = [
      {
        id: 'users',
        kind: 'client' as const,
        arrival: { type: 'poisson' as const, ratePerSec: 1 },
      },
      { id: 'lb', kind: 'load-balancer' as const, strategy: 'round-robin' as const },
    ];
    const where = (metric: string) => {
      const spec = getRuleFields({ metric }, nodes).find((f) => f.path[0] === 'node');
      return spec?.type === 'select' ? spec.options : [];
    };
    expect(where('errorRate')).toEqual([TOTALS_OPTION, 'users', 'lb']);
    expect(where('healthyShare')).toEqual(['lb']);
  });
});
