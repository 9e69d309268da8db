import { FLAG_READ, FLAG_SCATTER, NO_CALL } from './callTable.ts';
import type { Kernel } from './kernel.ts';

/**
 * `aux` of a reconciliation call. A logical call is never delivered, so its
 * `aux` belongs to the edge policy: 1 marks a bulkhead permit, this marks a
 * call the policy itself made to settle a pending answer.
 */
export const RECONCILING = 2;

/**
 * The `pending` fallback's second half (the guide's payment case: "accept now,
 * process asynchronously"). A call answered "accepted, pending" is copied into
 * a detached call on the same edge — a durable outbox entry — and sent again
 * `afterMs` later through the edge's policy (rate limit, breaker, timeout,
 * retries: each try is a real call on the callee; not the bulkhead, which
 * guards the caller's request workers, not its outbox). A round that fails is tried
 * again `afterMs` later, up to `maxAttempts` rounds; then the pending call is
 * given up (`reconcileFailed`). A round due while the caller is down fails.
 * Rounds are counted in the call's `callerAux` (nobody else uses it: no node
 * made this call).
 */
export class Reconciler {
  private readonly k: Kernel;
  private readonly edge: number;
  private readonly afterMs: number;
  private readonly maxAttempts: number;

  constructor(k: Kernel, edge: number, afterMs: number, maxAttempts: number) {
    this.k = k;
    this.edge = edge;
    this.afterMs = afterMs;
    this.maxAttempts = maxAttempts;
  }

  /** `logical` is being answered "pending": keep a copy of it and schedule its first round. */
  accept(logical: number): void {
    const k = this.k;
    const calls = k.calls;
    const c = k.createCall(this.edge, NO_CALL);
    calls.request[c] = calls.request[logical]!;
    calls.key[c] = calls.key[logical]!; // a batch is settled by its first key (batches belong to the request)
    calls.flags[c] = calls.flags[logical]! & (FLAG_READ | FLAG_SCATTER);
    calls.aux[c] = RECONCILING;
    k.edgeStats.pendingOpen[this.edge]!++;
    this.schedule(c);
  }

  /** Whether a round of `call` may go out now (its caller is up). */
  canSend(call: number): boolean {
    return this.k.down[this.k.calls.from[call]!] === 0;
  }

  /** A round ended with `cause` (-1 = success): settled, tried again later, or given up. */
  roundDone(call: number, cause: number): void {
    const calls = this.k.calls;
    const stats = this.k.edgeStats;
    const rounds = ++calls.callerAux[call]!;
    if (cause >= 0 && rounds < this.maxAttempts) return this.schedule(call);
    if (cause < 0) stats.reconciled[this.edge]!++;
    else stats.reconcileFailed[this.edge]!++;
    stats.pendingOpen[this.edge]!--;
    calls.release(call);
  }

  private schedule(call: number): void {
    const k = this.k;
    const calls = k.calls;
    calls.pending[call] = 0; // attempts of the coming round
    calls.backoffMs[call] = 0;
    k.retryTimer(k.now + this.afterMs, this.edge, call, calls.gen[call]!);
  }
}
