import { describe, expect, it } from 'vitest';
import { createSimulation } from '../simulation.ts';
import type { ModelSpec, NodeSpec, ServiceSpec } from '../spec.ts';
import { WORKLOAD, edge, model, service } from '../testSpecs.ts';

const C = (value: number) => ({ type: 'constant', value }) as const;

/** client → front service → two back services (constant times). */
function chain(
  front: Partial<ServiceSpec>,
  readRatio = 1,
  when: ('always' | 'reads' | 'writes')[] = ['always', 'always'],
): ModelSpec {
  const nodes: NodeSpec[] = [
    {
      kind: 'client',
      id: 'users',
      arrival: { type: 'poisson', ratePerSec: 50 },
      workload: { ...WORKLOAD, readRatio },
    },
    service('front', { workers: 100, serviceTimeMs: C(1), ...front }),
    service('a', { workers: 100, serviceTimeMs: C(10) }),
    service('b', { workers: 100, serviceTimeMs: C(20) }),
  ];
  return model(nodes, [edge(0, 1), edge(1, 2, null, when[0]), edge(1, 3, null, when[1])], {
    durationMs: 20_000,
  });
}

function run(spec: ModelSpec) {
  const sim = createSimulation(spec);
  sim.runToEnd();
  return sim.summary();
}

describe('service', { timeout: 30_000 }, () => {
  it('calls downstream edges one after another (sequential) or all at once (parallel)', () => {
    expect(run(chain({ callMode: 'sequential' })).totals.latencyMs.mean).toBeCloseTo(
      1 + 10 + 20,
      6,
    );
    expect(run(chain({ callMode: 'parallel' })).totals.latencyMs.mean).toBeCloseTo(1 + 20, 6);
  });

  it('calls an edge only for reads or only for writes when it says so', () => {
    const s = run(chain({}, 0.7, ['reads', 'writes']));
    const reads = s.nodes['a']!.arrivals;
    const writes = s.nodes['b']!.arrivals;
    expect(reads + writes).toBe(s.nodes['front']!.arrivals);
    expect(reads / (reads + writes)).toBeCloseTo(0.7, 1);
  });

  it('holds the worker during downstream calls only in thread-per-request mode', () => {
    const held = run(chain({ workers: 1, holdWorkerDuringCalls: true }));
    const freed = run(chain({ workers: 1, holdWorkerDuringCalls: false }));
    // One worker busy for 31 ms per request at 50/s is 155 % load: it saturates; freed after 1 ms it is 5 %.
    expect(held.nodes['front']!.utilization).toBeGreaterThan(0.99);
    expect(freed.nodes['front']!.utilization).toBeCloseTo(0.05, 2);
    expect(freed.totals.latencyMs.mean).toBeLessThan(40);
  });

  it('fails with the injected error rate, and stops the chain at the first failure', () => {
    const s = run(chain({ errorRate: 0.2 }));
    const share = s.nodes['front']!.failures['injected-error']! / s.nodes['front']!.arrivals;
    expect(share).toBeCloseTo(0.2, 1);
    expect(s.nodes['a']!.arrivals).toBe(
      s.nodes['front']!.arrivals - s.nodes['front']!.failures['injected-error']!,
    );
  });

  it('spreads calls over instances, each with its own workers', () => {
    const spec = model(
      [
        {
          kind: 'client',
          id: 'users',
          arrival: { type: 'poisson', ratePerSec: 600 },
          workload: WORKLOAD,
        },
        service('svc', {
          instances: 3,
          workers: 1,
          serviceTimeMs: { type: 'exponential', mean: 4 },
        }),
      ],
      [edge(0, 1)],
      { durationMs: 60_000 },
    );
    const s = run(spec).nodes['svc']!;
    expect(s['instances']).toBe(3);
    expect(s.utilization).toBeCloseTo(0.8, 1); // 600/s × 4 ms over 3 workers
    // Random split over three M/M/1 at ρ = 0.8: W = 4 / (1 − 0.8) = 20 ms.
    expect(s.latencyMs.mean / 20).toBeGreaterThan(0.85);
    expect(s.latencyMs.mean / 20).toBeLessThan(1.15);
  });

  it('a crash fails every call the service holds and refuses new ones until it recovers', () => {
    const spec = {
      ...chain({}),
      faults: [{ type: 'crash' as const, node: 2, atMs: 5000, durationMs: 2000 }],
    };
    const s = run(spec);
    const down = s.nodes['a']!.failures['node-down']!;
    expect(down / (2 * 50)).toBeGreaterThan(0.8); // ~2 s × 50/s
    expect(down / (2 * 50)).toBeLessThan(1.2);
    expect(s.totals.failed).toBe(down);
    expect(s.totals.succeeded + s.totals.failed).toBeLessThanOrEqual(s.totals.requests);
  });
});
