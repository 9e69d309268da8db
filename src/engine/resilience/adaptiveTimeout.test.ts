import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAdaptiveTimeout, select } from './adaptiveTimeout.ts';

/** Nearest-rank quantile by sorting: the reference. */
function nearestRank(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(q * sorted.length - 1e-9) - 1]!;
}

describe('adaptive timeout = clamp(2 × p95, 1 s, 30 s)', () => {
  it('uses initialMs (default maxMs) until the first recompute', () => {
    const timeout = createAdaptiveTimeout();
    expect(timeout.timeoutMs).toBe(30_000);
    for (let i = 0; i < 15; i++) timeout.record(500);
    expect(timeout.timeoutMs).toBe(30_000);
    expect(timeout.quantileMs).toBeNaN();
    timeout.record(4000); // 16th sample: p95 of 16 = the 16th smallest
    expect(timeout.quantileMs).toBe(4000);
    expect(timeout.timeoutMs).toBe(8000);
  });

  it('takes the nearest-rank p95 of the last 256 samples', () => {
    const timeout = createAdaptiveTimeout();
    for (let i = 1; i <= 256; i++) timeout.record(10 * i);
    expect(timeout.quantileMs).toBe(2440); // ⌈0.95 × 256⌉ = 244th smallest
    expect(timeout.timeoutMs).toBe(4880);
    for (let i = 0; i < 256; i++) timeout.record(3000); // the old samples are forgotten
    expect(timeout.quantileMs).toBe(3000);
    expect(timeout.timeoutMs).toBe(6000);
  });

  it('clamps to [minMs, maxMs]', () => {
    const fast = createAdaptiveTimeout();
    for (let i = 0; i < 16; i++) fast.record(5);
    expect(fast.timeoutMs).toBe(1000);
    const slow = createAdaptiveTimeout();
    for (let i = 0; i < 16; i++) slow.record(20_000);
    expect(slow.timeoutMs).toBe(30_000);
  });

  it('recomputes only every recomputeEvery samples', () => {
    const timeout = createAdaptiveTimeout({ recomputeEvery: 4, initialMs: 2000, k: 3, minMs: 1 });
    expect(timeout.timeoutMs).toBe(2000);
    [10, 20, 30, 40].forEach((v) => timeout.record(v));
    expect(timeout.timeoutMs).toBe(120);
    [1000, 1000, 1000].forEach((v) => timeout.record(v));
    expect(timeout.timeoutMs).toBe(120);
    timeout.record(1000);
    expect(timeout.timeoutMs).toBe(3000);
  });

  it('follows a sliding reference on random sequences', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 60_000 }), { minLength: 1, maxLength: 700 }),
        (latencies) => {
          const timeout = createAdaptiveTimeout({ sampleSize: 64, recomputeEvery: 8 });
          latencies.forEach((v, i) => {
            timeout.record(v);
            if ((i + 1) % 8 !== 0) return;
            const p95 = nearestRank(latencies.slice(Math.max(0, i + 1 - 64), i + 1), 0.95);
            expect(timeout.quantileMs).toBe(p95);
            expect(timeout.timeoutMs).toBe(Math.min(30_000, Math.max(1000, 2 * p95)));
          });
        },
      ),
      { seed: 95, numRuns: 200 },
    );
  });

  it('select finds every rank, duplicates included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 100 }),
        (values) => {
          const sorted = [...values].sort((a, b) => a - b);
          for (let rank = 0; rank < values.length; rank++) {
            expect(select(Float64Array.from(values), values.length, rank)).toBe(sorted[rank]);
          }
        },
      ),
      { seed: 7, numRuns: 200 },
    );
  });

  it('rejects options out of range', () => {
    expect(() => createAdaptiveTimeout({ k: 0 })).toThrow(/k/);
    expect(() => createAdaptiveTimeout({ quantile: 1.5 })).toThrow(/quantile/);
    expect(() => createAdaptiveTimeout({ minMs: 10, maxMs: 5 })).toThrow(/minMs/);
    expect(() => createAdaptiveTimeout({ sampleSize: 0 })).toThrow(/sampleSize/);
  });
});
