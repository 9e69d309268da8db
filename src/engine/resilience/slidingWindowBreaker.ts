/**
 * resilience4j's circuit breaker (`CircuitBreakerStateMachine`), failure-rate
 * and slow-call-rate mode:
 *
 * - closed: every outcome goes into a count- or time-based window; once the
 *   window holds `minimumCalls` calls (for a count window: at most its size),
 *   the breaker opens as soon as failures ≥ `failureRateThreshold` % or slow
 *   calls ≥ `slowCallRateThreshold` % of the window's calls. A call is slow when its
 *   duration is strictly above `slowCallDurationMs`, success or failure.
 * - open for `openMs`, then half-open at the next call (or `advance`).
 * - half-open: exactly `permittedCallsInHalfOpen` trial calls are let through;
 *   once all of them have answered, the same two rates over those calls decide:
 *   re-open, or close with an empty window; outcomes reported while open are
 *   ignored (calls that started before it opened).
 */
import { BreakerBase } from './breakerBase.ts';
import type { SlidingWindowBreakerOptions } from './breakerTypes.ts';
import { CountWindow, TimeWindow, type OutcomeWindow } from './outcomeWindow.ts';

export class SlidingWindowBreaker extends BreakerBase {
  private readonly outcomes: OutcomeWindow;
  private readonly minimumCalls: number;
  private readonly failureRate: number;
  private readonly slowRate: number;
  private readonly slowMs: number;
  private readonly permitted: number;
  private permitsLeft = 0;
  private trialCalls = 0;
  private trialFailures = 0;
  private trialSlow = 0;

  constructor(options: SlidingWindowBreakerOptions) {
    super(options.openMs, options.onTransition);
    const { windowSize } = options;
    const isCount = options.windowType === 'count';
    this.outcomes = isCount ? new CountWindow(windowSize) : new TimeWindow(windowSize);
    this.minimumCalls = isCount ? Math.min(options.minimumCalls, windowSize) : options.minimumCalls;
    this.failureRate = options.failureRateThreshold;
    this.slowRate = options.slowCallRateThreshold;
    this.slowMs = options.slowCallDurationMs;
    this.permitted = options.permittedCallsInHalfOpen;
  }

  onSuccess(nowMs: number, durationMs: number): void {
    this.record(nowMs, false, durationMs);
  }

  onFailure(nowMs: number, durationMs: number): void {
    this.record(nowMs, true, durationMs);
  }

  protected enterHalfOpen(): void {
    this.permitsLeft = this.permitted;
    this.trialCalls = this.trialFailures = this.trialSlow = 0;
  }

  protected tryAcquireTrial(): boolean {
    if (this.permitsLeft === 0) return false;
    this.permitsLeft--;
    return true;
  }

  private record(nowMs: number, failed: boolean, durationMs: number): void {
    const slow = durationMs > this.slowMs;
    const state = this.log.state;
    if (state === 'closed') {
      const w = this.outcomes;
      w.record(nowMs, failed, slow);
      if (w.calls >= this.minimumCalls && this.exceeds(w.calls, w.failures, w.slowCalls)) {
        w.reset();
        this.open(nowMs);
      }
    } else if (state === 'half-open') {
      this.trialCalls++;
      if (failed) this.trialFailures++;
      if (slow) this.trialSlow++;
      if (this.trialCalls < this.permitted) return;
      if (this.exceeds(this.trialCalls, this.trialFailures, this.trialSlow)) {
        this.open(nowMs);
      } else {
        this.outcomes.reset();
        this.log.moveTo('closed', nowMs);
      }
    }
  }

  /** Is either rate at or above its threshold (in %)? */
  private exceeds(calls: number, failures: number, slowCalls: number): boolean {
    return failures * 100 >= this.failureRate * calls || slowCalls * 100 >= this.slowRate * calls;
  }
}
