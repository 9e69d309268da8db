/**
 * A retry budget as in Finagle's `RetryBudget` (`TokenRetryBudget` over a
 * leaky `TokenBucket` over a `WindowedAdder`). The exact model:
 *
 * - Units are scaled by 1000 so that fractions stay integers: every request
 *   deposits 1000, every retry costs ⌊1000 / percentCanRetry⌋ (with
 *   `percentCanRetry = 0`: requests deposit nothing and a retry costs 1).
 * - Deposits and withdrawals are added into 10 slices of `ttlMs / 10` each; a
 *   slice is forgotten — deposits *and* withdrawals — once it is 10 slices old,
 *   so the window holds between 0.9 × ttl and ttl of history.
 * - The balance is the window's sum plus a fixed reserve of
 *   `minRetriesPerSec × ttlMs / 1000` retries' worth. A retry is allowed when
 *   the balance covers its cost, and then the cost is withdrawn.
 *
 * So retries ≤ percentCanRetry × requests + minRetriesPerSec × seconds over the
 * long run (plus one reserve at the start): a retry storm can amplify traffic
 * by at most 1 + percentCanRetry once the reserve is spent. Unlike Finagle we
 * take ttl in ms, not truncated to whole seconds.
 */

const SLICES = 10;
const SCALE = 1000;

/** Parameters of a retry budget; see `RESILIENCE_DEFAULTS.retryBudget`. */
export interface RetryBudgetOptions {
  /** How long a deposit counts, in ms (Finagle: 10 s). */
  readonly ttlMs: number;
  /** Retries always allowed per second, requests or not (Finagle: 10). */
  readonly minRetriesPerSec: number;
  /** Retries earned per request, in [0, 1000] (Finagle: 0.2 = 20 %). */
  readonly percentCanRetry: number;
}

/** A retry budget shared by the calls of one edge (or one client). */
export interface RetryBudget {
  /** Credit one request (first attempts only, not retries). */
  deposit(nowMs: number): void;
  /** Take the cost of one retry if the balance covers it; false = do not retry. */
  tryWithdraw(nowMs: number): boolean;
  /** Whole retries the budget would allow now. */
  balance(nowMs: number): number;
}

/**
 * A retry budget with a full reserve at time 0. Time must not go back (an
 * earlier `nowMs` counts as the latest seen). Every operation is O(1) and
 * allocation-free. Throws a RangeError on parameters out of range.
 */
export function createRetryBudget(options: RetryBudgetOptions): RetryBudget {
  const { ttlMs, minRetriesPerSec, percentCanRetry } = options;
  if (!(ttlMs > 0 && Number.isFinite(ttlMs)))
    throw new RangeError(`retry budget ttlMs must be > 0, got ${ttlMs}`);
  if (!(minRetriesPerSec >= 0))
    throw new RangeError(`minRetriesPerSec must be ≥ 0, got ${minRetriesPerSec}`);
  if (!(percentCanRetry >= 0 && percentCanRetry <= 1000)) {
    throw new RangeError(`percentCanRetry must be in [0, 1000], got ${percentCanRetry}`);
  }
  return new WindowedRetryBudget(ttlMs, minRetriesPerSec, percentCanRetry);
}

class WindowedRetryBudget implements RetryBudget {
  private readonly slices = new Float64Array(SLICES);
  private readonly sliceMs: number;
  private readonly depositAmount: number;
  private readonly withdrawalAmount: number;
  private readonly reserve: number;
  private sum = 0;
  private slice = 0;

  constructor(ttlMs: number, minRetriesPerSec: number, percentCanRetry: number) {
    this.sliceMs = ttlMs / SLICES;
    this.depositAmount = percentCanRetry === 0 ? 0 : SCALE;
    this.withdrawalAmount = percentCanRetry === 0 ? 1 : Math.floor(SCALE / percentCanRetry);
    this.reserve = minRetriesPerSec * (ttlMs / 1000) * this.withdrawalAmount;
  }

  deposit(nowMs: number): void {
    this.add(nowMs, this.depositAmount);
  }

  tryWithdraw(nowMs: number): boolean {
    this.advance(nowMs);
    if (this.sum + this.reserve < this.withdrawalAmount) return false;
    this.add(nowMs, -this.withdrawalAmount);
    return true;
  }

  balance(nowMs: number): number {
    this.advance(nowMs);
    return Math.max(0, Math.floor((this.sum + this.reserve) / this.withdrawalAmount));
  }

  private add(nowMs: number, amount: number): void {
    this.advance(nowMs);
    const at = this.slice % SLICES;
    this.slices[at] = this.slices[at]! + amount;
    this.sum += amount;
  }

  /** Forget the slices that have left the window by `nowMs` (at most all 10). */
  private advance(nowMs: number): void {
    const target = Math.floor(nowMs / this.sliceMs);
    if (target <= this.slice) return;
    const steps = Math.min(target - this.slice, SLICES);
    for (let i = 1; i <= steps; i++) {
      const at = (this.slice + i) % SLICES;
      this.sum -= this.slices[at]!;
      this.slices[at] = 0;
    }
    this.slice = target;
  }
}
