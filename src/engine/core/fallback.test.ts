/**
 * Fallbacks: what the caller answers when a call has finally failed. `default`
 * and `stale` answer at once, `pending` answers "accepted, pending" and settles
 * the call later; every such answer is a success flagged *degraded*, so goodput
 * (completed − degraded) can be told from throughput, at every node above.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EDGE_METRIC, EDGE_METRIC_COUNT, METRIC, METRIC_COUNT } from '../metrics/layout.ts';
import { createSimulation } from '../simulation.ts';
import type { EdgePolicySpec, FallbackSpec, FaultSpec, ModelSpec, WorkloadSpec } from '../spec.ts';
import { WORKLOAD, edge, model, service } from '../testSpecs.ts';

const C = (value: number) => ({ type: 'constant', value }) as const;
const NO_POLICY: EdgePolicySpec = { timeoutMs: Infinity, retry: null };

/** users → svc at 100/s; `svc` fails everything during [10 s, 20 s). */
function guarded(
  policy: Partial<EdgePolicySpec>,
  opts: { workload?: WorkloadSpec; faults?: FaultSpec[]; durationMs?: number } = {},
): ModelSpec {
  return model(
    [
      {
        kind: 'client',
        id: 'users',
        arrival: { type: 'constant', ratePerSec: 100 },
        workload: opts.workload ?? WORKLOAD,
      },
      service('svc', { workers: 1000, serviceTimeMs: C(1) }),
    ],
    [{ ...edge(0, 1), policy: { ...NO_POLICY, ...policy } }],
    {
      durationMs: opts.durationMs ?? 30_000,
      faults: opts.faults ?? [
        { type: 'errors', node: 1, atMs: 10_000, durationMs: 10_000, probability: 1 },
      ],
    },
  );
}

function run(spec: ModelSpec) {
  const sim = createSimulation(spec);
  const edgeSums = new Float64Array(EDGE_METRIC_COUNT);
  const totals: { completed: number; degraded: number; failed: number }[] = [];
  const pendingOpen: number[] = [];
  while (!sim.done) {
    sim.runUntil(Infinity, 100_000);
    for (const f of sim.drainFrames()) {
      for (let m = 0; m < EDGE_METRIC_COUNT; m++) edgeSums[m]! += f.edgeValues[m]!;
      pendingOpen.push(f.edgeValues[EDGE_METRIC.pendingOpen]!);
      const o = (sim.layout.rows - 1) * METRIC_COUNT;
      totals.push({
        completed: f.values[o + METRIC.completed]!,
        degraded: f.values[o + METRIC.degraded]!,
        failed: f.values[o + METRIC.failed]!,
      });
    }
  }
  const edgeSum = (m: keyof typeof EDGE_METRIC) => edgeSums[EDGE_METRIC[m]]!;
  return { summary: sim.summary(), edgeSum, totals, pendingOpen };
}

const keys = (count: number, readRatio = 1): WorkloadSpec => ({
  ...WORKLOAD,
  readRatio,
  keyCount: count,
});

describe('fallbacks', { timeout: 60_000 }, () => {
  it('error (or none): the failure propagates; nothing is degraded', () => {
    const none = run(guarded({})).summary;
    const error = run(guarded({ fallback: { type: 'error' } })).summary;
    expect(error).toEqual(none);
    expect(none.totals.failed).toBe(1000);
    expect(none.totals.degraded).toBe(0);
    expect(none.totals.goodputPerSec).toBeCloseTo(none.totals.throughputPerSec, 12);
  });

  it('default: every failed call is answered with a default value — a success, but degraded', () => {
    const { summary, edgeSum, totals } = run(guarded({ fallback: { type: 'default' } }));
    expect(summary.totals.failed).toBe(0);
    expect(summary.totals.succeeded).toBe(summary.totals.requests);
    expect(summary.totals.degraded).toBe(1000);
    expect(edgeSum('fallbacks')).toBe(1000);
    expect(summary.nodes['users']!['fallbacks']).toBe(1000);
    // Throughput stays at 100/s; goodput drops to 0 while the callee fails.
    expect(totals.slice(11, 19).every((w) => w.completed === 100 && w.degraded === 100)).toBe(true);
    expect(totals.slice(21).every((w) => w.degraded === 0)).toBe(true);
    expect(summary.totals.goodputPerSec).toBeCloseTo((summary.totals.succeeded - 1000) / 30, 9);
  });

  it('stale: answers a read from the last good answer for its key, when the edge still has one', () => {
    // 10 keys, all read before the fault: every read during the fault has a copy.
    const all = run(
      guarded(
        { fallback: { type: 'stale', capacity: 10, maxAgeMs: Infinity } },
        { workload: keys(10) },
      ),
    );
    expect(all.summary.totals.failed).toBe(0);
    expect(all.summary.totals.degraded).toBe(1000);
    // Room for only 2 of the 10 keys (LRU): most reads find no copy and fail.
    const small = run(
      guarded(
        { fallback: { type: 'stale', capacity: 2, maxAgeMs: Infinity } },
        { workload: keys(10) },
      ),
    );
    expect(small.edgeSum('fallbacks') / 1000).toBeGreaterThan(0.1);
    expect(small.edgeSum('fallbacks') / 1000).toBeLessThan(0.35);
    expect(small.summary.totals.failed).toBe(1000 - small.edgeSum('fallbacks'));
    // Copies older than 2 s are no use: each key's last good read was in the
    // second before the fault, so the first second is covered and none after 12 s.
    const aged = run(
      guarded(
        { fallback: { type: 'stale', capacity: 10, maxAgeMs: 2000 } },
        { workload: keys(10) },
      ),
    );
    expect(aged.totals[10]!.failed).toBe(0);
    expect(aged.totals[11]!.failed).toBeGreaterThan(0);
    expect(aged.totals.slice(12, 20).every((w) => w.failed === 100)).toBe(true);
  });

  it('stale: a write has no copy to answer from, so it fails', () => {
    const { summary, edgeSum } = run(
      guarded(
        { fallback: { type: 'stale', capacity: 100, maxAgeMs: Infinity } },
        { workload: keys(10, 0.5) },
      ),
    );
    const writesFailed = summary.totals.failed;
    expect(writesFailed).toBeGreaterThan(400);
    expect(writesFailed).toBeLessThan(600);
    expect(writesFailed + edgeSum('fallbacks')).toBe(1000);
  });

  it('pending: answers "accepted, pending" at once and settles each call later with the callee', () => {
    const pending: FallbackSpec = {
      type: 'pending',
      reconcileAfterMs: 15_000,
      maxReconcileAttempts: 3,
    };
    const { summary, edgeSum, pendingOpen } = run(
      guarded({ fallback: pending }, { durationMs: 40_000 }),
    );
    expect(summary.totals.failed).toBe(0);
    expect(summary.totals.degraded).toBe(1000);
    // Accepted during the fault; each is sent again 15 s later, when the callee is well again.
    expect(pendingOpen[19]).toBe(1000);
    expect(edgeSum('reconciled')).toBe(1000);
    expect(edgeSum('reconcileFailed')).toBe(0);
    expect(pendingOpen.at(-1)).toBe(0);
    const users = summary.nodes['users']!;
    expect(users['pendingAccepted']).toBe(1000);
    expect(users['reconciled']).toBe(1000);
    // The reconciliations are real calls: the callee saw every request twice over the fault.
    expect(summary.nodes['svc']!.arrivals).toBe(summary.totals.requests + 1000);
  });

  it('pending: a call still failing after the last reconciliation is given up', () => {
    const pending: FallbackSpec = {
      type: 'pending',
      reconcileAfterMs: 2000,
      maxReconcileAttempts: 3,
    };
    const broken: FaultSpec[] = [
      { type: 'errors', node: 1, atMs: 0, durationMs: 60_000, probability: 1 },
    ];
    const { summary, edgeSum } = run(
      guarded({ fallback: pending }, { faults: broken, durationMs: 20_000 }),
    );
    const users = summary.nodes['users']!;
    expect(edgeSum('reconciled')).toBe(0);
    // Accepted before 14 s: three rounds (at +2, +4, +6 s) all failed by 20 s.
    expect(edgeSum('reconcileFailed')).toBeGreaterThan(1300);
    expect(users['reconcileFailed']).toBe(edgeSum('reconcileFailed'));
    const accepted = edgeSum('fallbacks');
    expect(users['pendingAtEnd']).toBe(accepted - edgeSum('reconcileFailed'));
    // Each given-up call went to the callee 1 + 3 times; one still pending, 1 + at most 2.
    const arrivals = summary.nodes['svc']!.arrivals;
    expect(arrivals).toBeGreaterThanOrEqual(accepted + 3 * edgeSum('reconcileFailed'));
    expect(arrivals).toBeLessThanOrEqual(
      accepted + 3 * edgeSum('reconcileFailed') + 2 * (users['pendingAtEnd'] as number),
    );
  });

  it('answers calls refused by the rate limiter, an open breaker and a full bulkhead too', () => {
    const { summary, edgeSum } = run(
      guarded(
        { rateLimit: { ratePerSec: 50, burst: 1 }, fallback: { type: 'default' } },
        { faults: [] },
      ),
    );
    expect(summary.totals.failed).toBe(0);
    expect(edgeSum('rateLimited')).toBeGreaterThan(1400);
    expect(summary.totals.degraded).toBe(edgeSum('rateLimited'));
    const breaker = {
      mode: 'consecutive',
      failureThreshold: 5,
      openMs: 60_000,
      successThreshold: 3,
    } as const;
    const open = run(guarded({ circuitBreaker: breaker, fallback: { type: 'default' } }));
    // 5 failures open it; the other 995 calls of the fault are refused by it — all answered.
    expect(open.summary.nodes['svc']!.failed).toBe(5);
    expect(open.summary.totals.failed).toBe(0);
    expect(open.summary.totals.degraded).toBeGreaterThan(1000);
    // A bulkhead's refusals too: 100/s of 50 ms calls need 5 at once; it allows 2.
    const slow = model(
      [
        {
          kind: 'client',
          id: 'users',
          arrival: { type: 'constant', ratePerSec: 100 },
          workload: WORKLOAD,
        },
        service('svc', { workers: 1000, serviceTimeMs: C(50) }),
      ],
      [
        {
          ...edge(0, 1),
          policy: {
            ...NO_POLICY,
            bulkhead: { maxConcurrent: 2, maxWaiting: 0 },
            fallback: { type: 'default' },
          },
        },
      ],
      { durationMs: 10_000 },
    );
    const full = run(slow).summary;
    expect(full.totals.failed).toBe(0);
    expect(full.totals.degraded).toBeGreaterThan(500);
    expect(full.totals.degraded).toBe(full.totals.requests - full.nodes['svc']!.arrivals);
  });

  it('degraded answers travel up: every node above the fallback counts them', () => {
    const spec = model(
      [
        {
          kind: 'client',
          id: 'users',
          arrival: { type: 'constant', ratePerSec: 100 },
          workload: WORKLOAD,
        },
        service('api', { workers: 100, serviceTimeMs: C(1) }),
        service('orders', { workers: 100, serviceTimeMs: C(1) }),
        service('payments', { workers: 100, serviceTimeMs: C(1) }),
      ],
      [
        { ...edge(0, 1), policy: { ...NO_POLICY, retry: null } },
        edge(1, 2),
        { ...edge(2, 3), policy: { ...NO_POLICY, fallback: { type: 'default' } } },
      ],
      {
        durationMs: 30_000,
        faults: [{ type: 'errors', node: 3, atMs: 10_000, durationMs: 10_000, probability: 1 }],
      },
    );
    const { summary } = createSimulationSummary(spec);
    expect(summary.nodes['payments']!.failed).toBe(1000);
    expect(summary.nodes['payments']!.degraded).toBe(0);
    expect(summary.nodes['orders']!.degraded).toBe(1000);
    expect(summary.nodes['api']!.degraded).toBe(1000);
    expect(summary.totals.degraded).toBe(1000);
    expect(summary.totals.failed).toBe(0);
  });
});

describe(
  'fallbacks and rate limits keep the engine invariants (fast-check)',
  { timeout: 60_000 },
  () => {
    const fallbackArb: fc.Arbitrary<FallbackSpec> = fc.oneof(
      fc.constant({ type: 'error' } as const),
      fc.constant({ type: 'default' } as const),
      fc.record({
        type: fc.constant('stale' as const),
        capacity: fc.integer({ min: 1, max: 20 }),
        maxAgeMs: fc.constantFrom(Infinity, 500, 3000),
      }),
      fc.record({
        type: fc.constant('pending' as const),
        reconcileAfterMs: fc.integer({ min: 1, max: 3000 }),
        maxReconcileAttempts: fc.integer({ min: 1, max: 4 }),
      }),
    );
    const specArb = fc
      .record({
        fallback: fallbackArb,
        rate: fc.option(fc.double({ min: 1, max: 300, noNaN: true }), { nil: undefined }),
        timeoutMs: fc.constantFrom(Infinity, 3, 20),
        retries: fc.integer({ min: 1, max: 3 }),
        probability: fc.double({ min: 0, max: 1, noNaN: true }),
        seed: fc.integer({ min: 0, max: 2 ** 31 }),
      })
      .map(({ fallback, rate, timeoutMs, retries, probability, seed }): ModelSpec => {
        const base = guarded(
          {
            timeoutMs,
            retry: { maxAttempts: retries, baseMs: 5, multiplier: 2, maxMs: 50, jitter: 'full' },
            fallback,
            ...(rate === undefined ? {} : { rateLimit: { ratePerSec: rate, burst: 3 } }),
          },
          {
            workload: keys(8, 0.7),
            durationMs: 6000,
            faults: [{ type: 'errors', node: 1, atMs: 2000, durationMs: 2000, probability }],
          },
        );
        return {
          ...base,
          seed,
          nodes: base.nodes.map((n) =>
            n.kind === 'service' ? { ...n, serviceTimeMs: { type: 'exponential', mean: 4 } } : n,
          ),
        };
      });

    it('conserve requests, keep degraded ≤ completed, and repeat exactly with the same seed', () => {
      fc.assert(
        fc.property(specArb, (spec) => {
          const sim = createSimulation(spec, { hashEvents: true });
          const rows = sim.layout.rows;
          const arrived = new Float64Array(rows);
          const finished = new Float64Array(rows);
          while (!sim.done) {
            sim.runUntil(Infinity, 997);
            for (const f of sim.drainFrames()) {
              for (let r = 0; r < rows; r++) {
                const v = (m: keyof typeof METRIC) => f.values[r * METRIC_COUNT + METRIC[m]]!;
                arrived[r]! += v('arrivals');
                finished[r]! += v('completed') + v('failed');
                expect(arrived[r]).toBe(finished[r]! + v('inFlight'));
                expect(v('degraded')).toBeLessThanOrEqual(v('completed'));
              }
              expect(f.edgeValues[EDGE_METRIC.pendingOpen]).toBeGreaterThanOrEqual(0);
            }
          }
          const again = createSimulation(spec, { hashEvents: true });
          again.runToEnd();
          expect(again.eventLogHash()).toBe(sim.eventLogHash());
          expect(again.summary()).toEqual(sim.summary());
        }),
        { numRuns: 40, seed: 20261125 },
      );
    });
  },
);

function createSimulationSummary(spec: ModelSpec) {
  const sim = createSimulation(spec);
  sim.runToEnd();
  return { summary: sim.summary() };
}
