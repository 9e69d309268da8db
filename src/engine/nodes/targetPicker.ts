import { uniformInt, type RandomStream } from '../random/rng.ts';
import {
  ConsistentHashRing,
  HashModSelector,
  MaglevSelector,
  PeakEwma,
  SmoothWeightedRoundRobin,
  type KeySelector,
} from '../routing/index.ts';
import type { LoadBalancerSpec } from '../spec.ts';

const COST_CONNECTIONS = 0;
const COST_EWMA = 1;

/**
 * A load balancer's choice of target, by strategy, among the targets that are
 * `eligible` (healthy and under their connection limit). Returns -1 when no
 * eligible target can take the call. Key strategies send a key to its owner
 * among the healthy targets (their membership is rebuilt when health changes),
 * and wait (-1) when that owner is at its limit.
 */
export class TargetPicker {
  readonly active: Int32Array;
  readonly ewma: PeakEwma;
  private readonly names: readonly string[];
  private readonly weights: readonly number[];
  private strategy: LoadBalancerSpec['strategy'];
  private readonly stream: RandomStream;
  private readonly limit: number;
  private readonly healthy: Uint8Array;
  private readonly ejected: Uint8Array;
  private cursor = 0;
  private keyed: KeySelector | null = null;
  private wrr: SmoothWeightedRoundRobin | null = null;
  /** Index (into all targets) of each member of the current keyed/WRR membership. */
  private members: Int32Array;
  private spec: LoadBalancerSpec;

  constructor(
    spec: LoadBalancerSpec,
    names: readonly string[],
    weights: readonly number[],
    stream: RandomStream,
  ) {
    this.spec = spec;
    this.names = names;
    this.weights = weights;
    this.strategy = spec.strategy;
    this.stream = stream;
    this.limit = spec.maxConnectionsPerTarget;
    this.active = new Int32Array(names.length);
    this.healthy = new Uint8Array(names.length).fill(1);
    this.healthyCount = names.length;
    this.ejected = new Uint8Array(names.length);
    this.ewma = new PeakEwma(names.length, spec.ewmaDecayMs);
    this.members = new Int32Array(0);
    this.rebuild();
  }

  /** Targets in rotation. */
  healthyCount: number;

  isHealthy(t: number): boolean {
    return this.healthy[t] === 1;
  }

  /** Take a target out of rotation for outlier ejection (independent of health checks). */
  setEjected(t: number, ejected: boolean): void {
    if ((this.ejected[t] === 1) === ejected) return;
    this.ejected[t] = ejected ? 1 : 0;
    this.refreshMembership();
  }

  setHealthy(t: number, healthy: boolean): void {
    if ((this.healthy[t] === 1) === healthy) return;
    this.healthy[t] = healthy ? 1 : 0;
    this.refreshMembership();
  }

  /** In rotation = healthy and not ejected; rebuild the key and weighted memberships. */
  private refreshMembership(): void {
    let n = 0;
    for (let t = 0; t < this.healthy.length; t++) if (this.inRotation(t)) n++;
    this.healthyCount = n;
    this.rebuild();
  }

  private inRotation(t: number): boolean {
    return this.healthy[t] === 1 && this.ejected[t] === 0;
  }

  /** A live edit: choose by `strategy` from the next call on (memberships rebuilt, counts kept). */
  setStrategy(strategy: LoadBalancerSpec['strategy']): void {
    this.strategy = strategy;
    this.spec = { ...this.spec, strategy };
    this.rebuild();
  }

  /** Target index for a call with `key` at `now`, or -1 when none can take it now. */
  pick(key: number, now: number): number {
    const n = this.names.length;
    switch (this.strategy) {
      case 'round-robin':
        return this.scanFrom(this.advance(), n);
      case 'random':
        return this.scanFrom(uniformInt(this.stream, n), n);
      case 'least-connections':
        return this.cheapest(COST_CONNECTIONS, now);
      case 'least-response-time':
        return this.cheapest(COST_EWMA, now);
      case 'power-of-two-choices':
        return this.powerOfTwo();
      case 'weighted-round-robin':
        return this.weighted();
      case 'key-hash':
      case 'consistent-hash':
      case 'maglev':
        return this.owner(key);
    }
  }

  /** Whether target `t` can take one more call. */
  eligible(t: number): boolean {
    return this.healthy[t] === 1 && this.ejected[t] === 0 && this.active[t]! < this.limit;
  }

  private advance(): number {
    const t = this.cursor;
    this.cursor = t + 1 === this.names.length ? 0 : t + 1;
    return t;
  }

  /** The first eligible target from `start` on (wrapping), or -1. */
  private scanFrom(start: number, n: number): number {
    for (let i = 0; i < n; i++) {
      const t = start + i < n ? start + i : start + i - n;
      if (this.eligible(t)) return t;
    }
    return -1;
  }

  /** The eligible target of least cost; ties go round-robin so equal targets share evenly. */
  private cheapest(measure: number, now: number): number {
    const n = this.names.length;
    const start = this.advance();
    let best = -1;
    let bestCost = Infinity;
    for (let i = 0; i < n; i++) {
      const t = start + i < n ? start + i : start + i - n;
      if (!this.eligible(t)) continue;
      const c = measure === COST_CONNECTIONS ? this.active[t]! : this.ewma.cost(t, now);
      if (c < bestCost) {
        best = t;
        bestCost = c;
      }
    }
    return best;
  }

  /** Two distinct eligible targets at random; fewer outstanding calls wins (the first on a tie). */
  private powerOfTwo(): number {
    const n = this.names.length;
    const a = this.scanFrom(uniformInt(this.stream, n), n);
    if (a < 0 || n === 1) return a;
    let b = uniformInt(this.stream, n - 1);
    if (b >= a) b++;
    if (!this.eligible(b)) return a;
    return this.active[b]! < this.active[a]! ? b : a;
  }

  private weighted(): number {
    const wrr = this.wrr;
    if (wrr === null) return -1;
    for (let i = 0; i < this.members.length; i++) {
      const t = this.members[wrr.pick()]!;
      if (this.active[t]! < this.limit) return t;
    }
    return -1;
  }

  private owner(key: number): number {
    if (this.keyed === null) return -1;
    const t = this.members[this.keyed.pick(key)]!;
    return this.active[t]! < this.limit ? t : -1;
  }

  /** Rebuild the key and weighted memberships over the healthy targets. */
  private rebuild(): void {
    const members: number[] = [];
    this.healthy.forEach((_, t) => {
      if (this.inRotation(t)) members.push(t);
    });
    this.members = Int32Array.from(members);
    const names = members.map((t) => this.names[t]!);
    this.keyed = null;
    this.wrr = null;
    if (members.length === 0) return;
    switch (this.strategy) {
      case 'key-hash':
        this.keyed = new HashModSelector(names);
        break;
      case 'consistent-hash':
        this.keyed = new ConsistentHashRing(names, { virtualNodes: this.spec.virtualNodes });
        break;
      case 'maglev':
        this.keyed = new MaglevSelector(names, { tableSize: this.spec.maglevTableSize });
        break;
      case 'weighted-round-robin':
        this.wrr = new SmoothWeightedRoundRobin(
          names,
          members.map((t) => this.weights[t]!),
        );
        break;
      default:
        break;
    }
  }
}
