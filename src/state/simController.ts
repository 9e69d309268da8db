/**
 * The glue between the stores and the simulation worker. It owns the
 * `SimRunner`, turns toolbar commands into awaited worker calls, pushes every
 * batch into `metricsHistory` at once and commits progress to `runStore` at
 * most ~5 times a second (immediately when a run pauses or finishes).
 */
import type {
  ControlEvent,
  LiveFault,
  LiveParamEdit,
  MetricsBatch,
  SimRunner,
  Speed,
} from '../worker/client.ts';
import { useAlertLogStore } from './alertLogStore.ts';
import type { CommitThrottle, TimerApi } from './commitThrottle.ts';
import { createCommitThrottle, realTimers } from './commitThrottle.ts';
import type { TraceLog } from './analysis/traceLog.ts';
import type { MetricsHistory } from './metricsHistory.ts';
import type { RunProgress } from './runStore.ts';
import type { TraceFeed } from './traceFeed.ts';
import { useDocumentStore } from './documentStore.ts';
import { useRunStore } from './runStore.ts';
import type { Scenario } from './scenarioAccess.ts';
import { useViewStore } from './viewStore.ts';

const wallNow = (): number => performance.now();

/**
 * Longest wait between two commits of live progress (5 Hz). Each commit
 * redraws the open dashboard tab; at ×20 on 50 nodes a faster pace costs the
 * canvas its frame rate (`npm run bench:ui`), while charts read by people gain
 * nothing from more than a few refreshes a second.
 */
export const COMMIT_INTERVAL_MS = 200;

/** Commands the toolbar sends. Every method resolves when the worker has acted. */
export interface SimController {
  /** Load the current scenario and run it from the start (no-op while a run is active). */
  run(): Promise<void>;
  pause(): Promise<void>;
  resume(): Promise<void>;
  /** Advance one metrics window while paused; from idle, load and stop after the first window. */
  step(): Promise<void>;
  setSpeed(speed: Speed): Promise<void>;
  /** Stop and forget the run; the dashboards go back to empty. */
  stop(): Promise<void>;
  /**
   * Inject a fault into the run now, without pausing; on success it is recorded
   * into the document (a live edit: the run goes on) so the shared URL replays it.
   */
  inject(fault: LiveFault): Promise<void>;
  /**
   * Change live-editable parameters in the running (or paused) run at the
   * current simulated time; on success the edit is recorded into the document
   * (a live edit: the run goes on) so the shared URL replays it.
   */
  edit(edit: LiveParamEdit): Promise<void>;
  /** Stop and end the worker. */
  dispose(): void;
}

export interface SimControllerDeps {
  createRunner(): SimRunner;
  getScenario(): Scenario;
  history: MetricsHistory;
  /** Where sampled request hops go (the trace waterfall); optional. */
  traceLog?: TraceLog;
  timers?: TimerApi;
  /** Receives the sampled request hops of every batch (the animated dots). */
  traces?: TraceFeed;
  /** Wall clock for the trace feed, ms. */
  now?: () => number;
}

/** Create the controller; the worker is spawned on the first command that needs it. */
export function createSimController(deps: SimControllerDeps): SimController {
  const runStore = useRunStore;
  let runner: SimRunner | null = null;
  let runToken = 0;
  let intent: 'running' | 'paused' = 'running';
  let pending: RunProgress | null = null;
  /** Control events received since the last commit (committed with the progress). */
  let pendingEvents: ControlEvent[] = [];

  const throttle: CommitThrottle = createCommitThrottle(
    () => {
      if (pendingEvents.length > 0) useAlertLogStore.getState().append(pendingEvents);
      pendingEvents = [];
      if (pending === null) return;
      runStore.getState().commitProgress(pending);
      pending = null;
    },
    COMMIT_INTERVAL_MS,
    deps.timers ?? realTimers,
  );

  const getRunner = (): SimRunner => (runner ??= deps.createRunner());

  const onBatch = (token: number, batch: MetricsBatch): void => {
    if (token !== runToken) return; // a late batch of a run that was stopped
    deps.history.push(batch.frames, batch.frameCount, batch.firstWindow, batch.edgeFrames);
    deps.traceLog?.push(batch.traces);
    deps.traces?.push(batch.traces, batch.simTimeMs, (deps.now ?? wallNow)());
    for (const e of batch.controlEvents) pendingEvents.push(e);
    const status = batch.status === 'running' && intent === 'paused' ? 'paused' : batch.status;
    pending = {
      status,
      simTimeMs: batch.simTimeMs,
      events: batch.events,
      wallRate: batch.wallRate,
      summary: batch.summary ?? null,
    };
    if (status === 'running') throttle.request();
    else throttle.flush();
  };

  const fail = (error: unknown): void => {
    const message = error instanceof Error ? error.message : String(error);
    useViewStore.getState().showBanner('error', 'The simulation stopped unexpectedly.', [message]);
    runStore.getState().setStatus('idle');
  };

  /** Load the scenario and start streaming; resolves false when the scenario was rejected. */
  const begin = async (startPaused: boolean): Promise<boolean> => {
    const token = ++runToken;
    const sim = getRunner();
    throttle.cancel();
    pending = null;
    pendingEvents = [];
    useAlertLogStore.getState().reset();
    deps.history.reset(null);
    deps.traceLog?.reset();
    deps.traces?.reset(null);
    runStore.getState().beginLoading();
    const result = await sim.load(deps.getScenario());
    if (token !== runToken) return false;
    if (!result.ok) {
      runStore.getState().loadFailed(result.errors);
      useViewStore.getState().showBanner('error', 'This scenario cannot be run.', result.errors);
      return false;
    }
    deps.history.reset(result.layout);
    deps.traces?.reset(result.layout.nodeIds);
    runStore.getState().loaded(result.layout);
    intent = startPaused ? 'paused' : 'running';
    await sim.setSpeed(runStore.getState().speed);
    await sim.start((batch) => onBatch(token, batch));
    if (startPaused) await sim.pause();
    if (token === runToken && runStore.getState().status === 'loading') {
      runStore.getState().setStatus(intent);
    }
    return token === runToken;
  };

  const guard =
    <A extends unknown[]>(command: (...args: A) => Promise<void>) =>
    async (...args: A): Promise<void> => {
      try {
        await command(...args);
      } catch (error) {
        fail(error);
      }
    };

  return {
    run: guard(async () => {
      const { status } = runStore.getState();
      if (status === 'running' || status === 'paused' || status === 'loading') return;
      await begin(false);
    }),
    pause: guard(async () => {
      if (runStore.getState().status !== 'running' || runner === null) return;
      intent = 'paused';
      await runner.pause();
      throttle.flush();
      // The run may have finished while the pause was on its way: a finished run stays finished.
      if (runStore.getState().status === 'running') runStore.getState().setStatus('paused');
    }),
    resume: guard(async () => {
      if (runStore.getState().status !== 'paused' || runner === null) return;
      intent = 'running';
      await runner.resume();
      runStore.getState().setStatus('running');
    }),
    step: guard(async () => {
      const { status } = runStore.getState();
      if (status === 'loading' || status === 'running') return;
      if (status !== 'paused' && !(await begin(true))) return;
      await getRunner().step(1);
    }),
    setSpeed: guard(async (speed: Speed) => {
      runStore.getState().setSpeed(speed);
      if (runner !== null) await runner.setSpeed(speed);
    }),
    stop: guard(async () => {
      runToken++;
      throttle.cancel();
      pending = null;
      pendingEvents = [];
      useAlertLogStore.getState().reset();
      deps.history.reset(null);
      deps.traceLog?.reset();
      deps.traces?.reset(null);
      runStore.getState().resetRun();
      if (runner !== null) await runner.stop();
    }),
    inject: guard(async (fault: LiveFault) => {
      const status = runStore.getState().status;
      if (runner === null || (status !== 'running' && status !== 'paused')) {
        useViewStore.getState().showBanner('info', 'Start a run to inject a fault live.');
        return;
      }
      const result = await runner.inject(fault);
      if (!result.ok) {
        useViewStore.getState().showBanner('error', 'The fault was not injected.', result.errors);
        return;
      }
      const doc = useDocumentStore.getState();
      doc.recordLiveEdit({
        ...doc.scenario,
        faults: [...(doc.scenario.faults ?? []), result.fault],
      });
    }),
    edit: guard(async (edit: LiveParamEdit) => {
      const status = runStore.getState().status;
      if (runner === null || (status !== 'running' && status !== 'paused')) return;
      const token = runToken;
      const result = await runner.edit(edit);
      if (token !== runToken) return; // that run was stopped meanwhile
      if (!result.ok) {
        useViewStore.getState().showBanner('error', 'The change was not applied.', result.errors);
        return;
      }
      const doc = useDocumentStore.getState();
      doc.recordLiveEdit({
        ...doc.scenario,
        edits: [...(doc.scenario.edits ?? []), result.edit],
      });
    }),
    dispose() {
      runToken++;
      throttle.cancel();
      runner?.terminate();
      runner = null;
    },
  };
}
