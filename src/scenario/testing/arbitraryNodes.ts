/**
 * fast-check generators of valid nodes of every kind (test-only), with each
 * optional field present or absent. Fields that only apply in some settings
 * (virtual nodes, write-behind, replication lag…) appear only there.
 */
import fc from 'fast-check';
import type { HealthCheck, NodeBody, ScenarioNode } from '../nodeTypes.ts';
import type { Arrival, Dist, Workload } from '../types.ts';

/** A finite double in [min, max], never -0 (JSON cannot keep it; validation turns it into 0). */
export const num = (min: number, max: number): fc.Arbitrary<number> =>
  fc.double({ min, max, noNaN: true }).map((x) => x + 0);
const positive = num(0.001, 10_000);
const nonNegative = num(0, 10_000);
const int = (min: number, max: number): fc.Arbitrary<number> => fc.integer({ min, max });
/** A record whose keys may each be missing (never `undefined`). */
const partial = <T>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }): fc.Arbitrary<Partial<T>> =>
  fc.record(model, { requiredKeys: [] }) as fc.Arbitrary<Partial<T>>;

/** Any valid distribution. */
export const distArb: fc.Arbitrary<Dist> = fc.oneof(
  nonNegative.map((value): Dist => ({ type: 'constant', value })),
  positive.map((mean): Dist => ({ type: 'exponential', mean })),
  fc
    .tuple(nonNegative, nonNegative)
    .map(([a, b]): Dist => ({ type: 'uniform', min: Math.min(a, b), max: Math.max(a, b) })),
  fc
    .tuple(positive, num(1, 100))
    .map(([median, k]): Dist => ({ type: 'lognormal', median, p99: median * k })),
  fc.tuple(num(-5, 10), num(0, 3)).map(([mu, sigma]): Dist => ({ type: 'lognormal', mu, sigma })),
  fc.tuple(nonNegative, nonNegative).map(([mean, sd]): Dist => ({ type: 'normal', mean, sd })),
  fc
    .tuple(positive, num(0.1, 10))
    .map(([scale, shape]): Dist => ({ type: 'pareto', scale, shape })),
);

const rate = num(0.01, 10_000);
const stepsArb = fc
  .uniqueArray(int(1, 1_000_000), { maxLength: 5 })
  .chain((times) =>
    fc.tuple(
      ...[0, ...times.sort((a, b) => a - b)].map((t) => fc.tuple(fc.constant(t), num(0, 1000))),
    ),
  )
  .map((steps): Arrival => ({
    type: 'steps',
    steps: steps.map(([atMs, ratePerSec]) => ({ atMs, ratePerSec })),
  }));

/** Any valid arrival process. */
export const arrivalArb: fc.Arbitrary<Arrival> = fc.oneof(
  rate.map((ratePerSec): Arrival => ({ type: 'poisson', ratePerSec })),
  rate.map((ratePerSec): Arrival => ({ type: 'constant', ratePerSec })),
  stepsArb,
  fc
    .record(
      {
        fromPerSec: num(0, 1000),
        toPerSec: num(0, 1000),
        startMs: num(0, 1e6),
        durationMs: num(1, 1e6),
      },
      { requiredKeys: ['fromPerSec', 'toPerSec', 'durationMs'] },
    )
    .map((r): Arrival => ({ type: 'ramp', ...r })),
  fc
    .record({
      ratePerSec: num(0, 1000),
      spikeRatePerSec: num(0, 1e4),
      atMs: num(0, 1e6),
      durationMs: num(1, 1e6),
    })
    .map((r): Arrival => ({ type: 'spike', ...r })),
  fc
    .tuple(int(1, 1000), distArb)
    .map(([users, thinkTimeMs]): Arrival => ({ type: 'users', users, thinkTimeMs })),
);

const keysArb: fc.Arbitrary<Workload['keys']> = fc.oneof(
  fc.record({ count: int(1, 1e6), distribution: fc.constant('uniform' as const) }),
  fc.record(
    { count: int(1, 1e6), distribution: fc.constant('zipf' as const), exponent: num(0.01, 3) },
    { requiredKeys: ['count', 'distribution'] },
  ),
  int(2, 1e6).chain((count) =>
    fc.record(
      {
        count: fc.constant(count),
        distribution: fc.constant('hot-key' as const),
        hotKeys: int(1, count - 1),
        hotShare: num(0, 1),
      },
      { requiredKeys: ['count', 'distribution'] },
    ),
  ),
);

/** Any valid workload. */
export const workloadArb: fc.Arbitrary<Workload> = fc.record(
  { readRatio: num(0, 1), keys: keysArb, batchSize: int(1, 64), crossShardRatio: num(0, 1) },
  { requiredKeys: ['readRatio', 'keys'] },
);

/** A service body. */
export const serviceArb: fc.Arbitrary<NodeBody> = fc
  .tuple(
    fc.record(
      { workers: int(1, 64), queueCapacity: int(0, 1000), serviceTimeMs: distArb },
      { requiredKeys: ['workers', 'serviceTimeMs'] },
    ),
    partial({
      instances: int(1, 10),
      weight: num(0.01, 100),
      errorRate: num(0, 1),
      callMode: fc.constantFrom('sequential' as const, 'parallel' as const),
      holdWorkerDuringCalls: fc.boolean(),
    }),
  )
  .map(([base, extra]) => ({ kind: 'service', ...base, ...extra }));

const healthCheckArb: fc.Arbitrary<HealthCheck> = fc
  .tuple(
    fc.option(fc.tuple(int(2, 60_000), num(0.01, 0.99)), { nil: undefined }),
    partial({ unhealthyThreshold: int(1, 10), healthyThreshold: int(1, 10) }),
  )
  .map(([times, thresholds]) => ({
    ...(times === undefined
      ? {}
      : { intervalMs: times[0], timeoutMs: Math.max(1, Math.floor(times[0] * times[1])) }),
    ...thresholds,
  }));

const limitsArb = fc.oneof(
  fc.constant({}),
  fc.record(
    { maxConnectionsPerTarget: int(1, 100), maxPending: int(0, 100) },
    { requiredKeys: ['maxConnectionsPerTarget'] },
  ),
);

/** A load-balancer body for up to 1009 targets. */
export const loadBalancerArb: fc.Arbitrary<NodeBody> = fc
  .constantFrom(
    'round-robin' as const,
    'weighted-round-robin' as const,
    'least-connections' as const,
    'random' as const,
    'power-of-two-choices' as const,
    'least-response-time' as const,
    'key-hash' as const,
    'consistent-hash' as const,
    'maglev' as const,
  )
  .chain((strategy) =>
    fc.tuple(
      fc.constant(strategy),
      strategy === 'consistent-hash' ? partial({ virtualNodes: int(1, 1000) }) : fc.constant({}),
      strategy === 'maglev'
        ? partial({ maglevTableSize: fc.constantFrom(1009, 65537) })
        : fc.constant({}),
      strategy === 'least-response-time' ? partial({ ewmaDecayMs: num(1, 1e5) }) : fc.constant({}),
      partial({ healthCheck: healthCheckArb }),
      limitsArb,
    ),
  )
  .map(([strategy, vn, table, decay, hc, limits]) => ({
    kind: 'load-balancer',
    strategy,
    ...vn,
    ...table,
    ...decay,
    ...hc,
    ...limits,
  }));

/** A cache body. */
export const cacheArb: fc.Arbitrary<NodeBody> = fc
  .tuple(
    int(1, 2 ** 28),
    partial({
      eviction: fc.constantFrom('lru' as const, 'lfu' as const, 'fifo' as const, 'random' as const),
      ttlMs: num(1, 1e6),
      hitTimeMs: distArb,
      warm: fc.boolean(),
    }),
    fc.oneof(
      partial({ writePolicy: fc.constantFrom('cache-aside' as const, 'write-through' as const) }),
      fc.record(
        {
          writePolicy: fc.constant('write-behind' as const),
          writeBehind: partial({
            queueCapacity: int(1, 1e5),
            flushIntervalMs: num(1, 1000),
            batchSize: int(1, 1000),
            maxRetries: int(0, 10),
          }),
        },
        { requiredKeys: ['writePolicy'] },
      ),
    ),
  )
  .map(([capacity, extra, write]) => ({ kind: 'cache', capacity, ...extra, ...write }));

/** A shard-router body for `shards` shards. */
export const shardRouterArb = (shards: number): fc.Arbitrary<NodeBody> =>
  fc
    .constantFrom(
      'range' as const,
      'hash-mod' as const,
      'consistent-hash' as const,
      'jump' as const,
      'rendezvous' as const,
    )
    .chain((strategy) =>
      fc.tuple(
        fc.constant(strategy),
        strategy === 'consistent-hash' ? partial({ virtualNodes: int(1, 1000) }) : fc.constant({}),
        strategy === 'range'
          ? partial({
              rangeBoundaries: fc
                .uniqueArray(int(1, 1e9), { minLength: shards - 1, maxLength: shards - 1 })
                .map((b) => b.sort((x, y) => x - y)),
            })
          : fc.constant({}),
      ),
    )
    .map(([strategy, vn, bounds]) => ({ kind: 'shard-router', strategy, ...vn, ...bounds }));

/** A database body. */
export const databaseArb: fc.Arbitrary<NodeBody> = fc
  .tuple(
    fc.record(
      {
        workers: int(1, 64),
        queueCapacity: int(0, 1000),
        readTimeMs: distArb,
        writeTimeMs: distArb,
      },
      { requiredKeys: ['readTimeMs'] },
    ),
    fc.oneof(
      partial({ replicas: fc.constant(0) }),
      fc.record(
        { replicas: int(1, 16), replicationLagMs: distArb },
        { requiredKeys: ['replicas'] },
      ),
    ),
  )
  .map(([base, replicas]) => ({ kind: 'database', ...base, ...replicas }));

/** A queue body. */
export const queueArb: fc.Arbitrary<NodeBody> = partial({
  partitions: int(1, 1024),
  lingerMs: num(0, 100),
  batchSize: int(1, 1000),
  appendTimeMs: distArb,
  maxRetries: int(0, 10),
  retryDelayMs: num(0, 1000),
}).map((q) => ({ kind: 'queue', ...q }));

/** Layout fields, each present or not. */
export const placementArb = fc.record(
  {
    label: fc.string({ maxLength: 30 }),
    x: fc.integer({ min: 0, max: 900 }),
    y: fc.integer({ min: 0, max: 500 }),
  },
  { requiredKeys: [] },
);

/** A whole node of `body`'s kind with id `id`. */
export const nodeArb = (id: string, body: fc.Arbitrary<NodeBody>): fc.Arbitrary<ScenarioNode> =>
  fc.tuple(placementArb, body).map(([place, b]) => ({ id, ...place, ...b }));
