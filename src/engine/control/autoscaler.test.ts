import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Autoscaler } from './autoscaler.ts';

const base = {
  minInstances: 2,
  maxInstances: 10,
  targetUtilization: 0.5,
  evaluationIntervalMs: 10_000,
  scaleOutCooldownMs: 30_000,
  scaleInCooldownMs: 60_000,
  startupDelayMs: 20_000,
};

describe('Autoscaler', () => {
  it('evaluates only every evaluationInterval', () => {
    const a = new Autoscaler(4, base);
    expect(a.nextChangeAt()).toBe(10_000);
    expect(a.tick(5_000, 1)).toEqual([]);
    expect(a.tick(10_000, 1)).toEqual([
      { type: 'scale-out', atMs: 10_000, added: 4, readyAtMs: 30_000 },
    ]);
  });

  it('desired = ceil(ready × utilization / target); pending instances are counted, not ready', () => {
    const a = new Autoscaler(4, base);
    a.tick(10_000, 0.75); // 4 × 1.5 = 6
    expect([a.ready, a.pending]).toEqual([4, 2]);
    expect(a.nextChangeAt()).toBe(20_000);
  });

  it('new instances serve only after the start-up delay', () => {
    const a = new Autoscaler(4, base);
    a.tick(10_000, 0.75);
    a.tick(20_000, 0.5);
    expect([a.ready, a.pending]).toEqual([4, 2]);
    expect(a.tick(30_000, 0.5)).toEqual([{ type: 'ready', atMs: 30_000, count: 2 }]);
    expect([a.ready, a.pending]).toEqual([6, 0]);
  });

  it('respects the scale-out cooldown', () => {
    const a = new Autoscaler(4, base);
    a.tick(10_000, 0.75); // → 6 at 10 s
    expect(a.tick(20_000, 1)).toEqual([]); // would be 8, cooldown until 40 s
    expect(a.tick(30_000, 1)).toEqual([{ type: 'ready', atMs: 30_000, count: 2 }]);
    const [out] = a.tick(40_000, 1);
    expect(out).toMatchObject({ type: 'scale-out', added: 4 }); // 6 × 2 = 12 → max 10
  });

  it('respects the scale-in cooldown after any change', () => {
    const a = new Autoscaler(8, base);
    expect(a.tick(10_000, 0.25)).toEqual([
      { type: 'scale-in', atMs: 10_000, removed: 4, cancelled: 0 },
    ]);
    expect(a.tick(20_000, 0.1)).toEqual([]);
    expect(a.tick(60_000, 0.1)).toEqual([]);
    expect(a.tick(70_000, 0.1)).toEqual([
      { type: 'scale-in', atMs: 70_000, removed: 2, cancelled: 0 },
    ]);
    expect(a.ready).toBe(2); // never below min
  });

  it('does nothing within the tolerance', () => {
    const a = new Autoscaler(4, { ...base, tolerance: 0.1 });
    expect(a.tick(10_000, 0.54)).toEqual([]);
    expect(a.tick(20_000, 0.46)).toEqual([]);
  });

  it('keeps to [min, max]', () => {
    const a = new Autoscaler(1, base);
    expect(a.tick(10_000, 0.5)).toMatchObject([{ type: 'scale-out', added: 1 }]);
    const b = new Autoscaler(9, base);
    b.tick(10_000, 1);
    expect(b.ready + b.pending).toBe(10);
  });

  it('scaleBy rounds up: 3 × 1.5 = 5, 3 × 2 = 6, and caps at max', () => {
    const a = new Autoscaler(3, base);
    expect(a.scaleBy(1.5, 0)).toMatchObject({ type: 'scale-out', added: 2, readyAtMs: 20_000 });
    expect(a.ready + a.pending).toBe(5);
    const b = new Autoscaler(3, base);
    b.scaleBy(2, 0);
    expect(b.ready + b.pending).toBe(6);
    const c = new Autoscaler(7, base);
    c.scaleBy(2, 0);
    expect(c.ready + c.pending).toBe(10);
  });

  it('scaleBy starts the scale-out cooldown', () => {
    const a = new Autoscaler(4, base);
    a.scaleBy(1.5, 5_000);
    expect(a.tick(10_000, 1)).toEqual([]);
  });

  it('scale-in cancels starting instances first', () => {
    const a = new Autoscaler(4, { ...base, scaleInCooldownMs: 0 });
    a.scaleBy(2, 0); // 4 ready + 4 pending
    expect(a.tick(10_000, 0.25)).toEqual([
      { type: 'scale-in', atMs: 10_000, removed: 2, cancelled: 4 },
    ]);
  });

  it('invariant: total stays in [min, max] and time-ordered ticks never lose instances', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 60 }), (us) => {
        const a = new Autoscaler(5, base);
        let now = 0;
        for (const u of us) {
          now += 5_000;
          a.tick(now, u);
          const total = a.ready + a.pending;
          if (total < 2 || total > 10 || a.ready < 0) return false;
        }
        return true;
      }),
    );
  });
});
