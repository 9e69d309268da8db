import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventQueue } from './eventQueue.ts';

describe('EventQueue', () => {
  it('pops in (time, insertion order) order and grows past its initial capacity', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 300 }), (times) => {
        const q = new EventQueue(4);
        times.forEach((t, i) => q.push(t, 1, 0, i));
        const expected = times.map((t, i) => ({ t, i })).sort((a, b) => a.t - b.t || a.i - b.i);
        for (const e of expected) {
          expect(q.pop()).toBe(true);
          expect([q.time, q.arg]).toEqual([e.t, e.i]);
        }
        expect(q.pop()).toBe(false);
        expect(q.peekTime()).toBe(Infinity);
      }),
    );
  });

  it('keeps order when pushes and pops interleave', () => {
    const q = new EventQueue(2);
    q.push(5, 0, 0, 1);
    q.push(1, 0, 0, 2);
    q.pop();
    expect(q.arg).toBe(2);
    q.push(5, 0, 0, 3);
    q.push(3, 0, 0, 4);
    const order: number[] = [];
    while (q.pop()) order.push(q.arg);
    expect(order).toEqual([4, 1, 3]);
  });

  it('matches a sorted reference under random interleaved pushes, pops and peeks, ties included', () => {
    // -1 pops, -2 peeks; a push right after a pop takes the root the pop left.
    const op = fc.oneof(fc.integer({ min: 0, max: 20 }), fc.constant(-1), fc.constant(-2));
    fc.assert(
      fc.property(fc.array(op, { maxLength: 400 }), (ops) => {
        const q = new EventQueue(2);
        const ref: { t: number; i: number }[] = [];
        ops.forEach((o, i) => {
          if (o >= 0) {
            q.push(o, 0, 0, i);
            ref.push({ t: o, i });
            ref.sort((a, b) => a.t - b.t || a.i - b.i);
          } else if (o === -2) expect(q.peekTime()).toBe(ref[0]?.t ?? Infinity);
          else {
            const e = ref.shift();
            expect(q.pop()).toBe(e !== undefined);
            if (e !== undefined) expect([q.time, q.arg]).toEqual([e.t, e.i]);
          }
          expect(q.size).toBe(ref.length);
        });
      }),
    );
  });
});
