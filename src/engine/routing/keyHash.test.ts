import { describe, expect, it } from 'vitest';
import { hashKey, hashKeyForTarget, toOpenUnit } from './keyHash.ts';

/** Byte-wise MurmurHash3 x86_32, straight from the reference C code. */
function murmur3Bytes(bytes: Uint8Array, seed: number): number {
  const c1 = 0xcc9e2d51;
  const c2 = 0x1b873593;
  let h = seed >>> 0;
  const blocks = bytes.length >> 2;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < blocks; i++) {
    let k = view.getUint32(i * 4, true);
    k = Math.imul(k, c1);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, c2);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  const tail = blocks * 4;
  const rest = bytes.length & 3;
  if (rest > 0) {
    let k = 0;
    for (let i = rest - 1; i >= 0; i--) k = (k << 8) | bytes[tail + i]!;
    k = Math.imul(k, c1);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, c2);
    h ^= k;
  }
  h ^= bytes.length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function words(...values: number[]): Uint8Array {
  const view = new DataView(new ArrayBuffer(values.length * 4));
  values.forEach((v, i) => view.setUint32(i * 4, v >>> 0, true));
  return new Uint8Array(view.buffer);
}

describe('key hashes', () => {
  it('the reference MurmurHash3 matches published vectors', () => {
    const text = (s: string) => new TextEncoder().encode(s);
    expect(murmur3Bytes(text(''), 0)).toBe(0);
    expect(murmur3Bytes(text(''), 1)).toBe(0x514e28b7);
    expect(murmur3Bytes(text('test'), 0)).toBe(0xba6bd213);
    expect(murmur3Bytes(text('The quick brown fox jumps over the lazy dog'), 0)).toBe(0x2e4ff723);
  });

  it('hashKey is MurmurHash3 of the key as 8 little-endian bytes', () => {
    for (const key of [0, 1, 42, 0xffffffff, 2 ** 32, 2 ** 53 - 1, 123_456_789_012]) {
      for (const salt of [0, 7, -1]) {
        const bytes = words(key >>> 0, Math.floor(key / 2 ** 32));
        expect(hashKey(key, salt)).toBe(murmur3Bytes(bytes, salt));
      }
    }
  });

  it('hashKeyForTarget is MurmurHash3 of (key, target) as 12 bytes', () => {
    const bytes = words(99, 0, 0xdeadbeef);
    expect(hashKeyForTarget(99, 0xdeadbeef | 0, 5)).toBe(murmur3Bytes(bytes, 5));
  });

  it('spreads consecutive keys evenly (chi-square over 256 cells, 256k keys)', () => {
    const cells = new Float64Array(256);
    const n = 256 * 1024;
    for (let key = 0; key < n; key++) cells[hashKey(key, 0) >>> 24]!++;
    const expected = n / 256;
    const chi2 = cells.reduce((acc, c) => acc + (c - expected) ** 2 / expected, 0);
    // 255 degrees of freedom: the 0.999 quantile is 330.5.
    expect(chi2).toBeLessThan(330.5);
  });

  it('toOpenUnit never reaches 0 or 1', () => {
    expect(toOpenUnit(0)).toBeGreaterThan(0);
    expect(toOpenUnit(0xffffffff)).toBeLessThan(1);
  });
});
