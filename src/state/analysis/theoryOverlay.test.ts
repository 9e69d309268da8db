import { describe, expect, it } from 'vitest';
import type { Scenario, ScenarioNode } from '../scenarioAccess.ts';
import { presets } from '../scenarioAccess.ts';
import { getTheoryVerdict } from './theoryOverlay.ts';

const preset = (id: string): Scenario => presets.find((p) => p.id === id)!.scenario;
const mm4 = preset('mm4-rho-0.9');

const withServer = (s: Scenario, patch: Partial<ScenarioNode>): Scenario => ({
  ...s,
  nodes: s.nodes.map((n) => (n.id === 'server' ? ({ ...n, ...patch } as ScenarioNode) : n)),
});

describe('theory overlay: M/M/c predictions', () => {
  it('the M/M/4 preset at ρ = 0.9: Erlang C, mean 11.88 ms, p99 48.77 ms', () => {
    const v = getTheoryVerdict(mm4, 'server');
    if (!v.ok) throw new Error(v.reasons.join('; '));
    expect(v.servers).toBe(4);
    expect(v.utilization).toBeCloseTo(0.9, 12);
    expect(v.waitProbability).toBeCloseTo(0.78775, 4);
    expect(v.meanMs).toBeCloseTo(11.8775, 3);
    expect(v.p99Ms).toBeCloseTo(48.77, 1);
    expect(v.p50Ms).toBeLessThan(v.meanMs);
  });

  it('M/M/1 preset: p99 = ln(100) × 40 ms', () => {
    const v = getTheoryVerdict(preset('mm1-rho-0.9'), 'server');
    if (!v.ok) throw new Error(v.reasons.join('; '));
    expect(v.meanMs).toBeCloseTo(40, 6);
    expect(v.p99Ms).toBeCloseTo(Math.log(100) * 40, 4);
  });

  it('instances split the arrivals at random: each is M/M/c at λ / instances', () => {
    const v = getTheoryVerdict(withServer(mm4, { instances: 2, workers: 2 }), 'server');
    if (!v.ok) throw new Error(v.reasons.join('; '));
    expect(v.arrivalPerSec).toBe(450);
    expect(v.servers).toBe(2);
  });

  it('says why a node is not an M/M/c station', () => {
    const md1 = getTheoryVerdict(preset('md1-rho-0.9'), 'server');
    expect(md1.ok ? [] : md1.reasons.join(' ')).toMatch(/constant, not exponential/);
    const def = preset('default');
    const client = getTheoryVerdict(def, def.nodes[0]!.id);
    expect(client.ok ? '' : client.reasons[0]).toMatch(/is a client, not a service/);
    const overloaded = getTheoryVerdict(withServer(mm4, { workers: 3 }), 'server');
    expect(overloaded.ok ? '' : overloaded.reasons[0]).toMatch(/overloaded \(ρ = 1\.20/);
    const bounded = getTheoryVerdict(withServer(mm4, { queueCapacity: 10 }), 'server');
    expect(bounded.ok ? '' : bounded.reasons[0]).toMatch(/M\/M\/c\/K/);
    const roomy = getTheoryVerdict(withServer(mm4, { queueCapacity: 200 }), 'server');
    expect(roomy.ok).toBe(true);
    const faulted = getTheoryVerdict(
      { ...mm4, faults: [{ type: 'crash', target: 'server', atMs: 1000, durationMs: 1000 }] },
      'server',
    );
    expect(faulted.ok ? '' : faulted.reasons.join(' ')).toMatch(/faults/);
  });

  it('a round-robin balancer in front is not Poisson; a random one is', () => {
    const def = preset('default');
    const lb = def.nodes.find((n) => n.kind === 'load-balancer')!;
    const service = def.nodes.find((n) => n.kind === 'service')!;
    const rr = getTheoryVerdict(def, service.id);
    const random: Scenario = {
      ...def,
      nodes: def.nodes.map((n) =>
        n.id === lb.id ? ({ ...n, strategy: 'random' } as ScenarioNode) : n,
      ),
    };
    const rand = getTheoryVerdict(random, service.id);
    const text = (v: typeof rr) => (v.ok ? 'ok' : v.reasons.join(' '));
    expect(text(rr)).toMatch(/only a random split/);
    expect(text(rand)).not.toMatch(/only a random split/);
  });
});
