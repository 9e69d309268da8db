import { describe, expect, it } from 'vitest';
import {
  minimalMovedFractionOnAdd,
  minimalMovedFractionOnRemove,
  modNMovedFractionOnAdd,
} from '../../lib/hashingTheory.ts';
import { ConsistentHashRing } from './consistentHash.ts';
import { HashModSelector } from './hashMod.ts';
import { JumpHashSelector } from './jump.ts';
import { compareMembership, MAX_SAMPLED_KEYS, movedFraction } from './membership.ts';
import { RangeSelector } from './range.ts';
import { RendezvousSelector } from './rendezvous.ts';
import type { KeySelector } from './selector.ts';

const names = (n: number) => Array.from({ length: n }, (_, i) => `shard-${i}`);
const KEYS = 200_000;
/** 5 binomial standard deviations of a fraction near 1/2 over KEYS keys. */
const BINOMIAL_5SD = 5 * Math.sqrt(0.25 / KEYS);

type Factory = (targets: readonly string[]) => KeySelector;
const grow = (make: Factory, n: number) =>
  compareMembership(make(names(n)), make(names(n + 1)), KEYS);

describe('keys moved by adding one shard to N = 4…10', () => {
  it('hash-mod moves ≈ N/(N + 1)', () => {
    for (let n = 4; n <= 10; n++) {
      const change = grow((t) => new HashModSelector(t), n);
      expect(Math.abs(change.fraction - modNMovedFractionOnAdd(n))).toBeLessThan(BINOMIAL_5SD);
    }
  });

  it('jump and rendezvous move ≈ 1/(N + 1), and only to the new shard', () => {
    const factories: Factory[] = [(t) => new JumpHashSelector(t), (t) => new RendezvousSelector(t)];
    for (const make of factories) {
      for (let n = 4; n <= 10; n++) {
        const change = grow(make, n);
        expect(change.unnecessary).toBe(0);
        expect(Math.abs(change.fraction - minimalMovedFractionOnAdd(n))).toBeLessThan(BINOMIAL_5SD);
      }
    }
  });

  it('consistent hashing (150 virtual nodes) moves ≈ 1/(N + 1), only to the new shard', () => {
    for (let n = 4; n <= 10; n++) {
      const change = grow((t) => new ConsistentHashRing(t), n);
      expect(change.unnecessary).toBe(0);
      // The newcomer's share has CV ≈ 1/√150 ≈ 8 %: allow ±30 %.
      expect(Math.abs(change.fraction / minimalMovedFractionOnAdd(n) - 1)).toBeLessThan(0.3);
    }
  });

  it('removing a middle shard: rendezvous and the ring move only its keys', () => {
    const all = names(8);
    const without = all.filter((name) => name !== 'shard-3');
    for (const make of [
      (t: readonly string[]) => new RendezvousSelector(t),
      (t: readonly string[]) => new ConsistentHashRing(t),
    ]) {
      const change = compareMembership(make(all), make(without), KEYS);
      expect(change.unnecessary).toBe(0);
      expect(Math.abs(change.fraction / minimalMovedFractionOnRemove(8) - 1)).toBeLessThan(0.3);
    }
  });
});

describe('movedFraction', () => {
  it('examines every key up to 10⁶ and an even sample beyond', () => {
    const a = new HashModSelector(names(3));
    expect(compareMembership(a, a, 1234).sampled).toBe(1234);
    expect(compareMembership(a, a, 5e9).sampled).toBe(MAX_SAMPLED_KEYS);
    expect(compareMembership(a, a, [5, 6, 7]).sampled).toBe(3);
  });

  it('compares owners by name, so reordering targets moves nothing', () => {
    const a = new RangeSelector(['a', 'b'], 100);
    const b = new RangeSelector(['a', 'b'], 100, [50, 100]);
    expect(movedFraction(a, b, 100)).toBe(0);
    const shifted = new RangeSelector(['a', 'b'], 100, [40, 100]);
    expect(movedFraction(a, shifted, 100)).toBeCloseTo(0.1, 12);
    expect(compareMembership(a, shifted, 100).unnecessary).toBe(10);
  });
});
