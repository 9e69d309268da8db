/**
 * Target-tracking autoscaling of one service's instances, after the Kubernetes
 * Horizontal Pod Autoscaler: desired = ⌈ready × utilization / target⌉, clamped
 * to [min, max]. New instances serve only after a start-up delay, so they are
 * kept apart as *pending*. Simulated time is passed in; nothing is scheduled here.
 */

/** Settings of an autoscaler; times in ms. */
export interface AutoscalerOptions {
  readonly minInstances: number;
  readonly maxInstances: number;
  /** Utilization (0..1) the autoscaler steers toward. */
  readonly targetUtilization: number;
  /** Ratios within 1 ± tolerance cause no change (HPA: 0.1). */
  readonly tolerance: number;
  /** Time between evaluations (HPA sync period: 15 s). */
  readonly evaluationIntervalMs: number;
  /** No scale-out sooner than this after the last scale-out. */
  readonly scaleOutCooldownMs: number;
  /** No scale-in sooner than this after the last change either way (HPA stabilization: 300 s). */
  readonly scaleInCooldownMs: number;
  /** Time from a scale-out until the new instance serves. */
  readonly startupDelayMs: number;
}

/** HPA-like defaults. Scale-out cooldown 60 s guards against double scaling before new instances report. */
export const DEFAULT_AUTOSCALER: Omit<AutoscalerOptions, 'minInstances' | 'maxInstances'> = {
  targetUtilization: 0.7,
  tolerance: 0.1,
  evaluationIntervalMs: 15_000,
  scaleOutCooldownMs: 60_000,
  scaleInCooldownMs: 300_000,
  startupDelayMs: 30_000,
};

/** What changed; the caller applies it to the service. */
export type ScalingEvent =
  | {
      readonly type: 'scale-out';
      readonly atMs: number;
      readonly added: number;
      readonly readyAtMs: number;
    }
  | {
      readonly type: 'scale-in';
      readonly atMs: number;
      readonly removed: number;
      readonly cancelled: number;
    }
  | { readonly type: 'ready'; readonly atMs: number; readonly count: number };

/** Instances of one service: ready ones serve, pending ones are starting. */
export class Autoscaler {
  private readonly o: AutoscalerOptions;
  private readyCount: number;
  /** Ready times of starting instances, ascending. */
  private readonly pendingReadyAt: number[] = [];
  private nextEvaluation: number;
  private lastScaleOut = -Infinity;
  private lastChange = -Infinity;

  /** Starts with `initial` ready instances; the first evaluation is one interval after `startMs`. */
  constructor(
    initial: number,
    options: Partial<AutoscalerOptions> & Pick<AutoscalerOptions, 'minInstances' | 'maxInstances'>,
    startMs = 0,
  ) {
    this.o = { ...DEFAULT_AUTOSCALER, ...options };
    this.readyCount = initial;
    this.nextEvaluation = startMs + this.o.evaluationIntervalMs;
  }

  /** Instances serving now. */
  get ready(): number {
    return this.readyCount;
  }

  /** Instances started but not yet serving. */
  get pending(): number {
    return this.pendingReadyAt.length;
  }

  /** When the next evaluation is due (Infinity: never, e.g. a scaler driven by alert actions only). */
  get nextEvaluationAt(): number {
    return this.nextEvaluation;
  }

  /** The next time `tick` has something to do: an instance becoming ready or an evaluation. */
  nextChangeAt(): number {
    return Math.min(this.pendingReadyAt[0] ?? Infinity, this.nextEvaluation);
  }

  /**
   * Advance to `now`: pending instances whose start-up is over become ready;
   * if an evaluation is due, compare `utilization` (of the ready instances, over
   * the recent past) with the target and scale. Returns what changed.
   */
  tick(now: number, utilization: number): ScalingEvent[] {
    const events: ScalingEvent[] = [];
    const readied = this.promote(now);
    if (readied > 0) events.push({ type: 'ready', atMs: now, count: readied });
    if (now < this.nextEvaluation) return events;
    this.nextEvaluation = now + this.o.evaluationIntervalMs;
    const change = this.evaluate(now, utilization);
    if (change !== null) events.push(change);
    return events;
  }

  /**
   * Promote starting instances whose start-up is over by `now` (what `tick`
   * does first). Lets a caller read the ready count before it measures
   * utilization, as HPA counts a pod that has just become ready at 0 %.
   */
  admitReady(now: number): ScalingEvent | null {
    const readied = this.promote(now);
    return readied > 0 ? { type: 'ready', atMs: now, count: readied } : null;
  }

  /**
   * Scale by `factor` at once (an alert's action, e.g. 1.5× or 2×): the total,
   * pending included, becomes ⌈total × factor⌉, at most `maxInstances`. Ignores
   * the scale-out cooldown but starts it, so target tracking does not undo it.
   */
  scaleBy(factor: number, now: number): ScalingEvent | null {
    const total = this.readyCount + this.pending;
    const desired = this.clamp(Math.ceil(total * factor - 1e-9));
    return this.resize(desired, now);
  }

  private evaluate(now: number, utilization: number): ScalingEvent | null {
    const total = this.readyCount + this.pending;
    const ratio = utilization / this.o.targetUtilization;
    if (!Number.isFinite(ratio) || this.readyCount === 0)
      return this.resize(this.clamp(total), now);
    if (Math.abs(ratio - 1) <= this.o.tolerance) return this.resize(this.clamp(total), now);
    const desired = this.clamp(Math.ceil(this.readyCount * ratio - 1e-9));
    if (desired > total && now - this.lastScaleOut < this.o.scaleOutCooldownMs) return null;
    if (desired < total && now - this.lastChange < this.o.scaleInCooldownMs) return null;
    return this.resize(desired, now);
  }

  private resize(desired: number, now: number): ScalingEvent | null {
    const total = this.readyCount + this.pending;
    if (desired > total) {
      const readyAtMs = now + this.o.startupDelayMs;
      for (let i = total; i < desired; i++) this.pendingReadyAt.push(readyAtMs);
      this.lastScaleOut = now;
      this.lastChange = now;
      return { type: 'scale-out', atMs: now, added: desired - total, readyAtMs };
    }
    if (desired === total) return null;
    // Cancel the youngest starting instances first, then stop ready ones.
    const cancelled = Math.min(this.pending, total - desired);
    this.pendingReadyAt.length -= cancelled;
    const removed = total - desired - cancelled;
    this.readyCount -= removed;
    this.lastChange = now;
    return { type: 'scale-in', atMs: now, removed, cancelled };
  }

  private promote(now: number): number {
    let n = 0;
    while (n < this.pendingReadyAt.length && (this.pendingReadyAt[n] ?? Infinity) <= now) n++;
    this.pendingReadyAt.splice(0, n);
    this.readyCount += n;
    return n;
  }

  private clamp(n: number): number {
    return Math.min(this.o.maxInstances, Math.max(this.o.minInstances, n));
  }
}
