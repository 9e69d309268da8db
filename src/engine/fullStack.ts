/** The full-stack model of the benchmarks and tests: client → LB → 4 services → cache → shard router → 4 shards. */
import type { ModelSpec, NodeSpec } from './spec.ts';
import { WORKLOAD, edge, loadBalancer, model, service } from './testSpecs.ts';

export function fullStackSpec(
  opts: { ratePerSec?: number; durationMs?: number; seed?: number; warmupMs?: number } = {},
): ModelSpec {
  const exp = (mean: number) => ({ type: 'exponential', mean }) as const;
  const nodes: NodeSpec[] = [
    {
      kind: 'client',
      id: 'users',
      arrival: { type: 'poisson', ratePerSec: opts.ratePerSec ?? 4000 },
      workload: {
        ...WORKLOAD,
        readRatio: 0.9,
        keyCount: 100_000,
        keys: { type: 'zipf', exponent: 0.99 },
      },
    },
    loadBalancer('lb', 'least-connections'),
    ...[0, 1, 2, 3].map((i) => service(`api-${i}`, { workers: 8, serviceTimeMs: exp(2) })),
    {
      kind: 'cache',
      id: 'cache',
      capacity: 10_000,
      eviction: 'lru',
      ttlMs: 60_000,
      hitTimeMs: { type: 'constant', value: 0.5 },
      writePolicy: 'cache-aside',
      writeBehind: { queueCapacity: 10_000, flushIntervalMs: 100, batchSize: 100, maxRetries: 3 },
      warm: false,
    },
    {
      kind: 'shard-router',
      id: 'router',
      strategy: 'consistent-hash',
      virtualNodes: 150,
      rangeBoundaries: null,
    },
    ...[0, 1, 2, 3].map((i): NodeSpec => ({
      kind: 'database',
      id: `shard-${i}`,
      workers: 8,
      queueCapacity: Infinity,
      readTimeMs: exp(3),
      writeTimeMs: exp(6),
      replicas: 0,
      replicationLagMs: { type: 'constant', value: 0 },
    })),
  ];
  const edges = [
    edge(0, 1),
    ...[0, 1, 2, 3].map((i) => edge(1, 2 + i)),
    ...[0, 1, 2, 3].map((i) => edge(2 + i, 6)),
    edge(6, 7),
    ...[0, 1, 2, 3].map((i) => edge(7, 8 + i)),
  ];
  return model(nodes, edges, {
    durationMs: opts.durationMs ?? 60_000,
    seed: opts.seed ?? 1,
    warmupMs: opts.warmupMs ?? 5000,
  });
}
