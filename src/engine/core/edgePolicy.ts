import { BREAKER_STATE_CODE, FAILURE_CAUSES } from '../metrics/layout.ts';
import type { RandomStream } from '../random/rng.ts';
import type { EdgePolicySpec, RetrySpec } from '../spec.ts';
import { retryDelayMs } from '../resilience/backoff.ts';
import type { CircuitBreaker } from '../resilience/breakerTypes.ts';
import { createCircuitBreaker } from '../resilience/circuitBreaker.ts';
import { createRetryBudget, type RetryBudget } from '../resilience/retryBudget.ts';
import { createAdaptiveTimeout, type AdaptiveTimeout } from '../resilience/adaptiveTimeout.ts';
import { createBulkhead, type Bulkhead } from '../resilience/bulkhead.ts';
import { createTokenBucket, type TokenBucket } from '../resilience/tokenBucket.ts';
import { FLAG_DEGRADED } from './callTable.ts';
import { createFallback, type EdgeFallback } from './fallback.ts';
import { NODE_DOWN, type Kernel } from './kernel.ts';
import { RECONCILING } from './reconciler.ts';

export const TIMEOUT = FAILURE_CAUSES.indexOf('timeout');
const BREAKER_OPEN = FAILURE_CAUSES.indexOf('rejected-breaker-open');
const BULKHEAD_FULL = FAILURE_CAUSES.indexOf('rejected-bulkhead');
const RATE_LIMITED = FAILURE_CAUSES.indexOf('rejected-rate-limit');
/** `aux` of a logical call that holds a bulkhead permit (logical calls are never delivered, so `aux` is free). */
const PERMIT = 1;

/**
 * The caller's policy on one edge: the node's call (the *logical* call) is never
 * put on the wire itself; each try is an *attempt*, a child call. An attempt that
 * is not answered within the timeout is abandoned — the caller moves on, the
 * callee keeps working on it, and its late answer is dropped. A failed or
 * timed-out attempt is retried after an exponential backoff with jitter, up to
 * `maxAttempts` in all; then the logical call fails with the last cause —
 * unless the edge's fallback answers it (a default, a stale copy, "pending").
 * The node that made the logical call sees only its final answer.
 *
 * Gates, in order, before each attempt: the rate limiter must have a token,
 * the breaker must let the call through, and only then is the token taken — so
 * an open breaker's fast failures spend no tokens, and a rate-limited call
 * never holds a half-open trial permit. Every attempt takes a token: a retry is
 * a call too, and so is a reconciliation of a pending answer.
 */
export class EdgePolicy {
  private readonly k: Kernel;
  private readonly edge: number;
  private timeoutMs: number;
  private retry: RetrySpec | null;
  private readonly stream: RandomStream;
  readonly breaker: CircuitBreaker | null;
  private readonly budget: RetryBudget | null;
  private readonly adaptive: AdaptiveTimeout | null;
  private readonly bulkhead: Bulkhead | null;
  private readonly rateLimit: TokenBucket | null;
  private readonly fallback: EdgeFallback | null;

  constructor(k: Kernel, edge: number, spec: EdgePolicySpec, stream: RandomStream) {
    this.k = k;
    this.edge = edge;
    this.timeoutMs = spec.timeoutMs;
    this.retry = spec.retry;
    this.stream = stream;
    const stats = k.edgeStats;
    if (spec.circuitBreaker !== undefined) stats.breakerState[edge] = BREAKER_STATE_CODE.closed;
    this.breaker =
      spec.circuitBreaker === undefined
        ? null
        : createCircuitBreaker({
            ...spec.circuitBreaker,
            onTransition: (_at, _from, to) => {
              stats.breakerState[edge] = BREAKER_STATE_CODE[to];
              if (to === 'open') stats.breakerOpens[edge]!++;
            },
          });
    this.budget = spec.retryBudget === undefined ? null : createRetryBudget(spec.retryBudget);
    this.adaptive =
      spec.adaptiveTimeout === undefined ? null : createAdaptiveTimeout(spec.adaptiveTimeout);
    this.bulkhead = spec.bulkhead === undefined ? null : createBulkhead(spec.bulkhead);
    this.rateLimit = spec.rateLimit === undefined ? null : createTokenBucket(spec.rateLimit);
    this.fallback = createFallback(k, edge, spec.fallback);
  }

  /**
   * A live edit: attempts sent from now on get this timeout (Infinity = none);
   * failures decided from now on are retried by this policy (null = none).
   */
  setLimits(timeoutMs: number | undefined, retry: RetrySpec | null | undefined): void {
    if (timeoutMs !== undefined) this.timeoutMs = timeoutMs;
    if (retry !== undefined) this.retry = retry;
  }

  /** Let an open breaker whose open period is over turn half-open (at a window's close). */
  advanceBreaker(now: number): void {
    this.breaker?.advance(now);
  }

  /** The node sent `logical` over this edge. */
  start(logical: number): void {
    const calls = this.k.calls;
    calls.sentAt[logical] = this.k.now; // the logical call's start: its caller measures from here
    calls.pending[logical] = 0; // attempts made so far
    this.budget?.deposit(this.k.now);
    if (this.bulkhead !== null) {
      const decision = this.bulkhead.tryEnter(logical);
      if (decision === 'rejected') {
        this.k.edgeStats.bulkheadRejected[this.edge]!++;
        return this.finish(logical, BULKHEAD_FULL);
      }
      if (decision === 'queued') return; // started when a permit frees up
      calls.aux[logical] = PERMIT;
    }
    this.sendAttempt(logical);
  }

  /** An attempt's answer came back. */
  onAttemptAnswer(attempt: number): void {
    const k = this.k;
    const calls = k.calls;
    const logical = calls.parent[attempt]!;
    const live = calls.isPending(logical, calls.parentGen[attempt]!);
    const abandoned = calls.callerAux[attempt] === ABANDONED;
    const status = calls.status[attempt]!;
    if (!abandoned) {
      const took = k.now - calls.sentAt[attempt]!;
      this.adaptive?.record(took);
      if (this.breaker !== null) {
        if (status === 0) this.breaker.onSuccess(k.now, took);
        else this.breaker.onFailure(k.now, took);
      }
      if (status === 0) this.fallback?.remember(attempt);
    }
    const degraded = calls.flags[attempt]! & FLAG_DEGRADED;
    calls.release(attempt);
    if (abandoned || !live) return; // a late answer, or the caller is gone
    if (status !== 0) return this.failed(logical, status - 1);
    calls.flags[logical]! |= degraded; // an answer that rests on a fallback further down
    this.finish(logical, -1);
  }

  /** For a traced hop: whether this attempt was given up on (timed out) or was itself a retry. Cheap; only traced calls ask. */
  describeAttempt(attempt: number): 'timeout' | 'retry' | null {
    const calls = this.k.calls;
    if (calls.callerAux[attempt] === ABANDONED) return 'timeout';
    return calls.pending[calls.parent[attempt]!]! > 1 ? 'retry' : null;
  }

  /** An attempt's timeout fired. */
  onTimeout(attempt: number, gen: number): void {
    const calls = this.k.calls;
    // Still out (even if the callee has answered and the answer is on the wire): it timed out.
    if (calls.gen[attempt] !== gen || calls.callerAux[attempt] === ABANDONED) return;
    calls.callerAux[attempt] = ABANDONED;
    this.k.edgeStats.timeouts[this.edge]!++;
    // The attempt's own timeout (adaptive timeouts change): a timed-out call counts as that slow.
    const timeout = calls.backoffMs[attempt]!;
    this.adaptive?.record(timeout);
    this.breaker?.onFailure(this.k.now, timeout);
    const logical = calls.parent[attempt]!;
    if (calls.isPending(logical, calls.parentGen[attempt]!)) this.failed(logical, TIMEOUT);
  }

  /** A retry's backoff is over, or a reconciliation round is due. */
  onRetryDue(logical: number, gen: number): void {
    const calls = this.k.calls;
    if (!calls.isPending(logical, gen)) return;
    const reconciler = this.fallback?.reconciler;
    if (reconciler != null && calls.aux[logical] === RECONCILING && !reconciler.canSend(logical))
      return reconciler.roundDone(logical, NODE_DOWN);
    this.sendAttempt(logical);
  }

  private sendAttempt(logical: number): void {
    const k = this.k;
    const calls = k.calls;
    const made = calls.pending[logical]!;
    const bucket = this.rateLimit;
    // No token: the call fails at once, without touching the callee (nor the breaker).
    if (bucket !== null && !bucket.hasToken(k.now)) {
      k.edgeStats.rateLimited[this.edge]!++;
      return this.finish(logical, RATE_LIMITED);
    }
    // An open breaker fails the call at once, without touching the callee.
    if (this.breaker !== null && !this.breaker.tryAcquire(k.now)) {
      k.edgeStats.breakerRejected[this.edge]!++;
      return this.finish(logical, BREAKER_OPEN);
    }
    bucket?.tryTake(k.now);
    calls.pending[logical] = made + 1;
    const attempt = k.createCall(this.edge, logical);
    calls.callerAux[attempt] = ATTEMPT;
    if (made > 0) k.edgeStats.retries[this.edge]!++;
    k.sendAttempt(attempt);
    const timeout = this.adaptive === null ? this.timeoutMs : this.adaptive.timeoutMs;
    calls.backoffMs[attempt] = timeout; // attempts have no backoff: the field holds their timeout
    if (timeout !== Infinity)
      k.policyTimer(k.now + timeout, this.edge, attempt, calls.gen[attempt]!);
  }

  private failed(logical: number, cause: number): void {
    const k = this.k;
    const calls = k.calls;
    const made = calls.pending[logical]!;
    const retry = this.retry;
    if (retry === null || made >= retry.maxAttempts) return this.finish(logical, cause);
    if (this.budget !== null && !this.budget.tryWithdraw(k.now)) return this.finish(logical, cause);
    // Retry number `made` (1 = the first retry), jitter by Brooker's formulas.
    const delay = retryDelayMs(made, retry, this.stream, calls.backoffMs[logical]!);
    calls.backoffMs[logical] = delay;
    k.retryTimer(k.now + delay, this.edge, logical, calls.gen[logical]!);
  }

  private finish(logical: number, cause: number): void {
    const calls = this.k.calls;
    if (this.bulkhead !== null && calls.aux[logical] === PERMIT) {
      calls.aux[logical] = 0;
      const next = this.bulkhead.leave();
      if (next >= 0) {
        calls.aux[next] = PERMIT;
        this.sendAttempt(next);
      }
    }
    if (calls.aux[logical] === RECONCILING)
      return this.fallback!.reconciler!.roundDone(logical, cause);
    if (cause >= 0 && this.fallback?.tryAnswer(logical) === true) return;
    this.k.answerLogical(logical, cause);
  }
}

/** `callerAux` of an attempt, and of one abandoned after its timeout. */
const ATTEMPT = 1;
const ABANDONED = 2;
