/**
 * The sliding windows of resilience4j's circuit breaker, aggregated so that
 * recording a call is O(1) and the totals are always at hand:
 *
 * - `CountWindow` (resilience4j `FixedSizeSlidingWindowMetrics`): a ring of the
 *   last N outcomes, one byte each; the oldest leaves the totals as a new one
 *   enters.
 * - `TimeWindow` (`SlidingTimeWindowMetrics`): one bucket per simulated second
 *   for the last N seconds; moving to a new second empties the buckets that
 *   fell out (at most N of them, however long the gap).
 */

const FAILED = 1;
const SLOW = 2;

/** Totals over the calls a window holds */
export interface OutcomeWindow {
  readonly calls: number;
  readonly failures: number;
  readonly slowCalls: number;
  /** Add one finished call, at `nowMs`. */
  record(nowMs: number, failed: boolean, slow: boolean): void;
  /** Forget every call. */
  reset(): void;
}

/** The last `size` calls. */
export class CountWindow implements OutcomeWindow {
  calls = 0;
  failures = 0;
  slowCalls = 0;
  private readonly outcomes: Uint8Array;
  private head = 0;

  constructor(size: number) {
    this.outcomes = new Uint8Array(size);
  }

  record(_nowMs: number, failed: boolean, slow: boolean): void {
    const { outcomes } = this;
    if (this.calls === outcomes.length) {
      const old = outcomes[this.head]!;
      this.failures -= old & FAILED;
      this.slowCalls -= (old & SLOW) >> 1;
    } else {
      this.calls++;
    }
    outcomes[this.head] = (failed ? FAILED : 0) | (slow ? SLOW : 0);
    if (failed) this.failures++;
    if (slow) this.slowCalls++;
    this.head = this.head + 1 === outcomes.length ? 0 : this.head + 1;
  }

  reset(): void {
    this.calls = this.failures = this.slowCalls = this.head = 0;
  }
}

/** The calls that finished in the last `seconds` whole simulated seconds (this one included). */
export class TimeWindow implements OutcomeWindow {
  calls = 0;
  failures = 0;
  slowCalls = 0;
  private readonly bucketCalls: Int32Array;
  private readonly bucketFailures: Int32Array;
  private readonly bucketSlow: Int32Array;
  private second = 0;

  constructor(seconds: number) {
    this.bucketCalls = new Int32Array(seconds);
    this.bucketFailures = new Int32Array(seconds);
    this.bucketSlow = new Int32Array(seconds);
  }

  record(nowMs: number, failed: boolean, slow: boolean): void {
    this.moveTo(Math.floor(nowMs / 1000));
    const at = this.second % this.bucketCalls.length;
    this.bucketCalls[at]!++;
    this.calls++;
    if (failed) {
      this.bucketFailures[at]!++;
      this.failures++;
    }
    if (slow) {
      this.bucketSlow[at]!++;
      this.slowCalls++;
    }
  }

  reset(): void {
    this.bucketCalls.fill(0);
    this.bucketFailures.fill(0);
    this.bucketSlow.fill(0);
    this.calls = this.failures = this.slowCalls = 0;
  }

  /** Empty the buckets of the seconds after the current one, up to `second`. */
  private moveTo(second: number): void {
    if (second <= this.second) return;
    const n = this.bucketCalls.length;
    const steps = Math.min(second - this.second, n);
    for (let i = 1; i <= steps; i++) {
      const at = (this.second + i) % n;
      this.calls -= this.bucketCalls[at]!;
      this.failures -= this.bucketFailures[at]!;
      this.slowCalls -= this.bucketSlow[at]!;
      this.bucketCalls[at] = this.bucketFailures[at] = this.bucketSlow[at] = 0;
    }
    this.second = second;
  }
}
