import { describe, expect, it } from 'vitest';
import { MaglevSelector, populateMaglevTable } from './maglev.ts';

const names = (n: number) => Array.from({ length: n }, (_, i) => `backend-${i}`);

describe('Maglev hashing', () => {
  /*
   * The paper's worked example (Eisenbud et al., NSDI 2016, Table 1), M = 7.
   * Permutations (offset + j·skip) mod 7:
   *   B0 offset 3 skip 4: 3 0 4 1 5 2 6
   *   B1 offset 0 skip 2: 0 2 4 6 1 3 5
   *   B2 offset 3 skip 1: 3 4 5 6 0 1 2
   * Populate, taking turns B0, B1, B2:
   *   round 1: B0 → 3; B1 → 0; B2: 3 taken → 4
   *   round 2: B0: 0 taken, 4 taken → 1; B1 → 2; B2 → 5
   *   round 3: B0: 5 taken, 2 taken → 6 (table full)
   *   ⇒ slots 0…6 = B1 B0 B1 B0 B2 B2 B0
   * Without B1 (B0, B2 take turns):
   *   round 1: B0 → 3; B2: 3 taken → 4
   *   round 2: B0 → 0; B2 → 5
   *   round 3: B0: 4 taken → 1; B2 → 6
   *   round 4: B0: 5 taken, 2 free → 2 (table full)
   *   ⇒ slots 0…6 = B0 B0 B0 B0 B2 B2 B2
   * So the "after" table is B0 B0 B0 B0 B2 B2 B2 (not B0 B0 B2 B0 B2 B2 B0): slot 6
   * moves from B0 to B2 although B0 survived — the paper's point that Maglev
   * is not perfectly minimal-disruption.
   */
  const B0 = { offset: 3, skip: 4 };
  const B1 = { offset: 0, skip: 2 };
  const B2 = { offset: 3, skip: 1 };

  it("reproduces the paper's lookup table before and after B1 is removed", () => {
    expect(Array.from(populateMaglevTable([B0, B1, B2], 7))).toEqual([1, 0, 1, 0, 2, 2, 0]);
    const before = MaglevSelector.fromPermutations(['B0', 'B1', 'B2'], [B0, B1, B2], 7);
    const after = MaglevSelector.fromPermutations(['B0', 'B2'], [B0, B2], 7);
    const label = (s: MaglevSelector) => Array.from(s.table, (i) => s.targets[i]);
    expect(label(before)).toEqual(['B1', 'B0', 'B1', 'B0', 'B2', 'B2', 'B0']);
    expect(label(after)).toEqual(['B0', 'B0', 'B0', 'B0', 'B2', 'B2', 'B2']);
  });

  it('every backend owns ⌊M/N⌋ or ⌈M/N⌉ slots', () => {
    for (const m of [251, 65537]) {
      for (let n = 1; n <= 12; n++) {
        const selector = new MaglevSelector(names(n), { tableSize: m });
        const counts = new Int32Array(n);
        for (const owner of selector.table) counts[owner]!++;
        for (const c of counts) {
          expect(c === Math.floor(m / n) || c === Math.ceil(m / n)).toBe(true);
        }
      }
    }
  });

  it('removing one of N backends changes fewer than 2/N of the slots', () => {
    for (let n = 3; n <= 10; n++) {
      const all = names(n);
      const before = new MaglevSelector(all);
      const removed = n >> 1;
      const after = new MaglevSelector(all.filter((_, i) => i !== removed));
      let changed = 0;
      let forced = 0;
      for (let slot = 0; slot < before.tableSize; slot++) {
        const from = before.targets[before.table[slot]!];
        const to = after.targets[after.table[slot]!];
        if (from !== to) changed++;
        if (from === all[removed]) forced++;
      }
      const fraction = changed / before.tableSize;
      expect(fraction).toBeGreaterThanOrEqual(forced / before.tableSize);
      expect(fraction).toBeLessThan(2 / n);
    }
  });

  it('lookups follow the table and reject a non-prime size', () => {
    const selector = new MaglevSelector(names(4), { tableSize: 13 });
    for (let key = 0; key < 100; key++) expect(selector.pick(key)).toBeGreaterThanOrEqual(0);
    expect(() => new MaglevSelector(names(4), { tableSize: 12 })).toThrow(/prime/);
  });
});
