import { describe, expect, it } from 'vitest';
import { createTraceClockEstimator, PAUSE_GAP_WALL_MS } from './traceClock.ts';

describe('trace clock', () => {
  it('measures the pace over the last second, unmoved by batches that arrive in bursts', () => {
    const clock = createTraceClockEstimator();
    // ×10: the worker reports every 34 ms, but the busy main thread takes them in threes.
    const rates: number[] = [];
    for (let i = 0; i < 120; i++) {
      const sent = i * 34;
      const received = Math.ceil((sent + 1) / 102) * 102; // three at once, every 102 ms
      rates.push(clock.update(sent * 10, received).rate);
    }
    for (const r of rates.slice(40)) {
      expect(r).toBeGreaterThan(8);
      expect(r).toBeLessThan(12);
    }
  });

  it('starts at 0, and a pause leaves the rate as it was', () => {
    const clock = createTraceClockEstimator();
    expect(clock.update(0, 0).rate).toBe(0);
    for (let w = 34; w <= 1000; w += 34) clock.update(w * 20, w);
    const before = clock.update(1020 * 20, 1020).rate;
    expect(before).toBeCloseTo(20);
    const after = clock.update(1020 * 20 + 5, 1020 + PAUSE_GAP_WALL_MS + 4000);
    expect(after.rate).toBe(before);
    expect(after.simMs).toBe(1020 * 20 + 5);
    clock.reset();
    expect(clock.update(0, 9000).rate).toBe(0);
  });
});
