import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBulkhead } from './bulkhead.ts';

describe('bulkhead', () => {
  it('runs up to maxConcurrent, queues up to maxWaiting, rejects the rest', () => {
    const bulkhead = createBulkhead({ maxConcurrent: 2, maxWaiting: 2 });
    expect([1, 2, 3, 4, 5].map((id) => bulkhead.tryEnter(id))).toEqual([
      'run',
      'run',
      'queued',
      'queued',
      'rejected',
    ]);
    expect(bulkhead.leave()).toBe(3); // FIFO
    expect(bulkhead.tryEnter(6)).toBe('queued');
    expect(bulkhead.leave()).toBe(4);
    expect(bulkhead.leave()).toBe(6);
    expect([bulkhead.running, bulkhead.waiting]).toEqual([2, 0]);
    expect(bulkhead.leave()).toBe(-1);
    expect(bulkhead.leave()).toBe(-1);
    expect(bulkhead.leave()).toBe(-1); // one too many: never below zero
    expect(bulkhead.running).toBe(0);
  });

  it('does not let a newcomer jump the queue', () => {
    const bulkhead = createBulkhead({ maxConcurrent: 1, maxWaiting: 1 });
    bulkhead.tryEnter(1);
    bulkhead.tryEnter(2);
    expect(bulkhead.leave()).toBe(2);
    expect(bulkhead.tryEnter(3)).toBe('queued');
  });

  it('maxWaiting 0 is a plain semaphore', () => {
    const bulkhead = createBulkhead({ maxConcurrent: 1, maxWaiting: 0 });
    expect([bulkhead.tryEnter(1), bulkhead.tryEnter(2)]).toEqual(['run', 'rejected']);
    expect(bulkhead.leave()).toBe(-1);
    expect(bulkhead.tryEnter(3)).toBe('run');
  });

  it('skips a cancelled call, even when its id comes back', () => {
    const bulkhead = createBulkhead({ maxConcurrent: 1, maxWaiting: 3 });
    bulkhead.tryEnter(1);
    bulkhead.tryEnter(7);
    bulkhead.tryEnter(8);
    expect(bulkhead.remove(7)).toBe(true);
    expect(bulkhead.remove(7)).toBe(false);
    expect(bulkhead.tryEnter(7)).toBe('queued'); // the id, recycled: now behind 8
    expect(bulkhead.waiting).toBe(2);
    expect(bulkhead.leave()).toBe(8);
    expect(bulkhead.leave()).toBe(7);
    expect(bulkhead.leave()).toBe(-1);
  });

  it('matches a naive model (arrays) under random enter / leave / cancel', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('enter' as const), id: fc.integer({ min: 0, max: 15 }) }),
      fc.record({ kind: fc.constant('leave' as const), id: fc.constant(0) }),
      fc.record({ kind: fc.constant('remove' as const), id: fc.integer({ min: 0, max: 15 }) }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 4 }),
        fc.array(op, { maxLength: 400 }),
        (c, w, ops) => {
          const bulkhead = createBulkhead({ maxConcurrent: c, maxWaiting: w });
          let running = 0;
          const queue: number[] = [];
          for (const { kind, id } of ops) {
            if (kind === 'enter') {
              if (queue.includes(id)) continue; // a call waits at most once
              const expected =
                running < c && queue.length === 0
                  ? 'run'
                  : queue.length < w
                    ? 'queued'
                    : 'rejected';
              if (expected === 'run') running++;
              if (expected === 'queued') queue.push(id);
              expect(bulkhead.tryEnter(id)).toBe(expected);
            } else if (kind === 'leave') {
              if (running === 0) continue;
              const next = queue.shift() ?? -1;
              if (next < 0) running--;
              expect(bulkhead.leave()).toBe(next);
            } else {
              const at = queue.indexOf(id);
              if (at >= 0) queue.splice(at, 1);
              expect(bulkhead.remove(id)).toBe(at >= 0);
            }
            expect([bulkhead.running, bulkhead.waiting]).toEqual([running, queue.length]);
          }
        },
      ),
      { seed: 2026, numRuns: 300 },
    );
  });

  it('rejects sizes out of range', () => {
    expect(() => createBulkhead({ maxConcurrent: 0, maxWaiting: 1 })).toThrow(/maxConcurrent/);
    expect(() => createBulkhead({ maxConcurrent: 1, maxWaiting: -1 })).toThrow(/maxWaiting/);
  });
});
