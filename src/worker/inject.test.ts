import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MetricsBatch } from './protocol.ts';
import { createSimWorkerApi } from './runner.ts';
import { createManualHost } from './testHost.ts';

const scenario = () => ({
  ...(JSON.parse(readFileSync('src/scenario/fixtures/default.json', 'utf8')) as object),
  durationMs: 30_000,
  warmupMs: 0,
});

describe('live fault injection through the worker API', () => {
  it('records the fault at the current simulated time; the recorded scenario replays the same run', () => {
    const host = createManualHost();
    const api = createSimWorkerApi(host);
    api.load(scenario());
    api.setSpeed(1);
    let live: MetricsBatch['summary'];
    api.start((b) => {
      if (b.summary) live = b.summary;
    });
    host.runPending(40);
    api.pause();
    const result = api.inject({ type: 'crash', target: 'api-2', durationMs: 5000 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fault.atMs).toBeGreaterThan(0);
    api.setSpeed('max');
    api.resume();
    host.runPending();
    expect(live?.nodes['api-2']?.failures['node-down']).toBeGreaterThan(0);

    const replayHost = createManualHost();
    const replay = createSimWorkerApi(replayHost);
    replay.load({ ...scenario(), faults: [result.fault] });
    replay.setSpeed('max');
    let replayed: MetricsBatch['summary'];
    replay.start((b) => {
      if (b.summary) replayed = b.summary;
    });
    replayHost.runPending();
    expect(replayed).toEqual(live);
  });

  it('refuses a fault on a client, or one overlapping another on the same node, with the format’s message', () => {
    const host = createManualHost();
    const api = createSimWorkerApi(host);
    api.load(scenario());
    api.start(() => undefined);
    host.runPending(5);
    const client = api.inject({ type: 'crash', target: 'users', durationMs: 1000 });
    expect(client.ok).toBe(false);
    if (!client.ok) expect(client.errors[0]).toMatch(/faults\[0\]\.target: "users" is a client/);
    expect(api.inject({ type: 'crash', target: 'api-1', durationMs: 1000 }).ok).toBe(true);
    const twice = api.inject({ type: 'slow', target: 'api-1', durationMs: 1000, factor: 2 });
    expect(twice.ok).toBe(false);
    expect(api.inject({ type: 'slow', target: 'lb', durationMs: 1000, factor: 2 }).ok).toBe(false);
  });
});
