/**
 * How many keys change owner when a router's membership changes. Owners are
 * compared by target *name*, so indices may shift between `before` and `after`.
 *
 * Keys examined: given a key-space size `count`, every key when count ≤ 10^6,
 * otherwise the 10^6 evenly spaced keys ⌊i · count / 10^6⌋ (a deterministic,
 * stratified sample: for hashing routers any fixed set of keys is as good as a
 * random one, and for range routers evenly spaced keys weigh each range by its
 * width). An explicit list of keys may be given instead.
 */
import type { KeySelector } from './selector.ts';

/** Keys examined when the key space is larger than this. */
export const MAX_SAMPLED_KEYS = 1_000_000;

/** What a membership change did to a set of keys. */
export interface MembershipChange {
  /** Keys examined. */
  readonly sampled: number;
  /** Keys whose owner changed. */
  readonly moved: number;
  /** moved / sampled. */
  readonly fraction: number;
  /**
   * Moves that were not forced: from a target that is still there to a target
   * that was already there. 0 means the change was minimal (only keys of removed
   * targets, or keys now owned by added targets, moved).
   */
  readonly unnecessary: number;
}

/** Which keys to examine: a key-space size (see the module note) or explicit keys. */
export type KeySample = number | ArrayLike<number>;

function keyAt(sample: KeySample, i: number, n: number): number {
  if (typeof sample !== 'number') return sample[i]!;
  return n === sample ? i : Math.floor((i * sample) / n);
}

/** Index in `after.targets` of each of `before.targets` (−1 when removed). */
function survivorIndex(before: KeySelector, after: KeySelector): Int32Array {
  const position = new Map(after.targets.map((name, i) => [name, i] as const));
  return Int32Array.from(before.targets, (name) => position.get(name) ?? -1);
}

/** Compares the owners of the sample's keys under `before` and `after`. */
export function compareMembership(
  before: KeySelector,
  after: KeySelector,
  sample: KeySample,
): MembershipChange {
  const n = typeof sample === 'number' ? Math.min(sample, MAX_SAMPLED_KEYS) : sample.length;
  const survivor = survivorIndex(before, after);
  const wasThere = new Uint8Array(after.targets.length);
  for (const i of survivor) if (i >= 0) wasThere[i] = 1;
  let moved = 0;
  let unnecessary = 0;
  for (let i = 0; i < n; i++) {
    const key = keyAt(sample, i, n);
    const from = survivor[before.pick(key)] ?? -1;
    const to = after.pick(key);
    if (from === to) continue;
    moved++;
    if (from !== -1 && wasThere[to] === 1) unnecessary++;
  }
  return { sampled: n, moved, fraction: n === 0 ? 0 : moved / n, unnecessary };
}

/** Fraction of the sample's keys whose owner changed between `before` and `after`. */
export function movedFraction(before: KeySelector, after: KeySelector, sample: KeySample): number {
  return compareMembership(before, after, sample).fraction;
}
