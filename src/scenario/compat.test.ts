/**
 * Back-compatibility: the fixtures that existed before caches, shards, queues
 * and faults compile to exactly what they compiled to then
 * (`testing/legacy-compiled.json`, produced by the previous `compileScenario`),
 * and every field added since holds its neutral default.
 */
import { describe, expect, it } from 'vitest';
import { compileScenario } from './compile.ts';
import { presets } from './presets.ts';
import legacy from './testing/legacy-compiled.json' with { type: 'json' };

/** JSON cannot hold Infinity: the snapshot writes it as the string "Infinity". */
const revive = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value), (_k, v: unknown) => (v === 'Infinity' ? Infinity : v));

/** The fields the old spec had, from a new spec. */
function legacyView(spec: ReturnType<typeof compileScenario>): unknown {
  const { seed, durationMs, warmupMs, windowMs, traceSamplePerWindow } = spec;
  const nodes = spec.nodes.map((n) => {
    switch (n.kind) {
      case 'client':
        return {
          kind: n.kind,
          id: n.id,
          arrival: n.arrival,
          workload: { readRatio: n.workload.readRatio, keyCount: n.workload.keyCount },
        };
      case 'load-balancer':
        return { kind: n.kind, id: n.id, strategy: n.strategy };
      case 'service':
        return {
          kind: n.kind,
          id: n.id,
          workers: n.workers,
          queueCapacity: n.queueCapacity,
          serviceTimeMs: n.serviceTimeMs,
        };
      default:
        return n;
    }
  });
  const edges = spec.edges.map(({ from, to, latencyMs }) => ({ from, to, latencyMs }));
  return { seed, durationMs, warmupMs, windowMs, nodes, edges, traceSamplePerWindow };
}

const old = revive(legacy) as Record<string, unknown>;

describe('back-compatibility of the old fixtures', () => {
  const ids = Object.keys(old);

  it('covers the six fixtures of the first version', () => {
    expect(ids).toEqual([
      'closed-loop',
      'default',
      'md1-rho-0.9',
      'mm1-rho-0.9',
      'mm4-rho-0.9',
      'power-of-two',
    ]);
  });

  it.each(ids)('%s compiles as before, new fields neutral', (id) => {
    const scenario = presets.find((p) => p.id === id)?.scenario;
    if (scenario === undefined) throw new Error(`no preset ${id}`);
    const spec = compileScenario(scenario);
    expect(legacyView(spec)).toEqual(old[id]);
    expect(spec.faults).toEqual([]);
    for (const edge of spec.edges) expect(edge.when).toBe('always');
    for (const node of spec.nodes) {
      if (node.kind === 'service') {
        expect(node).toMatchObject({
          instances: 1,
          weight: 1,
          errorRate: 0,
          callMode: 'sequential',
          holdWorkerDuringCalls: true,
        });
      } else if (node.kind === 'load-balancer') {
        expect(node).toMatchObject({
          healthCheck: null,
          maxConnectionsPerTarget: Infinity,
          maxPending: 0,
        });
      } else if (node.kind === 'client') {
        expect(node.workload).toMatchObject({ batchSize: 1, crossShardRatio: 0 });
      }
    }
  });
});
