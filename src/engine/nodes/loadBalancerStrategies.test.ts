import { describe, expect, it } from 'vitest';
import { createSimulation } from '../simulation.ts';
import type { LoadBalancerSpec, LoadBalancerStrategy, ModelSpec, NodeSpec } from '../spec.ts';
import { WORKLOAD, edge, loadBalancer, model, service } from '../testSpecs.ts';
import type { TargetShare } from '../summary.ts';
import { getMetric } from '../metrics/layout.ts';

function pool(
  strategy: LoadBalancerStrategy,
  opts: {
    weights?: number[];
    lb?: Partial<LoadBalancerSpec>;
    rate?: number;
    keys?: number;
    faults?: ModelSpec['faults'];
    durationMs?: number;
  } = {},
): ModelSpec {
  const weights = opts.weights ?? [1, 1, 1];
  const nodes: NodeSpec[] = [
    {
      kind: 'client',
      id: 'users',
      arrival: { type: 'poisson', ratePerSec: opts.rate ?? 300 },
      workload: { ...WORKLOAD, keyCount: opts.keys ?? 10_000 },
    },
    loadBalancer('lb', strategy, opts.lb),
    ...weights.map((w, i) =>
      service(`s${i}`, { weight: w, workers: 2, serviceTimeMs: { type: 'exponential', mean: 2 } }),
    ),
  ];
  return model(nodes, [edge(0, 1), ...weights.map((_, i) => edge(1, i + 2))], {
    durationMs: opts.durationMs ?? 20_000,
    faults: opts.faults ?? [],
  });
}

function run(spec: ModelSpec) {
  const sim = createSimulation(spec);
  sim.runToEnd();
  return { sim, summary: sim.summary() };
}

const shares = (s: ReturnType<typeof run>['summary']) =>
  Object.values(s.nodes['lb']!['targets'] as Record<string, TargetShare>);

describe('load balancer strategies', { timeout: 30_000 }, () => {
  it('weighted round robin (smooth) matches the weights exactly', () => {
    const { summary } = run(pool('weighted-round-robin', { weights: [5, 1, 1] }));
    const sent = shares(summary).map((t) => t.requests);
    const total = sent.reduce((a, b) => a + b, 0);
    // Over whole cycles of 7 the split is exact; at most one partial cycle is in flight.
    sent.forEach((n, i) =>
      expect(Math.abs(n - (total * [5, 1, 1][i]!) / 7)).toBeLessThanOrEqual(5),
    );
  });

  it.each(['key-hash', 'consistent-hash', 'maglev'] as const)(
    '%s sends every key to one target, spread over all',
    (strategy) => {
      const { summary } = run(pool(strategy, { keys: 50 }));
      const s = shares(summary);
      expect(s.every((t) => t.share > 0.1)).toBe(true);
      expect(summary.totals.failed).toBe(0);
    },
  );

  it('least-response-time (peak EWMA) steers away from a slow target', () => {
    const spec = pool('least-response-time');
    const slow = {
      ...spec,
      nodes: spec.nodes.map((n) =>
        n.id === 's0'
          ? service('s0', { workers: 2, serviceTimeMs: { type: 'exponential', mean: 20 } })
          : n,
      ),
    };
    const s = shares(run(slow).summary);
    expect(s[0]!.share).toBeLessThan(0.15);
    const rr = shares(
      run({
        ...slow,
        nodes: slow.nodes.map((n) => (n.id === 'lb' ? loadBalancer('lb', 'round-robin') : n)),
      }).summary,
    );
    expect(rr[0]!.share).toBeCloseTo(1 / 3, 2);
  });

  it('health checks take a crashed target out only after interval × threshold, and back after it recovers', () => {
    const healthCheck = {
      intervalMs: 1000,
      timeoutMs: 200,
      unhealthyThreshold: 3,
      healthyThreshold: 2,
    };
    const spec = pool('round-robin', {
      lb: { healthCheck },
      faults: [{ type: 'crash', node: 2, atMs: 10_000, durationMs: 5000 }],
      durationMs: 25_000,
    });
    const sim = createSimulation(spec);
    const failed: number[] = [];
    const arrivals: number[] = [];
    const healthy: number[] = [];
    while (!sim.done) {
      sim.runUntil(Infinity, 100_000);
      for (const f of sim.drainFrames()) {
        failed.push(getMetric(f, 1, 'failed'));
        arrivals.push(getMetric(f, 1, 'arrivals'));
        healthy.push(getMetric(f, 1, 'healthyTargets'));
      }
    }
    expect(failed.slice(0, 10).every((n) => n === 0)).toBe(true);
    // Probes fail from 10 s; the third failure (at 12.2 s, after its 200 ms timeout) ejects s0.
    for (const w of [10, 11]) expect(failed[w]! / arrivals[w]!).toBeCloseTo(1 / 3, 1);
    expect(failed[12]! / arrivals[12]!).toBeGreaterThan(0.02);
    expect(failed[12]! / arrivals[12]!).toBeLessThan(0.15);
    expect(failed.slice(13)).toEqual(failed.slice(13).map(() => 0));
    expect(healthy[11]).toBe(3);
    expect(healthy[12]).toBe(2);
    expect(healthy[14]).toBe(2);
    // Recovered at 15 s: two good probes (15 s, 16 s) put it back.
    expect(healthy[17]).toBe(3);
    expect(sim.summary().nodes['lb']!['healthTransitions']).toBe(2);
  });

  it('a connection limit queues calls at the balancer up to maxPending, then rejects', () => {
    const limited = (maxPending: number) =>
      run(pool('least-connections', { lb: { maxConnectionsPerTarget: 1, maxPending }, rate: 900 }))
        .summary;
    const noWait = limited(0);
    expect(noWait.nodes['lb']!.failures['rejected-queue-full']).toBeGreaterThan(100);
    const withWait = limited(1000);
    expect(withWait.nodes['lb']!.failed).toBe(0);
    expect(withWait.nodes['lb']!.latencyMs.mean).toBeGreaterThan(
      noWait.nodes['lb']!.latencyMs.mean,
    );
    // A target never has more than one call outstanding, so each service's queue stays empty.
    expect(withWait.nodes['s0']!.meanQueueLength).toBe(0);
  });
});
