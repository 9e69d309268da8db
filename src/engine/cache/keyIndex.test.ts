import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyIndex } from './keyIndex.ts';

/** Drive a KeyIndex and a Map side by side; slots come from a free list, as in the store. */
function replay(capacity: number, ops: ReadonlyArray<{ insert: boolean; key: number }>): void {
  const keys = new Int32Array(capacity);
  const index = new KeyIndex(keys);
  const model = new Map<number, number>();
  const free = Array.from({ length: capacity }, (_, i) => i);
  for (const { insert, key } of ops) {
    if (insert && !model.has(key) && free.length > 0) {
      const slot = free.pop()!;
      keys[slot] = key;
      index.insert(slot);
      model.set(key, slot);
    } else if (!insert) {
      const slot = model.get(key) ?? -1;
      expect(index.remove(key)).toBe(slot);
      if (slot >= 0) free.push(slot);
      model.delete(key);
    }
    for (const [k, slot] of model) expect(index.find(k)).toBe(slot);
  }
}

describe('KeyIndex (linear probing, backward-shift deletion)', () => {
  it('agrees with a Map over random inserts and removals, with many collisions', () => {
    const op = fc.record({ insert: fc.boolean(), key: fc.integer({ min: 0, max: 40 }) });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.array(op, { maxLength: 120 }), replay),
      { numRuns: 300 },
    );
  });

  it('finds keys across the whole non-negative 31-bit range and reports absent ones', () => {
    const keys = new Int32Array([0, 1, 2 ** 31 - 1, 123_456_789]);
    const index = new KeyIndex(keys);
    for (let slot = 0; slot < keys.length; slot++) index.insert(slot);
    expect([0, 1, 2 ** 31 - 1, 123_456_789].map((k) => index.find(k))).toEqual([0, 1, 2, 3]);
    expect(index.find(7)).toBe(-1);
    index.clear();
    expect(index.find(0)).toBe(-1);
  });
});
