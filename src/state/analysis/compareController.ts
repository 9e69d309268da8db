/**
 * Runs the A/B comparison: the baseline, then the variant on the baseline's
 * seed, one after the other on a runner of their own (the live run and its
 * worker are left alone). Sequential rather than two workers at once: the
 * machine a class projects from may have two cores, and the live worker may
 * be using one of them. The engine's per-node named random streams make this
 * a common-random-numbers comparison: nodes and edges present in both draw the
 * same numbers, so the difference is the change's alone.
 */
import type { SimRunner } from '../../worker/client.ts';
import { getTotalsSeries } from '../historyReaders.ts';
import type { Scenario } from '../scenarioAccess.ts';
import type { CompareSide } from './compareStore.ts';
import { useCompareStore } from './compareStore.ts';
import type { CapturedRun } from './runCapture.ts';
import { captureRun } from './runCapture.ts';

export interface CompareDeps {
  createRunner(): SimRunner;
  /** The variant: the scenario being edited. */
  getVariant(): Scenario;
}

const toSide = (run: CapturedRun): CompareSide => ({
  summary: run.summary,
  series: getTotalsSeries(run.history),
});

/** Run A then B (on A's seed); results and errors go to `useCompareStore`. */
export async function runComparison(deps: CompareDeps): Promise<void> {
  const store = useCompareStore.getState();
  const baseline = store.baseline;
  if (baseline === null || store.phase === 'running') return;
  const variant: Scenario = { ...deps.getVariant(), seed: baseline.seed };
  store.beginRun();
  const runner = deps.createRunner();
  try {
    const a = await captureRun(runner, baseline);
    if (!a.ok) return store.fail(a.errors.map((e) => `A: ${e}`));
    useCompareStore.getState().setRunningSide('b');
    const b = await captureRun(runner, variant);
    if (!b.ok) return store.fail(b.errors.map((e) => `B: ${e}`));
    const result = { seed: baseline.seed, a: toSide(a.run), b: toSide(b.run) };
    useCompareStore.getState().finish({ ...result, scenarioA: baseline, scenarioB: variant });
  } catch (error) {
    store.fail([error instanceof Error ? error.message : String(error)]);
  } finally {
    runner.terminate();
  }
}
