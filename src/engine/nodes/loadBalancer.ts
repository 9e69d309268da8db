import type { Kernel } from '../core/kernel.ts';
import { uniformInt, type RandomStream } from '../random/rng.ts';
import type { LoadBalancerSpec, LoadBalancerStrategy } from '../spec.ts';
import type { NodeBehavior } from './behavior.ts';

/**
 * Spreads calls over its targets (its outgoing edges) by a strategy, forwarding
 * each as a child call and relaying the answer. "Connections" are the calls it
 * has outstanding at each target, as a real proxy would count them.
 */
export class LoadBalancerNode implements NodeBehavior {
  /** Calls outstanding at each target. */
  readonly active: Int32Array;
  /** Calls sent to each target in the current window / since warm-up. */
  readonly windowSent: Float64Array;
  readonly runSent: Float64Array;
  /** Edge index of each target, in scenario order. */
  readonly targetEdges: readonly number[];
  private readonly k: Kernel;
  private readonly index: number;
  private readonly stream: RandomStream;
  private cursor = 0;
  private readonly pick: () => number;

  constructor(
    k: Kernel,
    index: number,
    spec: LoadBalancerSpec,
    targetEdges: readonly number[],
    stream: RandomStream,
  ) {
    this.k = k;
    this.index = index;
    this.targetEdges = targetEdges;
    this.stream = stream;
    const n = targetEdges.length;
    this.active = new Int32Array(n);
    this.windowSent = new Float64Array(n);
    this.runSent = new Float64Array(n);
    this.pick = this.strategy(spec.strategy);
  }

  start(): void {}

  onCall(call: number): void {
    const k = this.k;
    const calls = k.calls;
    const t = this.pick();
    const edge = this.targetEdges[t]!;
    const d = calls.allocate();
    calls.from[d] = this.index;
    calls.to[d] = k.edges[edge]!.to;
    calls.edge[d] = edge;
    calls.parent[d] = call;
    calls.request[d] = calls.request[call]!;
    calls.key[d] = calls.key[call]!;
    calls.flags[d] = calls.flags[call]!;
    calls.status[d] = 0;
    calls.aux[d] = t;
    this.active[t]!++;
    this.windowSent[t]!++;
    k.send(d);
  }

  onAnswer(child: number): void {
    const calls = this.k.calls;
    this.active[calls.aux[child]!]!--;
    const parent = calls.parent[child]!;
    const cause = calls.status[child]! - 1;
    calls.release(child);
    this.k.answer(parent, cause);
  }

  onTimer(): void {}

  private strategy(name: LoadBalancerStrategy): () => number {
    const n = this.targetEdges.length;
    switch (name) {
      case 'round-robin':
        return () => {
          const t = this.cursor;
          this.cursor = t + 1 === n ? 0 : t + 1;
          return t;
        };
      case 'random':
        return () => uniformInt(this.stream, n);
      case 'least-connections':
        return () => this.leastConnections();
      case 'power-of-two-choices':
        return () => this.powerOfTwo();
    }
  }

  /** Fewest outstanding calls; ties go round-robin so equal targets share evenly. */
  private leastConnections(): number {
    const n = this.targetEdges.length;
    const start = this.cursor;
    this.cursor = start + 1 === n ? 0 : start + 1;
    let best = start;
    let bestLoad = this.active[start]!;
    for (let i = 1; i < n; i++) {
      const t = start + i < n ? start + i : start + i - n;
      const load = this.active[t]!;
      if (load < bestLoad) {
        best = t;
        bestLoad = load;
      }
    }
    return best;
  }

  /** Two distinct targets drawn at random; the one with fewer outstanding calls wins (the first on a tie). */
  private powerOfTwo(): number {
    const n = this.targetEdges.length;
    if (n === 1) return 0;
    const a = uniformInt(this.stream, n);
    let b = uniformInt(this.stream, n - 1);
    if (b >= a) b++;
    return this.active[b]! < this.active[a]! ? b : a;
  }
}
