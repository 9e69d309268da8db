import { beforeEach, describe, expect, it } from 'vitest';
import {
  initialDocumentData,
  selectCanRedo,
  selectCanUndo,
  UNDO_LIMIT,
  useDocumentStore,
} from './documentStore.ts';
import type { Scenario } from './scenarioAccess.ts';
import { defaultScenario } from './scenarioAccess.ts';

const named = (name: string): Scenario => ({ ...defaultScenario, name });
const state = () => useDocumentStore.getState();

describe('documentStore', () => {
  beforeEach(() => useDocumentStore.setState(initialDocumentData));

  it('starts with the default scenario and nothing to undo', () => {
    expect(state().scenario).toBe(defaultScenario);
    expect(selectCanUndo(state())).toBe(false);
    expect(selectCanRedo(state())).toBe(false);
  });

  it('undoes and redoes replacements in order', () => {
    const a = named('a');
    const b = named('b');
    state().replaceScenario(a);
    state().replaceScenario(b);
    state().undo();
    expect(state().scenario).toBe(a);
    state().undo();
    expect(state().scenario).toBe(defaultScenario);
    expect(selectCanUndo(state())).toBe(false);
    state().redo();
    state().redo();
    expect(state().scenario).toBe(b);
    expect(selectCanRedo(state())).toBe(false);
  });

  it('a new edit after undo drops the redo branch', () => {
    state().replaceScenario(named('a'));
    state().undo();
    state().replaceScenario(named('c'));
    expect(selectCanRedo(state())).toBe(false);
    expect(state().past).toEqual([defaultScenario]);
  });

  it('undo and redo at the ends do nothing', () => {
    state().undo();
    state().redo();
    expect(state().scenario).toBe(defaultScenario);
  });

  it('replacing with the same object is not an edit', () => {
    state().replaceScenario(defaultScenario);
    expect(selectCanUndo(state())).toBe(false);
  });

  it('loadScenario opens a fresh document', () => {
    state().replaceScenario(named('a'));
    const opened = named('opened');
    state().loadScenario(opened);
    expect(state().scenario).toBe(opened);
    expect(selectCanUndo(state())).toBe(false);
  });

  it('keeps at most UNDO_LIMIT snapshots', () => {
    for (let i = 0; i < UNDO_LIMIT + 5; i++) state().replaceScenario(named(`s${i}`));
    expect(state().past).toHaveLength(UNDO_LIMIT);
    expect(state().past[0]?.name).toBe('s4');
  });
});
