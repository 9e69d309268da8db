import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SmoothWeightedRoundRobin } from './smoothWeightedRoundRobin.ts';

describe('smooth weighted round-robin', () => {
  it("gives nginx's documented sequence for weights {5, 1, 1}: a a b a c a a", () => {
    const wrr = new SmoothWeightedRoundRobin(['a', 'b', 'c'], [5, 1, 1]);
    const seq = Array.from({ length: 14 }, () => wrr.targets[wrr.pick()]).join(' ');
    expect(seq).toBe('a a b a c a a a a b a c a a');
  });

  it('over every cycle of Σw picks each target gets exactly its weight', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 8 }),
        (weights) => {
          const wrr = new SmoothWeightedRoundRobin(
            weights.map((_, i) => `t${i}`),
            weights,
          );
          const total = weights.reduce((a, b) => a + b, 0);
          for (let cycle = 0; cycle < 3; cycle++) {
            const counts = new Array<number>(weights.length).fill(0);
            for (let i = 0; i < total; i++) counts[wrr.pick()]!++;
            expect(counts).toEqual(weights);
          }
        },
      ),
      { numRuns: 300, seed: 2012 },
    );
  });

  it('equal weights are plain round-robin; no targets ⇒ −1', () => {
    const wrr = new SmoothWeightedRoundRobin(['a', 'b', 'c']);
    expect(Array.from({ length: 6 }, () => wrr.pick())).toEqual([0, 1, 2, 0, 1, 2]);
    expect(new SmoothWeightedRoundRobin([]).pick()).toBe(-1);
  });
});
