/**
 * The scenario being edited, with an undo/redo history of whole-scenario
 * snapshots. Scenarios are treated as immutable values: every change replaces
 * the object, so `scenario !== previous` means "something changed".
 */
import { create } from 'zustand';
import type { Scenario } from './scenarioAccess.ts';
import { defaultScenario } from './scenarioAccess.ts';

/** Snapshots kept for undo; the oldest are dropped beyond this. */
export const UNDO_LIMIT = 100;

export interface DocumentState {
  readonly scenario: Scenario;
  /** Older snapshots, oldest first. */
  readonly past: readonly Scenario[];
  /** Snapshots undone, nearest first. */
  readonly future: readonly Scenario[];
  /** Open a scenario as a fresh document (clears undo/redo). */
  loadScenario(scenario: Scenario): void;
  /** Replace the scenario as an undoable edit. */
  replaceScenario(scenario: Scenario): void;
  /**
   * Record a change made during a run (a live fault): undoable like any edit,
   * but flagged so the running simulation goes on instead of restarting.
   */
  recordLiveEdit(scenario: Scenario): void;
  /** Whether the last change was recorded live. */
  readonly lastChangeLive: boolean;
  undo(): void;
  redo(): void;
}

type DocumentData = Pick<DocumentState, 'scenario' | 'past' | 'future' | 'lastChangeLive'>;

/** The state every test and a fresh page start from. */
export const initialDocumentData: DocumentData = {
  scenario: defaultScenario,
  past: [],
  future: [],
  lastChangeLive: false,
};

export const useDocumentStore = create<DocumentState>()((set, get) => ({
  ...initialDocumentData,
  loadScenario: (scenario) => set({ scenario, past: [], future: [], lastChangeLive: false }),
  replaceScenario: (scenario) => {
    const { scenario: current, past } = get();
    if (scenario === current) return;
    set({
      scenario,
      past: [...past, current].slice(-UNDO_LIMIT),
      future: [],
      lastChangeLive: false,
    });
  },
  recordLiveEdit: (scenario) => {
    const { scenario: current, past } = get();
    set({
      scenario,
      past: [...past, current].slice(-UNDO_LIMIT),
      future: [],
      lastChangeLive: true,
    });
  },
  undo: () => {
    const { scenario, past, future } = get();
    const previous = past.at(-1);
    if (previous === undefined) return;
    set({
      scenario: previous,
      past: past.slice(0, -1),
      future: [scenario, ...future],
      lastChangeLive: false,
    });
  },
  redo: () => {
    const { scenario, past, future } = get();
    const next = future[0];
    if (next === undefined) return;
    set({
      scenario: next,
      past: [...past, scenario],
      future: future.slice(1),
      lastChangeLive: false,
    });
  },
}));

export const selectScenario = (s: DocumentState): Scenario => s.scenario;
export const selectCanUndo = (s: DocumentState): boolean => s.past.length > 0;
export const selectCanRedo = (s: DocumentState): boolean => s.future.length > 0;
