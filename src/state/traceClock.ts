/**
 * How fast simulated time runs against the wall clock, for the request dots:
 * simulated ms per wall ms over the last second of batches. One batch pair
 * is not enough: when the main thread is busy, batches queue up and arrive
 * a millisecond apart, and a per-pair rate would jump tenfold. A gap longer
 * than `PAUSE_GAP_WALL_MS` is a pause, not a pace: it leaves the rate alone.
 */

/** Where the run was at the last batch, and how fast it goes. */
export interface TraceClock {
  readonly simMs: number;
  /** Wall time (ms, the caller's clock) when `simMs` was reported. */
  readonly wallMs: number;
  /** Simulated ms per wall ms (0 until two batches have arrived). */
  readonly rate: number;
}

/** A gap between batches longer than this (wall ms) is a pause: it leaves the rate as it was. */
export const PAUSE_GAP_WALL_MS = 500;
/** The rate is measured over about this much wall time. */
export const RATE_SPAN_WALL_MS = 1000;
/** Below this much wall time between the oldest and newest batch, the rate is not measured yet. */
const MIN_SPAN_WALL_MS = 50;

export interface TraceClockEstimator {
  reset(): void;
  /** A batch reported `simMs` at wall time `wallMs`: the clock as it stands now. */
  update(simMs: number, wallMs: number): TraceClock;
}

export const IDLE_CLOCK: TraceClock = { simMs: 0, wallMs: 0, rate: 0 };

/** Create an estimator with no batch seen. */
export function createTraceClockEstimator(): TraceClockEstimator {
  let sims: number[] = [];
  let walls: number[] = [];
  let clock = IDLE_CLOCK;
  return {
    reset() {
      sims = [];
      walls = [];
      clock = IDLE_CLOCK;
    },
    update(simMs, wallMs) {
      const last = walls.at(-1);
      if (last !== undefined && wallMs - last > PAUSE_GAP_WALL_MS) [sims, walls] = [[], []];
      sims.push(simMs);
      walls.push(wallMs);
      while (walls.length > 2 && wallMs - (walls[1] ?? wallMs) >= RATE_SPAN_WALL_MS) {
        sims.shift();
        walls.shift();
      }
      const span = wallMs - (walls[0] ?? wallMs);
      const measured = span >= MIN_SPAN_WALL_MS ? Math.max(0, simMs - (sims[0] ?? 0)) / span : null;
      clock = { simMs, wallMs, rate: measured ?? clock.rate };
      return clock;
    },
  };
}
