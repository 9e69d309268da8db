/**
 * The only door from the app into the simulation worker. It hides comlink:
 * callers get a plain object whose methods return Promises (await every one).
 */
import * as Comlink from 'comlink';
import type {
  BatchListener,
  EditResult,
  InjectResult,
  LiveFault,
  LiveParamEdit,
  LoadResult,
  SimWorkerApi,
  Speed,
} from './protocol.ts';

export type { ControlEvent } from '../engine/index.ts';
export type {
  BatchListener,
  EditResult,
  InjectResult,
  LiveFault,
  LiveParamEdit,
  LoadResult,
  MetricsBatch,
  RunStatus,
  Speed,
  TraceColumns,
} from './protocol.ts';

export interface SimRunner {
  load(scenario: unknown): Promise<LoadResult>;
  start(listener: BatchListener): Promise<void>;
  pause(): Promise<void>;
  resume(): Promise<void>;
  step(windows?: number): Promise<void>;
  setSpeed(speed: Speed): Promise<void>;
  stop(): Promise<void>;
  inject(fault: LiveFault): Promise<InjectResult>;
  edit(edit: LiveParamEdit): Promise<EditResult>;
  /** End the worker; the runner is unusable afterwards. */
  terminate(): void;
}

/** Wrap any comlink endpoint (a Worker, or a MessagePort in tests) as a runner. */
export function createSimRunnerFromEndpoint(
  endpoint: Comlink.Endpoint,
  onTerminate: () => void = () => undefined,
): SimRunner {
  const remote = Comlink.wrap<SimWorkerApi>(endpoint);
  return {
    load: (scenario) => remote.load(scenario),
    start: (listener) => remote.start(Comlink.proxy(listener)),
    pause: () => remote.pause(),
    resume: () => remote.resume(),
    step: (windows) => remote.step(windows),
    setSpeed: (speed) => remote.setSpeed(speed),
    stop: () => remote.stop(),
    inject: (fault) => remote.inject(fault),
    edit: (edit) => remote.edit(edit),
    terminate: () => {
      remote[Comlink.releaseProxy]();
      onTerminate();
    },
  };
}

/** Spawn the simulation worker and return a runner for it. */
export function createSimRunner(): SimRunner {
  const worker = new Worker(new URL('./sim.worker.ts', import.meta.url), {
    type: 'module',
    name: 'distsim-simulation',
  });
  return createSimRunnerFromEndpoint(worker, () => worker.terminate());
}
