import { describe, expect, it } from 'vitest';
import type { ControlEvent } from '../alertLogStore.ts';
import { getRunAlerts } from './runAlerts.ts';

const alert = (
  atMs: number,
  state: 'pending' | 'firing' | 'resolved',
  ruleId = 'errors',
): ControlEvent => ({
  kind: 'alert',
  atMs,
  state,
  ruleId,
  severity: 'critical',
  value: 0.2,
  metric: 'errorRate',
  scope: 'totals',
  comparator: '>',
  threshold: 0.1,
});

describe('alerts of a run for the debrief', () => {
  it('pairs firing with resolved per rule and ignores pending, scaling and faults', () => {
    const events: ControlEvent[] = [
      alert(1000, 'pending'),
      alert(2000, 'firing'),
      {
        kind: 'fault',
        atMs: 2500,
        phase: 'start',
        origin: 'chaos',
        type: 'crash',
        target: 'api',
        durationMs: 1000,
      },
      alert(3000, 'firing', 'p99'),
      alert(5000, 'resolved'),
    ];
    expect(getRunAlerts(events, true)).toEqual([
      { ruleId: 'errors', severity: 'critical', firedAtMs: 2000, resolvedAtMs: 5000 },
      { ruleId: 'p99', severity: 'critical', firedAtMs: 3000, resolvedAtMs: null },
    ]);
  });

  it('says nothing (undefined) when the scenario has no rules, and an empty list when none fired', () => {
    expect(getRunAlerts([], false)).toBeUndefined();
    expect(getRunAlerts([alert(1000, 'pending')], true)).toEqual([]);
  });
});
