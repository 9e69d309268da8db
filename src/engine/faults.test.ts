import { describe, expect, it } from 'vitest';
import { createSimulation } from './simulation.ts';
import type { FaultSpec, ModelSpec } from './spec.ts';
import { WORKLOAD, edge, model, service } from './testSpecs.ts';

const C = (value: number) => ({ type: 'constant', value }) as const;

/** client (100/s, constant) → svc (5 ms), 20 s; faults from 5 s to 10 s. */
function chain(faults: FaultSpec[], timeoutMs = Infinity): ModelSpec {
  return model(
    [
      {
        kind: 'client',
        id: 'users',
        arrival: { type: 'constant', ratePerSec: 100 },
        workload: WORKLOAD,
      },
      service('svc', { workers: 100, serviceTimeMs: C(5) }),
    ],
    [{ ...edge(0, 1, C(1)), policy: { timeoutMs, retry: null } }],
    { durationMs: 20_000, faults },
  );
}

function run(spec: ModelSpec) {
  const sim = createSimulation(spec);
  sim.runToEnd();
  return sim.summary();
}

describe('faults', () => {
  it('errors: the node fails requests with the given probability while the fault lasts', () => {
    const s = run(
      chain([{ type: 'errors', node: 1, atMs: 5000, durationMs: 5000, probability: 0.5 }]),
    );
    const failed = s.nodes['svc']!.failures['injected-error']!;
    // Half of the 500 requests sent in those 5 s.
    expect(failed / 250).toBeGreaterThan(0.85);
    expect(failed / 250).toBeLessThan(1.15);
  });

  it('latency: an edge adds its delay both ways while the fault lasts', () => {
    const s = run(chain([{ type: 'latency', edge: 0, atMs: 0, durationMs: 20_000, addMs: 50 }]));
    expect(s.totals.latencyMs.mean).toBeCloseTo(1 + 50 + 5 + 1 + 50, 6);
  });

  it('partition: messages are lost; callers time out, and traffic flows again when it heals', () => {
    const s = run(chain([{ type: 'partition', edge: 0, atMs: 5000, durationMs: 5000 }], 200));
    expect(s.totals.failed).toBeGreaterThan(480);
    expect(s.totals.failed).toBeLessThan(520);
    expect(s.nodes['users']!.failures['timeout']).toBe(s.totals.failed);
    // The service saw nothing of the lost requests.
    expect(s.nodes['svc']!.arrivals).toBe(s.totals.requests - s.totals.failed);
  });

  it('cache-flush: a cache starts cold again — misses jump right after the flush', () => {
    const spec = model(
      [
        {
          kind: 'client',
          id: 'users',
          arrival: { type: 'poisson', ratePerSec: 1000 },
          workload: { ...WORKLOAD, keyCount: 500 },
        },
        {
          kind: 'cache',
          id: 'cache',
          capacity: 1000,
          eviction: 'lru',
          ttlMs: Infinity,
          hitTimeMs: C(0.5),
          writePolicy: 'cache-aside',
          writeBehind: { queueCapacity: 10, flushIntervalMs: 100, batchSize: 10, maxRetries: 0 },
          warm: false,
        },
        {
          kind: 'database',
          id: 'db',
          workers: 50,
          queueCapacity: Infinity,
          readTimeMs: C(2),
          writeTimeMs: C(2),
          replicas: 0,
          replicationLagMs: C(0),
        },
      ],
      [edge(0, 1), edge(1, 2)],
      {
        durationMs: 20_000,
        faults: [{ type: 'cache-flush', node: 1, atMs: 10_000, durationMs: 0 }],
      },
    );
    const sim = createSimulation(spec);
    sim.runToEnd();
    const s = sim.summary().nodes['cache']!;
    // 500 keys: 500 cold misses at the start and about 500 again after the flush.
    expect(s['misses']).toBeGreaterThan(900);
    expect(s['misses']).toBeLessThan(1100);
  });
});
