import { describe, expect, it } from 'vitest';
import { lruHitRatioChe, zipfPopularities } from '../../lib/cacheTheory.ts';
import { createSimulation } from '../simulation.ts';
import type { CacheSpec, ModelSpec, NodeSpec, WorkloadSpec } from '../spec.ts';
import { WORKLOAD, edge, model, service } from '../testSpecs.ts';

const EXP = (mean: number) => ({ type: 'exponential', mean }) as const;

function cache(fields: Partial<CacheSpec> = {}): CacheSpec {
  return {
    kind: 'cache',
    id: 'cache',
    capacity: 100,
    eviction: 'lru',
    ttlMs: Infinity,
    hitTimeMs: { type: 'constant', value: 0.5 },
    writePolicy: 'cache-aside',
    writeBehind: { queueCapacity: 100_000, flushIntervalMs: 100, batchSize: 100, maxRetries: 3 },
    warm: false,
    ...fields,
  };
}

function db(id = 'db'): NodeSpec {
  return {
    kind: 'database',
    id,
    workers: 64,
    queueCapacity: Infinity,
    readTimeMs: EXP(2),
    writeTimeMs: EXP(4),
    replicas: 0,
    replicationLagMs: { type: 'constant', value: 0 },
  };
}

/** client → cache → database. */
function cached(
  c: Partial<CacheSpec>,
  workload: Partial<WorkloadSpec>,
  opts: Partial<ModelSpec> = {},
): ModelSpec {
  return model(
    [
      {
        kind: 'client',
        id: 'users',
        arrival: { type: 'poisson', ratePerSec: 1000 },
        workload: { ...WORKLOAD, ...workload },
      },
      cache(c),
      db(),
    ],
    [edge(0, 1), edge(1, 2)],
    { durationMs: 60_000, ...opts },
  );
}

function run(spec: ModelSpec) {
  const sim = createSimulation(spec);
  sim.runToEnd();
  return sim.summary();
}

describe('cache', { timeout: 60_000 }, () => {
  it("LRU hit ratio under Zipf matches Che's approximation", () => {
    for (const [keys, exponent, capacity] of [
      [5000, 0.8, 250],
      [5000, 1.0, 500],
      [2000, 1.0, 20],
    ] as const) {
      const s = run(
        cached(
          { capacity },
          { keyCount: keys, keys: { type: 'zipf', exponent } },
          { durationMs: 300_000, warmupMs: 60_000 },
        ),
      );
      const che = lruHitRatioChe(zipfPopularities(keys, exponent), capacity);
      expect(Math.abs((s.nodes['cache']!['hitRatio'] as number) - che)).toBeLessThan(0.01);
    }
  });

  it('misses go to the backing store; hits do not', () => {
    const s = run(
      cached({ capacity: 100 }, { keyCount: 1000, keys: { type: 'zipf', exponent: 1 } }),
    );
    const c = s.nodes['cache']!;
    expect(c['misses']).toBeGreaterThan(1000);
    expect(c['hits']).toBeGreaterThan(1000);
    expect(s.nodes['db']!.arrivals).toBe(c['misses']); // all reads: the store sees exactly the misses
    expect((c['hits'] as number) + (c['misses'] as number)).toBe(c.arrivals);
  });

  it('cache-aside invalidates on write; reads of keys that writes bypass go stale until the TTL', () => {
    const asideSpec = cached({ capacity: 1000 }, { keyCount: 1000, readRatio: 0.8 });
    const latency = { type: 'constant', value: 1 } as const;
    const aside = run({ ...asideSpec, edges: [edge(0, 1), edge(1, 2, latency)] });
    // Only the race windows (a read between commit and invalidation, or a fill overtaken by a write) are stale.
    const asideStale = aside.nodes['cache']!['staleReads'] as number;
    expect(asideStale).toBeGreaterThan(0);
    expect(asideStale / (aside.nodes['cache']!['hits'] as number)).toBeLessThan(0.01);
    // Writes straight to the database (the service's write edge skips the cache): many stale hits.
    const bypass = model(
      [
        {
          kind: 'client',
          id: 'users',
          arrival: { type: 'poisson', ratePerSec: 1000 },
          workload: { ...WORKLOAD, keyCount: 1000, readRatio: 0.8 },
        },
        service('svc', { workers: 100, serviceTimeMs: { type: 'constant', value: 0.1 } }),
        cache({ capacity: 1000, ttlMs: 5000 }),
        db(),
      ],
      [edge(0, 1), edge(1, 2, null, 'reads'), edge(1, 3, null, 'writes'), edge(2, 3)],
      { durationMs: 60_000 },
    );
    const b = run(bypass).nodes['cache']!;
    expect((b['staleReads'] as number) / (b['hits'] as number)).toBeGreaterThan(0.3);
  });

  it('write-through keeps the cache fresh: written keys hit afterwards', () => {
    const s = run(
      cached({ capacity: 1000, writePolicy: 'write-through' }, { keyCount: 200, readRatio: 0.5 }),
    );
    expect(s.nodes['cache']!['hitRatio'] as number).toBeGreaterThan(0.95);
  });

  it('write-behind: a cache that dies with queued writes reports exactly those as lost', () => {
    // Flushes every 20 s: at the crash (10 s) every accepted write is still queued.
    const spec = cached(
      {
        capacity: 10_000,
        writePolicy: 'write-behind',
        writeBehind: {
          queueCapacity: 100_000,
          flushIntervalMs: 20_000,
          batchSize: 100,
          maxRetries: 3,
        },
      },
      { keyCount: 1000, readRatio: 0 },
      { durationMs: 15_000, faults: [{ type: 'crash', node: 1, atMs: 10_000, durationMs: 5000 }] },
    );
    const s = run(spec);
    const c = s.nodes['cache']!;
    // Down from 10 s to the end: every write the cache acknowledged was still queued — lost, all of them.
    expect(c.completed).toBeGreaterThan(9000);
    expect(c['lostWrites']).toBe(c.completed);
    expect(s.nodes['db']!.arrivals).toBe(0);
  });

  it('write-behind flushes in batches, and a store that refuses them loses the writes after the retries', () => {
    const spec = cached(
      {
        capacity: 10_000,
        writePolicy: 'write-behind',
        writeBehind: { queueCapacity: 100_000, flushIntervalMs: 100, batchSize: 50, maxRetries: 2 },
      },
      { keyCount: 1000, readRatio: 0 },
      { durationMs: 10_000, faults: [{ type: 'crash', node: 2, atMs: 5000, durationMs: 1000 }] },
    );
    const s = run(spec);
    const c = s.nodes['cache']!;
    const db = s.nodes['db']!;
    // ~1000 writes/s in batches of at most 50, every 100 ms: far fewer store calls than writes.
    expect(db.arrivals).toBeLessThan(c.completed / 10);
    // While the store is down (1 s) flushes fail three times in a row and their writes are lost.
    expect(c['lostWrites']).toBeGreaterThan(500);
    expect(c['lostWrites']).toBeLessThan(1200);
  });
});
