import { describe, expect, it } from 'vitest';
import { createSimulation } from '../simulation.ts';
import { poolSpec } from '../testSpecs.ts';

/** Start times (client's first hop) of the traced root requests of a pool run. */
function tracedStarts(ratePerSec: number, sample: number, durationMs = 3000): number[] {
  const sim = createSimulation(
    poolSpec({
      strategy: 'round-robin',
      services: 2,
      ratePerSec,
      workers: 8, // far from saturation: every traced request finishes
      serviceTimeMs: { type: 'constant', value: 3 },
      durationMs,
      traceSamplePerWindow: sample,
    }),
  );
  sim.runToEnd();
  return sim
    .drainTraces()
    .filter((h) => h.from === 0)
    .map((h) => h.sentMs)
    .sort((a, b) => a - b);
}

describe('trace sampling spreads over the window', () => {
  it('busy client: one traced request just after each of N evenly spaced instants', () => {
    const starts = tracedStarts(2000, 10);
    expect(starts).toHaveLength(3 * 10);
    starts.forEach((t, i) => {
      const instant = i * 100; // 1000 ms windows, 10 instants each
      expect(t).toBeGreaterThanOrEqual(instant);
      expect(t).toBeLessThan(instant + 10); // at 2000/s the next arrival is well within 10 ms
    });
  });

  it('never more than N per window, even when arrivals are sparse', () => {
    const starts = tracedStarts(15, 10, 20_000);
    for (let w = 0; w < 20; w++) {
      const inWindow = starts.filter((t) => t >= w * 1000 && t < (w + 1) * 1000);
      expect(inWindow.length).toBeLessThanOrEqual(10);
      expect(inWindow.length).toBeGreaterThan(0);
    }
    // A late request covers the instants it missed: no two traced in the same 100 ms slot.
    const slots = starts.map((t) => Math.floor(t / 100));
    expect(new Set(slots).size).toBe(slots.length);
  });

  it('a sample of 0 traces nothing', () => {
    expect(tracedStarts(2000, 0)).toHaveLength(0);
  });
});
