/**
 * The guide's circuit breaker (`CircuitBreaker(failureThreshold = 5,
 * recoveryTimeout = 60 s, successThreshold = 3)`):
 *
 * - closed: a success resets the failure count; `failureThreshold` consecutive
 *   failures open the breaker;
 * - open for `openMs`: every call is refused; outcomes of calls that started
 *   before it opened are ignored;
 * - half-open: calls go through — all of them, as in the guide, unless
 *   `halfOpenMaxCalls` caps the trial calls *in flight at once* (a cap on
 *   concurrency, not on the total, so it can never stall below
 *   `successThreshold`). `successThreshold` consecutive successes close the
 *   breaker; any failure re-opens it for another `openMs`.
 *
 * The guide's code never resets its failure count on opening, so its first
 * half-open failure re-opens at once — the behaviour kept here, made explicit.
 */
import { assertNever } from '../../lib/assertNever.ts';
import { BreakerBase } from './breakerBase.ts';
import type { ConsecutiveBreakerOptions } from './breakerTypes.ts';

export class ConsecutiveBreaker extends BreakerBase {
  private readonly failureThreshold: number;
  private readonly successThreshold: number;
  private readonly halfOpenMaxCalls: number;
  private failures = 0;
  private successes = 0;
  private trialsInFlight = 0;

  constructor(options: ConsecutiveBreakerOptions) {
    super(options.openMs, options.onTransition);
    this.failureThreshold = options.failureThreshold;
    this.successThreshold = options.successThreshold;
    this.halfOpenMaxCalls = options.halfOpenMaxCalls ?? Infinity;
  }

  onSuccess(nowMs: number): void {
    switch (this.log.state) {
      case 'closed':
        this.failures = 0;
        return;
      case 'half-open':
        this.endTrial();
        if (++this.successes >= this.successThreshold) {
          this.failures = 0;
          this.log.moveTo('closed', nowMs);
        }
        return;
      case 'open':
        return; // a call that started before the breaker opened
      default:
        assertNever(this.log.state, 'breaker state');
    }
  }

  onFailure(nowMs: number): void {
    switch (this.log.state) {
      case 'closed':
        if (++this.failures >= this.failureThreshold) this.open(nowMs);
        return;
      case 'half-open':
        this.endTrial();
        this.open(nowMs);
        return;
      case 'open':
        return; // a call that started before the breaker opened
      default:
        assertNever(this.log.state, 'breaker state');
    }
  }

  protected enterHalfOpen(): void {
    this.successes = 0;
    this.trialsInFlight = 0;
  }

  protected tryAcquireTrial(): boolean {
    if (this.trialsInFlight >= this.halfOpenMaxCalls) return false;
    this.trialsInFlight++;
    return true;
  }

  private endTrial(): void {
    if (this.trialsInFlight > 0) this.trialsInFlight--;
  }
}
