import { describe, expect, it } from 'vitest';
import { Z_99, compileScenario } from './compile.ts';
import { stackDoc, stackWith } from './testing/problems.ts';
import type { Scenario } from './types.ts';
import { validateScenario } from './validate.ts';

function compiled(doc: unknown): ReturnType<typeof compileScenario> {
  const result = validateScenario(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return compileScenario(result.scenario satisfies Scenario);
}
const exp2 = { type: 'exponential', mean: 2 } as const;
const INF = Number.POSITIVE_INFINITY;

describe('compileScenario: every kind with its defaults', () => {
  it('makes every field explicit', () => {
    const spec = compiled(stackDoc());
    expect(spec.nodes).toEqual([
      {
        kind: 'client',
        id: 'users',
        arrival: { type: 'poisson', ratePerSec: 100 },
        workload: {
          readRatio: 1,
          keyCount: 1000,
          keys: { type: 'uniform' },
          batchSize: 1,
          crossShardRatio: 0,
        },
      },
      {
        kind: 'load-balancer',
        id: 'lb',
        strategy: 'round-robin',
        virtualNodes: 150,
        maglevTableSize: 65537,
        ewmaDecayMs: 10_000,
        healthCheck: null,
        maxConnectionsPerTarget: INF,
        maxPending: 0,
      },
      {
        kind: 'service',
        id: 'api',
        workers: 2,
        queueCapacity: INF,
        serviceTimeMs: exp2,
        instances: 1,
        weight: 1,
        errorRate: 0,
        callMode: 'sequential',
        holdWorkerDuringCalls: true,
      },
      {
        kind: 'cache',
        id: 'cache',
        capacity: 100,
        eviction: 'lru',
        ttlMs: INF,
        hitTimeMs: { type: 'constant', value: 0.5 },
        writePolicy: 'cache-aside',
        writeBehind: { queueCapacity: 10_000, flushIntervalMs: 100, batchSize: 100, maxRetries: 3 },
        warm: false,
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
        id: 'db-0',
        workers: 8,
        queueCapacity: INF,
        readTimeMs: exp2,
        writeTimeMs: exp2,
        replicas: 0,
        replicationLagMs: { type: 'constant', value: 0 },
      },
      expect.objectContaining({ kind: 'database', id: 'db-1' }),
      {
        kind: 'queue',
        id: 'orders',
        partitions: 8,
        lingerMs: 5,
        batchSize: 100,
        appendTimeMs: { type: 'constant', value: 1 },
        maxRetries: 3,
        retryDelayMs: 100,
      },
      expect.objectContaining({ kind: 'service', id: 'worker' }),
    ]);
    expect(spec.edges[2]).toEqual({ from: 2, to: 3, latencyMs: null, when: 'always' });
    expect(spec.faults).toEqual([]);
  });
});

describe('compileScenario: every field given', () => {
  it('keeps the load balancer and its health check', () => {
    const hc = { intervalMs: 2000, timeoutMs: 500, unhealthyThreshold: 4, healthyThreshold: 1 };
    const lb = { strategy: 'maglev', maglevTableSize: 251, healthCheck: hc };
    const limits = { maxConnectionsPerTarget: 10, maxPending: 5 };
    expect(compiled(stackWith('lb', { ...lb, ...limits })).nodes[1]).toEqual({
      kind: 'load-balancer',
      id: 'lb',
      strategy: 'maglev',
      virtualNodes: 150,
      maglevTableSize: 251,
      ewmaDecayMs: 10_000,
      healthCheck: hc,
      maxConnectionsPerTarget: 10,
      maxPending: 5,
    });
    const partial = compiled(stackWith('lb', { healthCheck: { intervalMs: 10_000 } })).nodes[1];
    expect(partial).toMatchObject({
      healthCheck: {
        intervalMs: 10_000,
        timeoutMs: 5000,
        unhealthyThreshold: 3,
        healthyThreshold: 2,
      },
    });
  });

  it('keeps cache, router, database and queue settings', () => {
    const cache = {
      capacity: 7,
      eviction: 'lfu',
      ttlMs: 60_000,
      hitTimeMs: { type: 'lognormal', median: 1, p99: 4 },
      writePolicy: 'write-behind',
      writeBehind: { flushIntervalMs: 50 },
      warm: true,
    };
    expect(compiled(stackWith('cache', cache)).nodes[3]).toEqual({
      kind: 'cache',
      id: 'cache',
      capacity: 7,
      eviction: 'lfu',
      ttlMs: 60_000,
      hitTimeMs: { type: 'lognormal', mu: 0, sigma: Math.log(4) / Z_99 },
      writePolicy: 'write-behind',
      writeBehind: { queueCapacity: 10_000, flushIntervalMs: 50, batchSize: 100, maxRetries: 3 },
      warm: true,
    });
    const router = { strategy: 'range', rangeBoundaries: [300] };
    expect(compiled(stackWith('router', router)).nodes[4]).toMatchObject({
      rangeBoundaries: [300],
    });
    const lag = { type: 'uniform', min: 1, max: 9 };
    const db = {
      workers: 2,
      queueCapacity: 5,
      writeTimeMs: lag,
      replicas: 2,
      replicationLagMs: lag,
    };
    expect(compiled(stackWith('db-0', db)).nodes[5]).toEqual({
      kind: 'database',
      id: 'db-0',
      workers: 2,
      queueCapacity: 5,
      readTimeMs: exp2,
      writeTimeMs: lag,
      replicas: 2,
      replicationLagMs: lag,
    });
    const queue = {
      partitions: 4,
      lingerMs: 0,
      batchSize: 10,
      appendTimeMs: exp2,
      maxRetries: 0,
      retryDelayMs: 5,
    };
    expect(compiled(stackWith('orders', queue)).nodes[7]).toEqual({
      kind: 'queue',
      id: 'orders',
      ...queue,
    });
  });

  it('keeps service settings and edge conditions', () => {
    const api = {
      instances: 3,
      weight: 2,
      errorRate: 0.1,
      callMode: 'parallel',
      holdWorkerDuringCalls: false,
    };
    const doc = stackWith('api', api);
    (doc.edges as Record<string, unknown>[])[6] = { from: 'api', to: 'orders', when: 'writes' };
    const spec = compiled(doc);
    expect(spec.nodes[2]).toMatchObject(api);
    expect(spec.edges[6]).toEqual({ from: 2, to: 7, latencyMs: null, when: 'writes' });
  });

  it('compiles arrivals and key distributions', () => {
    const client = (arrival: unknown, workload?: unknown) =>
      compiled(stackWith('users', { arrival, ...(workload ? { workload } : {}) })).nodes[0];
    const steps = [
      { atMs: 0, ratePerSec: 1 },
      { atMs: 10, ratePerSec: 2 },
    ];
    expect(client({ type: 'steps', steps })).toMatchObject({ arrival: { type: 'steps', steps } });
    expect(client({ type: 'ramp', fromPerSec: 1, toPerSec: 9, durationMs: 5 })).toMatchObject({
      arrival: { type: 'ramp', fromPerSec: 1, toPerSec: 9, startMs: 0, durationMs: 5 },
    });
    const spike = { type: 'spike', ratePerSec: 1, spikeRatePerSec: 9, atMs: 3, durationMs: 5 };
    expect(client(spike)).toMatchObject({ arrival: spike });
    const poisson = { type: 'poisson', ratePerSec: 5 };
    const hot = { readRatio: 0.5, keys: { count: 50, distribution: 'hot-key' }, batchSize: 4 };
    expect(client(poisson, hot)).toMatchObject({
      workload: {
        readRatio: 0.5,
        keyCount: 50,
        keys: { type: 'hot-key', hotKeys: 1, hotShare: 0.5 },
        batchSize: 4,
        crossShardRatio: 0,
      },
    });
    const single = { readRatio: 1, keys: { count: 1, distribution: 'hot-key' } };
    expect(client(poisson, single)).toMatchObject({ workload: { keys: { type: 'uniform' } } });
  });

  it('resolves fault targets to node indices', () => {
    const faults = [{ type: 'crash', target: 'cache', atMs: 100, durationMs: 50 }];
    expect(compiled({ ...stackDoc(), faults }).faults).toEqual([
      { type: 'crash', node: 3, atMs: 100, durationMs: 50 },
    ]);
  });
});
