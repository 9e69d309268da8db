import { describe, expect, it } from 'vitest';
import { EDGE_METRIC } from '../metrics/layout.ts';
import { createSimulation } from '../simulation.ts';
import type { EdgePolicySpec, ModelSpec } from '../spec.ts';
import { WORKLOAD, edge, model, service } from '../testSpecs.ts';

const C = (value: number) => ({ type: 'constant', value }) as const;

describe('adaptive timeout', () => {
  it('follows 2 × recent p95: a 3× slowdown times out under it, never under a fixed 100 ms timeout', () => {
    const spec = (policy: EdgePolicySpec): ModelSpec =>
      model(
        [
          {
            kind: 'client',
            id: 'users',
            arrival: { type: 'poisson', ratePerSec: 100 },
            workload: WORKLOAD,
          },
          service('svc', { workers: 100, serviceTimeMs: C(20) }),
        ],
        [{ ...edge(0, 1), policy }],
        {
          durationMs: 30_000,
          faults: [{ type: 'slow', node: 1, atMs: 15_000, durationMs: 2000, factor: 3 }],
        },
      );
    const timeouts = (policy: EdgePolicySpec) => {
      const sim = createSimulation(spec(policy));
      let n = 0;
      while (!sim.done) {
        sim.runUntil(Infinity, 100_000);
        for (const f of sim.drainFrames()) n += f.edgeValues[EDGE_METRIC.timeouts]!;
      }
      return n;
    };
    // 2 × p95 of a constant 20 ms is 40 ms: the 60 ms calls of the slowdown time out until the estimate catches up.
    expect(
      timeouts({
        timeoutMs: Infinity,
        retry: null,
        adaptiveTimeout: { k: 2, minMs: 1, maxMs: 30_000 },
      }),
    ).toBeGreaterThan(10);
    expect(timeouts({ timeoutMs: 100, retry: null })).toBe(0);
  });
});

describe('bulkhead', () => {
  /** A thread-per-request front service (10 workers) calls a slow dependency for reads, a fast one for writes. */
  function isolation(bulkhead: EdgePolicySpec['bulkhead']): ModelSpec {
    const slowEdge = {
      ...edge(1, 2, null, 'reads'),
      ...(bulkhead === undefined ? {} : { policy: { timeoutMs: Infinity, retry: null, bulkhead } }),
    };
    return model(
      [
        {
          kind: 'client',
          id: 'users',
          arrival: { type: 'poisson', ratePerSec: 100 },
          workload: { ...WORKLOAD, readRatio: 0.5 },
        },
        service('front', { workers: 10, queueCapacity: 20, serviceTimeMs: C(1) }),
        service('slow', { workers: 100, serviceTimeMs: { type: 'exponential', mean: 300 } }),
        service('fast', { workers: 100, serviceTimeMs: C(1) }),
      ],
      [edge(0, 1), slowEdge, edge(1, 3, null, 'writes')],
      { durationMs: 60_000, warmupMs: 5000 },
    );
  }
  const run = (spec: ModelSpec) => {
    const sim = createSimulation(spec);
    sim.runToEnd();
    return sim.summary();
  };

  it('keeps a slow dependency from taking every worker: the writes keep flowing', () => {
    const without = run(isolation(undefined));
    const withBulkhead = run(isolation({ maxConcurrent: 4, maxWaiting: 0 }));
    const writes = (s: typeof without) =>
      s.nodes['fast']!.arrivals / (s.nodes['users']!.arrivals * 0.5);
    // Without it, reads hold all 10 workers (50/s × 300 ms = 15 > 10): the queue fills and writes are turned away too.
    expect(writes(without)).toBeLessThan(0.8);
    expect(writes(withBulkhead)).toBeGreaterThan(0.97);
    // The reads over the bulkhead's 4 permits fail fast instead.
    expect(withBulkhead.nodes['front']!.failures['rejected-bulkhead']).toBeGreaterThan(100);
  });

  it('queues up to maxWaiting and starts a waiting call when a permit frees up', () => {
    const s = run(isolation({ maxConcurrent: 4, maxWaiting: 1000 }));
    expect(s.nodes['front']!.failures['rejected-bulkhead'] ?? 0).toBe(0);
    expect(s.nodes['slow']!.meanInFlight).toBeLessThanOrEqual(4 + 1e-9);
    expect(s.nodes['slow']!.meanInFlight).toBeGreaterThan(3);
  });
});
