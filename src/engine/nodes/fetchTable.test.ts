import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FetchTable } from './fetchTable.ts';

describe('FetchTable', () => {
  it('answers as a Map of counts and commit times would, through growth and deletions', () => {
    // op: [kind, key, time] with kind 0 = started, 1 = committed, 2 = done.
    const op = fc.tuple(
      fc.integer({ min: 0, max: 2 }),
      fc.integer({ min: 0, max: 60 }),
      fc.nat(100),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 500 }), (ops) => {
        const table = new FetchTable();
        const counts = new Map<number, number>();
        const commits = new Map<number, number>();
        for (const [kind, key, t] of ops) {
          if (kind === 0) {
            table.started(key);
            counts.set(key, (counts.get(key) ?? 0) + 1);
          } else if (kind === 1) {
            table.committed(key, t);
            if (counts.has(key)) commits.set(key, t);
          } else {
            const count = counts.get(key);
            const dirty = count !== undefined && (commits.get(key) ?? -1) > t;
            if (count === 1) {
              counts.delete(key);
              commits.delete(key);
            } else if (count !== undefined) counts.set(key, count - 1);
            expect(table.done(key, t)).toBe(dirty);
          }
        }
      }),
    );
  });

  it('tells a fill that raced a write from one that did not', () => {
    const table = new FetchTable();
    table.started(7);
    table.started(7);
    table.committed(7, 5);
    expect(table.done(7, 4)).toBe(true); // read at 4, write committed at 5
    expect(table.done(7, 6)).toBe(false); // read after the write
    expect(table.done(7, 0)).toBe(false); // no fetch out any more
  });

  it('still finds keys that probed past a removed one', () => {
    // Keys sharing a home position in the initial 16-entry table.
    const colliding: number[] = [];
    for (let k = 0; colliding.length < 3; k++)
      if (Math.imul(k, 0x9e3779b1) >>> 28 === 0) colliding.push(k);
    const table = new FetchTable();
    for (const k of colliding) table.started(k);
    table.committed(colliding[2]!, 9);
    expect(table.done(colliding[0]!, 0)).toBe(false);
    expect(table.done(colliding[2]!, 1)).toBe(true);
    expect(table.done(colliding[1]!, 1)).toBe(false);
  });
});
