import { describe, expect, it } from 'vitest';
import { normalCdf } from '../../lib/specialFunctions.ts';
import type { DistSpec } from '../spec.ts';
import { createSampler, distributionMean } from './distributions.ts';
import { createRandomStream } from './rng.ts';

function draw(spec: DistSpec, n: number, seed = 11): Float64Array {
  const sample = createSampler(spec, createRandomStream(seed, `dist:${spec.type}`));
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = sample();
  return out;
}

/** Kolmogorov–Smirnov distance between a sample and a CDF. */
function ksDistance(sample: Float64Array, cdf: (x: number) => number): number {
  const sorted = Float64Array.from(sample).sort();
  let d = 0;
  sorted.forEach((x, i) => {
    const f = cdf(x);
    d = Math.max(d, Math.abs(f - i / sorted.length), Math.abs(f - (i + 1) / sorted.length));
  });
  return d;
}

const mean = (xs: Float64Array) => xs.reduce((a, b) => a + b, 0) / xs.length;
const N = 200_000;
/** KS critical value at α = 0.001 for n samples. */
const KS_CRIT = 1.949 / Math.sqrt(N);

describe('distributions', () => {
  it('exponential (ziggurat) passes a Kolmogorov–Smirnov test and has the right mean and variance', () => {
    const xs = draw({ type: 'exponential', mean: 4 }, N);
    expect(ksDistance(xs, (x) => 1 - Math.exp(-x / 4))).toBeLessThan(KS_CRIT);
    const m = mean(xs);
    const v = xs.reduce((a, x) => a + (x - m) ** 2, 0) / N;
    expect(m).toBeCloseTo(4, 1);
    expect(v / 16).toBeGreaterThan(0.97);
    expect(v / 16).toBeLessThan(1.03);
  });

  it('exponential tail beyond the ziggurat base strip is present (P(X > 8·mean) ≈ e^-8)', () => {
    const xs = draw({ type: 'exponential', mean: 1 }, 2_000_000, 5);
    const tail = xs.filter((x) => x > 8).length / xs.length;
    expect(tail / Math.exp(-8)).toBeGreaterThan(0.85);
    expect(tail / Math.exp(-8)).toBeLessThan(1.15);
  });

  it('uniform, constant, lognormal, normal and pareto match their CDFs or moments', () => {
    expect(
      ksDistance(draw({ type: 'uniform', min: 2, max: 6 }, N), (x) => (x - 2) / 4),
    ).toBeLessThan(KS_CRIT);
    expect(draw({ type: 'constant', value: 3 }, 10).every((x) => x === 3)).toBe(true);
    const ln = draw({ type: 'lognormal', mu: Math.log(5), sigma: 0.5 }, N);
    const sortedLn = Float64Array.from(ln).sort();
    expect(sortedLn[N / 2]! / 5).toBeCloseTo(1, 1);
    expect(
      mean(ln) / distributionMean({ type: 'lognormal', mu: Math.log(5), sigma: 0.5 }),
    ).toBeCloseTo(1, 2);
    const pareto = draw({ type: 'pareto', scale: 2, shape: 3 }, N);
    expect(ksDistance(pareto, (x) => 1 - (2 / x) ** 3)).toBeLessThan(KS_CRIT);
    const normal = draw({ type: 'normal', mean: 10, sd: 2 }, N);
    expect(mean(normal)).toBeCloseTo(10, 1);
    expect(draw({ type: 'normal', mean: 0.5, sd: 2 }, N).every((x) => x >= 0)).toBe(true);
  });

  it('normal (ziggurat) passes a Kolmogorov–Smirnov test, including its tails', () => {
    const xs = draw({ type: 'normal', mean: 100, sd: 10 }, N, 3);
    expect(ksDistance(xs, (x) => normalCdf((x - 100) / 10))).toBeLessThan(KS_CRIT);
    const wide = draw({ type: 'normal', mean: 100, sd: 10 }, 2_000_000, 4);
    // P(|Z| > 3.5) = 4.65e-4: the ziggurat's tail beyond R = 3.44 must be there.
    const tail = wide.filter((x) => Math.abs(x - 100) > 35).length / wide.length;
    expect(tail / 4.6525e-4).toBeGreaterThan(0.85);
    expect(tail / 4.6525e-4).toBeLessThan(1.15);
  });

  it('truncated normal mean accounts for the cut at zero', () => {
    const spec = { type: 'normal', mean: 0.5, sd: 2 } as const;
    expect(mean(draw(spec, N)) / distributionMean(spec)).toBeCloseTo(1, 1);
  });
});
