import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createCircuitBreaker,
  type CircuitBreaker,
  type SlidingWindowBreakerOptions,
} from './circuitBreaker.ts';

const BASE: SlidingWindowBreakerOptions = {
  mode: 'sliding-window',
  windowType: 'count',
  windowSize: 4,
  minimumCalls: 4,
  failureRateThreshold: 50,
  slowCallDurationMs: 100,
  slowCallRateThreshold: 100,
  openMs: 1000,
  permittedCallsInHalfOpen: 3,
};

/** Feed outcomes ('S' success, 'F' failure, lower case = slow) at t = start, start+1…; the state after each. */
function feed(breaker: CircuitBreaker, outcomes: string, start = 0): string[] {
  return outcomes.split('').map((o, i) => {
    const duration = o === o.toLowerCase() ? 500 : 10;
    if (o.toUpperCase() === 'F') breaker.onFailure(start + i, duration);
    else breaker.onSuccess(start + i, duration);
    return breaker.state;
  });
}

describe('sliding-window breaker, count-based (resilience4j)', () => {
  it('judges nothing before minimumCalls, then opens at ≥ the failure rate', () => {
    const breaker = createCircuitBreaker(BASE);
    expect(feed(breaker, 'FFF')).toEqual(['closed', 'closed', 'closed']); // 100 % but only 3 calls
    const other = createCircuitBreaker(BASE);
    expect(feed(other, 'SFSF').at(-1)).toBe('open'); // exactly 50 %
    expect(other.transitions).toEqual([{ atMs: 3, from: 'closed', to: 'open' }]);
  });

  it('forgets the oldest outcome as a new one enters the ring', () => {
    const breaker = createCircuitBreaker({ ...BASE, failureRateThreshold: 75 });
    // Over all 7 calls, 4/7 = 57 % would not open either; over the last 4 it is 50 %.
    expect(feed(breaker, 'FFSSSFF').at(-1)).toBe('closed');
    // The 8th call makes the last four S F F F = 75 % (over all 8: 62.5 %).
    expect(feed(breaker, 'F', 7)).toEqual(['open']);
  });

  it('caps minimumCalls at the window size', () => {
    const breaker = createCircuitBreaker({ ...BASE, minimumCalls: 100 });
    expect(feed(breaker, 'SSFF').at(-1)).toBe('open');
  });

  it('counts slow calls — strictly above the threshold, successes and failures alike', () => {
    const options = { ...BASE, failureRateThreshold: 100, slowCallRateThreshold: 50 };
    const exact = createCircuitBreaker(options);
    for (let i = 0; i < 4; i++) exact.onSuccess(i, 100); // exactly 100 ms: not slow
    expect(exact.state).toBe('closed');
    expect(feed(createCircuitBreaker(options), 'SsSf').at(-1)).toBe('open'); // 2/4 slow
    expect(feed(createCircuitBreaker(options), 'SsSS').at(-1)).toBe('closed');
  });

  it('half-open: lets exactly permittedCallsInHalfOpen through and decides on the last answer', () => {
    const breaker = createCircuitBreaker(BASE);
    feed(breaker, 'FFFF'); // open at t = 3, until 1003
    expect(breaker.tryAcquire(1002)).toBe(false);
    expect([1, 2, 3, 4].map(() => breaker.tryAcquire(1003))).toEqual([true, true, true, false]);
    expect(breaker.state).toBe('half-open');
    expect(feed(breaker, 'SF', 1010)).toEqual(['half-open', 'half-open']); // 1 of 2 failed: undecided
    expect(feed(breaker, 'S', 1020)).toEqual(['closed']); // 1/3 = 33 % < 50 %
    // Closed with an empty window: 3 failures are not enough to judge.
    expect(feed(breaker, 'FFF', 1030).at(-1)).toBe('closed');
  });

  it('half-open: re-opens when the trial calls fail or are slow', () => {
    const breaker = createCircuitBreaker({ ...BASE, slowCallRateThreshold: 60 });
    feed(breaker, 'FFFF');
    breaker.advance(1003);
    expect(feed(breaker, 'SFF', 1010).at(-1)).toBe('open'); // 67 % failed
    expect(breaker.openUntilMs).toBe(2012);
    breaker.advance(2012);
    expect(feed(breaker, 'sSs', 2020).at(-1)).toBe('open'); // 67 % slow
    expect(breaker.transitions.map((t) => t.to)).toEqual([
      'open',
      'half-open',
      'open',
      'half-open',
      'open',
    ]);
  });

  it('matches a naive model (array of all outcomes) on random sequences', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('S', 'F', 's', 'f'), { maxLength: 200 }),
        fc.integer({ min: 1, max: 12 }),
        (seq, size) => {
          const options = {
            ...BASE,
            windowSize: size,
            minimumCalls: Math.max(1, size - 2),
            slowCallRateThreshold: 80,
          };
          const breaker = createCircuitBreaker({ ...options, openMs: Infinity });
          const history: string[] = [];
          let expected = 'closed';
          for (const [i, o] of seq.entries()) {
            feed(breaker, o, i);
            if (expected !== 'closed') continue;
            history.push(o);
            const last = history.slice(-size);
            const failed = last.filter((x) => x.toUpperCase() === 'F').length / last.length;
            const slow = last.filter((x) => x === x.toLowerCase()).length / last.length;
            if (last.length >= options.minimumCalls && (failed >= 0.5 || slow >= 0.8))
              expected = 'open';
          }
          expect(breaker.state).toBe(expected);
        },
      ),
      { seed: 1124, numRuns: 300 },
    );
  });
});

describe('sliding-window breaker, time-based', () => {
  const TIME: SlidingWindowBreakerOptions = {
    ...BASE,
    windowType: 'time',
    windowSize: 10,
    minimumCalls: 3,
    failureRateThreshold: 70,
  };

  it('aggregates per second and expires whole seconds', () => {
    const breaker = createCircuitBreaker(TIME);
    breaker.onSuccess(0, 1);
    breaker.onFailure(500, 1);
    breaker.onFailure(9000, 1); // 2/3 = 67 % < 70 %
    expect(breaker.state).toBe('closed');
    // Second 0 leaves the window when second 10 begins: 2 calls, too few to judge
    // (had it stayed, 3/4 = 75 % would open).
    breaker.onFailure(10_000, 1);
    expect(breaker.state).toBe('closed');
    breaker.onFailure(10_999, 1); // seconds 1–10: F F F
    expect(breaker.state).toBe('open');
    expect(breaker.transitions).toEqual([{ atMs: 10_999, from: 'closed', to: 'open' }]);
  });

  it('forgets everything after a gap longer than the window', () => {
    const breaker = createCircuitBreaker(TIME);
    breaker.onFailure(0, 1);
    breaker.onFailure(1, 1);
    breaker.onSuccess(1_000_000, 1);
    breaker.onFailure(1_000_001, 1);
    expect(breaker.state).toBe('closed'); // 1/2 seen, not 3/4
    breaker.onFailure(1_000_002, 1);
    expect(breaker.state).toBe('closed'); // 2/3 = 67 %
    breaker.onFailure(1_000_003, 1);
    expect(breaker.state).toBe('open'); // 3/4 = 75 %
  });

  it('rejects options out of range', () => {
    expect(() => createCircuitBreaker({ ...TIME, windowSize: 0 })).toThrow(/windowSize/);
    expect(() => createCircuitBreaker({ ...TIME, failureRateThreshold: 0 })).toThrow(
      /failureRateThreshold/,
    );
    expect(() => createCircuitBreaker({ ...TIME, permittedCallsInHalfOpen: 0 })).toThrow(
      /permitted/,
    );
  });
});
