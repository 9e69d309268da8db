/**
 * Peak-EWMA load (Finagle's `PeakEwma`, also Linkerd's and tower's balancer):
 * per target, a latency estimate that jumps straight up to any slower sample
 * (the "peak") and otherwise decays towards new samples exponentially in
 * elapsed time, weight e^(−Δt/τ). Reading decays it towards 0 the same way, so
 * an idle slow target is eventually retried. Cost = estimate × (active + 1):
 * the latency a new request should expect if it queues behind the ones in
 * flight. A target with calls in flight but no sample yet costs a large
 * penalty (Finagle: Long.MaxValue >> 16, plus its active count). Time is the
 * caller's simulated time in ms; nothing here reads a clock.
 */

/** Finagle's decay time default is 10 s. */
export const DEFAULT_PEAK_EWMA_TAU_MS = 10_000;
/** Finagle's penalty for a busy target with no latency history. */
const PENALTY = 2 ** 47 - 1;

/** Per-target peak-EWMA latency and outstanding calls, in typed arrays. */
export class PeakEwma {
  /** Latency estimate per target (ms), as of `stamp`. */
  readonly estimate: Float64Array;
  /** Simulated time (ms) the estimate was last updated. */
  readonly stamp: Float64Array;
  /** Calls outstanding per target. */
  readonly active: Int32Array;
  readonly tauMs: number;
  private cursor = 0;

  constructor(targetCount: number, tauMs = DEFAULT_PEAK_EWMA_TAU_MS) {
    if (!(tauMs > 0)) throw new RangeError(`tauMs: expected > 0, got ${tauMs}`);
    this.tauMs = tauMs;
    this.estimate = new Float64Array(targetCount);
    this.stamp = new Float64Array(targetCount);
    this.active = new Int32Array(targetCount);
  }

  /** A call was sent to `target`. */
  onSend(target: number): void {
    this.active[target]!++;
  }

  /** A call to `target` finished after `rttMs`, at simulated time `nowMs`. */
  onDone(target: number, rttMs: number, nowMs: number): void {
    this.active[target]!--;
    this.observe(target, rttMs, nowMs);
  }

  /** Finagle's `observe`: jump up to a peak, else decay towards the sample. */
  observe(target: number, rttMs: number, nowMs: number): void {
    const elapsed = Math.max(nowMs - this.stamp[target]!, 0);
    const w = Math.exp(-elapsed / this.tauMs);
    const old = this.estimate[target]!;
    this.estimate[target] = rttMs > old ? rttMs : old * w + rttMs * (1 - w);
    this.stamp[target] = nowMs;
  }

  /** Expected cost of one more call to `target` at `nowMs` (decays the estimate first). */
  cost(target: number, nowMs: number): number {
    this.observe(target, 0, nowMs);
    const estimate = this.estimate[target]!;
    const active = this.active[target]!;
    if (estimate === 0 && active !== 0) return PENALTY + active;
    return estimate * (active + 1);
  }

  /** Power of two choices over peak EWMA (Finagle's default): the cheaper of two candidates, `a` on a tie. */
  cheaperOf(a: number, b: number, nowMs: number): number {
    return this.cost(b, nowMs) < this.cost(a, nowMs) ? b : a;
  }

  /** The cheapest target at `nowMs`; ties rotate so equal targets share evenly. */
  pick(nowMs: number): number {
    const n = this.estimate.length;
    const start = this.cursor;
    this.cursor = start + 1 >= n ? 0 : start + 1;
    let best = start;
    let bestCost = this.cost(start, nowMs);
    for (let i = 1; i < n; i++) {
      const t = start + i < n ? start + i : start + i - n;
      const c = this.cost(t, nowMs);
      if (c < bestCost) {
        best = t;
        bestCost = c;
      }
    }
    return best;
  }
}
