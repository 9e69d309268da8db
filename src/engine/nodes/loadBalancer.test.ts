import { describe, expect, it } from 'vitest';
import { createSimulation } from '../simulation.ts';
import type { LoadBalancerStrategy } from '../spec.ts';
import { powerOfDChoicesMeanSojourn } from '../../lib/queueingTheory.ts';
import { poolSpec } from '../testSpecs.ts';

function runPool(strategy: LoadBalancerStrategy, seed = 3) {
  const sim = createSimulation(
    poolSpec({
      strategy,
      services: 8,
      ratePerSec: 1800,
      serviceTimeMs: { type: 'exponential', mean: 4 },
      durationMs: 200_000,
      warmupMs: 10_000,
      seed,
    }),
  );
  sim.runToEnd();
  return sim.summary();
}

describe('load balancer strategies', { timeout: 30_000 }, () => {
  it('round-robin gives every target the same share (to one request)', () => {
    const lb = runPool('round-robin').nodes['lb']!;
    const targets = lb['targets'] as Record<string, { requests: number; share: number }>;
    const counts = Object.values(targets).map((t) => t.requests);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  });

  it('at ρ = 0.9 on 8 servers: power-of-two and least-connections beat random, as theory orders them', () => {
    const mean = (s: LoadBalancerStrategy) => runPool(s).totals.latencyMs.mean;
    const random = mean('random');
    const p2c = mean('power-of-two-choices');
    const lc = mean('least-connections');
    // Random splitting makes each server an M/M/1 at ρ = 0.9: W = 40 ms.
    expect(random / 40).toBeGreaterThan(0.9);
    expect(random / 40).toBeLessThan(1.1);
    expect(p2c).toBeLessThan(random / 3);
    expect(lc).toBeLessThan(p2c);
  });

  it('on 40 servers at λ = 0.9: random ≈ M/M/1, power-of-two ≈ the supermarket model T₂(λ), least-connections below both', () => {
    const mean = (strategy: LoadBalancerStrategy) => {
      const sim = createSimulation(
        poolSpec({
          strategy,
          services: 40,
          ratePerSec: 36_000,
          serviceTimeMs: { type: 'exponential', mean: 1 },
          durationMs: 20_000,
          warmupMs: 2000,
          seed: 5,
        }),
      );
      sim.runToEnd();
      return sim.summary().totals.latencyMs.mean;
    };
    const random = mean('random');
    const p2c = mean('power-of-two-choices');
    const jsq = mean('least-connections');
    // Mean sojourn in units of the 1 ms service time. Random split: M/M/1, 1 / (1 − 0.9) = 10.
    expect(Math.abs(random / 10 - 1)).toBeLessThan(0.08);
    // Mitzenmacher: T₂(0.9) = Σ 0.9^(2^i − 2) ≈ 2.614 as n → ∞; a finite pool sits a little above it.
    const t2 = powerOfDChoicesMeanSojourn(0.9, 2);
    expect(p2c / t2).toBeGreaterThan(0.98);
    expect(p2c / t2).toBeLessThan(1.06);
    expect(jsq).toBeLessThan(1.5);
  });

  it('traced requests report consistent hop times', () => {
    const sim = createSimulation(
      poolSpec({
        strategy: 'round-robin',
        services: 2,
        ratePerSec: 100,
        serviceTimeMs: { type: 'constant', value: 3 },
        durationMs: 3000,
        latencyMs: { type: 'constant', value: 2 },
        traceSamplePerWindow: 5,
      }),
    );
    sim.runToEnd();
    const hops = sim.drainTraces();
    expect(hops.length).toBe(3 * 5 * 2); // 3 windows × 5 requests × 2 hops
    for (const h of hops) {
      expect(h.arrivedMs - h.sentMs).toBeCloseTo(2, 9);
      expect(h.answeredMs - h.leftMs).toBeCloseTo(2, 9);
      expect(h.outcome).toBe('ok');
    }
    const lbHop = hops.find((h) => h.from === 0)!;
    expect(lbHop.leftMs - lbHop.arrivedMs).toBeCloseTo(2 + 3 + 2, 9);
  });
});
