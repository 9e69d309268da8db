import type { Speed } from './protocol.ts';

/** Wall-clock budget of one slice of simulation work before yielding, ms. */
export const SLICE_BUDGET_MS = 24;
/** Minimum wall time between two metric batches, ms (≤ 30 batches per second). */
export const BATCH_INTERVAL_MS = 34;
/** Events run between two looks at the wall clock inside a slice. */
export const EVENTS_PER_CHECK = 20_000;
/** Slowest and fastest real-time factors a person can pick. */
export const MIN_SPEED = 0.1;
export const MAX_SPEED = 1000;

/**
 * Maps wall time to simulated time for a paced run. The anchor is reset when the
 * speed changes or the run resumes, and when the simulation cannot keep up (so a
 * slow stretch does not cause a burst afterwards).
 */
export class Pacer {
  private wallAnchor = 0;
  private simAnchor = 0;
  private speed: Speed;

  constructor(speed: Speed) {
    this.speed = speed;
  }

  get current(): Speed {
    return this.speed;
  }

  /** Restart pacing from (`wallNow`, `simNow`). */
  anchor(wallNow: number, simNow: number): void {
    this.wallAnchor = wallNow;
    this.simAnchor = simNow;
  }

  setSpeed(speed: Speed, wallNow: number, simNow: number): void {
    this.speed = clampSpeed(speed);
    this.anchor(wallNow, simNow);
  }

  /** Simulated time the run should have reached at `wallNow` (Infinity at 'max'). */
  target(wallNow: number): number {
    if (this.speed === 'max') return Infinity;
    return this.simAnchor + (wallNow - this.wallAnchor) * this.speed;
  }
}

/** Clamp a speed into [MIN_SPEED, MAX_SPEED]; non-finite numbers become 1. */
export function clampSpeed(speed: Speed): Speed {
  if (speed === 'max') return 'max';
  if (!Number.isFinite(speed)) return 1;
  return Math.min(MAX_SPEED, Math.max(MIN_SPEED, speed));
}
