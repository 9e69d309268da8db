import { describe, expect, it } from 'vitest';
import { createSimulation } from '../simulation.ts';
import type { ModelSpec } from '../spec.ts';
import type { TargetShare } from '../summary.ts';
import { WORKLOAD, edge, loadBalancer, model, service } from '../testSpecs.ts';

/** Round robin over three services; s0 fails every request. */
function pool(outliers: boolean): ModelSpec {
  const detection = {
    consecutiveErrors: 5,
    intervalMs: 30_000,
    baseEjectionTimeMs: 30_000,
    maxEjectionTimeMs: 300_000,
    maxEjectionPercent: 50,
  };
  return model(
    [
      {
        kind: 'client',
        id: 'users',
        arrival: { type: 'constant', ratePerSec: 300 },
        workload: WORKLOAD,
      },
      loadBalancer('lb', 'round-robin', outliers ? { outlierDetection: detection } : {}),
      service('s0', { workers: 10, errorRate: 1, serviceTimeMs: { type: 'constant', value: 1 } }),
      service('s1', { workers: 10, serviceTimeMs: { type: 'constant', value: 1 } }),
      service('s2', { workers: 10, serviceTimeMs: { type: 'constant', value: 1 } }),
    ],
    [edge(0, 1), edge(1, 2), edge(1, 3), edge(1, 4)],
    { durationMs: 100_000 },
  );
}

describe('outlier ejection', () => {
  it('ejects a failing target after 5 consecutive errors, for 30 s, then 60 s (growing with repeats)', () => {
    const sim = createSimulation(pool(true));
    sim.runToEnd();
    const s = sim.summary();
    const sent = (s.nodes['lb']!['targets'] as Record<string, TargetShare>)['s0']!.requests;
    // 5 calls, ejected 30 s, 5 calls, ejected 60 s, 5 calls at ~90 s: 15 in all.
    expect(sent).toBe(15);
    expect(s.nodes['lb']!['ejections']).toBe(3);
    expect(s.totals.failed).toBe(15);
    const without = createSimulation(pool(false));
    without.runToEnd();
    expect(without.summary().totals.failed).toBeGreaterThan(9000);
  });
});
