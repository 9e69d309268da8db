import { describe, expect, it } from 'vitest';
import {
  erlangB,
  erlangC,
  mg1MeanWaitMs,
  mm1MeanSojournMs,
  mmcMeanSojournMs,
  mmcSojournQuantileMs,
  mmcSojournSurvival,
  mm1SojournQuantileMs,
  powerOfDChoicesMeanSojourn,
} from './queueingTheory.ts';

describe('queueing theory closed forms', () => {
  it('M/M/1 at ρ = 0.9 with 4 ms service: W = 40 ms', () => {
    expect(mm1MeanSojournMs(225, 4)).toBeCloseTo(40, 10);
  });
  it('Erlang C for c = 1 equals ρ, and matches a textbook value for c = 4, a = 3.6', () => {
    expect(erlangC(1, 0.7)).toBeCloseTo(0.7, 12);
    // Direct evaluation of the formula: Σ_{k<4} 3.6^k/k! = 1 + 3.6 + 6.48 + 7.776 = 18.856; a^4/4! · 4/0.4 = 69.984
    expect(erlangC(4, 3.6)).toBeCloseTo(69.984 / (18.856 + 69.984), 9);
  });
  it('M/M/c with c = 1 reduces to M/M/1', () => {
    expect(mmcMeanSojournMs(1, 200, 4)).toBeCloseTo(mm1MeanSojournMs(200, 4), 9);
  });
  it('Pollaczek–Khinchine: M/D/1 waits half as long as M/M/1', () => {
    const md1 = mg1MeanWaitMs(225, 4, 16);
    const mm1 = mg1MeanWaitMs(225, 4, 32);
    expect(md1 / mm1).toBeCloseTo(0.5, 12);
    expect(mm1 + 4).toBeCloseTo(mm1MeanSojournMs(225, 4), 9);
  });
  it('Erlang B for one server is a / (1 + a)', () => {
    expect(erlangB(1, 2)).toBeCloseTo(2 / 3, 12);
  });
  it('power of d choices: d = 1 gives M/M/1, d = 2 is far shorter at high load', () => {
    expect(powerOfDChoicesMeanSojourn(0.9, 1)).toBeCloseTo(10, 9);
    // Σ 0.9^(2^i − 2) = 1 + 0.81 + 0.531441 + 0.228768 + 0.042391 + 0.001456 + … ≈ 2.61406
    expect(powerOfDChoicesMeanSojourn(0.9, 2)).toBeCloseTo(2.61406, 4);
  });
  it('M/M/c sojourn quantile: c = 1 is the M/M/1 exponential sojourn', () => {
    expect(mmcSojournQuantileMs(1, 225, 4, 0.99)).toBeCloseTo(
      mm1SojournQuantileMs(225, 4, 0.99),
      6,
    );
    expect(mmcSojournQuantileMs(1, 100, 4, 0.5)).toBeCloseTo(mm1SojournQuantileMs(100, 4, 0.5), 6);
  });
  it('M/M/4 at ρ = 0.9 (4 ms): p99 of the sojourn ≈ 48.77 ms (numerical convolution of wait and service)', () => {
    // Reference: the density of Exp(θ) convolved with Exp(μ) by the midpoint rule, 4000 steps, then bisection.
    expect(mmcSojournQuantileMs(4, 900, 4, 0.99)).toBeCloseTo(48.7727, 2);
    expect(mmcSojournSurvival(4, 900, 4, 0)).toBe(1);
  });
  it('M/M/c survival integrates to the mean sojourn, also when cμ − λ = μ (Erlang-2 limit)', () => {
    for (const [c, lambda] of [
      [4, 900],
      [2, 250],
    ] as const) {
      let integral = 0;
      for (let t = 0.005; t < 2000; t += 0.01)
        integral += 0.01 * mmcSojournSurvival(c, lambda, 4, t);
      expect(integral).toBeCloseTo(mmcMeanSojournMs(c, lambda, 4), 2);
    }
  });
});
