import { describe, expect, it } from 'vitest';
import { createSimulation } from '../simulation.ts';
import type { EdgePolicySpec, FaultSpec, ModelSpec } from '../spec.ts';
import { WORKLOAD, edge, model, service } from '../testSpecs.ts';
import { measureRecovery, type TotalsSeries } from './faultRecovery.ts';

/** The metastable-failure model of `metastable.test.ts`: 80 % busy, a 3 s slowdown ×3 at 30 s. */
function metastable(policy: EdgePolicySpec, faults?: FaultSpec[]): ModelSpec {
  return model(
    [
      {
        kind: 'client',
        id: 'users',
        arrival: { type: 'poisson', ratePerSec: 800 },
        workload: WORKLOAD,
      },
      service('svc', { workers: 10, serviceTimeMs: { type: 'exponential', mean: 10 } }),
    ],
    [{ ...edge(0, 1), policy }],
    {
      durationMs: 120_000,
      seed: 7,
      faults: faults ?? [{ type: 'slow', node: 1, atMs: 30_000, durationMs: 3000, factor: 3 }],
    },
  );
}

const RETRYING: EdgePolicySpec = {
  timeoutMs: 100,
  retry: { maxAttempts: 5, baseMs: 1, multiplier: 1, maxMs: 1, jitter: 'none' },
};

function faults(s: ModelSpec) {
  const sim = createSimulation(s);
  sim.runToEnd();
  return sim.summary().faults ?? [];
}

describe('time to recover after each fault', { timeout: 30_000 }, () => {
  it('is null for a metastable failure: the retry storm outlives its 3 s trigger', () => {
    expect(faults(metastable(RETRYING))).toEqual([
      {
        origin: 'timeline',
        type: 'slow',
        target: 'svc',
        atMs: 30_000,
        durationMs: 3000,
        status: 'not-recovered',
        timeToRecoverMs: null,
        goodputRecoveredAfterMs: null,
        p99RecoveredAfterMs: null,
      },
    ]);
  });

  it('is a few seconds when the same slowdown is survived without retries', () => {
    const [fault] = faults(metastable({ timeoutMs: 100, retry: null }));
    expect(fault?.status).toBe('recovered');
    expect(fault?.timeToRecoverMs).toBeGreaterThanOrEqual(0);
    expect(fault?.timeToRecoverMs).toBeLessThan(10_000);
    expect(fault!.timeToRecoverMs).toBe(
      Math.max(fault!.goodputRecoveredAfterMs!, fault!.p99RecoveredAfterMs!),
    );
  });

  it('says why there is no number: the fault outlasts the run, or nothing came before it', () => {
    const late: FaultSpec = { type: 'crash', node: 1, atMs: 100_000, durationMs: 60_000 };
    const early: FaultSpec = { type: 'crash', node: 1, atMs: 500, durationMs: 1000 };
    const plain = { timeoutMs: 100, retry: null };
    expect(faults(metastable(plain, [late]))[0]).toMatchObject({ status: 'ongoing' });
    expect(faults(metastable(plain, [early]))[0]).toMatchObject({ status: 'no-baseline' });
  });

  it('a model without faults has no fault list', () => {
    const sim = createSimulation(metastable(RETRYING, []));
    sim.runUntil(5000);
    expect(sim.summary().faults).toBeUndefined();
  });
});

describe('measureRecovery', () => {
  const series = (goodput: number[], p99: number[]): TotalsSeries => ({
    windowMs: 1000,
    length: goodput.length,
    goodput: Float64Array.from(goodput),
    p99: Float64Array.from(p99),
  });

  it('needs both metrics back, for 5 windows in a row; noise within 3 σ of the baseline is fine', () => {
    const good = [100, 96, 104, 98, 102, 0, 0, 60, 97, 103, 95, 99, 101, 100, 98];
    const p99 = [10, 11, 9, 10, 10, NaN, NaN, 50, 30, 12, 10, 11, 10, 10, 9];
    const m = measureRecovery(series(good, p99), { atMs: 5000, durationMs: 2000 }, 15_000);
    // Goodput is back at window 8 (97 ≥ 100 − 10); p99 at window 9 (12 ≤ 10 + 2.5 + 3σ).
    expect(m).toEqual({
      status: 'recovered',
      timeToRecoverMs: 2000,
      goodputRecoveredAfterMs: 1000,
      p99RecoveredAfterMs: 2000,
    });
  });

  it('is not recovered when the run ends before the metric has been back for 5 windows', () => {
    const good = [100, 100, 100, 0, 0, 100, 100, 100];
    const m = measureRecovery(
      series(
        good,
        good.map(() => 10),
      ),
      { atMs: 3000, durationMs: 2000 },
      8000,
    );
    expect(m.status).toBe('not-recovered');
    expect(m.timeToRecoverMs).toBeNull();
  });
});
