import { describe, expect, it } from 'vitest';
import { runToEnd, shortDefaultScenario as scenario, startRun } from './testRuns.ts';

describe('live fault injection through the worker API', () => {
  it('records the fault at the current simulated time; the recorded scenario replays the same run', () => {
    const { host, api, summary } = startRun(scenario(), 40, 1);
    api.pause();
    const result = api.inject({ type: 'crash', target: 'api-2', durationMs: 5000 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fault.atMs).toBeGreaterThan(0);
    api.setSpeed('max');
    api.resume();
    host.runPending();
    const live = summary();
    expect(live?.nodes['api-2']?.failures['node-down']).toBeGreaterThan(0);
    const replayed = runToEnd({ ...scenario(), faults: [result.fault] });
    expect(replayed).toEqual(live);
  });

  it('refuses a fault on a client, or one overlapping another on the same node, with the format’s message', () => {
    const { api } = startRun(scenario(), 5);
    const client = api.inject({ type: 'crash', target: 'users', durationMs: 1000 });
    expect(client.ok).toBe(false);
    if (!client.ok) expect(client.errors[0]).toMatch(/faults\[0\]\.target: "users" is a client/);
    expect(api.inject({ type: 'crash', target: 'api-1', durationMs: 1000 }).ok).toBe(true);
    const twice = api.inject({ type: 'slow', target: 'api-1', durationMs: 1000, factor: 2 });
    expect(twice.ok).toBe(false);
    expect(api.inject({ type: 'slow', target: 'lb', durationMs: 1000, factor: 2 }).ok).toBe(false);
  });
});
