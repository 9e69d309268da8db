import { describe, expect, it } from 'vitest';
import { PeakEwma } from './peakEwma.ts';

describe('peak EWMA', () => {
  it('jumps up to a slower sample at once', () => {
    const p = new PeakEwma(1, 10_000);
    p.observe(0, 5, 0);
    p.observe(0, 50, 1);
    expect(p.estimate[0]).toBe(50);
  });

  it('decays towards a faster sample with weight e^(−Δt/τ)', () => {
    const p = new PeakEwma(1, 10_000);
    p.observe(0, 100, 0);
    p.observe(0, 10, 10_000); // Δt = τ
    expect(p.estimate[0]).toBeCloseTo(100 * Math.exp(-1) + 10 * (1 - Math.exp(-1)), 12);
  });

  it('reading decays the estimate by elapsed simulated time, however it is sliced', () => {
    const a = new PeakEwma(1, 1000);
    const b = new PeakEwma(1, 1000);
    a.observe(0, 80, 0);
    b.observe(0, 80, 0);
    for (let t = 100; t <= 2000; t += 100) a.cost(0, t);
    expect(a.cost(0, 2000)).toBeCloseTo(b.cost(0, 2000), 12);
    expect(b.cost(0, 2000)).toBeCloseTo(80 * Math.exp(-2), 12);
  });

  it('cost = estimate × (active + 1); a busy target with no history is penalized', () => {
    const p = new PeakEwma(2);
    p.onSend(0);
    expect(p.cost(0, 0)).toBeGreaterThan(1e12);
    p.onDone(0, 20, 0);
    p.onSend(0);
    p.onSend(0);
    expect(p.cost(0, 0)).toBe(60);
  });

  it('picks the cheapest target, rotating among ties', () => {
    const p = new PeakEwma(3);
    expect([p.pick(0), p.pick(0), p.pick(0)]).toEqual([0, 1, 2]);
    p.observe(0, 30, 0);
    p.observe(1, 10, 0);
    p.observe(2, 20, 0);
    expect(p.pick(0)).toBe(1);
    p.onSend(1);
    p.onSend(1); // 10 × 3 = 30 > 20
    expect(p.pick(0)).toBe(2);
    expect(p.cheaperOf(0, 2, 0)).toBe(2);
  });
});
