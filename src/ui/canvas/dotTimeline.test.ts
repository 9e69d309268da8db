import { describe, expect, it } from 'vitest';
import type { Playback } from './dotTimeline.ts';
import { advancePlayback, collectDots, getHopPlacement } from './dotTimeline.ts';
import type { DotClock, DotHop } from './topologyTypes.ts';

const hop = (requestId: number, sentMs: number, answeredMs: number): DotHop => ({
  requestId,
  from: 'a',
  to: 'b',
  sentMs,
  arrivedMs: sentMs + 10,
  leftMs: answeredMs - 10,
  answeredMs,
  outcome: 'ok',
});

/** Play frames every 16 ms of wall time from `from` to `to`, batches every 34 ms at `rate`. */
function play(rate: number, from: number, to: number, start: Playback | null = null) {
  let p = start;
  const ts: number[] = [];
  for (let now = from; now <= to; now += 16) {
    const batchWall = Math.floor(now / 34) * 34;
    const clock: DotClock = { simMs: batchWall * rate, wallMs: batchWall, rate };
    p = advancePlayback(p, clock, now, 800);
    ts.push(p.t);
  }
  return { ts, last: p };
}

describe('dot timeline', () => {
  it('places a hop by its real simulated times, out then back, with a minimum leg', () => {
    const h = hop(3, 100, 200);
    expect(getHopPlacement(h, 105, 0)).toMatchObject({ requestId: 3, f: 0.5, returning: false });
    expect(getHopPlacement(h, 195, 0)).toMatchObject({ f: 0.5, returning: true });
    expect(getHopPlacement(h, 150, 0)).toBeNull(); // at the callee
    expect(getHopPlacement(h, 120, 40)).toMatchObject({ f: 0.5, returning: false });
    expect(collectDots([h, hop(4, 0, 50), hop(5, 100, 300)], 101, 0, 5)).toHaveLength(2);
  });

  it('advances playback by wall time × rate between batches, a steady lag behind the run', () => {
    const { ts } = play(20, 0, 10_000);
    const steps = ts.slice(100).map((t, i, a) => (i === 0 ? 16 * 20 : t - a[i - 1]!));
    // Every frame moves by 16 ms of wall time × 20, give or take the easing: no waves, no stalls.
    for (const s of steps) {
      expect(s).toBeGreaterThan(16 * 20 * 0.8);
      expect(s).toBeLessThan(16 * 20 * 1.2);
    }
    // And it sits about 800 ms of wall time behind the newest batch.
    const lag = (Math.floor(10_000 / 34) * 34 * 20 - ts.at(-1)!) / 20;
    expect(lag).toBeGreaterThan(700);
    expect(lag).toBeLessThan(800);
  });

  it('a dot leaves at its simulated start mapped to wall time by the speed', () => {
    // At ×20 a hop sent at sim 100 000 ms is drawn ≈ 5000 + 800 ms of wall time into the run.
    const { ts } = play(20, 0, 8000);
    const frame = ts.findIndex(
      (t) => getHopPlacement(hop(1, 100_000, 100_400), t, 280 * 20) !== null,
    );
    expect(frame * 16).toBeGreaterThan(5000 + 700);
    expect(frame * 16).toBeLessThan(5000 + 850);
  });

  it('rests while the run is paused, never goes back, and restarts with a new run', () => {
    const rate = 20;
    const paused: DotClock = { simMs: 40_000, wallMs: 2000, rate };
    let p: Playback | null = advancePlayback(null, paused, 2000, 800);
    const rests: number[] = [];
    for (let now = 2000; now < 12_000; now += 500)
      rests.push((p = advancePlayback(p, paused, now, 800)).t);
    expect(rests.at(-1)).toBe(40_000 - 400 * rate); // half the lag behind what is known
    expect(rests.every((t, i) => i === 0 || t >= rests[i - 1]!)).toBe(true);
    const fresh: DotClock = { simMs: 500, wallMs: 12_000, rate };
    expect(advancePlayback(p, fresh, 12_000, 800).t).toBe(500 - 800 * rate);
  });
});
