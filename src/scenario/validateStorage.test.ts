import { describe, expect, it } from 'vitest';
import { problems, stackDoc, stackWith } from './testing/problems.ts';

const cache = (patch: Record<string, unknown>): string[] => problems(stackWith('cache', patch));
const db = (patch: Record<string, unknown>): string[] => problems(stackWith('db-0', patch));
const queue = (patch: Record<string, unknown>): string[] => problems(stackWith('orders', patch));

describe('cache fields', () => {
  it('accepts every policy and every optional field', () => {
    for (const eviction of ['lru', 'lfu', 'fifo', 'random']) {
      expect(cache({ eviction }), eviction).toEqual([]);
    }
    expect(
      cache({
        ttlMs: 60_000,
        hitTimeMs: { type: 'constant', value: 1 },
        writePolicy: 'write-behind',
        writeBehind: { queueCapacity: 5, flushIntervalMs: 50, batchSize: 10, maxRetries: 0 },
        warm: true,
      }),
    ).toEqual([]);
    expect(cache({ writePolicy: 'write-through' })).toEqual([]);
  });

  it('requires a capacity of 1..2^28 entries', () => {
    const doc = stackDoc();
    (doc.nodes as unknown[])[3] = { id: 'cache', kind: 'cache' };
    expect(problems(doc)).toEqual(['nodes[3].capacity: is required']);
    expect(cache({ capacity: 2 ** 28 + 1 })).toEqual([
      'nodes[3].capacity: must be at most 268435456 (got 268435457)',
    ]);
  });

  it('checks each field at its path', () => {
    expect(cache({ eviction: 'mru', ttlMs: 0, warm: 'yes' })).toEqual([
      'nodes[3].eviction: must be one of "lru", "lfu", "fifo", "random" (got "mru")',
      'nodes[3].ttlMs: must be greater than 0 (got 0)',
      'nodes[3].warm: must be true or false (got "yes")',
    ]);
    expect(cache({ writePolicy: 'write-behind', writeBehind: { flushIntervalMs: 0 } })).toEqual([
      'nodes[3].writeBehind.flushIntervalMs: must be at least 1 (got 0)',
    ]);
    expect(cache({ writeBehind: {} })).toEqual([
      'nodes[3].writeBehind: only applies to writePolicy "write-behind"',
    ]);
  });
});

describe('database fields', () => {
  it('needs only readTimeMs', () => {
    expect(db({ readTimeMs: undefined })).toEqual(['nodes[5].readTimeMs: is required']);
    const lag = { type: 'lognormal', median: 50, p99: 500 };
    expect(
      db({ workers: 4, queueCapacity: 0, writeTimeMs: lag, replicas: 2, replicationLagMs: lag }),
    ).toEqual([]);
  });

  it('points a serviceTimeMs (a service field) to readTimeMs and writeTimeMs', () => {
    expect(db({ serviceTimeMs: { type: 'constant', value: 1 } })).toEqual([
      'nodes[5].serviceTimeMs: a database has readTimeMs and writeTimeMs instead',
    ]);
  });

  it('bounds replicas and takes a lag only with replicas', () => {
    expect(db({ replicas: 17 })).toEqual(['nodes[5].replicas: must be at most 16 (got 17)']);
    const lag = { type: 'constant', value: 5 };
    expect(db({ replicationLagMs: lag })).toEqual([
      'nodes[5].replicationLagMs: only applies to a database with replicas',
    ]);
    expect(db({ replicas: 0, replicationLagMs: lag })).toEqual([
      'nodes[5].replicationLagMs: only applies to a database with replicas',
    ]);
    expect(db({ workers: 0 })).toEqual(['nodes[5].workers: must be at least 1 (got 0)']);
  });
});

describe('queue fields', () => {
  it('accepts every field', () => {
    expect(
      queue({
        partitions: 1024,
        lingerMs: 0,
        batchSize: 1,
        appendTimeMs: { type: 'exponential', mean: 2 },
        maxRetries: 0,
        retryDelayMs: 0,
      }),
    ).toEqual([]);
  });

  it('checks each field at its path', () => {
    expect(queue({ partitions: 1025, lingerMs: -1, batchSize: 0, maxRetries: 1.5 })).toEqual([
      'nodes[7].partitions: must be at most 1024 (got 1025)',
      'nodes[7].lingerMs: must be at least 0 (got -1)',
      'nodes[7].batchSize: must be at least 1 (got 0)',
      'nodes[7].maxRetries: must be a whole number (got 1.5)',
    ]);
  });
});

describe('service fields', () => {
  const api = (patch: Record<string, unknown>): string[] => problems(stackWith('api', patch));

  it('accepts the new optional fields', () => {
    expect(
      api({
        instances: 3,
        weight: 0.5,
        errorRate: 0.05,
        callMode: 'parallel',
        holdWorkerDuringCalls: false,
      }),
    ).toEqual([]);
  });

  it('checks each at its path', () => {
    expect(
      api({
        instances: 1001,
        weight: 0,
        errorRate: 2,
        callMode: 'async',
        holdWorkerDuringCalls: 1,
      }),
    ).toEqual([
      'nodes[2].instances: must be at most 1000 (got 1001)',
      'nodes[2].weight: must be greater than 0 (got 0)',
      'nodes[2].errorRate: must be at most 1 (got 2)',
      'nodes[2].callMode: must be one of "sequential", "parallel" (got "async")',
      'nodes[2].holdWorkerDuringCalls: must be true or false (got 1)',
    ]);
  });
});
