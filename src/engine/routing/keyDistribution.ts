/**
 * Which key a request touches: samplers from a seeded stream to a key in
 * [0, count). Key 0 is the hottest key of a skewed distribution.
 */
import type { RandomStream } from '../random/rng.ts';

/** Draws one key in [0, count) from `stream`. */
export type KeySampler = (stream: RandomStream) => number;

function checkCount(count: number): void {
  if (!(Number.isInteger(count) && count >= 1 && count <= 2 ** 53)) {
    throw new RangeError(`count: expected an integer in [1, 2^53], got ${count}`);
  }
}

/** Every key equally likely (53-bit uniform, so no visible bias even for count = 1e9). */
export function createUniformKeys(count: number): KeySampler {
  checkCount(count);
  return (stream) => Math.floor(stream.next() * count);
}

/**
 * Hot keys: with probability `hotShare` one of the first `hotKeys` keys
 * (uniform among them), otherwise one of the other keys (uniform among them).
 * `hotKeys ≥ count` makes every key hot.
 */
export function createHotKeys(count: number, hotKeys: number, hotShare: number): KeySampler {
  checkCount(count);
  if (!(Number.isInteger(hotKeys) && hotKeys >= 1)) {
    throw new RangeError(`hotKeys: expected an integer ≥ 1, got ${hotKeys}`);
  }
  if (!(hotShare >= 0 && hotShare <= 1)) {
    throw new RangeError(`hotShare: expected a probability in [0, 1], got ${hotShare}`);
  }
  if (hotKeys >= count) return createUniformKeys(count);
  const cold = count - hotKeys;
  return (stream) => {
    const u = stream.next();
    // Reuse the one draw: u < hotShare picks a hot key from u / hotShare, else a cold one.
    if (u < hotShare) return Math.min(hotKeys - 1, Math.floor((u / hotShare) * hotKeys));
    return hotKeys + Math.min(cold - 1, Math.floor(((u - hotShare) / (1 - hotShare)) * cold));
  };
}
