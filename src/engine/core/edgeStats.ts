import { EDGE_METRIC, EDGE_METRIC_COUNT, FAILURE_CAUSES } from '../metrics/layout.ts';

/** By a call's `status` (0 success, else cause + 1): 1 when the cause is a rejection (`rejected-*`). */
const IS_REJECTION = Uint8Array.from([
  0,
  ...FAILURE_CAUSES.map((c) => (c.startsWith('rejected-') ? 1 : 0)),
]);

/** Per-edge counters for the current window and since warm-up. */
export class EdgeStats {
  readonly calls: Float64Array;
  readonly failed: Float64Array;
  readonly latencySum: Float64Array;
  readonly answered: Float64Array;
  readonly inFlight: Float64Array;
  /** Attempts that were retries, and attempts abandoned at their timeout (edges with a policy). */
  readonly retries: Float64Array;
  readonly timeouts: Float64Array;
  /** Breaker state code when the metrics interval closes (-1: no breaker), and openings during it. */
  readonly breakerState: Float64Array;
  readonly breakerOpens: Float64Array;
  /** Attempts refused by the rate limiter; failed calls a fallback answered. */
  readonly rateLimited: Float64Array;
  readonly fallbacks: Float64Array;
  /** `pending` fallback: calls awaiting reconciliation (a level), and outcomes of reconciliations. */
  readonly pendingOpen: Float64Array;
  readonly reconciled: Float64Array;
  readonly reconcileFailed: Float64Array;
  /** Attempts an open breaker failed at once; calls a full bulkhead refused; failed answers that were rejections. */
  readonly breakerRejected: Float64Array;
  readonly bulkheadRejected: Float64Array;
  readonly failedRejected: Float64Array;
  /** Calls sent since warm-up, per edge. */
  readonly runCalls: Float64Array;
  /** Since warm-up: rate-limited attempts, fallbacks, pending calls accepted, reconciled, given up. */
  readonly runRateLimited: Float64Array;
  readonly runFallbacks: Float64Array;
  readonly runReconciled: Float64Array;
  readonly runReconcileFailed: Float64Array;

  constructor(edges: number) {
    this.calls = new Float64Array(edges);
    this.failed = new Float64Array(edges);
    this.latencySum = new Float64Array(edges);
    this.answered = new Float64Array(edges);
    this.inFlight = new Float64Array(edges);
    this.retries = new Float64Array(edges);
    this.timeouts = new Float64Array(edges);
    this.runCalls = new Float64Array(edges);
    this.breakerState = new Float64Array(edges).fill(-1);
    this.breakerOpens = new Float64Array(edges);
    this.rateLimited = new Float64Array(edges);
    this.fallbacks = new Float64Array(edges);
    this.pendingOpen = new Float64Array(edges);
    this.reconciled = new Float64Array(edges);
    this.reconcileFailed = new Float64Array(edges);
    this.breakerRejected = new Float64Array(edges);
    this.bulkheadRejected = new Float64Array(edges);
    this.failedRejected = new Float64Array(edges);
    this.runRateLimited = new Float64Array(edges);
    this.runFallbacks = new Float64Array(edges);
    this.runReconciled = new Float64Array(edges);
    this.runReconcileFailed = new Float64Array(edges);
  }

  sent(edge: number): void {
    this.calls[edge]!++;
    this.inFlight[edge]!++;
  }

  /** An answer came back over `edge`; `status` is the call's (0 success, else failure cause + 1). */
  returned(edge: number, latency: number, status: number): void {
    this.inFlight[edge]!--;
    this.answered[edge]!++;
    this.latencySum[edge]! += latency;
    if (status === 0) return;
    this.failed[edge]!++;
    if (IS_REJECTION[status] === 1) this.failedRejected[edge]!++;
  }

  /** Write the window's rows and start the next one. */
  closeWindow(counted: boolean): Float64Array {
    const n = this.calls.length;
    const out = new Float64Array(n * EDGE_METRIC_COUNT);
    for (let e = 0; e < n; e++) {
      const o = e * EDGE_METRIC_COUNT;
      const answered = this.answered[e]!;
      out[o + EDGE_METRIC.calls] = this.calls[e]!;
      out[o + EDGE_METRIC.failed] = this.failed[e]!;
      out[o + EDGE_METRIC.latencyMean] = answered > 0 ? this.latencySum[e]! / answered : 0;
      out[o + EDGE_METRIC.inFlight] = this.inFlight[e]!;
      out[o + EDGE_METRIC.retries] = this.retries[e]!;
      out[o + EDGE_METRIC.timeouts] = this.timeouts[e]!;
      out[o + EDGE_METRIC.breakerState] = this.breakerState[e]!;
      out[o + EDGE_METRIC.breakerOpens] = this.breakerOpens[e]!;
      out[o + EDGE_METRIC.rateLimited] = this.rateLimited[e]!;
      out[o + EDGE_METRIC.fallbacks] = this.fallbacks[e]!;
      out[o + EDGE_METRIC.pendingOpen] = this.pendingOpen[e]!;
      out[o + EDGE_METRIC.reconciled] = this.reconciled[e]!;
      out[o + EDGE_METRIC.reconcileFailed] = this.reconcileFailed[e]!;
      out[o + EDGE_METRIC.breakerRejected] = this.breakerRejected[e]!;
      out[o + EDGE_METRIC.bulkheadRejected] = this.bulkheadRejected[e]!;
      out[o + EDGE_METRIC.failedRejected] = this.failedRejected[e]!;
      if (counted) this.addToRun(e);
    }
    for (const a of [this.calls, this.failed, this.latencySum, this.answered, this.retries])
      a.fill(0);
    for (const a of [this.timeouts, this.breakerOpens, this.rateLimited, this.fallbacks]) a.fill(0);
    this.reconciled.fill(0);
    this.reconcileFailed.fill(0);
    for (const a of [this.breakerRejected, this.bulkheadRejected, this.failedRejected]) a.fill(0);
    return out;
  }

  private addToRun(e: number): void {
    this.runCalls[e]! += this.calls[e]!;
    this.runRateLimited[e]! += this.rateLimited[e]!;
    this.runFallbacks[e]! += this.fallbacks[e]!;
    this.runReconciled[e]! += this.reconciled[e]!;
    this.runReconcileFailed[e]! += this.reconcileFailed[e]!;
  }
}
