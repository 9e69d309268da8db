import {
  ConsistentHashRing,
  HashModSelector,
  JumpHashSelector,
  RangeSelector,
  RendezvousSelector,
  compareMembership,
  type KeySelector,
  type MembershipChange,
} from '../routing/index.ts';
import type { ShardStrategy } from '../spec.ts';

/** What picks a shard: a strategy and its parameters. */
export interface ShardRouting {
  readonly strategy: ShardStrategy;
  readonly virtualNodes: number;
  /** For `range`: exclusive upper bounds of every shard but the last; null = even split. */
  readonly rangeBoundaries: readonly number[] | null;
}

/** A key selector over `shards` (names) for keys in [0, keyCount). */
export function createShardSelector(
  routing: ShardRouting,
  shards: readonly string[],
  keyCount: number,
): KeySelector {
  switch (routing.strategy) {
    case 'range': {
      const bounds = routing.rangeBoundaries;
      return new RangeSelector(
        shards,
        keyCount,
        bounds === null ? undefined : [...bounds, keyCount],
      );
    }
    case 'hash-mod':
      return new HashModSelector(shards);
    case 'consistent-hash':
      return new ConsistentHashRing(shards, { virtualNodes: routing.virtualNodes });
    case 'jump':
      return new JumpHashSelector(shards);
    case 'rendezvous':
      return new RendezvousSelector(shards);
  }
}

/**
 * The fraction of keys that change shard when the shard list goes from `before`
 * to `after` (names; a range router keeps its boundaries only if the count is
 * unchanged, else splits evenly). Keys: all of [0, keyCount) up to 10^6, else an
 * even sample of 10^6.
 */
export function keyMovement(
  routing: ShardRouting,
  before: readonly string[],
  after: readonly string[],
  keyCount: number,
): MembershipChange {
  const boundsFor = (n: number): ShardRouting =>
    routing.rangeBoundaries !== null && routing.rangeBoundaries.length === n - 1
      ? routing
      : { ...routing, rangeBoundaries: null };
  return compareMembership(
    createShardSelector(boundsFor(before.length), before, keyCount),
    createShardSelector(boundsFor(after.length), after, keyCount),
    keyCount,
  );
}

/** The fraction of the key space each shard owns (by an even sample of at most 100 000 keys). */
export function keyShares(selector: KeySelector, keyCount: number): Float64Array {
  const shares = new Float64Array(selector.targets.length);
  const n = Math.min(keyCount, 100_000);
  for (let i = 0; i < n; i++) shares[selector.pick(Math.floor((i * keyCount) / n))]! += 1 / n;
  return shares;
}
