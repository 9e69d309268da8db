import { describe, expect, it } from 'vitest';
import { problems, stackWith } from './testing/problems.ts';
import { isPrime } from './validateRouting.ts';

const lb = (patch: Record<string, unknown>): string[] => problems(stackWith('lb', patch));
const router = (patch: Record<string, unknown>): string[] => problems(stackWith('router', patch));

describe('load balancer fields', () => {
  it('accepts every strategy of DESIGN.md', () => {
    for (const strategy of [
      'round-robin',
      'weighted-round-robin',
      'least-connections',
      'random',
      'power-of-two-choices',
      'least-response-time',
      'key-hash',
      'consistent-hash',
      'maglev',
    ]) {
      expect(lb({ strategy }), strategy).toEqual([]);
    }
  });

  it('takes strategy tuning only for its strategy', () => {
    expect(lb({ strategy: 'consistent-hash', virtualNodes: 1000 })).toEqual([]);
    expect(lb({ strategy: 'maglev', maglevTableSize: 251 })).toEqual([]);
    expect(lb({ strategy: 'least-response-time', ewmaDecayMs: 500 })).toEqual([]);
    expect(lb({ virtualNodes: 150, maglevTableSize: 65537, ewmaDecayMs: 1 })).toEqual([
      'nodes[1].virtualNodes: only applies to the "consistent-hash" strategy',
      'nodes[1].maglevTableSize: only applies to the "maglev" strategy',
      'nodes[1].ewmaDecayMs: only applies to the "least-response-time" strategy',
    ]);
    expect(lb({ strategy: 'consistent-hash', virtualNodes: 0 })).toEqual([
      'nodes[1].virtualNodes: must be at least 1 (got 0)',
    ]);
    expect(lb({ strategy: 'least-response-time', ewmaDecayMs: 0 })).toEqual([
      'nodes[1].ewmaDecayMs: must be greater than 0 (got 0)',
    ]);
  });

  it('wants a prime Maglev table size', () => {
    expect(lb({ strategy: 'maglev', maglevTableSize: 65536 })).toEqual([
      'nodes[1].maglevTableSize: must be a prime number (got 65536; 65537 is the default)',
    ]);
    expect(lb({ strategy: 'maglev', maglevTableSize: 1_000_033 })).toEqual([
      'nodes[1].maglevTableSize: must be at most 1000003 (got 1000033)',
    ]);
  });

  it('checks health checks: all fields optional, timeout below interval', () => {
    expect(lb({ healthCheck: {} })).toEqual([]);
    expect(lb({ healthCheck: { intervalMs: 1000, timeoutMs: 200 } })).toEqual([]);
    expect(lb({ healthCheck: { intervalMs: 2000 } })).toEqual([
      'nodes[1].healthCheck.timeoutMs: must be less than intervalMs (2000) (got 5000, the default)',
    ]);
    expect(lb({ healthCheck: { timeoutMs: 30_000 } })).toEqual([
      'nodes[1].healthCheck.timeoutMs: must be less than intervalMs (30000) (got 30000)',
    ]);
    expect(lb({ healthCheck: { unhealthyThreshold: 0, healthyThreshold: 1.5 } })).toEqual([
      'nodes[1].healthCheck.unhealthyThreshold: must be at least 1 (got 0)',
      'nodes[1].healthCheck.healthyThreshold: must be a whole number (got 1.5)',
    ]);
    expect(lb({ healthCheck: true })).toEqual([
      'nodes[1].healthCheck: must be an object (got true)',
    ]);
  });

  it('checks connection limits; maxPending only with a limit', () => {
    expect(lb({ maxConnectionsPerTarget: 10, maxPending: 0 })).toEqual([]);
    expect(lb({ maxConnectionsPerTarget: 0 })).toEqual([
      'nodes[1].maxConnectionsPerTarget: must be at least 1 (got 0)',
    ]);
    expect(lb({ maxPending: 5 })).toEqual([
      'nodes[1].maxPending: only applies to a maxConnectionsPerTarget',
    ]);
  });
});

describe('shard router fields', () => {
  it('accepts every strategy and its tuning', () => {
    for (const strategy of ['range', 'hash-mod', 'consistent-hash', 'jump', 'rendezvous']) {
      expect(router({ strategy }), strategy).toEqual([]);
    }
    expect(router({ strategy: 'consistent-hash', virtualNodes: 10 })).toEqual([]);
    expect(router({ strategy: 'range', rangeBoundaries: [500] })).toEqual([]);
  });

  it('requires a strategy', () => {
    expect(router({ strategy: undefined })).toEqual(['nodes[4].strategy: is required']);
  });

  it('wants ascending positive whole boundaries, only for range', () => {
    expect(router({ strategy: 'range', rangeBoundaries: [0] })).toEqual([
      'nodes[4].rangeBoundaries[0]: must be at least 1 (got 0)',
    ]);
    expect(router({ strategy: 'range', rangeBoundaries: [2.5] })).toEqual([
      'nodes[4].rangeBoundaries[0]: must be a whole number (got 2.5)',
    ]);
    expect(router({ strategy: 'range', rangeBoundaries: 'half' })).toEqual([
      'nodes[4].rangeBoundaries: must be an array of key numbers',
    ]);
    expect(router({ rangeBoundaries: [5], virtualNodes: 3 })).toEqual([
      'nodes[4].virtualNodes: only applies to the "consistent-hash" strategy',
      'nodes[4].rangeBoundaries: only applies to the "range" strategy',
    ]);
  });
});

describe('isPrime', () => {
  it('knows small and Maglev-sized primes', () => {
    expect([0, 1, 2, 3, 4, 9, 251, 65537, 65541, 1_000_003].map(isPrime)).toEqual([
      false,
      false,
      true,
      true,
      false,
      false,
      true,
      true,
      false,
      true,
    ]);
  });
});
