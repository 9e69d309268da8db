import { describe, expect, it } from 'vitest';
import {
  createCircuitBreaker,
  TRANSITIONS_KEPT,
  type ConsecutiveBreakerOptions,
} from './circuitBreaker.ts';
import { RESILIENCE_DEFAULTS } from './defaults.ts';

const GUIDE: ConsecutiveBreakerOptions = {
  mode: 'consecutive',
  ...RESILIENCE_DEFAULTS.consecutiveBreaker,
};

/** A breaker that has just opened at `atMs` (5 failures). */
function openedAt(atMs: number, options: Partial<ConsecutiveBreakerOptions> = {}) {
  const breaker = createCircuitBreaker({ ...GUIDE, ...options });
  for (let i = 0; i < 5; i++) {
    expect(breaker.tryAcquire(atMs)).toBe(true);
    breaker.onFailure(atMs, 10);
  }
  expect(breaker.state).toBe('open');
  return breaker;
}

describe('consecutive-failure breaker (the guide)', () => {
  it('opens on the 5th consecutive failure; a success resets the count', () => {
    const breaker = createCircuitBreaker(GUIDE);
    const outcomes = 'FFFFSFFFF'; // 4 failures, a success, 4 failures: still closed
    outcomes
      .split('')
      .forEach((o, i) => (o === 'F' ? breaker.onFailure(i, 1) : breaker.onSuccess(i, 1)));
    expect(breaker.state).toBe('closed');
    breaker.onFailure(100, 1);
    expect(breaker.state).toBe('open');
    expect(breaker.transitions).toEqual([{ atMs: 100, from: 'closed', to: 'open' }]);
    expect(breaker.openUntilMs).toBe(60_100);
  });

  it('refuses calls for exactly openMs, then lets them through half-open', () => {
    const breaker = openedAt(1000);
    expect(breaker.tryAcquire(1000)).toBe(false);
    expect(breaker.tryAcquire(60_999)).toBe(false);
    expect(breaker.rejectedCalls).toBe(2);
    expect(breaker.tryAcquire(70_000)).toBe(true); // noticed late, stamped on time
    expect(breaker.state).toBe('half-open');
    expect(breaker.transitions.at(-1)).toEqual({ atMs: 61_000, from: 'open', to: 'half-open' });
    expect(breaker.openUntilMs).toBe(Infinity);
  });

  it('closes after 3 consecutive half-open successes', () => {
    const breaker = openedAt(0);
    breaker.advance(60_000);
    expect(breaker.state).toBe('half-open');
    for (let i = 0; i < 10; i++) expect(breaker.tryAcquire(60_000)).toBe(true); // no cap by default
    breaker.onSuccess(60_010, 10);
    breaker.onSuccess(60_020, 10);
    expect(breaker.state).toBe('half-open');
    breaker.onSuccess(60_030, 10);
    expect(breaker.state).toBe('closed');
    expect(breaker.transitions.map((t) => `${t.atMs}:${t.to}`)).toEqual([
      '0:open',
      '60000:half-open',
      '60030:closed',
    ]);
    // Closed again with a fresh failure count.
    for (let i = 0; i < 4; i++) breaker.onFailure(61_000, 1);
    expect(breaker.state).toBe('closed');
  });

  it('re-opens on any half-open failure, for another full openMs', () => {
    const breaker = openedAt(0);
    breaker.advance(60_000);
    breaker.onSuccess(60_001, 1);
    breaker.onSuccess(60_002, 1);
    breaker.onFailure(60_003, 1);
    expect(breaker.state).toBe('open');
    expect(breaker.openUntilMs).toBe(120_003);
    breaker.advance(120_003);
    breaker.onSuccess(120_004, 1); // the count of successes starts over
    breaker.onSuccess(120_005, 1);
    expect(breaker.state).toBe('half-open');
  });

  it('halfOpenMaxCalls caps trial calls in flight, not in total', () => {
    const breaker = openedAt(0, { halfOpenMaxCalls: 1 });
    expect(breaker.tryAcquire(60_000)).toBe(true);
    expect(breaker.tryAcquire(60_000)).toBe(false);
    breaker.onSuccess(60_010, 10);
    expect(breaker.tryAcquire(60_010)).toBe(true);
    breaker.onSuccess(60_020, 10);
    expect(breaker.tryAcquire(60_020)).toBe(true);
    breaker.onSuccess(60_030, 10);
    expect(breaker.state).toBe('closed');
  });

  it('ignores outcomes that arrive while open', () => {
    const breaker = openedAt(0);
    breaker.onSuccess(10, 1);
    breaker.onSuccess(20, 1);
    breaker.onSuccess(30, 1);
    breaker.onFailure(40, 1);
    expect(breaker.state).toBe('open');
    expect(breaker.openUntilMs).toBe(60_000);
  });

  it('tells a listener about every change and keeps only the last transitions', () => {
    const seen: string[] = [];
    const breaker = createCircuitBreaker({
      ...GUIDE,
      failureThreshold: 1,
      successThreshold: 1,
      openMs: 10,
      onTransition: (at, from, to) => seen.push(`${at}:${from}>${to}`),
    });
    let t = 0;
    for (let cycle = 0; cycle < 50; cycle++, t += 100) {
      breaker.onFailure(t, 1); // closed → open
      expect(breaker.tryAcquire(t + 10)).toBe(true); // → half-open
      breaker.onSuccess(t + 20, 1); // → closed
    }
    expect(breaker.transitionCount).toBe(150);
    expect(seen).toHaveLength(150);
    expect(seen.slice(0, 3)).toEqual(['0:closed>open', '10:open>half-open', '20:half-open>closed']);
    const kept = breaker.transitions;
    expect(kept).toHaveLength(TRANSITIONS_KEPT);
    expect(kept.at(-1)).toEqual({ atMs: 4920, from: 'half-open', to: 'closed' });
    expect(kept.map((k) => k.atMs)).toEqual([...kept.map((k) => k.atMs)].sort((a, b) => a - b));
  });

  it('forceOpen opens a closed breaker for openMs (an alert action), once', () => {
    const breaker = createCircuitBreaker(GUIDE);
    expect(breaker.forceOpen(1000)).toBe(true);
    expect(breaker.state).toBe('open');
    expect(breaker.forceOpen(2000)).toBe(false); // already open: the open period is not extended
    expect(breaker.tryAcquire(1000 + GUIDE.openMs - 1)).toBe(false);
    expect(breaker.tryAcquire(1000 + GUIDE.openMs)).toBe(true);
    expect(breaker.state).toBe('half-open');
    expect(breaker.forceOpen(1000 + GUIDE.openMs)).toBe(true);
    expect(breaker.transitions.map((t) => t.to)).toEqual(['open', 'half-open', 'open']);
  });

  it('rejects options out of range', () => {
    expect(() => createCircuitBreaker({ ...GUIDE, failureThreshold: 0 })).toThrow(
      /failureThreshold/,
    );
    expect(() => createCircuitBreaker({ ...GUIDE, successThreshold: 1.5 })).toThrow(
      /successThreshold/,
    );
    expect(() => createCircuitBreaker({ ...GUIDE, halfOpenMaxCalls: 0 })).toThrow(
      /halfOpenMaxCalls/,
    );
    expect(() => createCircuitBreaker({ ...GUIDE, openMs: -1 })).toThrow(/openMs/);
  });
});
