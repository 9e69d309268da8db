import { describe, expect, it } from 'vitest';
import { problems, stackWith } from './testing/problems.ts';

const arrival = (a: unknown): string[] => problems(stackWith('users', { arrival: a }));
const workload = (w: unknown): string[] => problems(stackWith('users', { workload: w }));
const keys = (k: Record<string, unknown>): string[] =>
  workload({ readRatio: 0.5, keys: { count: 100, ...k } });

describe('client arrival: steps', () => {
  it('accepts ascending steps starting at 0, rates may be 0', () => {
    const steps = [
      { atMs: 0, ratePerSec: 100 },
      { atMs: 5000, ratePerSec: 0 },
      { atMs: 6000, ratePerSec: 300 },
    ];
    expect(arrival({ type: 'steps', steps })).toEqual([]);
  });

  it('requires a first step at 0, strictly ascending times, 1..1000 steps', () => {
    expect(arrival({ type: 'steps' })).toEqual(['nodes[0].arrival.steps: is required']);
    expect(arrival({ type: 'steps', steps: [] })).toEqual([
      'nodes[0].arrival.steps: must hold at least one step (at 0 ms)',
    ]);
    expect(arrival({ type: 'steps', steps: [{ atMs: 10, ratePerSec: 1 }] })).toEqual([
      'nodes[0].arrival.steps[0].atMs: the first step must be at 0 (got 10)',
    ]);
    const repeated = [
      { atMs: 0, ratePerSec: 1 },
      { atMs: 0, ratePerSec: 2 },
    ];
    expect(arrival({ type: 'steps', steps: repeated })).toEqual([
      "nodes[0].arrival.steps[1].atMs: must be greater than the previous step's (0)",
    ]);
    const many = Array.from({ length: 1001 }, (_, i) => ({ atMs: i, ratePerSec: 1 }));
    expect(arrival({ type: 'steps', steps: many })).toEqual([
      'nodes[0].arrival.steps: has 1001 steps; at most 1000',
    ]);
    expect(arrival({ type: 'steps', steps: [{ atMs: 0, ratePerSec: -1 }] })).toEqual([
      'nodes[0].arrival.steps[0].ratePerSec: must be at least 0 (got -1)',
    ]);
    expect(arrival({ type: 'steps', steps: [3] })).toEqual([
      'nodes[0].arrival.steps[0]: must be an object (got 3)',
    ]);
  });
});

describe('client arrival: ramp and spike', () => {
  it('accepts a ramp with or without startMs, and checks its fields', () => {
    expect(arrival({ type: 'ramp', fromPerSec: 10, toPerSec: 500, durationMs: 60_000 })).toEqual(
      [],
    );
    const ramp = { type: 'ramp', fromPerSec: 0, toPerSec: 5, startMs: 1000, durationMs: 0 };
    expect(arrival(ramp)).toEqual(['nodes[0].arrival.durationMs: must be greater than 0 (got 0)']);
    expect(arrival({ ...ramp, durationMs: 1, startMs: -1 })).toEqual([
      'nodes[0].arrival.startMs: must be at least 0 (got -1)',
    ]);
  });

  it('requires every spike field', () => {
    expect(arrival({ type: 'spike' })).toEqual([
      'nodes[0].arrival.ratePerSec: is required',
      'nodes[0].arrival.spikeRatePerSec: is required',
      'nodes[0].arrival.atMs: is required',
      'nodes[0].arrival.durationMs: is required',
    ]);
    const spike = { type: 'spike', ratePerSec: 100, spikeRatePerSec: 1000, atMs: 0, durationMs: 5 };
    expect(arrival(spike)).toEqual([]);
  });

  it('keeps poisson and constant rates above 0', () => {
    expect(arrival({ type: 'constant', ratePerSec: 0 })).toEqual([
      'nodes[0].arrival.ratePerSec: must be greater than 0 (got 0)',
    ]);
  });
});

describe('client workload', () => {
  it('accepts zipf with an exponent, hot-key with its fields, batches and cross-shard reads', () => {
    expect(keys({ distribution: 'zipf', exponent: 1.2 })).toEqual([]);
    expect(keys({ distribution: 'hot-key', hotKeys: 10, hotShare: 0.9 })).toEqual([]);
    expect(keys({ distribution: 'hot-key' })).toEqual([]);
    const w = { readRatio: 1, keys: { count: 5, distribution: 'uniform' } };
    expect(workload({ ...w, batchSize: 64, crossShardRatio: 1 })).toEqual([]);
  });

  it('checks the hot-key fields and where they apply', () => {
    expect(keys({ distribution: 'hot-key', hotKeys: 100 })).toEqual([
      'nodes[0].workload.keys.hotKeys: must be less than count (100) (got 100)',
    ]);
    expect(keys({ distribution: 'hot-key', hotShare: 1.5, hotKeys: 0 })).toEqual([
      'nodes[0].workload.keys.hotKeys: must be at least 1 (got 0)',
      'nodes[0].workload.keys.hotShare: must be at most 1 (got 1.5)',
    ]);
    expect(keys({ distribution: 'zipf', hotShare: 0.5 })).toEqual([
      'nodes[0].workload.keys.hotShare: only applies to "hot-key" keys',
    ]);
    expect(keys({ distribution: 'uniform', exponent: 1 })).toEqual([
      'nodes[0].workload.keys.exponent: only applies to "zipf" keys',
    ]);
    expect(keys({ distribution: 'zipf', exponent: 0 })).toEqual([
      'nodes[0].workload.keys.exponent: must be greater than 0 (got 0)',
    ]);
  });

  it('bounds batchSize, crossShardRatio and the key count', () => {
    const w = { readRatio: 1, keys: { count: 5, distribution: 'uniform' } };
    expect(workload({ ...w, batchSize: 65, crossShardRatio: -0.1 })).toEqual([
      'nodes[0].workload.batchSize: must be at most 64 (got 65)',
      'nodes[0].workload.crossShardRatio: must be at least 0 (got -0.1)',
    ]);
    expect(keys({ count: 1e9 + 1, distribution: 'uniform' })).toEqual([
      'nodes[0].workload.keys.count: must be at most 1000000000 (got 1000000001)',
    ]);
  });
});
