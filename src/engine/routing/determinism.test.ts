import { describe, expect, it } from 'vitest';
import { ConsistentHashRing } from './consistentHash.ts';
import { HashModSelector } from './hashMod.ts';
import { JumpHashSelector } from './jump.ts';
import { MaglevSelector } from './maglev.ts';
import { RangeSelector } from './range.ts';
import { RendezvousSelector } from './rendezvous.ts';
import type { KeySelector } from './selector.ts';

const targets = ['shard-a', 'shard-b', 'shard-c', 'shard-d', 'shard-e'];
const builders: Record<string, (seed: number) => KeySelector> = {
  'hash-mod': (seed) => new HashModSelector(targets, { seed }),
  range: () => new RangeSelector(targets, 10_000),
  'consistent-hash': (seed) => new ConsistentHashRing(targets, { seed }),
  jump: (seed) => new JumpHashSelector(targets, { seed }),
  rendezvous: (seed) => new RendezvousSelector(targets, { seed }),
  'rendezvous (weighted)': (seed) =>
    new RendezvousSelector(targets, { seed, weights: [1, 2, 3, 4, 5] }),
  maglev: (seed) => new MaglevSelector(targets, { seed, tableSize: 4099 }),
};

const picks = (s: KeySelector) => Array.from({ length: 5000 }, (_, key) => s.pick(key * 7919));

describe('every selector is a pure function of its configuration', () => {
  for (const [name, build] of Object.entries(builders)) {
    it(`${name}: same configuration ⇒ same picks, and picks stay in range`, () => {
      const a = picks(build(1));
      expect(picks(build(1))).toEqual(a);
      expect(a.every((t) => t >= 0 && t < targets.length)).toBe(true);
      if (name !== 'range') expect(picks(build(2))).not.toEqual(a);
    });
  }
});

describe('weighted rendezvous', () => {
  it('gives each target a share proportional to its weight', () => {
    const s = new RendezvousSelector(['a', 'b', 'c', 'd'], { weights: [1, 2, 3, 4] });
    const counts = new Float64Array(4);
    const n = 200_000;
    for (let key = 0; key < n; key++) counts[s.pick(key)]!++;
    counts.forEach((c, t) => expect(Math.abs(c / n - (t + 1) / 10)).toBeLessThan(0.006));
  });
});
