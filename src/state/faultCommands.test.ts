import { beforeEach, describe, expect, it } from 'vitest';
import { initialDocumentData, useDocumentStore } from './documentStore.ts';
import { addFault, deleteFaultAt, retimeFaultAt } from './faultCommands.ts';
import type { Scenario } from './scenarioAccess.ts';
import { presets } from './scenarioAccess.ts';

const breaker = presets.find((p) => p.id === 'retry-storm-breaker')?.scenario as Scenario;
const doc = (): Scenario => useDocumentStore.getState().scenario;

describe('faultCommands', () => {
  beforeEach(() => {
    useDocumentStore.setState(initialDocumentData);
    useDocumentStore.getState().loadScenario(breaker);
  });

  it('moves a window as one undoable edit, keeping its other fields', () => {
    expect(retimeFaultAt(0, { atMs: 45_000, durationMs: 5_000 })).toEqual({ applied: true });
    expect(doc().faults).toEqual([
      { type: 'slow', target: 'api', atMs: 45_000, durationMs: 5_000, factor: 3 },
    ]);
    useDocumentStore.getState().undo();
    expect(doc()).toBe(breaker);
  });

  it('refuses a window outside the run, with the path and the reason, and keeps the document', () => {
    const outcome = retimeFaultAt(0, { atMs: 118_000, durationMs: 3_000 });
    expect(outcome).toEqual({
      applied: false,
      errors: [
        {
          path: 'faults[0].durationMs',
          message: "the window must end by the run's end, 120 s; it would end at 121 s",
        },
      ],
    });
    expect(retimeFaultAt(0, { atMs: -1_000, durationMs: 3_000 }).applied).toBe(false);
    expect(retimeFaultAt(3, { atMs: 0, durationMs: 1 }).applied).toBe(false);
    expect(doc()).toBe(breaker);
  });

  it('does not record an edit that changes nothing', () => {
    expect(retimeFaultAt(0, { atMs: 30_000, durationMs: 3_000 }).applied).toBe(true);
    expect(useDocumentStore.getState().past).toEqual([]);
  });

  it('adds a fault and deletes one; the last deletion removes the list', () => {
    const fault = {
      type: 'errors',
      target: 'api',
      atMs: 60_000,
      durationMs: 5_000,
      probability: 0.2,
    };
    expect(addFault(fault).applied).toBe(true);
    expect(doc().faults?.[1]).toEqual(fault);
    expect(deleteFaultAt(0).applied).toBe(true);
    expect(deleteFaultAt(0).applied).toBe(true);
    expect(doc().faults).toBeUndefined();
  });

  it('refuses a fault the format rejects or that leaves the run, naming every field', () => {
    const outcome = addFault({
      type: 'slow',
      target: 'api',
      atMs: 115_000,
      durationMs: 10_000,
      factor: 0.5,
    });
    expect(outcome.applied ? [] : outcome.errors.map((e) => e.path)).toEqual([
      'faults[1].durationMs',
      'faults[1].factor',
    ]);
    const overlap = addFault({ type: 'crash', target: 'api', atMs: 31_000, durationMs: 1_000 });
    expect(overlap.applied ? '' : overlap.errors[0]?.message).toMatch(/overlaps faults\[0\]/);
    expect(doc()).toBe(breaker);
  });
});
