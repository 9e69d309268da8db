/**
 * Smooth weighted round-robin, nginx's upstream algorithm (Maxim Dounin, 2012,
 * `ngx_http_upstream_get_peer`): on every pick each target's `current` grows by
 * its weight, the largest `current` wins and gives back the total weight. Over
 * any Σw consecutive picks each target is chosen exactly w times, and the
 * choices are spread out: weights {5, 1, 1} give a a b a c a a, not a a a a a b c.
 * (nginx also lowers an `effective_weight` after failures; health handling is
 * the load balancer's job here, so weights stay as configured.)
 */
import { normalizeWeights } from './selector.ts';

/** nginx's smooth weighted round-robin over target indices. */
export class SmoothWeightedRoundRobin {
  targets: readonly string[] = [];
  private weights: Float64Array = new Float64Array(0);
  private current: Float64Array = new Float64Array(0);
  private total = 0;

  constructor(targets: readonly string[], weights?: readonly number[]) {
    this.setTargets(targets, weights);
  }

  /** New membership or weights; like an nginx reload, every `current` restarts at 0. */
  setTargets(targets: readonly string[], weights?: readonly number[]): void {
    this.weights = normalizeWeights(targets.length, weights);
    this.current = new Float64Array(targets.length);
    this.total = this.weights.reduce((a, b) => a + b, 0);
    this.targets = targets.slice();
  }

  /** The next target (the first of equal maxima, as in nginx). −1 when there are none. */
  pick(): number {
    const weights = this.weights;
    const current = this.current;
    let best = -1;
    for (let t = 0; t < weights.length; t++) {
      current[t]! += weights[t]!;
      if (best === -1 || current[t]! > current[best]!) best = t;
    }
    if (best !== -1) current[best]! -= this.total;
    return best;
  }
}
