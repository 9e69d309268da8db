import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HISTOGRAM_RELATIVE_ERROR, Histogram } from './histogram.ts';

function exactQuantile(sorted: number[], q: number): number {
  return sorted[Math.max(1, Math.ceil(q * sorted.length)) - 1]!;
}

describe('Histogram', () => {
  it('reports quantiles within the documented relative error of the exact order statistic', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 400 }),
        fc.constantFrom(0.5, 0.9, 0.95, 0.99, 0.999, 1),
        (values, q) => {
          const h = new Histogram();
          values.forEach((v) => h.record(v));
          const exact = exactQuantile(
            [...values].sort((a, b) => a - b),
            q,
          );
          expect(Math.abs(h.quantile(q) - exact) / exact).toBeLessThanOrEqual(
            HISTOGRAM_RELATIVE_ERROR + 1e-12,
          );
        },
      ),
    );
  });

  it('quantilesInto agrees with quantile', () => {
    const h = new Histogram();
    for (let i = 1; i <= 1000; i++) h.record(i * 0.37);
    const out = new Float64Array(4);
    h.quantilesInto([0.5, 0.95, 0.99, 0.999], out);
    expect([...out]).toEqual([0.5, 0.95, 0.99, 0.999].map((q) => h.quantile(q)));
  });

  it('merging equals recording everything into one', () => {
    const a = new Histogram();
    const b = new Histogram();
    const all = new Histogram();
    for (let i = 0; i < 500; i++) {
      const v = 0.5 + ((i * 7919) % 1000);
      (i % 2 === 0 ? a : b).record(v);
      all.record(v);
    }
    a.merge(b);
    expect(a.count).toBe(all.count);
    expect(a.sum).toBeCloseTo(all.sum, 6);
    for (const q of [0.1, 0.5, 0.99]) expect(a.quantile(q)).toBe(all.quantile(q));
    expect([a.min, a.max]).toEqual([all.min, all.max]);
  });

  it('keeps exact min and max, clamps out-of-range values, and resets', () => {
    const h = new Histogram();
    h.record(0);
    h.record(1e9);
    // Below the range (2^-8 ms) the error is absolute, under 2^-7 ms.
    expect(h.quantile(0.5)).toBeLessThan(2 ** -7);
    expect(h.quantile(1)).toBe(1e9);
    h.reset();
    expect(h.count).toBe(0);
    expect(h.quantile(0.99)).toBe(0);
  });
});
