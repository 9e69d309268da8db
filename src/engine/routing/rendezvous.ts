/**
 * Rendezvous, or highest-random-weight, hashing (Thaler & Ravishankar, 1996/98):
 * every target scores the key with hash(key, target) and the highest score
 * wins. No table; O(n) per pick. Removing a target moves only its own keys;
 * adding one moves only the keys it now wins (≈ 1/(n + 1)) — the minimum.
 * Weighted variant ("logarithmic method", Schindelhauer & Schomaker 2005, as
 * in Resch's weighted HRW): score = −w / ln(u) with u = hash as a uniform in
 * (0, 1), which gives each target a share exactly proportional to w.
 */
import { hashString } from '../random/rng.ts';
import { hashKeyForTarget, toOpenUnit } from './keyHash.ts';
import { normalizeWeights, type KeySelector } from './selector.ts';

/** Options of {@link RendezvousSelector}. */
export interface RendezvousOptions {
  /** Per-target weights; omitted or all equal ⇒ plain HRW (no logarithms). */
  readonly weights?: readonly number[];
  /** Salts the pair hash. Default 0. */
  readonly seed?: number;
}

/** Highest-random-weight selector over named targets. */
export class RendezvousSelector implements KeySelector {
  targets: readonly string[] = [];
  private nameHashes: Int32Array = new Int32Array(0);
  private weights: Float64Array = new Float64Array(0);
  private weighted = false;
  private readonly seed: number;

  constructor(targets: readonly string[], options: RendezvousOptions = {}) {
    this.seed = options.seed ?? 0;
    this.setTargets(targets, options.weights);
  }

  /** New membership or weights. A target's score depends only on its own name. */
  setTargets(targets: readonly string[], weights?: readonly number[]): void {
    this.weights = normalizeWeights(targets.length, weights);
    this.weighted = this.weights.some((w) => w !== this.weights[0]);
    this.nameHashes = Int32Array.from(targets, (name) => hashString(name, this.seed ^ 0x5bd1e995));
    this.targets = targets.slice();
  }

  /** The target with the highest score for `key` (the first on an exact tie). */
  pick(key: number): number {
    return this.weighted ? this.pickWeighted(key) : this.pickPlain(key);
  }

  private pickPlain(key: number): number {
    const names = this.nameHashes;
    let best = 0;
    let bestScore = -1;
    for (let t = 0; t < names.length; t++) {
      const score = hashKeyForTarget(key, names[t]!, this.seed);
      if (score > bestScore) {
        best = t;
        bestScore = score;
      }
    }
    return best;
  }

  private pickWeighted(key: number): number {
    const names = this.nameHashes;
    let best = 0;
    let bestScore = -Infinity;
    for (let t = 0; t < names.length; t++) {
      const u = toOpenUnit(hashKeyForTarget(key, names[t]!, this.seed));
      const score = -this.weights[t]! / Math.log(u);
      if (score > bestScore) {
        best = t;
        bestScore = score;
      }
    }
    return best;
  }
}
