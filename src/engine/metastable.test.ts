/**
 * A metastable failure (Bronson et al., "Metastable Failures in Distributed
 * Systems", HotOS 2021): load near capacity, timeouts plus retries, and a brief
 * slowdown. The slowdown pushes latency past the timeout; every timed-out
 * attempt is retried while the server still works on it, so the offered load
 * stays above capacity after the trigger is gone — and the system stays down.
 * Without the retries — or with a retry budget, or a circuit breaker — the same
 * trigger is survived.
 */
import { describe, expect, it } from 'vitest';
import { EDGE_METRIC, EDGE_METRIC_COUNT, METRIC, METRIC_COUNT } from './metrics/layout.ts';
import { createSimulation } from './simulation.ts';
import type { EdgePolicySpec, ModelSpec } from './spec.ts';
import { WORKLOAD, edge, model, service } from './testSpecs.ts';

function scenario(policy: EdgePolicySpec): ModelSpec {
  return model(
    [
      {
        kind: 'client',
        id: 'users',
        arrival: { type: 'poisson', ratePerSec: 800 },
        workload: WORKLOAD,
      },
      // 10 workers × 10 ms: capacity 1000/s, so 80 % busy at 800/s.
      service('svc', { workers: 10, serviceTimeMs: { type: 'exponential', mean: 10 } }),
    ],
    [{ ...edge(0, 1), policy }],
    // The trigger: 3 s at a third of the speed, from 30 s.
    {
      durationMs: 120_000,
      seed: 7,
      faults: [{ type: 'slow', node: 1, atMs: 30_000, durationMs: 3000, factor: 3 }],
    },
  );
}

/** Successful requests per second, window by window, as the clients saw them. */
function goodput(spec: ModelSpec): number[] {
  const sim = createSimulation(spec);
  const out: number[] = [];
  while (!sim.done) {
    sim.runUntil(Infinity, 100_000);
    for (const f of sim.drainFrames())
      out.push(f.values[(sim.layout.rows - 1) * METRIC_COUNT + METRIC.completed]!);
  }
  return out;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('metastable failure', { timeout: 30_000 }, () => {
  it('aggressive retries turn a 3 s slowdown into a lasting outage; without retries it is survived', () => {
    const retrying = goodput(
      scenario({
        timeoutMs: 100,
        retry: { maxAttempts: 5, baseMs: 1, multiplier: 1, maxMs: 1, jitter: 'none' },
      }),
    );
    const plain = goodput(scenario({ timeoutMs: 100, retry: null }));
    // Before the trigger both serve the full 800/s.
    expect(mean(retrying.slice(10, 30))).toBeGreaterThan(780);
    expect(mean(plain.slice(10, 30))).toBeGreaterThan(780);
    // Long after the trigger ended (33 s): the retrying system is still down, the other is back.
    expect(mean(retrying.slice(60, 120))).toBeLessThan(10);
    expect(mean(plain.slice(40, 120))).toBeGreaterThan(780);
  });

  it('the same trigger is survived with a retry budget, or with a circuit breaker', () => {
    const storm = { maxAttempts: 5, baseMs: 1, multiplier: 1, maxMs: 1, jitter: 'none' } as const;
    const budgeted = goodput(
      scenario({
        timeoutMs: 100,
        retry: storm,
        retryBudget: { ttlMs: 10_000, minRetriesPerSec: 10, percentCanRetry: 0.1 },
      }),
    );
    expect(mean(budgeted.slice(60, 120))).toBeGreaterThan(780);
    const broken = goodput(
      scenario({
        timeoutMs: 100,
        retry: storm,
        circuitBreaker: {
          mode: 'consecutive',
          failureThreshold: 5,
          openMs: 5000,
          successThreshold: 3,
        },
      }),
    );
    expect(mean(broken.slice(45, 120))).toBeGreaterThan(780);
    // The guide's 60 s open period also recovers — after failing fast for a minute.
    const guide = goodput(
      scenario({
        timeoutMs: 100,
        retry: storm,
        circuitBreaker: {
          mode: 'consecutive',
          failureThreshold: 5,
          openMs: 60_000,
          successThreshold: 3,
        },
      }),
    );
    expect(mean(guide.slice(40, 80))).toBeLessThan(10);
    expect(mean(guide.slice(100, 120))).toBeGreaterThan(780);
  });

  it('is deterministic: the same seed gives the same collapse, window by window', () => {
    const policy: EdgePolicySpec = {
      timeoutMs: 100,
      retry: { maxAttempts: 5, baseMs: 1, multiplier: 1, maxMs: 1, jitter: 'none' },
    };
    expect(goodput(scenario(policy))).toEqual(goodput(scenario(policy)));
  });

  it('streams the breaker state window by window: closed, open at the trigger, half-open, closed again', () => {
    const sim = createSimulation(
      scenario({
        timeoutMs: 100,
        retry: null,
        circuitBreaker: {
          mode: 'consecutive',
          failureThreshold: 5,
          openMs: 5000,
          successThreshold: 3,
        },
      }),
    );
    const states: number[] = [];
    let opens = 0;
    while (!sim.done) {
      sim.runUntil(Infinity, 100_000);
      for (const f of sim.drainFrames()) {
        states.push(f.edgeValues[0 * EDGE_METRIC_COUNT + EDGE_METRIC.breakerState]!);
        opens += f.edgeValues[EDGE_METRIC.breakerOpens]!;
      }
    }
    expect(states.slice(0, 30).every((s) => s === 0)).toBe(true);
    // The 3 s slowdown from 30 s opens it (2 = open) for at least one 5 s period …
    expect(states.slice(30, 36)).toContain(2);
    expect(opens).toBeGreaterThanOrEqual(1);
    // … and long after, it is closed again.
    expect(states.slice(60).every((s) => s === 0)).toBe(true);
    // An edge without a breaker reports -1.
    const plain = createSimulation(scenario({ timeoutMs: 100, retry: null }));
    plain.runUntil(5000, 1_000_000);
    expect(plain.drainFrames()[0]!.edgeValues[EDGE_METRIC.breakerState]).toBe(-1);
  });
});
