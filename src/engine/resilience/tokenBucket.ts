/**
 * A token-bucket rate limiter: `ratePerSec` tokens a second flow into a bucket
 * that holds at most `burst`; a call takes one token or is refused. It starts
 * full, so a quiet caller may send `burst` calls at once and then
 * `ratePerSec` a second on average. Refill is computed from simulated time at
 * each call (no timer): O(1), allocation-free.
 */

/** Parameters of a token bucket. */
export interface TokenBucketOptions {
  /** Tokens added per simulated second; > 0. */
  readonly ratePerSec: number;
  /** Capacity of the bucket, and its content at time 0; ≥ 1. */
  readonly burst: number;
}

/** Float slack so that a refill landing exactly on a whole token counts it. */
const EPSILON = 1e-9;

/** Build a full bucket. Throws a RangeError on parameters out of range. */
export function createTokenBucket(options: TokenBucketOptions): TokenBucket {
  const { ratePerSec, burst } = options;
  if (!(ratePerSec > 0 && Number.isFinite(ratePerSec))) {
    throw new RangeError(`token bucket ratePerSec must be > 0, got ${ratePerSec}`);
  }
  if (!(burst >= 1 && Number.isFinite(burst)))
    throw new RangeError(`token bucket burst must be ≥ 1, got ${burst}`);
  return new TokenBucket(ratePerSec, burst);
}

/** A rate limiter driven by simulated time. Time must not go back (earlier = no refill). */
export class TokenBucket {
  /** Calls refused so far. */
  rejected = 0;
  private readonly perMs: number;
  private readonly burst: number;
  private tokens: number;
  private lastMs = 0;

  constructor(ratePerSec: number, burst: number) {
    this.perMs = ratePerSec / 1000;
    this.burst = burst;
    this.tokens = burst;
  }

  /** Take one token at `nowMs` if there is one. */
  tryTake(nowMs: number): boolean {
    this.refill(nowMs);
    if (this.tokens >= 1 - EPSILON) {
      this.tokens = Math.max(0, this.tokens - 1);
      return true;
    }
    this.rejected++;
    return false;
  }

  /**
   * Whether `tryTake` would succeed at `nowMs`, without taking the token or
   * counting a refusal (so a caller can ask other gates first and take it last).
   */
  hasToken(nowMs: number): boolean {
    this.refill(nowMs);
    return this.tokens >= 1 - EPSILON;
  }

  /** Tokens in the bucket at `nowMs` (fractional). */
  available(nowMs: number): number {
    this.refill(nowMs);
    return this.tokens;
  }

  /** The earliest time ≥ `nowMs` at which `tryTake` would succeed. */
  nextAvailableAtMs(nowMs: number): number {
    this.refill(nowMs);
    const missing = 1 - this.tokens;
    return missing <= EPSILON ? nowMs : nowMs + missing / this.perMs;
  }

  private refill(nowMs: number): void {
    if (nowMs <= this.lastMs) return;
    const tokens = this.tokens + (nowMs - this.lastMs) * this.perMs;
    this.tokens = tokens < this.burst ? tokens : this.burst;
    this.lastMs = nowMs;
  }
}
