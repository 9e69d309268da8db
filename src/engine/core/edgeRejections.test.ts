/**
 * The edge rows' refusal and rejection counters: attempts an open breaker
 * failed at once (`breakerRejected`), calls a full bulkhead refused
 * (`bulkheadRejected`), and, among the failed answers, those that were
 * rejections (`failedRejected`). Each is checked against another count of
 * the same thing, so a counter that drifts fails.
 */
import { describe, expect, it } from 'vitest';
import { EDGE_METRIC, EDGE_METRIC_COUNT, type EdgeMetricName } from '../metrics/layout.ts';
import { createSimulation } from '../simulation.ts';
import type { EdgePolicySpec, ModelSpec, ServiceSpec } from '../spec.ts';
import { WORKLOAD, edge, model, service } from '../testSpecs.ts';

const C = (value: number) => ({ type: 'constant', value }) as const;
const NO_POLICY: EdgePolicySpec = { timeoutMs: Infinity, retry: null };

function oneEdge(svc: Partial<ServiceSpec>, policy?: Partial<EdgePolicySpec>): ModelSpec {
  return model(
    [
      {
        kind: 'client',
        id: 'users',
        arrival: { type: 'constant', ratePerSec: 100 },
        workload: WORKLOAD,
      },
      service('svc', { serviceTimeMs: C(1), ...svc }),
    ],
    [{ ...edge(0, 1), ...(policy === undefined ? {} : { policy: { ...NO_POLICY, ...policy } }) }],
    { durationMs: 10_000 },
  );
}

/** The run's summary and the sum of an edge-0 column over every window. */
function run(spec: ModelSpec) {
  const sim = createSimulation(spec);
  const sums = new Map<EdgeMetricName, number>();
  while (!sim.done) {
    sim.runUntil(Infinity, 100_000);
    for (const f of sim.drainFrames())
      for (const [name, col] of Object.entries(EDGE_METRIC) as [EdgeMetricName, number][])
        sums.set(name, (sums.get(name) ?? 0) + f.edgeValues[col]!);
  }
  expect(sim.drainFrames().length).toBe(0);
  return { summary: sim.summary(), edgeSum: (m: EdgeMetricName) => sums.get(m) ?? 0 };
}

describe('edge refusal and rejection counters', { timeout: 30_000 }, () => {
  it('has one column per counter, after the older ones', () => {
    expect(EDGE_METRIC.breakerRejected).toBe(EDGE_METRIC_COUNT - 3);
    expect(EDGE_METRIC.failedRejected).toBe(EDGE_METRIC_COUNT - 1);
  });

  it('counts every call an open breaker refused: sent + refused = requests', () => {
    const breaker = {
      mode: 'consecutive',
      failureThreshold: 5,
      openMs: 60_000,
      successThreshold: 3,
    } as const;
    const { summary, edgeSum } = run(oneEdge({ errorRate: 1 }, { circuitBreaker: breaker }));
    expect(edgeSum('calls')).toBe(5);
    expect(edgeSum('breakerRejected')).toBe(summary.totals.requests - 5);
    expect(summary.nodes['users']!.failures['rejected-breaker-open']).toBe(
      edgeSum('breakerRejected'),
    );
    // The five that got through failed with an injected error, not a rejection.
    expect(edgeSum('failed')).toBe(5);
    expect(edgeSum('failedRejected')).toBe(0);
  });

  it('counts the calls a full bulkhead refused', () => {
    const { summary, edgeSum } = run(
      oneEdge(
        { workers: 1000, serviceTimeMs: C(50) },
        { bulkhead: { maxConcurrent: 2, maxWaiting: 0 } },
      ),
    );
    expect(edgeSum('bulkheadRejected')).toBeGreaterThan(500);
    expect(edgeSum('bulkheadRejected') + edgeSum('calls')).toBe(summary.totals.requests);
    expect(edgeSum('breakerRejected')).toBe(0);
  });

  it('tells answered rejections (a full queue) from other failed answers', () => {
    // 100/s (every 10 ms) of 20 ms work on one worker with no queue: every other call finds it busy.
    const full = run(oneEdge({ serviceTimeMs: C(20), queueCapacity: 0 }));
    expect(full.edgeSum('failed')).toBeGreaterThan(450);
    expect(full.edgeSum('failedRejected')).toBe(full.edgeSum('failed'));
    expect(full.edgeSum('failedRejected')).toBe(
      full.summary.nodes['svc']!.failures['rejected-queue-full'],
    );
    const errors = run(oneEdge({ errorRate: 0.5 }));
    expect(errors.edgeSum('failed')).toBeGreaterThan(300);
    expect(errors.edgeSum('failedRejected')).toBe(0);
  });
});
