import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STACK_IDS, problems, stackDoc, stackWith, stackWithEdges } from './testing/problems.ts';
import { validateScenario } from './validate.ts';

type Json = Record<string, unknown>;

/** `stackDoc()` without the edges at `drop` (indices). */
function without(...drop: number[]): Json {
  const doc = stackDoc();
  doc.edges = (doc.edges as Json[]).filter((_, i) => !drop.includes(i));
  return doc;
}

describe('topology rules by kind', () => {
  it('accepts a graph with every kind', () => {
    expect(problems(stackDoc())).toEqual([]);
  });

  it('wants exactly one backing store for a cache', () => {
    expect(problems(without(3))).toEqual([
      'nodes[3]: cache "cache" has no backing store; add an edge from it to the node that holds the data',
    ]);
    expect(problems(stackWithEdges({ from: 'cache', to: 'db-0' }))).toEqual([
      'edges[8].from: a cache has exactly one backing store ("cache" already uses edges[3])',
    ]);
  });

  it('wants shards for a shard router and none below a database', () => {
    const doc = without(4, 5);
    expect(problems(doc)).toEqual([
      'nodes[4]: shard router "router" has no shards; add an edge from it to each shard',
    ]);
    expect(problems(stackWithEdges({ from: 'db-0', to: 'db-1' }))).toEqual([
      'edges[8].from: database "db-0" is a leaf; it cannot call other nodes',
    ]);
  });

  it('wants exactly one consumer for a queue, and it must be a service', () => {
    expect(problems(without(7))).toEqual([
      'nodes[7]: queue "orders" has no consumer; add an edge from it to the service that consumes it',
    ]);
    expect(problems(stackWithEdges({ from: 'orders', to: 'db-1' }))).toEqual([
      'edges[8].from: a queue has exactly one consumer ("orders" already uses edges[7])',
    ]);
    const doc = stackDoc();
    (doc.edges as Json[])[7] = { from: 'orders', to: 'db-1' };
    expect(problems(doc)).toEqual([
      'edges[7].to: the consumer of queue "orders" must be a service ("db-1" is a database)',
    ]);
  });

  it('lets a balancer target any kind but a client, and a service call several nodes', () => {
    const doc = stackWithEdges({ from: 'lb', to: 'router' }, { from: 'api', to: 'db-1' });
    expect(problems(doc)).toEqual([]);
  });

  it('takes `when` only on edges from a service', () => {
    const doc = stackDoc();
    const edges = doc.edges as Json[];
    edges[2] = { ...edges[2], when: 'reads' };
    edges[6] = { ...edges[6], when: 'writes' };
    expect(problems(doc)).toEqual([]);
    edges[1] = { ...edges[1], when: 'reads' };
    edges[3] = { ...edges[3], when: 'always' };
    expect(problems(doc)).toEqual([
      'edges[1].when: only applies to edges from a service ("lb" is a load-balancer)',
      'edges[3].when: only applies to edges from a service ("cache" is a cache)',
    ]);
    edges[2] = { ...edges[2], when: 'sometimes' };
    expect(problems(doc)[0]).toBe(
      'edges[2].when: must be one of "always", "reads", "writes" (got "sometimes")',
    );
  });
});

describe('settings checked against the number of targets', () => {
  it('wants a Maglev table at least as large as the target count', () => {
    const targets = Array.from({ length: 4 }, (_, i) => `s${i}`);
    const doc = stackWith('lb', { strategy: 'maglev', maglevTableSize: 3 });
    const time = { type: 'constant', value: 1 };
    doc.nodes = [
      ...(doc.nodes as Json[]),
      ...targets.map((id) => ({ id, kind: 'service', workers: 1, serviceTimeMs: time })),
    ];
    doc.edges = [...(doc.edges as Json[]), ...targets.map((to) => ({ from: 'lb', to }))];
    expect(problems(doc)).toEqual([
      'nodes[1].maglevTableSize: must be at least the number of targets (5) (got 3)',
    ]);
    (doc.nodes as Json[])[1] = { id: 'lb', kind: 'load-balancer', strategy: 'maglev' };
    expect(problems(doc)).toEqual([]);
  });

  it('wants one range boundary fewer than the shards', () => {
    const range = (rangeBoundaries: number[]): string[] =>
      problems(stackWith('router', { strategy: 'range', rangeBoundaries }));
    expect(range([500])).toEqual([]);
    expect(range([])).toEqual([
      'nodes[4].rangeBoundaries: must hold 1 boundaries for 2 shards, one fewer than the shards (got 0)',
    ]);
    expect(range([10, 20])).toEqual([
      'nodes[4].rangeBoundaries: must hold 1 boundaries for 2 shards, one fewer than the shards (got 2)',
    ]);
    expect(range([20, 10])).toEqual([
      'nodes[4].rangeBoundaries[1]: must be greater than the boundary before it (20)',
    ]);
  });
});

describe('fuzz: any value in any field of any kind', () => {
  const fields = [
    'strategy',
    'virtualNodes',
    'maglevTableSize',
    'healthCheck',
    'maxPending',
    'capacity',
    'writePolicy',
    'writeBehind',
    'rangeBoundaries',
    'replicas',
    'replicationLagMs',
    'partitions',
    'instances',
    'callMode',
    'arrival',
    'workload',
    'kind',
  ];

  it('never throws, and names a path for every problem', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STACK_IDS),
        fc.constantFrom(...fields),
        fc.jsonValue(),
        (id, key, value) => {
          const result = validateScenario(stackWith(id, { [key]: value }));
          expect(result.ok || result.errors.every((e) => e.path !== '' && e.message !== '')).toBe(
            true,
          );
        },
      ),
      { numRuns: 1000 },
    );
  });
});
