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

  it('traffic-spike: an open-loop client sends factor × as many requests while it lasts', () => {
    const sim = createSimulation(
      chain([{ type: 'traffic-spike', node: 0, atMs: 5000, durationMs: 5000, factor: 4 }]),
    );
    const perWindow: number[] = [];
    while (!sim.done) {
      sim.runUntil(Infinity, 100_000);
      for (const f of sim.drainFrames())
        perWindow.push(f.values[0 * (f.values.length / sim.layout.rows)]!);
    }
    expect(perWindow.slice(1, 5).every((n) => Math.abs(n - 100) <= 1)).toBe(true);
    expect(perWindow.slice(6, 10).every((n) => Math.abs(n - 400) <= 1)).toBe(true);
    expect(perWindow.slice(11, 20).every((n) => Math.abs(n - 100) <= 1)).toBe(true);
  });

  it('hot-key: a client sends its hot share to its first keys, making one shard hot', () => {
    const spec = model(
      [
        {
          kind: 'client',
          id: 'users',
          arrival: { type: 'poisson', ratePerSec: 500 },
          workload: { ...WORKLOAD, keyCount: 10_000 },
        },
        {
          kind: 'shard-router',
          id: 'router',
          strategy: 'hash-mod',
          virtualNodes: 150,
          rangeBoundaries: null,
        },
        ...[0, 1, 2, 3].map((i) => ({
          kind: 'database' as const,
          id: `db-${i}`,
          workers: 50,
          queueCapacity: Infinity,
          readTimeMs: C(1),
          writeTimeMs: C(1),
          replicas: 0,
          replicationLagMs: C(0),
        })),
      ],
      [edge(0, 1), edge(1, 2), edge(1, 3), edge(1, 4), edge(1, 5)],
      {
        durationMs: 20_000,
        faults: [
          { type: 'hot-key', node: 0, atMs: 0, durationMs: 20_000, hotKeys: 1, hotShare: 0.6 },
        ],
      },
    );
    const s = run(spec);
    expect(s.nodes['router']!['imbalance']).toBeGreaterThan(1); // one shard takes ~70 % of 4
  });

  it('replica-lag: writes committed during the fault reach the replicas factor × later', () => {
    const db = (factor: number | null): ModelSpec =>
      model(
        [
          {
            kind: 'client',
            id: 'users',
            arrival: { type: 'poisson', ratePerSec: 500 },
            workload: { ...WORKLOAD, keyCount: 50, readRatio: 0.7 },
          },
          {
            kind: 'shard-router',
            id: 'router',
            strategy: 'hash-mod',
            virtualNodes: 150,
            rangeBoundaries: null,
          },
          {
            kind: 'database',
            id: 'db',
            workers: 50,
            queueCapacity: Infinity,
            readTimeMs: C(1),
            writeTimeMs: C(1),
            replicas: 2,
            replicationLagMs: C(5),
          },
        ],
        [edge(0, 1), edge(1, 2)],
        {
          durationMs: 20_000,
          faults:
            factor === null
              ? []
              : [{ type: 'replica-lag', node: 2, atMs: 0, durationMs: 20_000, factor }],
        },
      );
    const normal = run(db(null)).nodes['db']!['staleReads'] as number;
    const lagging = run(db(20)).nodes['db']!['staleReads'] as number;
    expect(lagging).toBeGreaterThan(5 * normal);
  });
});
