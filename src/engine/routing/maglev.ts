/**
 * Maglev hashing (Eisenbud et al., "Maglev: A Fast and Reliable Software
 * Network Load Balancer", NSDI 2016, §3.4). Each backend walks its own
 * permutation of the M table slots, offset = h1(name) mod M,
 * skip = h2(name) mod (M − 1) + 1 (M prime, so every skip visits every slot);
 * backends take turns claiming their next free slot until the table is full.
 * A lookup is one hash and one array read. Every backend owns ⌊M/N⌋ or ⌈M/N⌉
 * slots (near-perfect balance); a membership change moves slightly more than
 * the minimum — the paper trades a little disruption for balance.
 */
import { hashString } from '../random/rng.ts';
import { hashKey } from './keyHash.ts';
import type { KeySelector } from './selector.ts';

/** The paper's default table size (a prime; the paper uses 65537 in production). */
export const DEFAULT_MAGLEV_TABLE_SIZE = 65537;

/** A backend's permutation of table slots: slot j is (offset + j × skip) mod M. */
export interface MaglevPermutation {
  readonly offset: number;
  readonly skip: number;
}

/** Options of {@link MaglevSelector}. */
export interface MaglevOptions {
  /** Table size M, a prime larger than the number of backends. Default 65537. */
  readonly tableSize?: number;
  /** Salts the name and key hashes. Default 0. */
  readonly seed?: number;
}

/** The offset/skip the paper derives from a backend's name with two hash functions. */
export function maglevPermutation(name: string, tableSize: number, seed = 0): MaglevPermutation {
  const offset = hashString(name, seed ^ 0x3c6ef372) % tableSize;
  const skip = (hashString(name, seed ^ 0xa54ff53a) % (tableSize - 1)) + 1;
  return { offset, skip };
}

/**
 * The paper's Pseudocode 1 (Populate): backends take turns, each claiming the
 * next slot of its permutation not yet taken, until all M slots are filled.
 * Returns the lookup table (slot → backend index); empty backends ⇒ all −1.
 */
export function populateMaglevTable(
  permutations: readonly MaglevPermutation[],
  tableSize: number,
): Int32Array {
  const entry = new Int32Array(tableSize).fill(-1);
  const n = permutations.length;
  if (n === 0) return entry;
  const next = new Float64Array(n); // the slot each backend tries next, as (offset + j·skip) mod M
  permutations.forEach((p, i) => (next[i] = p.offset));
  let filled = 0;
  for (;;) {
    for (let i = 0; i < n; i++) {
      const skip = permutations[i]!.skip;
      let c = next[i]!;
      while (entry[c] !== -1) c = (c + skip) % tableSize;
      entry[c] = i;
      next[i] = (c + skip) % tableSize;
      if (++filled === tableSize) return entry;
    }
  }
}

/** A Maglev load balancer over named backends. */
export class MaglevSelector implements KeySelector {
  targets: readonly string[] = [];
  /** Slot → backend index. */
  table: Int32Array;
  readonly tableSize: number;
  private readonly seed: number;

  constructor(targets: readonly string[], options: MaglevOptions = {}) {
    this.tableSize = options.tableSize ?? DEFAULT_MAGLEV_TABLE_SIZE;
    if (!isPrime(this.tableSize)) {
      throw new RangeError(`tableSize: expected a prime, got ${this.tableSize}`);
    }
    this.seed = options.seed ?? 0;
    this.table = new Int32Array(this.tableSize);
    this.setTargets(targets);
  }

  /** Builds the selector from explicit permutations (the paper's worked example). */
  static fromPermutations(
    targets: readonly string[],
    permutations: readonly MaglevPermutation[],
    tableSize: number,
  ): MaglevSelector {
    const selector = new MaglevSelector([], { tableSize });
    selector.targets = targets.slice();
    selector.table = populateMaglevTable(permutations, tableSize);
    return selector;
  }

  /** New membership: recomputes the table (O(M log M) expected; not on the request path). */
  setTargets(targets: readonly string[]): void {
    if (targets.length > this.tableSize) {
      throw new RangeError(
        `tableSize ${this.tableSize} is smaller than ${targets.length} backends`,
      );
    }
    const permutations = targets.map((name) => maglevPermutation(name, this.tableSize, this.seed));
    this.table = populateMaglevTable(permutations, this.tableSize);
    this.targets = targets.slice();
  }

  /** table[hash(key) mod M]. */
  pick(key: number): number {
    return this.table[hashKey(key, this.seed) % this.tableSize]!;
  }
}

function isPrime(n: number): boolean {
  if (!Number.isInteger(n) || n < 2) return false;
  for (let d = 2; d * d <= n; d++) if (n % d === 0) return false;
  return true;
}
