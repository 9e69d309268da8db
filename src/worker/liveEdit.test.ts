import { describe, expect, it } from 'vitest';
import { createSimWorkerApi } from './runner.ts';
import { createManualHost } from './testHost.ts';
import { runToEnd, shortDefaultScenario as scenario, startRun } from './testRuns.ts';

describe('live parameter edits through the worker API', () => {
  it('records the edit at the current simulated time; the recorded scenario replays the same run', () => {
    const { host, api, summary } = startRun(scenario(), 40, 1);
    const result = api.edit({ node: 'api-1', set: { workers: 1 } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.edit.atMs).toBeGreaterThan(0);
    expect(result.edit).toMatchObject({ node: 'api-1', set: { workers: 1 } });
    api.setSpeed('max');
    host.runPending();

    const live = summary();
    const replayed = runToEnd({ ...scenario(), edits: [result.edit] });
    expect(replayed).toEqual(live);
    expect(runToEnd(scenario())).not.toEqual(live);
  });

  it("refuses a field that cannot change live, or a bad value, with the format's message", () => {
    const { api } = startRun(scenario(), 5);
    const strategy = api.edit({ node: 'lb', set: { virtualNodes: 10 } as never });
    expect(strategy.ok).toBe(false);
    if (!strategy.ok)
      expect(strategy.errors[0]).toMatch(
        /^edits\[0\]\.set\.virtualNodes: cannot change during a run/,
      );
    const zero = api.edit({ node: 'api-1', set: { workers: 0 } });
    expect(zero.ok).toBe(false);
    if (!zero.ok) expect(zero.errors).toEqual(['edits[0].set.workers: must be at least 1 (got 0)']);
    expect(api.edit({ node: 'api-1', set: { workers: 2 } }).ok).toBe(true);
  });

  it('refuses when no run is in progress', () => {
    const api = createSimWorkerApi(createManualHost());
    expect(api.edit({ node: 'api-1', set: { workers: 2 } })).toEqual({
      ok: false,
      errors: ['no run in progress'],
    });
  });
});
