import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OutlierDetector } from './outlierDetector.ts';

function fail(d: OutlierDetector, target: number, times: number, now: number): number | null {
  let result: number | null = null;
  for (let i = 0; i < times; i++) result = d.recordError(target, now);
  return result;
}

describe('OutlierDetector', () => {
  it('ejects at the 5th consecutive error, for baseEjectionTime (guide defaults)', () => {
    const d = new OutlierDetector(10);
    expect(fail(d, 3, 4, 1000)).toBeNull();
    expect(d.isEjected(3)).toBe(false);
    expect(d.recordError(3, 1000)).toBe(31_000);
    expect(d.isEjected(3)).toBe(true);
    expect(d.ejectedCount).toBe(1);
    expect(d.nextChangeAt()).toBe(31_000);
  });

  it('a success resets the count', () => {
    const d = new OutlierDetector(4, { maxEjectionPercent: 100 });
    fail(d, 0, 4, 0);
    d.recordSuccess(0);
    expect(fail(d, 0, 4, 0)).toBeNull();
    expect(d.isEjected(0)).toBe(false);
    expect(d.recordError(0, 0)).toBe(30_000);
  });

  it('returns the target when its time is up, not before', () => {
    const d = new OutlierDetector(4);
    fail(d, 1, 5, 0);
    expect(d.advance(29_999)).toEqual([]);
    expect(d.advance(30_000)).toEqual([1]);
    expect(d.isEjected(1)).toBe(false);
    expect(d.nextChangeAt()).toBe(Infinity);
  });

  it('ejection time grows with repeated ejections: 30 s, 60 s, 90 s', () => {
    const d = new OutlierDetector(4);
    let now = 0;
    for (const expected of [30_000, 60_000, 90_000]) {
      expect(fail(d, 2, 5, now)).toBe(now + expected);
      now += expected;
      d.advance(now);
    }
    expect(d.timesEjected(2)).toBe(3);
  });

  it('forgives one ejection per interval spent in rotation', () => {
    const d = new OutlierDetector(4);
    fail(d, 0, 5, 0);
    d.advance(30_000);
    fail(d, 0, 5, 60_000); // back for 30 s = one interval: multiplier 1 → 0, then 1
    expect(d.timesEjected(0)).toBe(1);
    expect(d.nextChangeAt()).toBe(90_000);
  });

  it('caps one ejection at maxEjectionTime', () => {
    const d = new OutlierDetector(1, { maxEjectionTimeMs: 50_000 });
    fail(d, 0, 5, 0);
    d.advance(30_000);
    expect(fail(d, 0, 5, 30_000)).toBe(80_000);
  });

  it('never ejects more than maxEjectionPercent, but always allows one', () => {
    const d = new OutlierDetector(3); // 10 % of 3 < 1 target
    expect(fail(d, 0, 5, 0)).not.toBeNull();
    expect(fail(d, 1, 5, 0)).toBeNull();
    expect(d.ejectedCount).toBe(1);
    expect(d.ejectionsSkipped).toBe(1);

    const half = new OutlierDetector(10, { maxEjectionPercent: 50 });
    for (let t = 0; t < 10; t++) fail(half, t, 5, 0);
    expect(half.ejectedCount).toBe(5);
  });

  it('ignores errors of an ejected target', () => {
    const d = new OutlierDetector(2);
    fail(d, 0, 5, 0);
    expect(fail(d, 0, 20, 10)).toBeNull();
    expect(d.ejections).toBe(1);
  });

  it('invariant: ejected targets stay within the cap under any error sequence', () => {
    const op = fc.record({ target: fc.nat(9), ok: fc.boolean(), dt: fc.nat(20_000) });
    fc.assert(
      fc.property(
        fc.array(op, { maxLength: 400 }),
        fc.integer({ min: 1, max: 100 }),
        (ops, pct) => {
          const d = new OutlierDetector(10, { maxEjectionPercent: pct });
          const cap = Math.max(1, Math.floor((pct * 10) / 100));
          let now = 0;
          for (const { target, ok, dt } of ops) {
            now += dt;
            d.advance(now);
            if (ok) d.recordSuccess(target);
            else d.recordError(target, now);
            const out = Array.from({ length: 10 }, (_, t) => d.isEjected(t)).filter(Boolean).length;
            if (out !== d.ejectedCount || out > cap) return false;
            if (out > 0 && !(d.nextChangeAt() > now)) return false;
          }
          return true;
        },
      ),
    );
  });
});
