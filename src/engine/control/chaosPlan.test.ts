/** Chaos mode in a running simulation: seeded, real faults, one stream per node id. */
import { describe, expect, it } from 'vitest';
import { METRIC, METRIC_COUNT } from '../metrics/layout.ts';
import { createSimulation } from '../simulation.ts';
import type { ChaosSpec, ModelSpec } from '../spec.ts';
import { poolSpec, service } from '../testSpecs.ts';
import type { FaultLogEvent } from './controlLog.ts';

const CHAOS: ChaosSpec = {
  seed: 5,
  timeBetweenFailures: { type: 'exponential', mean: 20_000 },
  timeToRepair: { type: 'exponential', mean: 3000 },
  startMs: 5000,
  targets: [2, 3, 4].map((node) => ({ node, mix: [{ weight: 1, fault: { type: 'crash' } }] })),
};

function spec(chaos: ChaosSpec = CHAOS): ModelSpec {
  const base = poolSpec({
    strategy: 'round-robin',
    services: 3,
    ratePerSec: 300,
    workers: 4,
    serviceTimeMs: { type: 'exponential', mean: 5 },
    durationMs: 120_000,
  });
  return { ...base, chaos };
}

function faultLog(s: ModelSpec): FaultLogEvent[] {
  const sim = createSimulation(s);
  sim.runToEnd();
  return sim.drainControlEvents().filter((e): e is FaultLogEvent => e.kind === 'fault');
}

const starts = (log: readonly FaultLogEvent[]) =>
  log.filter((e) => e.phase === 'start').map((e) => `${e.target}@${e.atMs.toFixed(3)}`);

describe('chaos mode', { timeout: 30_000 }, () => {
  it('the same seed gives the same faults and the same run; another seed other faults', () => {
    const a = createSimulation(spec());
    a.runToEnd();
    const b = createSimulation(spec());
    b.runToEnd();
    expect(b.summary()).toEqual(a.summary());
    const first = starts(faultLog(spec()));
    expect(first.length).toBeGreaterThan(5);
    expect(starts(faultLog(spec()))).toEqual(first);
    expect(starts(faultLog(spec({ ...CHAOS, seed: 6 })))).not.toEqual(first);
  });

  it('faults start after startMs, never overlap on a node, and really take the node down', () => {
    const s = spec();
    const sim = createSimulation(s);
    sim.runToEnd();
    const log = sim.drainControlEvents().filter((e): e is FaultLogEvent => e.kind === 'fault');
    const frames = sim.drainFrames();
    for (const id of ['svc-0', 'svc-1', 'svc-2']) {
      const mine = log.filter((e) => e.target === id);
      mine.forEach((e, i) => {
        expect(e.phase).toBe(i % 2 === 0 ? 'start' : 'end'); // start, end, start, end…
        expect(e.origin).toBe('chaos');
        expect(e.atMs).toBeGreaterThanOrEqual(5000);
      });
      const row = s.nodes.findIndex((n) => n.id === id);
      const down = frames.filter((f) => f.values[row * METRIC_COUNT + METRIC.instances] === 0);
      const crashes = mine.filter((e) => e.phase === 'start' && e.atMs < 119_000);
      if (crashes.some((e) => e.durationMs > 1000)) expect(down.length).toBeGreaterThan(0);
    }
    const nodeDown = ['svc-0', 'svc-1', 'svc-2'].map(
      (id) => sim.summary().nodes[id]!.failures['node-down'] ?? 0,
    );
    expect(nodeDown.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(sim.summary().faultCount).toBe(log.filter((e) => e.phase === 'start').length);
  });

  it('adding a node does not move the faults of the others (streams are named by node id)', () => {
    const s = spec();
    const extra = service('spare', { serviceTimeMs: { type: 'constant', value: 1 } });
    const grown: ModelSpec = { ...s, nodes: [...s.nodes, extra] };
    expect(starts(faultLog(grown))).toEqual(starts(faultLog(s)));
  });

  it('a node partition is one chaos fault cutting every edge of the node', () => {
    const chaos: ChaosSpec = {
      ...CHAOS,
      targets: [{ node: 2, mix: [{ weight: 1, fault: { type: 'partition' } }] }],
    };
    const log = faultLog(spec(chaos));
    expect(log.length).toBeGreaterThan(0);
    expect(new Set(log.map((e) => `${e.type} ${e.target}`))).toEqual(new Set(['partition svc-0']));
  });

  it('draws each fault type by weight from the node’s mix', () => {
    const chaos: ChaosSpec = {
      ...CHAOS,
      timeBetweenFailures: { type: 'exponential', mean: 2000 },
      timeToRepair: { type: 'exponential', mean: 500 },
      targets: [2, 3, 4].map((node) => ({
        node,
        mix: [
          { weight: 3, fault: { type: 'slow', factor: 4 } },
          { weight: 1, fault: { type: 'errors', probability: 0.5 } },
        ],
      })),
    };
    const types = faultLog(spec(chaos))
      .filter((e) => e.phase === 'start')
      .map((e) => e.type);
    const slow = types.filter((t) => t === 'slow').length;
    expect(types.length).toBeGreaterThan(100);
    expect(slow / types.length).toBeGreaterThan(0.65);
    expect(slow / types.length).toBeLessThan(0.85);
  });
});
