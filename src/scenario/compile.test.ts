import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Z_99, compileDist, compileScenario } from './compile.ts';
import { SCENARIO_DEFAULTS } from './defaults.ts';
import { defaultScenario } from './presets.ts';
import { scenarioArb } from './testing/arbitraries.ts';
import { baseDoc } from './testing/baseScenario.ts';
import type { Scenario } from './types.ts';
import { validateScenario } from './validate.ts';

function scenarioOf(doc: unknown): Scenario {
  const result = validateScenario(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.scenario;
}

describe('compileDist', () => {
  it('turns lognormal median/p99 into mu/sigma of ln X', () => {
    const d = compileDist({ type: 'lognormal', median: 0.5, p99: 2 });
    expect(d).toEqual({ type: 'lognormal', mu: Math.log(0.5), sigma: Math.log(4) / Z_99 });
    if (d.type !== 'lognormal') throw new Error('not lognormal');
    // The quantiles come back: median = e^mu, p99 = e^(mu + z99·sigma).
    expect(Math.exp(d.mu)).toBeCloseTo(0.5, 12);
    expect(Math.exp(d.mu + Z_99 * d.sigma)).toBeCloseTo(2, 12);
    expect(d.sigma).toBeCloseTo(0.5959101717, 9);
  });

  it('keeps mu/sigma and every other type as written', () => {
    expect(compileDist({ type: 'lognormal', mu: 1, sigma: 0.5 })).toEqual({
      type: 'lognormal',
      mu: 1,
      sigma: 0.5,
    });
    expect(compileDist({ type: 'pareto', scale: 2, shape: 3 })).toEqual({
      type: 'pareto',
      scale: 2,
      shape: 3,
    });
  });

  it('has z99 equal to the standard normal 0.99 quantile', () => {
    // Φ(z) via erf series would be overkill; check against the tabulated value.
    expect(Z_99).toBeCloseTo(2.326347874, 9);
  });
});

describe('compileScenario', () => {
  it('keeps node order, resolves edges to indices and applies defaults', () => {
    const spec = compileScenario(scenarioOf({ ...baseDoc(), warmupMs: undefined }));
    expect(spec.nodes.map((n) => n.id)).toEqual(['users', 'lb', 'a', 'b']);
    expect(spec.edges).toEqual([
      { from: 0, to: 1, latencyMs: null, when: 'always' },
      { from: 1, to: 2, latencyMs: null, when: 'always' },
      { from: 1, to: 3, latencyMs: null, when: 'always' },
    ]);
    expect(spec.warmupMs).toBe(0);
    expect(spec.windowMs).toBe(1000);
    expect(spec.traceSamplePerWindow).toBe(20);
    expect(spec.faults).toEqual([]);
    expect(spec.nodes[0]).toEqual({
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
    });
    expect(spec.nodes[2]).toMatchObject({
      kind: 'service',
      queueCapacity: Number.POSITIVE_INFINITY,
    });
  });

  it('compiles the default preset', () => {
    const spec = compileScenario(defaultScenario);
    expect(spec).toMatchObject({ seed: 42, durationMs: 120_000, warmupMs: 10_000, windowMs: 1000 });
    expect(spec.nodes[2]).toMatchObject({ kind: 'service', workers: 2, queueCapacity: 100 });
    expect(spec.edges[1]?.latencyMs).toEqual({
      type: 'lognormal',
      mu: Math.log(0.5),
      sigma: Math.log(4) / Z_99,
    });
  });

  it('maps workload keys to keyCount and closed-loop think times', () => {
    const doc = baseDoc();
    (doc.nodes as Record<string, unknown>[])[0] = {
      id: 'users',
      kind: 'client',
      arrival: {
        type: 'users',
        users: 5,
        thinkTimeMs: { type: 'lognormal', median: 10, p99: 100 },
      },
      workload: { readRatio: 0.9, keys: { count: 42, distribution: 'zipf' } },
    };
    const client = compileScenario(scenarioOf(doc)).nodes[0];
    expect(client).toMatchObject({
      workload: { readRatio: 0.9, keyCount: 42, keys: { type: 'zipf', exponent: 0.99 } },
    });
    expect(
      client?.kind === 'client' &&
        client.arrival.type === 'users' &&
        client.arrival.thinkTimeMs.type,
    ).toBe('lognormal');
  });

  it('gives every valid scenario a spec whose edges point at real nodes', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const spec = compileScenario(s);
        expect(spec.nodes).toHaveLength(s.nodes.length);
        for (const e of spec.edges) {
          expect(spec.nodes[e.from]?.id).toBe(s.edges[spec.edges.indexOf(e)]?.from);
          expect(spec.nodes[e.to]).toBeDefined();
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('defaults', () => {
  it('are the documented values', () => {
    expect(SCENARIO_DEFAULTS).toEqual({
      windowMs: 1000,
      warmupMs: 0,
      workload: { readRatio: 1, keys: { count: 1000, distribution: 'uniform' } },
      zipfExponent: 0.99,
      hotKeys: 1,
      hotShare: 0.5,
      batchSize: 1,
      crossShardRatio: 0,
      rampStartMs: 0,
      queueCapacity: Number.POSITIVE_INFINITY,
      edgeLatencyMs: null,
      edgeWhen: 'always',
      retry: { maxAttempts: 3, baseMs: 1000, multiplier: 2, maxMs: 10_000, jitter: 'full' },
      outlierDetection: {
        consecutiveErrors: 5,
        intervalMs: 30_000,
        baseEjectionTimeMs: 30_000,
        maxEjectionTimeMs: 300_000,
        maxEjectionPercent: 10,
      },
      bulkhead: { maxConcurrent: 10, maxWaiting: 0 },
      adaptiveTimeout: { multiplier: 2, minMs: 1000, maxMs: 30_000 },
      retryBudget: { percentCanRetry: 0.2, minRetriesPerSec: 10, ttlMs: 10_000 },
      circuitBreaker: {
        openMs: 60_000,
        failureThreshold: 5,
        successThreshold: 3,
        windowType: 'count',
        windowSize: 100,
        minimumCalls: 100,
        failureRateThreshold: 50,
        slowCallDurationMs: 60_000,
        slowCallRateThreshold: 100,
        permittedCallsInHalfOpen: 10,
      },
      rateLimit: { burstSeconds: 1 },
      fallback: {
        type: 'error',
        maxAgeMs: Infinity,
        reconcileAfterMs: 30_000,
        maxReconcileAttempts: 3,
      },
      traceSamplePerWindow: 20,
      loadBalancer: {
        virtualNodes: 150,
        maglevTableSize: 65537,
        ewmaDecayMs: 10_000,
        maxConnectionsPerTarget: Number.POSITIVE_INFINITY,
        maxPending: 0,
      },
      healthCheck: {
        intervalMs: 30_000,
        timeoutMs: 5000,
        unhealthyThreshold: 3,
        healthyThreshold: 2,
      },
      autoscaling: {
        minInstances: 1,
        maxInstances: 10,
        targetUtilization: 0.7,
        tolerance: 0.1,
        evaluationIntervalMs: 15_000,
        scaleOutCooldownMs: 60_000,
        scaleInCooldownMs: 300_000,
        startupDelayMs: 30_000,
      },
      rule: { comparator: '>', forMs: 0, severity: 'warning' },
      chaos: { faults: [{ type: 'crash' }], targets: ['service'], startMs: 0, weight: 1 },
      service: {
        instances: 1,
        weight: 1,
        errorRate: 0,
        callMode: 'sequential',
        holdWorkerDuringCalls: true,
      },
      cache: {
        eviction: 'lru',
        ttlMs: Number.POSITIVE_INFINITY,
        hitTimeMs: { type: 'constant', value: 0.5 },
        writePolicy: 'cache-aside',
        warm: false,
      },
      writeBehind: { queueCapacity: 10_000, flushIntervalMs: 100, batchSize: 100, maxRetries: 3 },
      shardRouter: { virtualNodes: 150, rangeBoundaries: null },
      database: {
        workers: 8,
        queueCapacity: Number.POSITIVE_INFINITY,
        replicas: 0,
        replicationLagMs: { type: 'constant', value: 0 },
      },
      queue: {
        partitions: 8,
        lingerMs: 5,
        batchSize: 100,
        appendTimeMs: { type: 'constant', value: 1 },
        maxRetries: 3,
        retryDelayMs: 100,
      },
    });
  });

  it('are not written back into the document by validation', () => {
    const result = validateScenario({ ...baseDoc(), warmupMs: undefined });
    expect(result.ok && Object.keys(result.scenario)).toEqual([
      'version',
      'name',
      'seed',
      'durationMs',
      'nodes',
      'edges',
    ]);
  });
});
