import { createCacheStore, type CacheStore } from '../cache/index.ts';
import type { FallbackSpec } from '../spec.ts';
import { FLAG_DEGRADED, FLAG_READ } from './callTable.ts';
import type { Kernel } from './kernel.ts';
import { Reconciler } from './reconciler.ts';

/**
 * What the caller answers on an edge when a call has finally failed (see
 * `FallbackSpec`). An answered call succeeds but is flagged *degraded*, and
 * the flag travels up with the answer, so every node above — and the client —
 * can tell goodput from degraded answers. The edge counts its `fallbacks`.
 */
export class EdgeFallback {
  private readonly k: Kernel;
  private readonly edge: number;
  private readonly spec: Exclude<FallbackSpec, { type: 'error' }>;
  /** `stale`: the keys last answered successfully (an LRU of `capacity`, entries live `maxAgeMs`). */
  private readonly copies: CacheStore | null;
  /** `pending`: settles pending answers later. */
  readonly reconciler: Reconciler | null;

  constructor(k: Kernel, edge: number, spec: Exclude<FallbackSpec, { type: 'error' }>) {
    this.k = k;
    this.edge = edge;
    this.spec = spec;
    this.copies =
      spec.type === 'stale'
        ? createCacheStore({ eviction: 'lru', capacity: spec.capacity, ttlMs: spec.maxAgeMs })
        : null;
    this.reconciler =
      spec.type === 'pending'
        ? new Reconciler(k, edge, spec.reconcileAfterMs, spec.maxReconcileAttempts)
        : null;
  }

  /** An attempt came back successful and in time: a `stale` fallback keeps a copy of a read's key. */
  remember(attempt: number): void {
    const copies = this.copies;
    if (copies === null) return;
    const flags = this.k.calls.flags[attempt]!;
    // A degraded answer is not a real copy of the data.
    if ((flags & (FLAG_READ | FLAG_DEGRADED)) === FLAG_READ)
      copies.put(this.k.calls.key[attempt]!, 0, this.k.now);
  }

  /** Answer the finally failed `logical` if the fallback can; false = let the failure propagate. */
  tryAnswer(logical: number): boolean {
    if (!this.covers(logical)) return false;
    const k = this.k;
    k.edgeStats.fallbacks[this.edge]!++;
    k.calls.flags[logical]! |= FLAG_DEGRADED;
    k.answerLogical(logical, -1);
    return true;
  }

  private covers(logical: number): boolean {
    const calls = this.k.calls;
    switch (this.spec.type) {
      case 'default':
        return true;
      case 'stale':
        // Only a read can be answered from a copy; a write has nothing to copy.
        return (
          (calls.flags[logical]! & FLAG_READ) !== 0 &&
          this.copies!.get(calls.key[logical]!, this.k.now) >= 0
        );
      case 'pending':
        this.reconciler!.accept(logical);
        return true;
    }
  }
}

/** The fallback of an edge, or null when failures simply propagate (`error`, or none). */
export function createFallback(
  k: Kernel,
  edge: number,
  spec: FallbackSpec | undefined,
): EdgeFallback | null {
  return spec === undefined || spec.type === 'error' ? null : new EdgeFallback(k, edge, spec);
}
