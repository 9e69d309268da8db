import { FLAG_SCATTER, NO_CALL } from '../core/callTable.ts';
import type { Kernel } from '../core/kernel.ts';
import type { KeySelector } from '../routing/index.ts';
import type { ShardRouterSpec } from '../spec.ts';
import { BaseBehavior } from './behavior.ts';
import { createShardSelector, keyShares } from './shardSelector.ts';

/** `aux` of a child whose key batch the router allocated (and must release). */
const OWNS_BATCH = 1;

/**
 * Routes each call by key to the shard that owns it (its downstream edges, in
 * order). A cross-shard query fans out to every shard and waits for the slowest;
 * a multi-key call is split into one call per shard involved, each with that
 * shard's keys, sent in parallel — and fails if any part fails.
 */
export class ShardRouterNode extends BaseBehavior {
  readonly shardEdges: readonly number[];
  readonly selector: KeySelector;
  /** Fraction of the key space each shard owns. */
  readonly keyShares: Float64Array;
  private readonly k: Kernel;
  private readonly groups: Int32Array;

  constructor(
    k: Kernel,
    spec: ShardRouterSpec,
    shardEdges: readonly number[],
    shardNames: readonly string[],
    keyCount: number,
  ) {
    super();
    this.k = k;
    this.shardEdges = shardEdges;
    this.selector = createShardSelector(spec, shardNames, keyCount);
    this.keyShares = keyShares(this.selector, keyCount);
    this.groups = new Int32Array(shardEdges.length);
  }

  onCall(call: number): void {
    const k = this.k;
    const calls = k.calls;
    if ((calls.flags[call]! & FLAG_SCATTER) !== 0) {
      calls.pending[call] = this.shardEdges.length;
      for (const e of this.shardEdges) k.send(k.createCall(e, call));
      return;
    }
    const batch = calls.batch[call]!;
    if (batch < 0) {
      calls.pending[call] = 1;
      k.send(k.createCall(this.shardEdges[this.selector.pick(calls.key[call]!)]!, call));
      return;
    }
    this.splitBatch(call, batch);
  }

  override onAnswer(child: number): void {
    const k = this.k;
    const calls = k.calls;
    if (calls.callerAux[child] === OWNS_BATCH) k.batches.release(calls.batch[child]!);
    const parent = k.liveParent(child);
    const status = calls.status[child]!;
    calls.release(child);
    if (parent === NO_CALL) return;
    if (status !== 0 && calls.childStatus[parent] === 0) calls.childStatus[parent] = status;
    if (--calls.pending[parent]! === 0) k.answer(parent, calls.childStatus[parent]! - 1);
  }

  /** One call per shard involved, carrying that shard's keys. */
  private splitBatch(call: number, batch: number): void {
    const k = this.k;
    const calls = k.calls;
    const groups = this.groups.fill(-1);
    let parts = 0;
    for (let i = 0; i < k.batches.size(batch); i++) {
      const key = k.batches.keyAt(batch, i);
      const s = this.selector.pick(key);
      if (groups[s] === -1) {
        groups[s] = k.batches.allocate();
        parts++;
      }
      k.batches.push(groups[s]!, key);
    }
    calls.pending[call] = parts;
    for (let s = 0; s < groups.length; s++) {
      const g = groups[s]!;
      if (g < 0) continue;
      const child = k.createCall(this.shardEdges[s]!, call);
      calls.batch[child] = g;
      calls.key[child] = k.batches.keyAt(g, 0);
      calls.callerAux[child] = OWNS_BATCH;
      k.send(child);
    }
  }
}
