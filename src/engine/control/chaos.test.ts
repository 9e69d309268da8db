import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createChaosSchedule,
  createChaosStreams,
  type ChaosFault,
  type ChaosOptions,
} from './chaos.ts';

const options: ChaosOptions = {
  nodes: [1, 2, 5],
  timeBetweenFailures: 60_000,
  timeToRepair: 10_000,
  mix: [
    { type: 'crash', weight: 3 },
    { type: 'slow', weight: 1 },
  ],
  horizonMs: 600_000,
};

function overlaps(faults: readonly ChaosFault<string>[]): boolean {
  const last = new Map<number, number>();
  for (const f of faults) {
    if (f.atMs < (last.get(f.node) ?? -Infinity)) return true;
    last.set(f.node, f.atMs + f.durationMs);
  }
  return false;
}

describe('createChaosSchedule', () => {
  it('is deterministic per seed and differs across seeds', () => {
    const a = createChaosSchedule(options, createChaosStreams(7));
    const b = createChaosSchedule(options, createChaosStreams(7));
    const c = createChaosSchedule(options, createChaosStreams(8));
    expect(a).toEqual(b);
    expect(a.length).toBeGreaterThan(0);
    expect(a).not.toEqual(c);
  });

  it('is sorted, within the horizon, and never overlaps on one node', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.integer({ min: 100, max: 50_000 }),
        fc.integer({ min: 0, max: 50_000 }),
        (seed, mtbf, mttr) => {
          const faults = createChaosSchedule(
            { ...options, timeBetweenFailures: mtbf, timeToRepair: mttr },
            createChaosStreams(seed),
          );
          const sorted = faults.every((f, i) => i === 0 || (faults[i - 1]?.atMs ?? 0) <= f.atMs);
          const inside = faults.every((f) => f.atMs >= 0 && f.atMs < options.horizonMs);
          return sorted && inside && !overlaps(faults);
        },
      ),
    );
  });

  it('adding a node leaves the other nodes’ faults unchanged', () => {
    const small = createChaosSchedule(options, createChaosStreams(3));
    const big = createChaosSchedule(
      { ...options, nodes: [...options.nodes, 9] },
      createChaosStreams(3),
    );
    expect(big.filter((f) => f.node !== 9)).toEqual(small);
  });

  it('empirical MTBF, MTTR and mix match the spec over many faults', () => {
    const faults = createChaosSchedule(
      { ...options, nodes: Array.from({ length: 20 }, (_, i) => i), horizonMs: 50_000_000 },
      createChaosStreams(11),
    );
    expect(faults.length).toBeGreaterThan(10_000);
    const mttr = faults.reduce((s, f) => s + f.durationMs, 0) / faults.length;
    // Up time = from the end of one fault to the start of the next (first: from 0).
    const ups: number[] = [];
    const end = new Map<number, number>();
    for (const f of faults) {
      ups.push(f.atMs - (end.get(f.node) ?? 0));
      end.set(f.node, f.atMs + f.durationMs);
    }
    const mtbf = ups.reduce((s, u) => s + u, 0) / ups.length;
    // Exponential: sd = mean, so 4 standard errors ≈ 4 / sqrt(n) relative.
    const tol = 4 / Math.sqrt(faults.length);
    expect(Math.abs(mttr / 10_000 - 1)).toBeLessThan(tol);
    expect(Math.abs(mtbf / 60_000 - 1)).toBeLessThan(tol);
    const crashShare = faults.filter((f) => f.type === 'crash').length / faults.length;
    expect(Math.abs(crashShare - 0.75)).toBeLessThan(4 * Math.sqrt((0.75 * 0.25) / faults.length));
  });

  it('accepts any DistSpec and a start time', () => {
    const faults = createChaosSchedule(
      {
        nodes: [0],
        timeBetweenFailures: { type: 'constant', value: 1000 },
        timeToRepair: { type: 'constant', value: 500 },
        mix: [{ type: 'crash', weight: 1 }],
        horizonMs: 5000,
        startMs: 1000,
      },
      createChaosStreams(1),
    );
    expect(faults.map((f) => f.atMs)).toEqual([2000, 3500]);
    expect(faults.every((f) => f.durationMs === 500 && f.type === 'crash')).toBe(true);
  });

  it('rejects a time between failures with no positive mean', () => {
    expect(() =>
      createChaosSchedule(
        { ...options, timeBetweenFailures: { type: 'constant', value: 0 } },
        createChaosStreams(1),
      ),
    ).toThrow('mean must be positive');
  });
});
