import { beforeEach, describe, expect, it } from 'vitest';
import { initialDocumentData, useDocumentStore } from './documentStore.ts';

describe('live edits', () => {
  beforeEach(() => useDocumentStore.setState(initialDocumentData));

  it('are undoable like any edit but flagged, so the running simulation is not restarted', () => {
    const before = useDocumentStore.getState().scenario;
    const withFault = {
      ...before,
      faults: [{ type: 'crash' as const, target: 'api-1', atMs: 1234.5, durationMs: 10_000 }],
    };
    useDocumentStore.getState().recordLiveEdit(withFault);
    expect(useDocumentStore.getState().scenario).toBe(withFault);
    expect(useDocumentStore.getState().lastChangeLive).toBe(true);
    useDocumentStore.getState().undo();
    expect(useDocumentStore.getState().scenario).toBe(before);
    expect(useDocumentStore.getState().lastChangeLive).toBe(false);
    useDocumentStore.getState().replaceScenario(withFault);
    expect(useDocumentStore.getState().lastChangeLive).toBe(false);
  });
});
