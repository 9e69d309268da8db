/**
 * The engine against queueing theory. Each check runs R independent replications
 * (different seeds) and requires the theoretical value to lie within 4 standard
 * errors of the replication mean AND within a stated relative tolerance, so a
 * pass is neither luck nor a loose bound.
 */
import { describe, expect, it } from 'vitest';
import {
  erlangB,
  mg1MeanWaitMs,
  mm1MeanSojournMs,
  mm1SojournQuantileMs,
  mmcMeanSojournMs,
} from '../lib/queueingTheory.ts';
import { createSimulation } from './simulation.ts';
import type { DistSpec } from './spec.ts';
import type { RunSummary } from './summary.ts';
import { poolSpec, stationSpec } from './testSpecs.ts';

/** Summaries of `reps` independent runs (seeds 1000, 1001, …). */
function replications(reps: number, run: (seed: number) => RunSummary): RunSummary[] {
  return Array.from({ length: reps }, (_, r) => run(1000 + r));
}

/** Mean and standard error of one statistic across replications, and the customers behind it. */
function estimate(
  runs: readonly RunSummary[],
  pick: (s: RunSummary) => number,
): { mean: number; se: number; n: number } {
  const reps = runs.length;
  const xs = runs.map(pick);
  const n = runs.reduce((a, s) => a + s.totals.succeeded, 0);
  const mean = xs.reduce((a, b) => a + b, 0) / reps;
  const sd = Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (reps - 1));
  return { mean, se: sd / Math.sqrt(reps), n };
}

function station(ratePerSec: number, workers: number, serviceTimeMs: DistSpec, durationMs: number) {
  return (seed: number) => {
    const sim = createSimulation(
      stationSpec({ ratePerSec, workers, serviceTimeMs, durationMs, seed }),
    );
    sim.runToEnd();
    return sim.summary();
  };
}

function expectAgreement(
  measured: { mean: number; se: number },
  theory: number,
  relTol: number,
): void {
  expect(Math.abs(measured.mean - theory)).toBeLessThan(4 * measured.se);
  expect(Math.abs(measured.mean - theory) / theory).toBeLessThan(relTol);
}

const EXP4: DistSpec = { type: 'exponential', mean: 4 };
const meanLatency = (s: RunSummary) => s.totals.latencyMs.mean;

describe('engine vs queueing theory', { timeout: 60_000 }, () => {
  it('M/M/1 at ρ = 0.5: W = 1/(μ − λ) = 8 ms (8 × 50 000 customers)', () => {
    const m = estimate(replications(8, station(125, 1, EXP4, 420_000)), meanLatency);
    expect(m.n).toBeGreaterThan(390_000);
    expectAgreement(m, mm1MeanSojournMs(125, 4), 0.01);
  });

  it('M/M/1 at ρ = 0.9: W = 40 ms and p99 = ln(100)·W (8 × 225 000 customers)', () => {
    const runs = replications(8, station(225, 1, EXP4, 1_020_000));
    const m = estimate(runs, meanLatency);
    expect(m.n).toBeGreaterThan(1_700_000);
    expectAgreement(m, mm1MeanSojournMs(225, 4), 0.03);
    const p99 = estimate(runs, (s) => s.totals.latencyMs.p99);
    expectAgreement(p99, mm1SojournQuantileMs(225, 4, 0.99), 0.04);
  });

  it('M/M/4 at ρ = 0.9 matches Erlang C (8 × 450 000 customers)', () => {
    const m = estimate(replications(8, station(900, 4, EXP4, 520_000)), meanLatency);
    expect(m.n).toBeGreaterThan(3_500_000);
    expectAgreement(m, mmcMeanSojournMs(4, 900, 4), 0.02);
  });

  it('M/D/1 at ρ = 0.9 waits half as long as M/M/1 (Pollaczek–Khinchine)', () => {
    const wait = (s: RunSummary) => s.totals.latencyMs.mean - 4;
    const md1 = estimate(
      replications(8, station(225, 1, { type: 'constant', value: 4 }, 1_020_000)),
      wait,
    );
    expectAgreement(md1, mg1MeanWaitMs(225, 4, 16), 0.03);
    expectAgreement(md1, mg1MeanWaitMs(225, 4, 32) / 2, 0.03);
  });

  it('M/M/3/3 (no waiting room) rejects Erlang B of arrivals', () => {
    const rejected = (s: RunSummary) => s.totals.failed / s.totals.requests;
    const runs = replications(8, (seed) => {
      const sim = createSimulation(
        stationSpec({
          ratePerSec: 500,
          workers: 3,
          queueCapacity: 0,
          serviceTimeMs: EXP4,
          durationMs: 220_000,
          seed,
        }),
      );
      sim.runToEnd();
      return sim.summary();
    });
    expectAgreement(estimate(runs, rejected), erlangB(3, 2), 0.02);
    expect(runs[0]!.nodes['svc']!.failures['rejected-queue-full']).toBe(runs[0]!.totals.failed);
  });

  it('utilization equals offered load per worker', () => {
    const s = station(900, 4, EXP4, 200_000)(7);
    expect(s.nodes['svc']!.utilization).toBeCloseTo(0.9, 2);
  });

  it("Little's law L = λW holds at every node of a pool with network latency", () => {
    const sim = createSimulation(
      poolSpec({
        strategy: 'least-connections',
        services: 3,
        ratePerSec: 600,
        workers: 2,
        serviceTimeMs: { type: 'lognormal', mu: Math.log(4), sigma: 0.6 },
        latencyMs: { type: 'uniform', min: 0.5, max: 1.5 },
        durationMs: 300_000,
        warmupMs: 10_000,
      }),
    );
    sim.runToEnd();
    const { nodes } = sim.summary();
    for (const [id, n] of Object.entries(nodes)) {
      const lambdaW = (n.arrivalRatePerSec / 1000) * n.meanTimeInNodeMs;
      expect(n.meanInFlight, id).toBeGreaterThan(0);
      expect(Math.abs(n.meanInFlight - lambdaW) / n.meanInFlight, id).toBeLessThan(0.01);
    }
  });
});
