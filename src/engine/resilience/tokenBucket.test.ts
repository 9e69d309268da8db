import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTokenBucket } from './tokenBucket.ts';

describe('token bucket', () => {
  it('allows a burst, then ratePerSec', () => {
    const bucket = createTokenBucket({ ratePerSec: 10, burst: 3 });
    expect([0, 0, 0, 0].map((t) => bucket.tryTake(t))).toEqual([true, true, true, false]);
    expect(bucket.tryTake(99)).toBe(false);
    expect(bucket.tryTake(100)).toBe(true); // exactly one token after 100 ms
    expect(bucket.tryTake(100)).toBe(false);
    expect(bucket.rejected).toBe(3);
  });

  it('hasToken answers like tryTake would, without taking or counting', () => {
    const bucket = createTokenBucket({ ratePerSec: 10, burst: 1 });
    expect(bucket.hasToken(0)).toBe(true);
    expect(bucket.hasToken(0)).toBe(true);
    expect(bucket.tryTake(0)).toBe(true);
    expect(bucket.hasToken(50)).toBe(false);
    expect(bucket.rejected).toBe(0);
    expect(bucket.hasToken(100)).toBe(true);
  });

  it('never holds more than burst', () => {
    const bucket = createTokenBucket({ ratePerSec: 1000, burst: 5 });
    expect(bucket.available(1_000_000)).toBe(5);
  });

  it('nextAvailableAtMs says when a token will be there', () => {
    const bucket = createTokenBucket({ ratePerSec: 3, burst: 1 });
    bucket.tryTake(0);
    const at = bucket.nextAvailableAtMs(0);
    expect(at).toBeCloseTo(1000 / 3, 9);
    expect(bucket.tryTake(at)).toBe(true);
    expect(bucket.nextAvailableAtMs(at)).toBeCloseTo(2000 / 3, 9);
  });

  it('ignores time going back', () => {
    const bucket = createTokenBucket({ ratePerSec: 1, burst: 1 });
    bucket.tryTake(5000);
    expect(bucket.tryTake(4000)).toBe(false);
    expect(bucket.tryTake(6000)).toBe(true);
  });

  it('admits at most burst + rate × elapsed when saturated (polled every ms)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1, max: 20 }),
        (rate, burst) => {
          const bucket = createTokenBucket({ ratePerSec: rate, burst });
          let admitted = 0;
          for (let t = 0; t <= 10_000; t++) while (bucket.tryTake(t)) admitted++;
          expect(admitted).toBeLessThanOrEqual(burst + (rate * 10_000) / 1000);
          // A full bucket wastes the refill until the next poll: at worst one
          // token per ⌈1000 / rate⌉ ms.
          expect(admitted).toBeGreaterThanOrEqual(
            burst + Math.floor(10_000 / Math.ceil(1000 / rate - 1e-9)),
          );
          if (1000 % rate === 0) expect(admitted).toBe(burst + (rate * 10_000) / 1000);
        },
      ),
      { seed: 9, numRuns: 50 },
    );
  });

  it('rejects parameters out of range', () => {
    expect(() => createTokenBucket({ ratePerSec: 0, burst: 1 })).toThrow(/ratePerSec/);
    expect(() => createTokenBucket({ ratePerSec: 1, burst: 0.5 })).toThrow(/burst/);
  });
});
