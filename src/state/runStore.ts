/**
 * The live run: status, pace and progress, committed at most ~5 times a
 * second by the sim controller. The metric windows themselves live in the
 * non-reactive `metricsHistory`; `historyVersion` changes when it has new data.
 */
import { create } from 'zustand';
import type { RunStatus, Speed } from '../worker/client.ts';

export type { Speed } from '../worker/client.ts';
import type { MetricsLayout, RunSummary } from './metricsAccess.ts';

/** The worker's statuses plus `loading` (waiting for `load`) and `error` (load rejected). */
export type RunPhase = RunStatus | 'loading' | 'error';

/** Speeds offered in the toolbar: simulated ms per wall ms, or as fast as possible. */
export const SPEEDS: readonly Speed[] = [0.1, 1, 10, 20, 100, 1000, 'max'];

/** Progress as reported by one batch. */
export interface RunProgress {
  readonly status: RunStatus;
  readonly simTimeMs: number;
  readonly events: number;
  readonly wallRate: number;
  readonly summary: RunSummary | null;
}

export interface RunState {
  readonly status: RunPhase;
  readonly speed: Speed;
  readonly simTimeMs: number;
  readonly events: number;
  /** Requests completed per wall second (engine throughput). */
  readonly wallRate: number;
  readonly layout: MetricsLayout | null;
  readonly summary: RunSummary | null;
  readonly loadErrors: readonly string[];
  /** Bumped whenever `metricsHistory` has new windows to show (throttled). */
  readonly historyVersion: number;
  setSpeed(speed: Speed): void;
  beginLoading(): void;
  loaded(layout: MetricsLayout): void;
  loadFailed(errors: readonly string[]): void;
  /** Commit progress and signal new history windows. */
  commitProgress(progress: RunProgress): void;
  setStatus(status: RunPhase): void;
  /** Back to idle with no data (keeps the chosen speed). */
  resetRun(): void;
}

type RunActions =
  | 'setSpeed'
  | 'beginLoading'
  | 'loaded'
  | 'loadFailed'
  | 'commitProgress'
  | 'setStatus'
  | 'resetRun';
type RunData = Omit<RunState, RunActions>;

/** The state every test and a fresh page start from. */
export const initialRunData: RunData = {
  status: 'idle',
  speed: 10,
  simTimeMs: 0,
  events: 0,
  wallRate: 0,
  layout: null,
  summary: null,
  loadErrors: [],
  historyVersion: 0,
};

export const useRunStore = create<RunState>()((set) => ({
  ...initialRunData,
  setSpeed: (speed) => set({ speed }),
  beginLoading: () =>
    set((s) => ({
      ...progressReset,
      status: 'loading',
      loadErrors: [],
      historyVersion: s.historyVersion + 1,
    })),
  loaded: (layout) => set({ layout }),
  loadFailed: (loadErrors) => set({ status: 'error', loadErrors, layout: null }),
  commitProgress: ({ status, simTimeMs, events, wallRate, summary }) =>
    set((s) => ({
      status,
      simTimeMs,
      events,
      wallRate,
      summary: summary ?? s.summary,
      historyVersion: s.historyVersion + 1,
    })),
  setStatus: (status) => set({ status }),
  resetRun: () =>
    set((s) => ({
      ...progressReset,
      status: 'idle',
      layout: null,
      loadErrors: [],
      historyVersion: s.historyVersion + 1,
    })),
}));

const progressReset = { simTimeMs: 0, events: 0, wallRate: 0, summary: null } as const;

export const selectStatus = (s: RunState): RunPhase => s.status;
export const selectSpeed = (s: RunState): Speed => s.speed;
export const selectSimTimeMs = (s: RunState): number => s.simTimeMs;
export const selectLayout = (s: RunState): MetricsLayout | null => s.layout;
export const selectSummary = (s: RunState): RunSummary | null => s.summary;
export const selectEvents = (s: RunState): number => s.events;
export const selectWallRate = (s: RunState): number => s.wallRate;
/** Whether a run is under way (running or paused), i.e. the scenario is locked in. */
export const selectIsActive = (s: RunState): boolean =>
  s.status === 'running' || s.status === 'paused';
