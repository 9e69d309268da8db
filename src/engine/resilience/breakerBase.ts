/**
 * What both breaker modes share: the state, the open period and its lazy end,
 * refusals, and the bounded transition log. A mode supplies `tryAcquire` for
 * the half-open state and the outcome handlers.
 */
import type {
  BreakerState,
  BreakerTransition,
  BreakerTransitionListener,
  CircuitBreaker,
} from './breakerTypes.ts';
import { TransitionLog } from './transitionLog.ts';

export abstract class BreakerBase implements CircuitBreaker {
  protected readonly log: TransitionLog;
  private readonly openMs: number;
  private openedAtMs = -Infinity;
  private rejected = 0;

  constructor(openMs: number, listener: BreakerTransitionListener | undefined) {
    this.openMs = openMs;
    this.log = new TransitionLog(listener);
  }

  get state(): BreakerState {
    return this.log.state;
  }

  get openUntilMs(): number {
    return this.log.state === 'open' ? this.openedAtMs + this.openMs : Infinity;
  }

  get rejectedCalls(): number {
    return this.rejected;
  }

  get transitionCount(): number {
    return this.log.count;
  }

  get transitions(): readonly BreakerTransition[] {
    return this.log.recent();
  }

  /** The move to half-open is stamped at the exact end of the open period. */
  advance(nowMs: number): void {
    const until = this.openUntilMs;
    if (nowMs >= until) {
      this.enterHalfOpen();
      this.log.moveTo('half-open', until);
    }
  }

  tryAcquire(nowMs: number): boolean {
    this.advance(nowMs);
    const state = this.log.state;
    const ok = state === 'closed' || (state === 'half-open' && this.tryAcquireTrial());
    if (!ok) this.rejected++;
    return ok;
  }

  forceOpen(nowMs: number): boolean {
    this.advance(nowMs);
    if (this.log.state === 'open') return false;
    this.open(nowMs);
    return true;
  }

  abstract onSuccess(nowMs: number, durationMs: number): void;
  abstract onFailure(nowMs: number, durationMs: number): void;

  /** Reset the half-open counters (called just before the state changes). */
  protected abstract enterHalfOpen(): void;
  /** May one more trial call start while half-open? Counts it if so. */
  protected abstract tryAcquireTrial(): boolean;

  /** Open now (from closed or half-open). */
  protected open(nowMs: number): void {
    this.openedAtMs = nowMs;
    this.log.moveTo('open', nowMs);
  }
}
