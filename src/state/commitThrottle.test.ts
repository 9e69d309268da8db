import { describe, expect, it } from 'vitest';
import { createCommitThrottle } from './commitThrottle.ts';
import { createFakeTimers } from './fakeTimers.ts';

describe('commitThrottle', () => {
  it('commits at most once per interval however often it is asked', () => {
    const timers = createFakeTimers();
    let commits = 0;
    const throttle = createCommitThrottle(() => commits++, 100, timers);
    for (let t = 0; t < 1000; t += 10) {
      throttle.request();
      timers.advance(10);
    }
    expect(commits).toBeGreaterThanOrEqual(9);
    expect(commits).toBeLessThanOrEqual(11);
  });

  it('flush commits at once and cancels the scheduled commit', () => {
    const timers = createFakeTimers();
    let commits = 0;
    const throttle = createCommitThrottle(() => commits++, 100, timers);
    throttle.request();
    timers.advance(0);
    throttle.request();
    throttle.flush();
    expect(commits).toBe(2);
    timers.advance(500);
    expect(commits).toBe(2);
  });

  it('cancel drops a scheduled commit', () => {
    const timers = createFakeTimers();
    let commits = 0;
    const throttle = createCommitThrottle(() => commits++, 100, timers);
    throttle.request();
    throttle.cancel();
    timers.advance(500);
    expect(commits).toBe(0);
  });
});
