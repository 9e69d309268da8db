import { describe, expect, it } from 'vitest';
import { EDGE_METRIC, EDGE_METRIC_COUNT } from '../metrics/layout.ts';
import { createSimulation } from '../simulation.ts';
import type { EdgePolicySpec, ModelSpec, ServiceSpec } from '../spec.ts';
import { WORKLOAD, edge, model, service } from '../testSpecs.ts';

const C = (value: number) => ({ type: 'constant', value }) as const;

function guarded(
  svc: Partial<ServiceSpec> & Pick<ServiceSpec, 'serviceTimeMs'>,
  policy: EdgePolicySpec,
  rate = 5,
): ModelSpec {
  return model(
    [
      {
        kind: 'client',
        id: 'users',
        arrival: { type: 'constant', ratePerSec: rate },
        workload: WORKLOAD,
      },
      service('svc', { workers: 1000, ...svc }),
    ],
    [{ ...edge(0, 1), policy }],
    { durationMs: 20_000 },
  );
}

function run(spec: ModelSpec) {
  const sim = createSimulation(spec);
  let retries = 0;
  let timeouts = 0;
  while (!sim.done) {
    sim.runUntil(Infinity, 100_000);
    for (const f of sim.drainFrames()) {
      retries += f.edgeValues[0 * EDGE_METRIC_COUNT + EDGE_METRIC.retries]!;
      timeouts += f.edgeValues[0 * EDGE_METRIC_COUNT + EDGE_METRIC.timeouts]!;
    }
  }
  return { summary: sim.summary(), retries, timeouts };
}

describe('edge policy: timeouts and retries', { timeout: 30_000 }, () => {
  it('a timed-out call fails at the caller after the timeout, while the callee keeps working on it', () => {
    const { summary, timeouts } = run(
      guarded({ serviceTimeMs: C(100) }, { timeoutMs: 50, retry: null }),
    );
    const users = summary.nodes['users']!;
    expect(summary.totals.succeeded).toBe(0);
    expect(users.failures['timeout']).toBe(summary.totals.failed);
    expect(timeouts).toBeGreaterThan(90);
    // The service finished every call anyway: wasted work.
    const svc = summary.nodes['svc']!;
    expect(svc.completed).toBe(svc.arrivals);
    expect(svc.latencyMs.mean).toBeCloseTo(100, 6);
  });

  it('retries failed attempts up to maxAttempts: failure rate p^n, attempts 1 + p + … + p^(n−1) per request', () => {
    const retry = {
      maxAttempts: 3,
      baseMs: 10,
      multiplier: 2,
      maxMs: 1000,
      jitter: 'full',
    } as const;
    const { summary, retries } = run(
      guarded({ serviceTimeMs: C(1), errorRate: 0.5 }, { timeoutMs: Infinity, retry }, 200),
    );
    const requests = summary.totals.requests;
    expect(summary.totals.failed / requests).toBeCloseTo(0.125, 1);
    expect(summary.nodes['svc']!.arrivals / requests).toBeCloseTo(1.75, 1);
    expect(retries / requests).toBeCloseTo(0.75, 1);
  });

  it('backs off exponentially without jitter: 100 ms, then 200 ms', () => {
    const retry = {
      maxAttempts: 3,
      baseMs: 100,
      multiplier: 2,
      maxMs: 10_000,
      jitter: 'none',
    } as const;
    const { summary } = run(
      guarded({ serviceTimeMs: C(1), errorRate: 1 }, { timeoutMs: Infinity, retry }),
    );
    expect(summary.totals.succeeded).toBe(0);
    // Three attempts of 1 ms each, with 100 + 200 ms between them.
    expect(summary.nodes['users']!.meanTimeInNodeMs).toBeCloseTo(303, 6);
  });

  it('caps the backoff at maxMs', () => {
    const retry = {
      maxAttempts: 4,
      baseMs: 100,
      multiplier: 10,
      maxMs: 500,
      jitter: 'none',
    } as const;
    const { summary } = run(
      guarded({ serviceTimeMs: C(1), errorRate: 1 }, { timeoutMs: Infinity, retry }),
    );
    // 100, then min(500, 1000), then min(500, 10000): 1100 ms of waiting plus four 1 ms attempts.
    expect(summary.nodes['users']!.meanTimeInNodeMs).toBeCloseTo(1104, 6);
  });

  it('a timeout followed by a retry that succeeds: the late first answer is dropped', () => {
    const retry = {
      maxAttempts: 2,
      baseMs: 10,
      multiplier: 2,
      maxMs: 1000,
      jitter: 'none',
    } as const;
    // Service takes 30 ms; timeout 20 ms: every attempt times out, both attempts burn the service.
    const { summary, timeouts } = run(guarded({ serviceTimeMs: C(30) }, { timeoutMs: 20, retry }));
    expect(summary.totals.succeeded).toBe(0);
    expect(summary.nodes['svc']!.arrivals).toBe(2 * summary.nodes['users']!.arrivals);
    expect(timeouts).toBe(summary.nodes['svc']!.arrivals);
    // 20 ms, 10 ms backoff, 20 ms.
    expect(summary.nodes['users']!.meanTimeInNodeMs).toBeCloseTo(50, 6);
  });
});
