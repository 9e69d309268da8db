/**
 * Hashes for routing: a key (a non-negative integer below 2^53) or a
 * (key, target) pair to 32 well-mixed bits. MurmurHash3 x86_32 (Appleby) over
 * the key's two 32-bit words, seeded with a salt; target names are hashed once,
 * at construction, with `hashString` from the random module.
 */
import { fmix32 } from '../random/rng.ts';

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;
const TWO_POW_32 = 4294967296;

/** One MurmurHash3 block: mixes the 32-bit word `k` into the running hash `h`. */
function murmurBlock(h: number, k: number): number {
  let x = Math.imul(k, C1);
  x = (x << 15) | (x >>> 17);
  x = Math.imul(x, C2);
  let y = h ^ x;
  y = (y << 13) | (y >>> 19);
  return (Math.imul(y, 5) + 0xe6546b64) | 0;
}

/** MurmurHash3 x86_32 of the key's 8 bytes (low word first), seeded with `salt`. */
export function hashKey(key: number, salt: number): number {
  const lo = key >>> 0;
  const hi = Math.floor(key / TWO_POW_32) >>> 0;
  const h = murmurBlock(murmurBlock(salt | 0, lo), hi);
  return fmix32(h ^ 8);
}

/**
 * MurmurHash3 x86_32 of the 12 bytes (key low, key high, target): the weight of
 * `target` for `key` in rendezvous hashing. `targetHash` is the target name's
 * hash, computed once. Every pair gets an independent-looking 32-bit value.
 */
export function hashKeyForTarget(key: number, targetHash: number, salt: number): number {
  const lo = key >>> 0;
  const hi = Math.floor(key / TWO_POW_32) >>> 0;
  const h = murmurBlock(murmurBlock(murmurBlock(salt | 0, lo), hi), targetHash);
  return fmix32(h ^ 12);
}

/** A 32-bit hash as a uniform double in (0, 1), never 0 or 1 (safe under `log`). */
export function toOpenUnit(hash: number): number {
  return ((hash >>> 0) + 0.5) / TWO_POW_32;
}
