/**
 * Alert rules in a running simulation: a client sends 300/s through a
 * round-robin balancer to three services; from 10 s to 20 s, api-0 fails half
 * of its requests (an `errors` fault). Windows are 1 s.
 */
import { describe, expect, it } from 'vitest';
import { EDGE_METRIC, EDGE_METRIC_COUNT, METRIC, METRIC_COUNT } from '../metrics/layout.ts';
import { createSimulation } from '../simulation.ts';
import type { ModelSpec } from '../spec.ts';
import { WORKLOAD, edge, loadBalancer, model, service } from '../testSpecs.ts';
import type { AlertAction, AlertRule } from './alertRules.ts';
import type { AlertLogEvent, ControlEvent } from './controlLog.ts';

function spec(rules: readonly AlertRule[], durationMs = 40_000): ModelSpec {
  const api = (id: string) =>
    service(id, { workers: 8, serviceTimeMs: { type: 'exponential', mean: 10 } });
  // lb → api-0 has a breaker that would never open on its own.
  const breaker = {
    timeoutMs: Infinity,
    retry: null,
    circuitBreaker: {
      mode: 'consecutive' as const,
      openMs: 5000,
      failureThreshold: 1_000_000,
      successThreshold: 3,
    },
  };
  return model(
    [
      {
        kind: 'client',
        id: 'users',
        arrival: { type: 'poisson', ratePerSec: 300 },
        workload: WORKLOAD,
      },
      loadBalancer('lb', 'round-robin'),
      api('api-0'),
      api('api-1'),
      api('api-2'),
    ],
    [edge(0, 1), { ...edge(1, 2), policy: breaker }, edge(1, 3), edge(1, 4)],
    {
      durationMs,
      seed: 11,
      faults: [{ type: 'errors', node: 2, atMs: 10_000, durationMs: 10_000, probability: 0.5 }],
      rules,
    },
  );
}

const rule = (actions: readonly AlertAction[] = [], forMs = 3000): AlertRule => ({
  id: 'api-0-errors',
  metric: 'errorRate',
  scope: 'api-0',
  comparator: '>',
  threshold: 0.1,
  forMs,
  severity: 'critical',
  actions,
});

function run(s: ModelSpec) {
  const sim = createSimulation(s);
  sim.runToEnd();
  return { sim, frames: sim.drainFrames(), events: sim.drainControlEvents() };
}

const alerts = (events: readonly ControlEvent[]): AlertLogEvent[] =>
  events.filter((e): e is AlertLogEvent => e.kind === 'alert');

describe('alert rules in the simulation', { timeout: 30_000 }, () => {
  it('goes pending at the first bad window, fires after forMs, resolves at the first good one', () => {
    const { sim, events } = run(spec([rule()]));
    expect(alerts(events).map((e) => [e.state, e.atMs])).toEqual([
      ['pending', 11_000],
      ['firing', 13_000],
      ['resolved', 21_000],
    ]);
    const firing = alerts(events)[1]!;
    expect(firing.value).toBeGreaterThan(0.3);
    expect(firing.value).toBeLessThan(0.7);
    expect(sim.summary().alerts).toEqual({
      rules: 1,
      firings: 1,
      fired: [
        {
          ruleId: 'api-0-errors',
          severity: 'critical',
          firings: 1,
          firstFiredAtMs: 13_000,
          firingMs: 8000,
          firingAtEnd: false,
        },
      ],
    });
  });

  it('the log interleaves the fault with the alert it causes', () => {
    const { events } = run(spec([rule()]));
    expect(events.map((e) => `${e.kind}:${e.kind === 'alert' ? e.state : ''}@${e.atMs}`)).toEqual([
      'fault:@10000',
      'alert:pending@11000',
      'alert:firing@13000',
      'fault:@20000',
      'alert:resolved@21000',
    ]);
  });

  it('an open-breaker action opens the breaker: api-0 gets no calls until it half-opens', () => {
    const action: AlertAction = { type: 'open-breaker', edge: { from: 'lb', to: 'api-0' } };
    const { frames, events } = run(spec([rule([action])]));
    expect(alerts(events)[1]?.actions).toEqual([
      { type: 'open-breaker', target: 'lb→api-0', result: 'opened' },
    ]);
    const edgeCell = (second: number, metric: keyof typeof EDGE_METRIC) =>
      frames[second]!.edgeValues[1 * EDGE_METRIC_COUNT + EDGE_METRIC[metric]]!;
    const arrivals = (second: number) =>
      frames[second]!.values[2 * METRIC_COUNT + METRIC.arrivals]!;
    // Fired at the close of window 12 (13 s): window 13 is the first under the open breaker.
    expect(edgeCell(12, 'breakerState')).toBe(0);
    expect(edgeCell(13, 'breakerOpens')).toBe(1);
    expect(edgeCell(13, 'breakerState')).toBe(2);
    expect(arrivals(12)).toBeGreaterThan(50);
    expect([13, 14, 15, 16, 17].map(arrivals)).toEqual([0, 0, 0, 0, 0]);
    // Open for 5 s: half-open at 18 s, a trial call fails (the fault lasts until 20 s) and
    // re-opens it for 5 s more; from 23 s the trials succeed and api-0 takes its third again.
    expect(edgeCell(17, 'breakerState')).toBe(1);
    expect(arrivals(18)).toBeGreaterThan(0);
    expect([19, 20, 21, 22].map(arrivals)).toEqual([0, 0, 0, 0]);
    expect(arrivals(24)).toBeGreaterThan(50);
  });

  it('without the action the breaker stays closed and api-0 keeps getting its third', () => {
    const { frames } = run(spec([rule()]));
    const arrivals = (second: number) =>
      frames[second]!.values[2 * METRIC_COUNT + METRIC.arrivals]!;
    expect(arrivals(14)).toBeGreaterThan(50);
  });

  it('a scale action adds instances after the start-up delay (30 s by default)', () => {
    const action: AlertAction = { type: 'scale', node: 'api-0', factor: 2 };
    const { frames, events, sim } = run(spec([rule([action], 0)], 60_000));
    const firing = alerts(events).find((e) => e.state === 'firing')!;
    expect(firing.atMs).toBe(11_000);
    expect(firing.actions).toEqual([
      { type: 'scale', target: 'api-0', result: '1 → 2 instances, ready at 41 s' },
    ]);
    const instances = (endS: number) =>
      frames[endS - 1]!.values[2 * METRIC_COUNT + METRIC.instances]!;
    expect([instances(11), instances(40), instances(41), instances(60)]).toEqual([1, 1, 2, 2]);
    expect(
      events
        .filter((e) => e.kind === 'scaling')
        .map((e) => [e.atMs, e.kind === 'scaling' && e.change]),
    ).toEqual([
      [11_000, 'scale-out'],
      [41_000, 'ready'],
    ]);
    expect(sim.summary().scaling?.nodes['api-0']).toMatchObject({
      scaleOuts: 1,
      finalInstances: 2,
    });
  });

  it('refuses a rule whose action names an edge the model lacks', () => {
    const action: AlertAction = { type: 'open-breaker', edge: { from: 'api-1', to: 'api-0' } };
    expect(() => createSimulation(spec([rule([action])]))).toThrow(
      'rules[0]: no edge api-1 → api-0',
    );
  });

  it('a model without rules has no alerts in its summary', () => {
    const { sim, events } = run(spec([]));
    expect(sim.summary().alerts).toBeUndefined();
    expect(events.every((e) => e.kind === 'fault')).toBe(true);
  });
});
