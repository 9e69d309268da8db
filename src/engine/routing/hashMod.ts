/**
 * Modulo hashing: target = hash(key) mod N. Perfectly even and stateless, but
 * changing N remaps almost everything: going from N to N + 1 targets keeps a
 * key only when hash mod N = hash mod (N + 1), so N/(N + 1) of the keys move.
 */
import { hashKey } from './keyHash.ts';
import type { KeySelector } from './selector.ts';

/** Options of {@link HashModSelector}. */
export interface HashModOptions {
  /** Salts the key hash. Default 0. */
  readonly seed?: number;
}

/** hash(key) mod N over named targets. */
export class HashModSelector implements KeySelector {
  targets: readonly string[];
  private readonly seed: number;

  constructor(targets: readonly string[], options: HashModOptions = {}) {
    this.seed = options.seed ?? 0;
    this.targets = targets.slice();
  }

  /** hash(key) mod targets.length. */
  pick(key: number): number {
    return hashKey(key, this.seed) % this.targets.length;
  }

  /** New membership; the mapping is recomputed from scratch by construction. */
  setTargets(targets: readonly string[]): void {
    this.targets = targets.slice();
  }
}
