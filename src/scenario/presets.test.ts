import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation, type ControlEvent, type RunSummary } from '../engine/index.ts';
import { compileScenario } from './compile.ts';
import { defaultScenario, presets } from './presets.ts';
import { validateScenario } from './validate.ts';

const FIXTURES = new URL('./fixtures/', import.meta.url);

describe('presets', () => {
  it('includes every fixture file, each valid', () => {
    const files = readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.json'))
      .sort();
    expect(presets.map((p) => `${p.id}.json`).sort()).toEqual(files);
    for (const file of files) {
      const result = validateScenario(JSON.parse(readFileSync(new URL(file, FIXTURES), 'utf8')));
      expect(result.ok ? [] : result.errors, file).toEqual([]);
    }
  });

  it('has unique ids, a title, a description and a position for every node', () => {
    expect(new Set(presets.map((p) => p.id)).size).toBe(presets.length);
    for (const p of presets) {
      expect(p.title).not.toBe('');
      expect(p.description).not.toBe('');
      for (const node of p.scenario.nodes) {
        expect(node.x, `${p.id}/${node.id}`).toBeTypeOf('number');
        expect(node.y, `${p.id}/${node.id}`).toBeTypeOf('number');
      }
    }
  });

  it('starts a new document as "Round robin over three services"', () => {
    expect(defaultScenario.name).toBe('Round robin over three services');
    expect(defaultScenario.nodes.map((n) => n.id)).toEqual([
      'users',
      'lb',
      'api-1',
      'api-2',
      'api-3',
    ]);
    expect(defaultScenario).toMatchObject({ seed: 42, durationMs: 120_000, warmupMs: 10_000 });
  });

  it('sets the M/M/1 preset at ρ = 0.9', () => {
    const mm1 = presets.find((p) => p.id === 'mm1-rho-0.9')?.scenario;
    const [client, server] = mm1?.nodes ?? [];
    const rate =
      client?.kind === 'client' && client.arrival.type === 'poisson'
        ? client.arrival.ratePerSec
        : 0;
    const mean =
      server?.kind === 'service' && server.serviceTimeMs.type === 'exponential'
        ? server.serviceTimeMs.mean
        : 0;
    expect((rate * mean) / 1000).toBeCloseTo(0.9, 12);
  });
});

/** Run a preset to the end: its control log and summary. */
function runPreset(id: string, seed?: number): { events: ControlEvent[]; summary: RunSummary } {
  const scenario = presets.find((p) => p.id === id)?.scenario;
  if (scenario === undefined) throw new Error(`no preset ${id}`);
  const sim = createSimulation(compileScenario({ ...scenario, seed: seed ?? scenario.seed }));
  sim.runToEnd();
  return { events: sim.drainControlEvents(), summary: sim.summary() };
}

describe('control presets', { timeout: 30_000 }, () => {
  it('autoscaling-spike: the autoscaler absorbs the rise, the spike fires the guide’s rules, then it scales back in', () => {
    const { events, summary } = runPreset('autoscaling-spike');
    const scaling = events.flatMap((e) => (e.kind === 'scaling' ? [e] : []));
    const byAutoscaler = scaling.filter(
      (e) => e.change === 'scale-out' && e.cause === 'autoscaler',
    );
    const byRule = scaling.filter((e) => e.change === 'scale-out' && e.cause.startsWith('rule '));
    expect(byAutoscaler[0]?.atMs).toBeGreaterThan(40_000); // after the first rise
    expect(byAutoscaler[0]?.atMs).toBeLessThan(100_000); // before the spike
    expect(byRule.length).toBeGreaterThan(0);
    expect(byRule.every((e) => e.atMs >= 100_000 && e.atMs < 145_000)).toBe(true);
    const fired = summary.alerts?.fired.map((r) => r.ruleId) ?? [];
    expect(fired).toEqual(expect.arrayContaining(['error-rate@api', 'error-rate-scale-up@api']));
    expect(summary.scaling?.nodes['api']).toMatchObject({ peakInstances: 8, finalInstances: 2 });
    // Every scale-out's instances become ready exactly 20 s later.
    for (const out of scaling.filter((e) => e.change === 'scale-out'))
      expect(out.readyAtMs).toBe(out.atMs + 20_000);
  });

  it('chaos-pool: the same seed draws the same faults, another seed other ones; each has a recovery', () => {
    const faults = (seed?: number) =>
      runPreset('chaos-pool', seed).summary.faults?.map((f) => `${f.type} ${f.target} ${f.atMs}`);
    const first = faults();
    expect(first?.length).toBeGreaterThan(5);
    expect(faults()).toEqual(first);
    expect(faults(22)).not.toEqual(first);
    const { summary } = runPreset('chaos-pool');
    expect(summary.faults?.every((f) => f.origin === 'chaos')).toBe(true);
    expect(summary.faults?.some((f) => f.status === 'recovered')).toBe(true);
    expect(summary.alerts?.fired.length).toBeGreaterThan(0);
  });
});
