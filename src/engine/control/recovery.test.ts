import { describe, expect, it } from 'vitest';
import { timeToRecover, type RecoveryOptions } from './recovery.ts';

/** p99 per 1 s window: 100 ms before a fault at [10 s, 15 s), then the given tail. */
function series(after: readonly number[]): number[] {
  return [100, 102, 98, 101, 99, 100, 103, 97, 100, 100, 900, 950, 990, 1000, 980, ...after];
}

const opts: RecoveryOptions = {
  windowMs: 1000,
  fault: { atMs: 10_000, durationMs: 5000 },
  tolerance: 0.1,
  stableWindows: 3,
};

describe('timeToRecover', () => {
  it('finds the first window of a stable run back within the band', () => {
    const r = timeToRecover(series([600, 300, 105, 109, 104, 100]), opts);
    expect(r).toEqual({ baseline: 100, window: 17, recoveredAtMs: 17_000, timeToRecoverMs: 2000 });
  });

  it('a blip out of the band restarts the run', () => {
    const r = timeToRecover(series([105, 105, 200, 100, 100, 100]), opts);
    expect(r?.window).toBe(18);
  });

  it('is 0 when the metric is fine right after the fault', () => {
    expect(timeToRecover(series([100, 100, 100]), opts)?.timeToRecoverMs).toBe(0);
  });

  it('is null when the metric never settles (metastable failure)', () => {
    expect(timeToRecover(series(Array.from({ length: 50 }, () => 800)), opts)).toBeNull();
    expect(timeToRecover(series([100, 100]), opts)).toBeNull(); // series ends too soon
  });

  it('treats NaN (no successful calls) as not recovered', () => {
    const r = timeToRecover(series([Number.NaN, 100, 100, 100]), opts);
    expect(r?.window).toBe(16);
  });

  it('ignores windows still inside the fault', () => {
    const r = timeToRecover([1, 1, 1, 1, 1, 1, 1, 1], {
      ...opts,
      fault: { atMs: 2000, durationMs: 2500 },
      stableWindows: 1,
    });
    expect(r).toMatchObject({ window: 5, recoveredAtMs: 5000, timeToRecoverMs: 500 });
  });

  it('baseline: median of the last baselineWindows, or a given one', () => {
    const s = [10, 10, 10, 50, 50, 50, 900, 50, 50];
    const base = { ...opts, fault: { atMs: 6000, durationMs: 1000 }, stableWindows: 2 };
    expect(timeToRecover(s, { ...base, baselineWindows: 3 })?.baseline).toBe(50);
    expect(timeToRecover(s, { ...base, baselineWindows: 3 })?.window).toBe(7);
    expect(timeToRecover(s, base)).toBeNull(); // median of all six = 30: 50 is out of band
    expect(timeToRecover(s, { ...base, baseline: 60 })).toMatchObject({ baseline: 60, window: 7 });
  });

  it('an absolute tolerance handles a zero baseline (error rate)', () => {
    const errors = [0, 0, 0, 0.8, 0.4, 0.02, 0.01, 0.0];
    const base = { ...opts, fault: { atMs: 3000, durationMs: 1000 }, stableWindows: 2 };
    expect(timeToRecover(errors, base)).toBeNull(); // only an exact 0 is within 10 % of 0
    expect(timeToRecover(errors, { ...base, absoluteTolerance: 0.05 })?.window).toBe(5);
  });

  it("worse: 'lower' for throughput, 'either' for a two-sided band", () => {
    const throughput = [100, 100, 100, 20, 50, 95, 120, 100];
    const base = { ...opts, fault: { atMs: 3000, durationMs: 1000 }, stableWindows: 2 };
    expect(timeToRecover(throughput, { ...base, worse: 'lower' })?.window).toBe(5);
    expect(timeToRecover(throughput, { ...base, worse: 'either' })).toBeNull();
    expect(timeToRecover(throughput, { ...base, worse: 'either', tolerance: 0.2 })?.window).toBe(5);
  });

  it('throws without a baseline', () => {
    expect(() =>
      timeToRecover([1, 2, 3], { ...opts, fault: { atMs: 0, durationMs: 1000 } }),
    ).toThrow('no window ends before the fault');
  });
});
