/**
 * Consistent hashing on a ring (Karger et al., STOC 1997) with virtual nodes,
 * as in Dynamo and ketama: each target places `virtualNodes` points on a 32-bit
 * ring at hash(name + '#' + i); a key belongs to the first point clockwise from
 * hash(key). Adding a target only takes arcs from the others, so ≈ 1/(n + 1) of
 * the keys move, all of them to the newcomer. With V points per target the
 * shares' coefficient of variation is ≈ 1/√V.
 */
import { hashString } from '../random/rng.ts';
import { hashKey } from './keyHash.ts';
import { normalizeWeights, type KeySelector } from './selector.ts';

const BUCKET_BITS = 10;
const BUCKETS = 1 << BUCKET_BITS;
/** Width of one arc of the ring. */
const ARC = 2 ** (32 - BUCKET_BITS);

/** Virtual nodes per target when none are given (the guide's number). */
export const DEFAULT_VIRTUAL_NODES = 150;

/** Options of {@link ConsistentHashRing}. */
export interface ConsistentHashOptions {
  /** Points per target of weight 1 (weights scale it). Default 150. */
  readonly virtualNodes?: number;
  /** Per-target weights: a target gets round(V × w / mean w) points (at least 1). */
  readonly weights?: readonly number[];
  /** Salts point and key hashes. Default 0. */
  readonly seed?: number;
}

/** A hash ring: sorted point positions and the target owning each point. */
export class ConsistentHashRing implements KeySelector {
  targets: readonly string[] = [];
  /** Ring positions, ascending. */
  points: Uint32Array = new Uint32Array(0);
  /** Target index of each point. */
  owners: Int32Array = new Int32Array(0);
  /**
   * Index of the first point in each of 2^BUCKET_BITS equal arcs of the ring
   * (plus the end): a lookup searches only its hash's arc, a few points, rather
   * than the whole ring — the same point, found without ~10 unpredictable branches.
   */
  private arcStart: Int32Array = new Int32Array(BUCKETS + 1);
  readonly virtualNodes: number;
  private readonly seed: number;

  constructor(targets: readonly string[], options: ConsistentHashOptions = {}) {
    this.virtualNodes = options.virtualNodes ?? DEFAULT_VIRTUAL_NODES;
    if (!(Number.isInteger(this.virtualNodes) && this.virtualNodes >= 1)) {
      throw new RangeError(`virtualNodes: expected an integer ≥ 1, got ${this.virtualNodes}`);
    }
    this.seed = options.seed ?? 0;
    this.setTargets(targets, options.weights);
  }

  /** Rebuilds the ring for a new membership (allocates; not on the request path). */
  setTargets(targets: readonly string[], weights?: readonly number[]): void {
    const w = normalizeWeights(targets.length, weights);
    const mean = w.reduce((a, b) => a + b, 0) / Math.max(1, w.length);
    const counts = Array.from(w, (x) => Math.max(1, Math.round((this.virtualNodes * x) / mean)));
    const total = counts.reduce((a, b) => a + b, 0);
    const position = new Uint32Array(total);
    const owner = new Int32Array(total);
    let p = 0;
    targets.forEach((name, t) => {
      for (let i = 0; i < counts[t]!; i++, p++) {
        position[p] = hashString(`${name}#${i}`, this.seed);
        owner[p] = t;
      }
    });
    // Sort by (position, owner name): collisions resolve the same way whatever the list order.
    const order = Array.from(position.keys()).sort(
      (a, b) =>
        position[a]! - position[b]! ||
        compareNames(targets[owner[a]!]!, targets[owner[b]!]!) ||
        a - b,
    );
    this.points = Uint32Array.from(order, (i) => position[i]!);
    this.owners = Int32Array.from(order, (i) => owner[i]!);
    this.targets = targets.slice();
    this.indexArcs();
  }

  private indexArcs(): void {
    const points = this.points;
    let i = 0;
    for (let b = 0; b <= BUCKETS; b++) {
      const arcLow = b * ARC; // 2^32 for b = BUCKETS: past every point
      while (i < points.length && points[i]! < arcLow) i++;
      this.arcStart[b] = i;
    }
  }

  /** Owner of the first point at or after hash(key), wrapping past the top. */
  pick(key: number): number {
    const points = this.points;
    const h = hashKey(key, this.seed);
    const arc = h >>> (32 - BUCKET_BITS);
    // Every point before arcStart[arc] is below h; every point from arcStart[arc + 1] is above it.
    let lo = this.arcStart[arc]!;
    let hi = this.arcStart[arc + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (points[mid]! < h) lo = mid + 1;
      else hi = mid;
    }
    return this.owners[lo === points.length ? 0 : lo]!;
  }

  /** Exact fraction of the 2^32 hash space each target owns (the arcs ending at its points). */
  shares(): Float64Array {
    const shares = new Float64Array(this.targets.length);
    const points = this.points;
    const n = points.length;
    for (let i = 0; i < n; i++) {
      const start = i === 0 ? points[n - 1]! - 4294967296 : points[i - 1]!;
      shares[this.owners[i]!]! += (points[i]! - start) / 4294967296;
    }
    return shares;
  }
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
