import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandomStream } from '../random/rng.ts';
import { RESILIENCE_DEFAULTS } from './defaults.ts';
import { createRetryBudget } from './retryBudget.ts';

describe('retry budget on hand-made sequences', () => {
  it('earns percentCanRetry of a retry per request', () => {
    const budget = createRetryBudget({ ttlMs: 1000, minRetriesPerSec: 0, percentCanRetry: 0.5 });
    expect(budget.tryWithdraw(0)).toBe(false);
    for (let i = 0; i < 5; i++) budget.deposit(10);
    expect(budget.balance(10)).toBe(2);
    expect(budget.tryWithdraw(20)).toBe(true);
    expect(budget.tryWithdraw(20)).toBe(true);
    expect(budget.tryWithdraw(20)).toBe(false);
  });

  it('forgets deposits after ttl (in tenths of ttl)', () => {
    const budget = createRetryBudget({ ttlMs: 1000, minRetriesPerSec: 0, percentCanRetry: 1 });
    budget.deposit(50); // slice 0
    budget.deposit(150); // slice 1
    expect(budget.balance(999)).toBe(2);
    expect(budget.balance(1000)).toBe(1); // slice 0 left the window
    expect(budget.balance(1100)).toBe(0);
  });

  it('keeps a reserve of minRetriesPerSec × ttl that refills as withdrawals age out', () => {
    const budget = createRetryBudget({ ttlMs: 2000, minRetriesPerSec: 5, percentCanRetry: 0 });
    let allowed = 0;
    for (let i = 0; i < 30; i++) if (budget.tryWithdraw(100)) allowed++;
    expect(allowed).toBe(10);
    expect(budget.tryWithdraw(1999)).toBe(false); // slice 0 (0–200 ms) is in the window until 2000
    expect(budget.balance(2000)).toBe(10);
  });

  it("uses Finagle's defaults", () => {
    const budget = createRetryBudget(RESILIENCE_DEFAULTS.retryBudget);
    expect(budget.balance(0)).toBe(100); // 10 retries/s × 10 s
  });

  it('rejects parameters out of range', () => {
    expect(() =>
      createRetryBudget({ ttlMs: 0, minRetriesPerSec: 1, percentCanRetry: 0.2 }),
    ).toThrow(/ttlMs/);
    expect(() =>
      createRetryBudget({ ttlMs: 1, minRetriesPerSec: -1, percentCanRetry: 0.2 }),
    ).toThrow(/minRetries/);
    expect(() =>
      createRetryBudget({ ttlMs: 1, minRetriesPerSec: 1, percentCanRetry: 2000 }),
    ).toThrow(/percent/);
  });
});

describe('retry budget bounds', () => {
  it('bounds a retry storm: attempts ÷ requests ≤ 1 + percent + min ÷ rate', () => {
    const { percentCanRetry, minRetriesPerSec, ttlMs } = RESILIENCE_DEFAULTS.retryBudget;
    const budget = createRetryBudget(RESILIENCE_DEFAULTS.retryBudget);
    const stream = createRandomStream(42, 'storm');
    const seconds = 600;
    const ratePerSec = 200;
    let requests = 0;
    let retries = 0;
    // Poisson arrivals; the downstream is down, so every attempt fails and each
    // request would retry up to 9 times without a budget.
    for (let t = 0; t < seconds * 1000; t += (-Math.log(1 - stream.next()) * 1000) / ratePerSec) {
      requests++;
      budget.deposit(t);
      for (let attempt = 1; attempt < 10 && budget.tryWithdraw(t + attempt); attempt++) retries++;
    }
    const bound = percentCanRetry * requests + minRetriesPerSec * (seconds + ttlMs / 1000);
    expect(retries).toBeLessThanOrEqual(bound);
    expect(retries).toBeGreaterThan(0.95 * percentCanRetry * requests); // the budget is used
    const amplification = (requests + retries) / requests;
    expect(amplification).toBeLessThan(1 + percentCanRetry + minRetriesPerSec / ratePerSec + 0.01);
  });

  it('retries ≤ percent × requests + min × (seconds + ttl) for any sequence', () => {
    const event = fc.record({ gapMs: fc.integer({ min: 0, max: 400 }), retry: fc.boolean() });
    const params = fc.record({
      ttlMs: fc.constantFrom(500, 1000, 10_000),
      minRetriesPerSec: fc.constantFrom(0, 1, 10),
      percentCanRetry: fc.constantFrom(0, 0.1, 0.2, 0.5, 1, 2),
    });
    fc.assert(
      fc.property(params, fc.array(event, { maxLength: 3000 }), (p, events) => {
        const budget = createRetryBudget(p);
        let t = 0;
        let requests = 0;
        let retries = 0;
        for (const e of events) {
          t += e.gapMs;
          if (!e.retry) {
            requests++;
            budget.deposit(t);
          } else if (budget.tryWithdraw(t)) {
            retries++;
          }
        }
        const reserve = p.minRetriesPerSec * (t / 1000 + p.ttlMs / 1000);
        expect(retries).toBeLessThanOrEqual(p.percentCanRetry * requests + reserve + 1e-9);
      }),
      { seed: 20261124, numRuns: 300 },
    );
  });
});
