/**
 * The A/B comparison: a frozen baseline (A), the phase of the paired run, and
 * its results. The variant (B) is the scenario in the editor, so the person
 * changes it with the ordinary inspector and the canvas.
 */
import { create } from 'zustand';
import type { TotalsPoint } from '../historyReaders.ts';
import type { RunSummary } from '../metricsAccess.ts';
import type { Scenario } from '../scenarioAccess.ts';

export type ComparePhase = 'idle' | 'running' | 'done' | 'error';

/** What one side of the comparison produced. */
export interface CompareSide {
  readonly summary: RunSummary;
  readonly series: readonly TotalsPoint[];
}

export interface CompareResult {
  readonly seed: number;
  readonly a: CompareSide;
  readonly b: CompareSide;
  /** The scenarios as they were run (B with A's seed). */
  readonly scenarioA: Scenario;
  readonly scenarioB: Scenario;
}

export interface CompareState {
  /** The frozen baseline, or null before "Compare" was pressed. */
  readonly baseline: Scenario | null;
  readonly phase: ComparePhase;
  /** Which side is running while `phase` is running. */
  readonly runningSide: 'a' | 'b' | null;
  readonly result: CompareResult | null;
  readonly errors: readonly string[];
  setBaseline(baseline: Scenario | null): void;
  beginRun(): void;
  setRunningSide(side: 'a' | 'b'): void;
  finish(result: CompareResult): void;
  fail(errors: readonly string[]): void;
}

type CompareData = Pick<CompareState, 'baseline' | 'phase' | 'runningSide' | 'result' | 'errors'>;

export const initialCompareData: CompareData = {
  baseline: null,
  phase: 'idle',
  runningSide: null,
  result: null,
  errors: [],
};

export const useCompareStore = create<CompareState>()((set) => ({
  ...initialCompareData,
  setBaseline: (baseline) => set({ ...initialCompareData, baseline }),
  beginRun: () => set({ phase: 'running', runningSide: 'a', errors: [] }),
  setRunningSide: (runningSide) => set({ runningSide }),
  finish: (result) => set({ phase: 'done', runningSide: null, result }),
  fail: (errors) => set({ phase: 'error', runningSide: null, errors }),
}));

export const selectBaseline = (s: CompareState): Scenario | null => s.baseline;
export const selectComparePhase = (s: CompareState): ComparePhase => s.phase;
export const selectCompareResult = (s: CompareState): CompareResult | null => s.result;
export const selectCompareErrors = (s: CompareState): readonly string[] => s.errors;
export const selectRunningSide = (s: CompareState): 'a' | 'b' | null => s.runningSide;
