/** The A/B comparison's commands for the UI: freeze the baseline, run both, forget. */
import { createSimRunner } from '../../worker/client.ts';
import type { SimRunner } from '../../worker/client.ts';
import { useDocumentStore } from '../documentStore.ts';
import { useCompareStore } from './compareStore.ts';
import { runComparison } from './compareController.ts';

let createRunner: () => SimRunner = createSimRunner;

/** Tests and benches may supply their own runners. */
export function setCompareRunnerFactory(factory: () => SimRunner): void {
  createRunner = factory;
}

export const compareCommands = {
  /** Freeze the scenario being edited as A; further edits make B. */
  snapshotBaseline: (): void =>
    useCompareStore.getState().setBaseline(useDocumentStore.getState().scenario),
  /** Put A back into the editor (undoable), e.g. to start another variant from it. */
  restoreBaseline: (): void => {
    const baseline = useCompareStore.getState().baseline;
    if (baseline !== null) useDocumentStore.getState().replaceScenario(baseline);
  },
  clear: (): void => useCompareStore.getState().setBaseline(null),
  run: (): Promise<void> =>
    runComparison({ createRunner, getVariant: () => useDocumentStore.getState().scenario }),
} as const;
