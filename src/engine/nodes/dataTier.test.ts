import { describe, expect, it } from 'vitest';
import { createSimulation } from '../simulation.ts';
import type {
  DatabaseSpec,
  ModelSpec,
  NodeSpec,
  QueueSpec,
  ShardStrategy,
  WorkloadSpec,
} from '../spec.ts';
import type { TargetShare } from '../summary.ts';
import { WORKLOAD, edge, model, service } from '../testSpecs.ts';
import { keyMovement } from './shardSelector.ts';

const C = (value: number) => ({ type: 'constant', value }) as const;
const EXP = (mean: number) => ({ type: 'exponential', mean }) as const;

function database(id: string, fields: Partial<DatabaseSpec> = {}): DatabaseSpec {
  return {
    kind: 'database',
    id,
    workers: 16,
    queueCapacity: Infinity,
    readTimeMs: EXP(2),
    writeTimeMs: EXP(4),
    replicas: 0,
    replicationLagMs: C(0),
    ...fields,
  };
}

/** client → shard router → `shards` databases. */
function sharded(
  strategy: ShardStrategy,
  shards: number,
  workload: Partial<WorkloadSpec>,
  dbFields: Partial<DatabaseSpec> = {},
): ModelSpec {
  const nodes: NodeSpec[] = [
    {
      kind: 'client',
      id: 'users',
      arrival: { type: 'poisson', ratePerSec: 500 },
      workload: { ...WORKLOAD, keyCount: 100_000, ...workload },
    },
    { kind: 'shard-router', id: 'router', strategy, virtualNodes: 150, rangeBoundaries: null },
    ...Array.from({ length: shards }, (_, i) => database(`shard-${i}`, dbFields)),
  ];
  return model(nodes, [edge(0, 1), ...Array.from({ length: shards }, (_, i) => edge(1, i + 2))], {
    durationMs: 30_000,
  });
}

function run(spec: ModelSpec) {
  const sim = createSimulation(spec);
  sim.runToEnd();
  return sim.summary();
}

const targets = (s: ReturnType<typeof run>, id = 'router') =>
  s.nodes[id]!['targets'] as Record<string, TargetShare>;

describe('shard router and databases', { timeout: 30_000 }, () => {
  it.each(['range', 'hash-mod', 'consistent-hash', 'jump', 'rendezvous'] as const)(
    '%s spreads uniform keys over the shards and reports key shares',
    (strategy) => {
      const s = run(sharded(strategy, 4, {}));
      const t = Object.values(targets(s));
      expect(t).toHaveLength(4);
      for (const x of t) {
        expect(x.share).toBeGreaterThan(0.15);
        expect(x.keyShare).toBeGreaterThan(0.15);
      }
      expect(t.reduce((a, x) => a + (x.keyShare ?? 0), 0)).toBeCloseTo(1, 6);
      expect(s.nodes['router']!['imbalance']).toBeLessThan(0.3);
    },
  );

  it('a hot key makes its shard the hot spot (imbalance over the guide’s 30 % alert)', () => {
    const s = run(
      sharded('consistent-hash', 4, { keys: { type: 'hot-key', hotKeys: 1, hotShare: 0.5 } }),
    );
    expect(s.nodes['router']!['imbalance']).toBeGreaterThan(0.3);
  });

  it('a cross-shard query fans out to every shard and waits for the slowest', () => {
    const fixed = sharded('hash-mod', 4, { crossShardRatio: 1 }, { readTimeMs: C(3) });
    const slowest = {
      ...fixed,
      nodes: fixed.nodes.map((n) =>
        n.id === 'shard-2' ? database('shard-2', { readTimeMs: C(9) }) : n,
      ),
    };
    const s = run(slowest);
    expect(s.totals.latencyMs.mean).toBeCloseTo(9, 6);
    for (let i = 0; i < 4; i++)
      expect(s.nodes[`shard-${i}`]!.arrivals).toBe(s.nodes['router']!.arrivals);
  });

  it('a batch is split into one call per shard involved, each with that shard’s keys', () => {
    const s = run(sharded('hash-mod', 4, { batchSize: 8, readRatio: 1 }, { readTimeMs: C(1) }));
    const calls = [0, 1, 2, 3].reduce((n, i) => n + s.nodes[`shard-${i}`]!.arrivals, 0);
    const requests = s.nodes['router']!.arrivals;
    // 8 keys over 4 shards touch 4 × (1 − (3/4)^8) ≈ 3.6 shards on average.
    expect(calls / requests).toBeCloseTo(4 * (1 - 0.75 ** 8), 1);
    // A shard's call costs one read time per key it carries: 8 keys, ~2.2 per shard.
    expect(s.nodes['shard-0']!.latencyMs.mean).toBeCloseTo(8 / (4 * (1 - 0.75 ** 8)), 0);
  });

  it('adding a shard moves ~1/(N+1) of keys with consistent hashing, jump and rendezvous, ~N/(N+1) with mod-N', () => {
    const before = ['s0', 's1', 's2', 's3'];
    const after = [...before, 's4'];
    const routing = (strategy: ShardStrategy) => ({
      strategy,
      virtualNodes: 150,
      rangeBoundaries: null,
    });
    expect(keyMovement(routing('hash-mod'), before, after, 100_000).fraction).toBeCloseTo(0.8, 1);
    for (const s of ['jump', 'rendezvous'] as const) {
      const m = keyMovement(routing(s), before, after, 100_000);
      expect(m.fraction).toBeCloseTo(0.2, 2);
      expect(m.unnecessary).toBe(0);
    }
    const ring = keyMovement(routing('consistent-hash'), before, after, 100_000);
    expect(ring.fraction).toBeGreaterThan(0.14);
    expect(ring.fraction).toBeLessThan(0.26);
    expect(ring.unnecessary).toBe(0);
  });

  it('read replicas serve reads; replication lag makes some of them stale', () => {
    const spec = sharded(
      'hash-mod',
      1,
      { keyCount: 100, readRatio: 0.7 },
      { replicas: 2, replicationLagMs: EXP(50) },
    );
    const s = run(spec);
    const stale = s.nodes['shard-0']!['staleReads'] as number;
    expect(stale).toBeGreaterThan(100);
    const noLag = run(
      sharded(
        'hash-mod',
        1,
        { keyCount: 100, readRatio: 0.7 },
        { replicas: 2, replicationLagMs: C(0) },
      ),
    );
    expect(noLag.nodes['shard-0']!['staleReads']).toBe(0);
    const noReplicas = run(sharded('hash-mod', 1, { keyCount: 100, readRatio: 0.7 }));
    expect(noReplicas.nodes['shard-0']!['staleReads']).toBe(0);
  });
});

describe('message queue', { timeout: 30_000 }, () => {
  function queued(
    fields: Partial<QueueSpec>,
    consumerErrorRate: number,
    consumerMs = 1,
  ): ModelSpec {
    const q: QueueSpec = {
      kind: 'queue',
      id: 'q',
      partitions: 4,
      lingerMs: 5,
      batchSize: 10,
      appendTimeMs: C(1),
      maxRetries: 2,
      retryDelayMs: 10,
      ...fields,
    };
    return model(
      [
        {
          kind: 'client',
          id: 'producer',
          arrival: { type: 'poisson', ratePerSec: 400 },
          workload: { ...WORKLOAD, keyCount: 10_000 },
        },
        q,
        service('consumer', {
          workers: 8,
          errorRate: consumerErrorRate,
          serviceTimeMs: C(consumerMs),
        }),
      ],
      [edge(0, 1), edge(1, 2)],
      { durationMs: 30_000 },
    );
  }

  it('acknowledges producers after batching and appending; consumers keep up: small lag', () => {
    const s = run(queued({}, 0));
    const q = s.nodes['q']!;
    // Linger (≤ 5 ms) + append (1 ms): the producer's latency is at most ~6 ms.
    expect(s.totals.latencyMs.max).toBeLessThanOrEqual(6 + 1e-9);
    expect(q['lag'] as number).toBeLessThan(10);
    expect(s.nodes['consumer']!.arrivals).toBeGreaterThan(0.95 * s.totals.requests);
  });

  it('a failing message is retried, then dead-lettered: about rate^(retries+1) of messages', () => {
    const s = run(queued({ maxRetries: 2 }, 0.3));
    const q = s.nodes['q']!;
    const messages = s.totals.succeeded;
    expect((q['deadLetters'] as number) / messages).toBeCloseTo(0.3 ** 3, 2);
  });

  it('a slow consumer group falls behind: lag grows with one consumer per partition', () => {
    // 4 partitions, each consumed one message at a time at 20 ms: 200/s < 400/s produced.
    const s = run(queued({}, 0, 20));
    expect(s.nodes['q']!['lag'] as number).toBeGreaterThan(4000);
  });
});
