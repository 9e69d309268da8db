import { describe, expect, it } from 'vitest';
import { createRandomStream } from '../random/rng.ts';
import { checkBackoffSpec, exponentialMs, retryDelayMs, type BackoffSpec } from './backoff.ts';
import { RESILIENCE_DEFAULTS } from './defaults.ts';

const DRAWS = 20_000;

/** Min, max and mean of `DRAWS` delays for retry `attempt` (previous delay fixed). */
function draw(
  spec: BackoffSpec,
  attempt: number,
  previousMs = 0,
): { min: number; max: number; mean: number } {
  const stream = createRandomStream(7, `backoff/${spec.jitter}/${attempt}`);
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (let i = 0; i < DRAWS; i++) {
    const d = retryDelayMs(attempt, spec, stream, previousMs);
    min = Math.min(min, d);
    max = Math.max(max, d);
    sum += d;
  }
  return { min, max, mean: sum / DRAWS };
}

/** Standard error of the mean of U(a, b) over `DRAWS` draws. */
const se = (a: number, b: number): number => (b - a) / Math.sqrt(12 * DRAWS);

describe('retryDelayMs', () => {
  const base = { baseMs: 100, maxMs: 10_000 } as const;

  it('none: min(cap, base · 2^(n−1)), attempt 1 = the first retry', () => {
    const spec: BackoffSpec = { ...base, jitter: 'none' };
    const stream = createRandomStream(1, 'unused');
    const delays = [1, 2, 3, 4, 7, 8, 50, 2000].map((n) => retryDelayMs(n, spec, stream, 0));
    expect(delays).toEqual([100, 200, 400, 800, 6400, 10_000, 10_000, 10_000]);
    expect(exponentialMs(3, { ...spec, multiplier: 3 })).toBe(900);
  });

  it("matches the guide's schedule: 1 s then 2 s for maxAttempts 3", () => {
    const { baseMs, maxMs, maxAttempts } = RESILIENCE_DEFAULTS.retry;
    const spec: BackoffSpec = { baseMs, maxMs, jitter: 'none' };
    const retries = Array.from({ length: maxAttempts - 1 }, (_, i) => exponentialMs(i + 1, spec));
    expect(retries).toEqual([1000, 2000]);
  });

  it.each([1, 3, 6, 9])('full: U(0, d) for attempt %i — bounds and mean', (n) => {
    const d = exponentialMs(n, { ...base, jitter: 'none' });
    const s = draw({ ...base, jitter: 'full' }, n);
    expect(s.min).toBeGreaterThanOrEqual(0);
    expect(s.max).toBeLessThan(d);
    expect(s.max).toBeGreaterThan(0.99 * d);
    expect(Math.abs(s.mean - d / 2)).toBeLessThan(4 * se(0, d));
  });

  it.each([1, 3, 6, 9])('equal: d/2 + U(0, d/2) for attempt %i — bounds and mean', (n) => {
    const d = exponentialMs(n, { ...base, jitter: 'none' });
    const s = draw({ ...base, jitter: 'equal' }, n);
    expect(s.min).toBeGreaterThanOrEqual(d / 2);
    expect(s.min).toBeLessThan(0.51 * d);
    expect(s.max).toBeLessThan(d);
    expect(Math.abs(s.mean - 0.75 * d)).toBeLessThan(4 * se(d / 2, d));
  });

  it('decorrelated: U(base, 3 · previous), below the cap', () => {
    const s = draw({ ...base, jitter: 'decorrelated' }, 1, 1000);
    expect(s.min).toBeGreaterThanOrEqual(100);
    expect(s.max).toBeLessThan(3000);
    expect(Math.abs(s.mean - 1550)).toBeLessThan(4 * se(100, 3000));
  });

  it('decorrelated: the first retry (previous below base) draws from U(base, 3 · base)', () => {
    const s = draw({ ...base, jitter: 'decorrelated' }, 1, 0);
    expect(s.min).toBeGreaterThanOrEqual(100);
    expect(s.max).toBeLessThan(300);
    expect(Math.abs(s.mean - 200)).toBeLessThan(4 * se(100, 300));
  });

  it('decorrelated: the cap holds, and a chain of retries reaches it', () => {
    const spec: BackoffSpec = { ...base, jitter: 'decorrelated' };
    const s = draw(spec, 1, 5000); // U(100, 15000) capped at 10000: P(cap) = 5000 / 14900
    expect(s.max).toBe(10_000);
    const stream = createRandomStream(3, 'chain');
    let previous = 0;
    let capped = 0;
    for (let n = 1; n <= 2000; n++) {
      previous = retryDelayMs(n, spec, stream, previous);
      expect(previous).toBeGreaterThanOrEqual(100);
      expect(previous).toBeLessThanOrEqual(10_000);
      if (previous === 10_000) capped++;
    }
    expect(capped).toBeGreaterThan(0);
  });

  it('every mode respects the cap at any attempt', () => {
    const stream = createRandomStream(5, 'cap');
    for (const jitter of ['none', 'full', 'equal', 'decorrelated'] as const) {
      let previous = 0;
      for (let n = 1; n <= 200; n++) {
        previous = retryDelayMs(
          n,
          { baseMs: 7, maxMs: 333, multiplier: 1.7, jitter },
          stream,
          previous,
        );
        expect(previous).toBeLessThanOrEqual(333);
        expect(previous).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('is deterministic per stream', () => {
    const run = (): number[] => {
      const stream = createRandomStream(11, 'edge:a->b/retry');
      return [1, 2, 3].map((n) => retryDelayMs(n, { ...base, jitter: 'full' }, stream, 0));
    };
    expect(run()).toEqual(run());
  });

  it('checkBackoffSpec names the bad field', () => {
    expect(checkBackoffSpec({ ...base, jitter: 'full' })).toBeNull();
    expect(checkBackoffSpec({ baseMs: 0, maxMs: 1, jitter: 'full' })).toMatch(/baseMs/);
    expect(checkBackoffSpec({ ...base, multiplier: 0.5, jitter: 'full' })).toMatch(/multiplier/);
    expect(checkBackoffSpec({ baseMs: 100, maxMs: 50, jitter: 'full' })).toMatch(/maxMs/);
  });
});
