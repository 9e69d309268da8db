import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventQueue } from './eventQueue.ts';
import { createRandomStream } from '../random/rng.ts';

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

function drain(q: EventQueue): number[][] {
  const out: number[][] = [];
  while (q.pop()) out.push([q.time, q.arg]);
  return out;
}

describe('EventQueue order', () => {
  it('pops many events at one time in insertion order, also those pushed while popping', () => {
    const q = new EventQueue(2);
    for (let i = 0; i < 500; i++) q.push(7, 0, 0, i);
    const seen: number[] = [];
    while (q.pop()) {
      seen.push(q.arg);
      if (q.arg < 100) q.push(7, 0, 0, 1000 + q.arg); // at the current time: after every waiting one
      q.settle();
    }
    expect(seen).toEqual([
      ...Array(500).keys(),
      ...Array.from({ length: 100 }, (_, i) => 1000 + i),
    ]);
  });

  it('keeps times far ahead, at Infinity and earlier than any popped one in order', () => {
    const q = new EventQueue(4);
    const times = [1e12, Infinity, 0.001, 5, 1e9, Infinity, 5, 3e6, 0, 2 ** 40];
    times.forEach((t, i) => q.push(t, 0, 0, i));
    expect(q.pop()).toBe(true);
    expect([q.time, q.arg]).toEqual([0, 8]);
    q.push(-3, 0, 0, 10); // before the last pop: still first
    expect(q.peekTime()).toBe(-3);
    expect(drain(q)).toEqual([
      [-3, 10],
      [0.001, 2],
      [5, 3],
      [5, 6],
      [3e6, 7],
      [1e9, 4],
      [1e12, 0],
      [2 ** 40, 9],
      [Infinity, 1],
      [Infinity, 5],
    ]);
    expect(q.size).toBe(0);
  });

  it('grows from a small capacity and shrinks back without losing order', () => {
    const q = new EventQueue(1);
    for (let i = 0; i < 5000; i++) q.push((i * 7919) % 1000, 0, 0, i);
    const out = drain(q);
    const expected = [...Array(5000).keys()]
      .map((i) => [(i * 7919) % 1000, i])
      .sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
    expect(out).toEqual(expected);
  });

  it('matches a reference sort by (time, sequence) on a seeded simulation-like workload', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const stream = createRandomStream(seed, 'event-queue-test'); // the engine's own seeded streams
      const rnd = (): number => stream.next();
      const q = new EventQueue(8);
      const ref: { t: number; i: number }[] = [];
      let now = 0;
      let seq = 0;
      const push = (t: number): void => {
        q.push(t, 0, 0, seq);
        ref.push({ t, i: seq++ });
      };
      for (let step = 0; step < 20000; step++) {
        const target = step < 10000 ? 40 : 4 + (step % 7); // a busy phase, then a quiet one
        const u = rnd();
        if (ref.length < target && u < 0.6) {
          const r = rnd();
          // Mostly a few ms ahead, some ties on a coarse grid, some now, a few far out.
          const d =
            r < 0.2
              ? 0
              : r < 0.5
                ? Math.round(rnd() * 4) / 2
                : r < 0.98
                  ? -Math.log(1 - rnd())
                  : 1000 * rnd();
          push(now + d);
        } else {
          ref.sort((a, b) => a.t - b.t || a.i - b.i);
          const e = ref.shift();
          expect(q.pop()).toBe(e !== undefined);
          if (e) {
            expect([q.time, q.arg]).toEqual([e.t, e.i]);
            now = e.t;
          }
          q.settle();
        }
        expect(q.size).toBe(ref.length);
        expect(q.headTime).toBe(ref.reduce((m, e) => Math.min(m, e.t), Infinity));
      }
    }
  });
});

describe('EventQueue lanes', () => {
  it('gives a fixed delay one lane, shares it among equal delays and refuses what is not a delay', () => {
    const q = new EventQueue();
    const a = q.laneFor(0.5);
    expect(a).toBeGreaterThanOrEqual(0);
    expect(q.laneFor(0.5)).toBe(a);
    expect(q.laneFor(1)).not.toBe(a);
    for (const bad of [NaN, -1, Infinity]) expect(q.laneFor(bad)).toBe(-1);
  });

  it('runs out of lanes gracefully: further delays go to the heap', () => {
    const q = new EventQueue();
    const lanes = Array.from({ length: 10 }, (_, i) => q.laneFor(i + 1));
    expect(lanes.filter((l) => l < 0).length).toBeGreaterThan(0);
    expect(new Set(lanes.filter((l) => l >= 0)).size).toBe(lanes.filter((l) => l >= 0).length);
  });

  it('matches a sorted reference when lanes and the heap interleave as a simulation drives them', () => {
    // Each step pops (advancing the clock) or schedules: on the heap at a random delay, or in a
    // lane at its fixed delay. Delays are small integers, so times tie often across lanes and
    // the heap; now and then a lane is handed a time earlier than its last, which must still
    // come out in order.
    const step = fc.record({
      what: fc.integer({ min: 0, max: 9 }),
      delay: fc.integer({ min: 0, max: 6 }),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 500 }), (steps) => {
        const q = new EventQueue(2);
        const delays = [0, 1, 2, 3];
        const lanes = delays.map((d) => q.laneFor(d));
        const ref: { t: number; i: number }[] = [];
        let now = 0;
        const schedule = (t: number, i: number) => {
          ref.push({ t, i });
          ref.sort((a, b) => a.t - b.t || a.i - b.i);
        };
        steps.forEach(({ what, delay }, i) => {
          if (what <= 2) {
            const e = ref.shift();
            expect(q.pop()).toBe(e !== undefined);
            if (e !== undefined) {
              expect([q.time, q.arg]).toEqual([e.t, e.i]);
              now = e.t;
            }
            q.settle();
          } else if (what <= 4) {
            q.push(now + delay, 0, 0, i);
            schedule(now + delay, i);
          } else if (what <= 8) {
            const l = what - 5;
            q.pushLane(lanes[l]!, now + delays[l]!, 0, 0, i);
            schedule(now + delays[l]!, i);
          } else {
            // Earlier than the lane may hold: not what a fixed delay gives, still kept in order.
            const t = Math.max(0, now - delay);
            q.pushLane(lanes[3]!, t, 0, 0, i);
            schedule(t, i);
          }
          expect(q.size).toBe(ref.length);
          expect(q.peekTime()).toBe(ref[0]?.t ?? Infinity);
        });
        while (ref.length > 0) {
          const e = ref.shift()!;
          expect(q.pop()).toBe(true);
          expect([q.time, q.arg]).toEqual([e.t, e.i]);
        }
        expect(q.pop()).toBe(false);
      }),
    );
  });

  it('grows a lane past its first ring without losing order', () => {
    const q = new EventQueue();
    const lane = q.laneFor(1);
    for (let i = 0; i < 2000; i++) q.pushLane(lane, 1 + i * 0.001, 0, 0, i);
    q.pop();
    expect(q.arg).toBe(0);
    for (let i = 2000; i < 3000; i++) q.pushLane(lane, 1 + i * 0.001, 0, 0, i);
    const order: number[] = [];
    while (q.pop()) order.push(q.arg);
    expect(order).toEqual(Array.from({ length: 2999 }, (_, i) => i + 1));
  });
});
