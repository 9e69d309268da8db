/**
 * Wires the state layer together for the running page: URL sync, the sim
 * controller, and "a changed scenario stops the old run (and restarts it if it was running)". The UI calls
 * `simCommands` and never sees the worker.
 */
import type { LiveFault, LiveParamEdit, SimRunner, Speed } from '../worker/client.ts';

export type { LiveFault, LiveParamEdit } from '../worker/client.ts';
import { createSimRunner } from '../worker/client.ts';
import { traceLog } from './analysis/traceLog.ts';
import { useDocumentStore } from './documentStore.ts';
import { metricsHistory } from './metricsHistory.ts';
import { traceFeed } from './traceFeed.ts';
import { useRunStore } from './runStore.ts';
import { describeLiveFields } from './liveEdits.ts';
import { useViewStore } from './viewStore.ts';
import type { SimController } from './simController.ts';
import { createSimController } from './simController.ts';
import type { UrlEnv } from './urlSync.ts';
import { startUrlSync } from './urlSync.ts';

let controller: SimController | null = null;

/** Start the app's state: read the URL, create the controller. Returns a teardown. */
export function startApp(env: UrlEnv, createRunner: () => SimRunner = createSimRunner): () => void {
  const stopUrlSync = startUrlSync(env);
  const sim = createSimController({
    createRunner,
    getScenario: () => useDocumentStore.getState().scenario,
    history: metricsHistory,
    traceLog,
    traces: traceFeed,
  });
  controller = sim;
  // Live faults and live parameter edits are recorded without touching the run
  // (`lastChangeLive`). Any other change (topology, a field that cannot change
  // live, undo) stops the run, and a run that was running starts again from 0 s
  // with the changed scenario — the person is told why.
  const unsubscribe = useDocumentStore.subscribe((state, previous) => {
    if (state.scenario === previous.scenario || state.lastChangeLive) return;
    const status = useRunStore.getState().status;
    void sim.stop();
    if (status === 'running') void sim.run();
    if (status === 'running' || status === 'paused') explainRestart(status === 'running');
  });
  return () => {
    unsubscribe();
    stopUrlSync();
    sim.dispose();
    if (controller === sim) controller = null;
  };
}

function explainRestart(restarted: boolean): void {
  const what = restarted ? 'The run restarted from 0 s' : 'The paused run was stopped';
  useViewStore
    .getState()
    .showBanner(
      'info',
      `${what} with the changed scenario: only live-editable fields change a run in progress.`,
      [`Live-editable during a run: ${describeLiveFields()}.`],
    );
}

/** `window` as a `UrlEnv`. */
export function getBrowserUrlEnv(): UrlEnv {
  return {
    location: window.location,
    history: window.history,
    onHashChange(listener) {
      window.addEventListener('hashchange', listener);
      return () => window.removeEventListener('hashchange', listener);
    },
  };
}

const withController = (act: (c: SimController) => Promise<void>): Promise<void> =>
  controller === null ? Promise.resolve() : act(controller);

/** The toolbar's commands; they do nothing before `startApp`. */
export const simCommands = {
  run: (): Promise<void> => withController((c) => c.run()),
  pause: (): Promise<void> => withController((c) => c.pause()),
  resume: (): Promise<void> => withController((c) => c.resume()),
  step: (): Promise<void> => withController((c) => c.step()),
  stop: (): Promise<void> => withController((c) => c.stop()),
  setSpeed: (speed: Speed): Promise<void> => withController((c) => c.setSpeed(speed)),
  inject: (fault: LiveFault): Promise<void> => withController((c) => c.inject(fault)),
  edit: (edit: LiveParamEdit): Promise<void> => withController((c) => c.edit(edit)),
} as const;
