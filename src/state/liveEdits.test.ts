import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startApp } from './app.ts';
import { initialDocumentData, useDocumentStore } from './documentStore.ts';
import { editNodeField } from './editorCommands.ts';
import { createFakeRunner } from './fakeRunner.ts';
import { LIVE_EDIT_SETTLE_MS } from './liveEditCommands.ts';
import { getEditLabel, getEditMarks, getNodeLiveField, getScenarioAt } from './liveEdits.ts';
import { initialRunData, useRunStore } from './runStore.ts';
import type { ParamEdit, Scenario } from './scenarioAccess.ts';
import { testLayout } from './testFixtures.ts';
import type { UrlEnv } from './urlSync.ts';
import { initialViewData, useViewStore } from './viewStore.ts';

const base = (): Scenario => initialDocumentData.scenario;
const withEdits = (...edits: ParamEdit[]): Scenario => ({ ...base(), edits });
const nodeOf = (s: Scenario, id: string) => s.nodes.find((n) => n.id === id)!;

describe('live edits, pure', () => {
  it('the scenario at a moment has the edits made by then, in time order', () => {
    const s = withEdits(
      { atMs: 5000, node: 'api-1', set: { workers: 8 } },
      { atMs: 2000, node: 'api-1', set: { workers: 6, queueCapacity: 10 } },
    );
    expect(nodeOf(getScenarioAt(s, 1999), 'api-1')).toEqual(nodeOf(base(), 'api-1'));
    expect(nodeOf(getScenarioAt(s, 2000), 'api-1')).toMatchObject({
      workers: 6,
      queueCapacity: 10,
    });
    expect(nodeOf(getScenarioAt(s, 9000), 'api-1')).toMatchObject({
      workers: 8,
      queueCapacity: 10,
    });
  });

  it('labels an edit with the value before and after, and lists them in time order', () => {
    const workers = (nodeOf(base(), 'api-1') as { workers: number }).workers;
    const s = withEdits(
      { atMs: 9000, node: 'api-1', set: { workers: 12 } },
      { atMs: 3000, node: 'api-1', set: { workers: 9 } },
      { atMs: 4000, edge: { from: 'lb', to: 'api-1' }, set: { latencyMs: null } },
    );
    expect(getEditMarks(s).map((m) => m.label)).toEqual([
      `api-1 workers ${workers}→9`,
      'lb→api-1 latencyMs lognormal 0.5/2→none',
      'api-1 workers 9→12',
    ]);
    expect(getEditLabel(s, { atMs: 1, node: 'users', set: { ratePerSec: 10 } })).toMatch(
      /^users ratePerSec \d+→10$/,
    );
  });

  it('knows which inspector paths are live-editable', () => {
    const s = base();
    expect(getNodeLiveField(nodeOf(s, 'api-1'), ['workers'])).toBe('workers');
    expect(getNodeLiveField(nodeOf(s, 'api-1'), ['weight'])).toBeUndefined();
    expect(getNodeLiveField(nodeOf(s, 'users'), ['arrival', 'ratePerSec'])).toBe('ratePerSec');
    expect(getNodeLiveField(nodeOf(s, 'lb'), ['strategy'])).toBe('strategy');
    expect(getNodeLiveField(nodeOf(s, 'lb'), ['virtualNodes'])).toBeUndefined();
    expect(getNodeLiveField(nodeOf(s, 'users'), ['workload', 'keys', 'count'])).toBeUndefined();
  });
});

describe('live edits through the app', () => {
  let stop: () => void = () => undefined;
  const env: UrlEnv = {
    location: { hash: '' },
    history: { replaceState: () => undefined },
    onHashChange: () => () => undefined,
  };

  beforeEach(() => {
    vi.useFakeTimers();
    useDocumentStore.setState(initialDocumentData);
    useRunStore.setState(initialRunData);
    useViewStore.setState(initialViewData);
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('during a run, a live field goes to the worker and into the document without a restart', async () => {
    const runner = createFakeRunner(testLayout);
    stop = startApp(env, () => runner);
    const { simCommands } = await import('./app.ts');
    await simCommands.run();
    expect(runner.calls).toEqual(['load', 'speed:10', 'start']);
    expect(editNodeField('api-1', ['workers'], 7)).toEqual({ applied: true });
    expect(editNodeField('api-1', ['workers'], 8)).toEqual({ applied: true }); // typed on: one edit
    await vi.advanceTimersByTimeAsync(LIVE_EDIT_SETTLE_MS);
    expect(runner.calls.slice(3)).toEqual(['edit:api-1:{"workers":8}']);
    const doc = useDocumentStore.getState();
    expect(doc.lastChangeLive).toBe(true);
    expect(doc.scenario.edits).toEqual([{ atMs: 1000, node: 'api-1', set: { workers: 8 } }]);
    expect(nodeOf(doc.scenario, 'api-1')).toEqual(nodeOf(base(), 'api-1')); // base values kept
    expect(runner.calls).not.toContain('stop');
  });

  it('a part of a field (a distribution’s mean) is sent as the whole field in force', async () => {
    const runner = createFakeRunner(testLayout);
    stop = startApp(env, () => runner);
    const { simCommands } = await import('./app.ts');
    await simCommands.run();
    expect(editNodeField('api-1', ['serviceTimeMs', 'mean'], 2)).toEqual({ applied: true });
    await vi.advanceTimersByTimeAsync(LIVE_EDIT_SETTLE_MS);
    expect(runner.calls.slice(3)).toEqual([
      'edit:api-1:{"serviceTimeMs":{"type":"exponential","mean":2}}',
    ]);
  });

  it('refuses a bad value at once, with the edit path, and sends nothing', async () => {
    const runner = createFakeRunner(testLayout);
    stop = startApp(env, () => runner);
    const { simCommands } = await import('./app.ts');
    await simCommands.run();
    const outcome = editNodeField('api-1', ['workers'], 0);
    expect(outcome.applied).toBe(false);
    if (!outcome.applied) expect(outcome.errors[0]?.path).toBe('edits[0].set.workers');
    await vi.advanceTimersByTimeAsync(LIVE_EDIT_SETTLE_MS);
    expect(runner.calls.some((c) => c.startsWith('edit:'))).toBe(false);
  });

  it('a field that cannot change live restarts the run and says why', async () => {
    const runner = createFakeRunner(testLayout);
    stop = startApp(env, () => runner);
    const { simCommands } = await import('./app.ts');
    await simCommands.run();
    expect(editNodeField('api-1', ['weight'], 3)).toEqual({ applied: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(runner.calls.slice(3)).toEqual(['stop', 'load', 'speed:10', 'start']);
    expect(useViewStore.getState().banners.at(-1)?.title).toMatch(/restarted from 0 s/);
  });
});
