import { beforeEach, describe, expect, it } from 'vitest';
import { createFakeRunner } from '../fakeRunner.ts';
import type { RunSummary } from '../metricsAccess.ts';
import type { Scenario } from '../scenarioAccess.ts';
import { defaultScenario } from '../scenarioAccess.ts';
import { testLayout } from '../testFixtures.ts';
import { runComparison } from './compareController.ts';
import { initialCompareData, useCompareStore } from './compareStore.ts';

const summaryWith = (p99: number): RunSummary => ({
  simulatedMs: 10_000,
  events: 1,
  totals: {
    requests: 10,
    succeeded: 10,
    failed: 0,
    throughputPerSec: 1,
    degraded: 0,
    goodputPerSec: 1,
    latencyMs: { mean: p99 / 2, p50: 1, p95: 2, p99, p999: p99, max: p99 },
  },
  nodes: {},
});

/** A fake runner that finishes each loaded run at once with the next summary of `p99s`. */
function scriptedRunner(p99s: number[], loaded: unknown[]) {
  const runner = createFakeRunner(testLayout);
  const load = runner.load.bind(runner);
  runner.load = (scenario) => {
    loaded.push(scenario);
    return load(scenario);
  };
  const start = runner.start.bind(runner);
  runner.start = async (listener) => {
    await start(listener);
    runner.emit(0, 3, 'finished', { summary: summaryWith(p99s.shift() ?? 0) });
  };
  return runner;
}

describe('runComparison', () => {
  beforeEach(() => useCompareStore.setState(initialCompareData));

  it('runs A then B on A seed, and keeps both summaries and series', async () => {
    const a: Scenario = { ...defaultScenario, seed: 11 };
    const b: Scenario = { ...defaultScenario, seed: 99, name: 'variant' };
    useCompareStore.getState().setBaseline(a);
    const loaded: unknown[] = [];
    const runner = scriptedRunner([40, 20], loaded);
    await runComparison({ createRunner: () => runner, getVariant: () => b });
    const state = useCompareStore.getState();
    expect(state.phase).toBe('done');
    expect(loaded).toEqual([a, { ...b, seed: 11 }]);
    expect(state.result?.a.summary.totals.latencyMs.p99).toBe(40);
    expect(state.result?.b.summary.totals.latencyMs.p99).toBe(20);
    expect(state.result?.a.series).toHaveLength(3);
    expect(runner.calls.at(-1)).toBe('terminate');
  });

  it('reports a rejected side with its letter, and does nothing without a baseline', async () => {
    const runner = scriptedRunner([1], []);
    await runComparison({ createRunner: () => runner, getVariant: () => defaultScenario });
    expect(runner.calls).toEqual([]);
    useCompareStore.getState().setBaseline(defaultScenario);
    runner.loadResult = { ok: false, errors: ['durationMs: must be positive'] };
    await runComparison({ createRunner: () => runner, getVariant: () => defaultScenario });
    expect(useCompareStore.getState().phase).toBe('error');
    expect(useCompareStore.getState().errors).toEqual(['A: durationMs: must be positive']);
  });
});
