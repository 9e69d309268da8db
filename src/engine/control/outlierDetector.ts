/**
 * Passive outlier detection, after Envoy's (Istio's `outlierDetection`): a
 * load balancer counts each target's consecutive errors as calls come back and
 * ejects the target from rotation when the count reaches `consecutiveErrors`.
 * Simulated time is always passed in; nothing here schedules anything.
 */

/** Settings of an outlier detector; times in ms. */
export interface OutlierDetectionOptions {
  /** Consecutive errors that eject a target (Istio `consecutive5xxErrors`). */
  readonly consecutiveErrors: number;
  /**
   * Sweep interval (Istio `interval`). A target that stays in rotation for a
   * whole interval has its ejection multiplier lowered by one, as Envoy does.
   */
  readonly intervalMs: number;
  /** Ejection time of a first ejection; the n-th ejection lasts n × this (Istio `baseEjectionTime`). */
  readonly baseEjectionTimeMs: number;
  /** Upper bound of one ejection (Envoy `max_ejection_time`). */
  readonly maxEjectionTimeMs: number;
  /** At most this share of targets (0..100) is out at once; one target may always be ejected. */
  readonly maxEjectionPercent: number;
}

/**
 * The guide's Istio settings (consecutiveErrors 5, interval 30 s,
 * baseEjectionTime 30 s — guide lines 642–645); Envoy's defaults for the rest
 * (max ejection 10 %, max ejection time 300 s).
 */
export const GUIDE_OUTLIER_DETECTION: OutlierDetectionOptions = {
  consecutiveErrors: 5,
  intervalMs: 30_000,
  baseEjectionTimeMs: 30_000,
  maxEjectionTimeMs: 300_000,
  maxEjectionPercent: 10,
};

/**
 * Per-target consecutive-error counting and ejection with growing ejection
 * times. Targets are indices `0 … targetCount − 1`.
 */
export class OutlierDetector {
  /** Ejections so far. */
  ejections = 0;
  /** Ejections refused because `maxEjectionPercent` of targets were already out. */
  ejectionsSkipped = 0;
  private readonly options: OutlierDetectionOptions;
  private readonly errors: Int32Array;
  private readonly multiplier: Int32Array;
  /** Time the target returns (NaN while in rotation). */
  private readonly ejectedUntil: Float64Array;
  /** Time the target last returned to rotation (for the multiplier's decay). */
  private readonly returnedAt: Float64Array;
  private ejectedNow = 0;

  constructor(targetCount: number, options: Partial<OutlierDetectionOptions> = {}) {
    this.options = { ...GUIDE_OUTLIER_DETECTION, ...options };
    this.errors = new Int32Array(targetCount);
    this.multiplier = new Int32Array(targetCount);
    this.ejectedUntil = new Float64Array(targetCount).fill(Number.NaN);
    this.returnedAt = new Float64Array(targetCount);
  }

  /** Targets watched. */
  get targetCount(): number {
    return this.errors.length;
  }

  /** Targets out of rotation now (as of the last `advance`). */
  get ejectedCount(): number {
    return this.ejectedNow;
  }

  /** Whether `target` is out of rotation. */
  isEjected(target: number): boolean {
    return !Number.isNaN(this.ejectedUntil[target] ?? Number.NaN);
  }

  /** The current ejection multiplier of `target` (ejections not yet forgiven). */
  timesEjected(target: number): number {
    return this.multiplier[target] ?? 0;
  }

  /** A call to `target` succeeded: its consecutive-error count starts again. */
  recordSuccess(target: number): void {
    this.errors[target] = 0;
  }

  /**
   * A call to `target` failed at `now`. Returns the time the target comes back
   * if this error ejected it, else null. Errors of an ejected target are ignored.
   */
  recordError(target: number, now: number): number | null {
    if (this.isEjected(target) || target < 0 || target >= this.targetCount) return null;
    const count = (this.errors[target] ?? 0) + 1;
    if (count < this.options.consecutiveErrors) {
      this.errors[target] = count;
      return null;
    }
    this.errors[target] = 0;
    if (!this.mayEject()) {
      this.ejectionsSkipped++;
      return null;
    }
    return this.eject(target, now);
  }

  /** Return every target whose ejection ended at or before `now`; returns them. */
  advance(now: number): number[] {
    const returned: number[] = [];
    this.ejectedUntil.forEach((until, target) => {
      if (until <= now) {
        this.ejectedUntil[target] = Number.NaN;
        this.returnedAt[target] = until;
        this.ejectedNow--;
        returned.push(target);
      }
    });
    return returned;
  }

  /** The earliest time a target returns (Infinity if none is out): schedule `advance` then. */
  nextChangeAt(): number {
    let next = Infinity;
    for (const until of this.ejectedUntil) if (until < next) next = until;
    return next;
  }

  private mayEject(): boolean {
    if (this.ejectedNow === 0) return true;
    return (100 * (this.ejectedNow + 1)) / this.targetCount <= this.options.maxEjectionPercent;
  }

  private eject(target: number, now: number): number {
    const { intervalMs, baseEjectionTimeMs, maxEjectionTimeMs } = this.options;
    const previous = this.multiplier[target] ?? 0;
    const forgiven =
      previous > 0 ? Math.floor((now - (this.returnedAt[target] ?? 0)) / intervalMs) : 0;
    const times = Math.max(0, previous - forgiven) + 1;
    this.multiplier[target] = times;
    const until = now + Math.min(baseEjectionTimeMs * times, maxEjectionTimeMs);
    this.ejectedUntil[target] = until;
    this.ejectedNow++;
    this.ejections++;
    return until;
  }
}
