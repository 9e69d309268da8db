/**
 * The rate-limit edge policy: a token bucket on the caller's side. A call (or
 * retry) finding no token fails at once with `rejected-rate-limit` and never
 * reaches the callee.
 */
import { describe, expect, it } from 'vitest';
import { EDGE_METRIC, EDGE_METRIC_COUNT, METRIC, METRIC_COUNT } from '../metrics/layout.ts';
import { createSimulation } from '../simulation.ts';
import type { EdgePolicySpec, ModelSpec, ServiceSpec } from '../spec.ts';
import { WORKLOAD, edge, model, service } from '../testSpecs.ts';

const C = (value: number) => ({ type: 'constant', value }) as const;

function limited(
  ratePerSec: number,
  policy: Partial<EdgePolicySpec>,
  svc: Partial<ServiceSpec> = {},
): ModelSpec {
  return model(
    [
      {
        kind: 'client',
        id: 'users',
        arrival: { type: 'constant', ratePerSec },
        workload: WORKLOAD,
      },
      service('svc', { workers: 1000, serviceTimeMs: C(1), ...svc }),
    ],
    [{ ...edge(0, 1), policy: { timeoutMs: Infinity, retry: null, ...policy } }],
    { durationMs: 20_000 },
  );
}

/** Per window: arrivals at the service, and the edge's rate-limited attempts. */
function windows(spec: ModelSpec) {
  const sim = createSimulation(spec);
  const arrivals: number[] = [];
  const refused: number[] = [];
  while (!sim.done) {
    sim.runUntil(Infinity, 100_000);
    for (const f of sim.drainFrames()) {
      arrivals.push(f.values[1 * METRIC_COUNT + METRIC.arrivals]!);
      refused.push(f.edgeValues[0 * EDGE_METRIC_COUNT + EDGE_METRIC.rateLimited]!);
    }
  }
  return { arrivals, refused, summary: sim.summary() };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('rate limit (token bucket on the caller side)', { timeout: 30_000 }, () => {
  it('honours the burst, then lets exactly ratePerSec through; the rest fail at once as rejected-rate-limit', () => {
    // 1000 calls/s against 10 tokens/s and a bucket of 20 that starts full.
    const { arrivals, refused, summary } = windows(
      limited(1000, { rateLimit: { ratePerSec: 10, burst: 20 } }),
    );
    // First second: the full bucket (20) plus the tokens that flowed in by the
    // window's last call (one every 100 ms: 9 by 999 ms).
    expect(arrivals[0]).toBe(29);
    // Every later second: the rate, and never more.
    for (const n of arrivals.slice(1)) expect(n).toBeGreaterThanOrEqual(9);
    for (const n of arrivals.slice(1)) expect(n).toBeLessThanOrEqual(11);
    expect(sum(arrivals)).toBeLessThanOrEqual(20 + 10 * 20);
    const users = summary.nodes['users']!;
    // Refused calls never reached the callee; each is a failure with its own cause.
    expect(users.failures['rejected-rate-limit']).toBe(sum(refused));
    expect(sum(refused) + sum(arrivals)).toBe(summary.totals.requests);
    expect(summary.nodes['users']!['rateLimited']).toBe(sum(refused));
    // Fails at once: no waiting for a token.
    expect(summary.nodes['users']!.meanTimeInNodeMs).toBeLessThan(1);
  });

  it('lets everything through when the rate is above the offered load', () => {
    const { refused, summary } = windows(limited(50, { rateLimit: { ratePerSec: 60, burst: 1 } }));
    expect(sum(refused)).toBe(0);
    expect(summary.totals.failed).toBe(0);
  });

  it('retries take tokens too: each attempt is a call', () => {
    // 5 requests/s is under the 10 tokens/s, but every attempt fails and is retried.
    const retry = { maxAttempts: 3, baseMs: 10, multiplier: 1, maxMs: 10, jitter: 'none' } as const;
    const rateLimit = { ratePerSec: 10, burst: 1 };
    const plain = windows(limited(5, { rateLimit }, { errorRate: 1 }));
    expect(sum(plain.refused)).toBe(0);
    const { arrivals, refused, summary } = windows(
      limited(5, { retry, rateLimit }, { errorRate: 1 }),
    );
    // The retries find the bucket empty: the limit holds for attempts, not requests.
    expect(sum(refused)).toBeGreaterThan(50);
    expect(sum(arrivals)).toBeLessThanOrEqual(1 + 10 * 20);
    const failures = summary.nodes['users']!.failures;
    expect(failures['rejected-rate-limit']).toBe(sum(refused));
    expect((failures['injected-error'] ?? 0) + sum(refused)).toBe(summary.totals.failed);
  });

  it('an open breaker spends no tokens: calls refused by it leave the bucket full', () => {
    // Every call fails, so the breaker opens after 5 and stays open; the bucket refills meanwhile.
    const breaker = {
      mode: 'consecutive',
      failureThreshold: 5,
      openMs: 60_000,
      successThreshold: 3,
    } as const;
    const { refused, summary } = windows(
      limited(
        100,
        { circuitBreaker: breaker, rateLimit: { ratePerSec: 1, burst: 10 } },
        { errorRate: 1 },
      ),
    );
    expect(summary.nodes['svc']!.arrivals).toBe(5);
    // 5 tokens spent; the breaker refused the rest before they could take one.
    expect(sum(refused)).toBe(0);
    expect(summary.nodes['users']!.failures['rejected-breaker-open']).toBe(
      summary.totals.requests - 5,
    );
  });
});
