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

function runToEnd(doc: unknown): MetricsBatch['summary'] {
  const host = createManualHost();
  const api = createSimWorkerApi(host);
  api.load(doc);
  api.setSpeed('max');
  let summary: MetricsBatch['summary'];
  api.start((b) => {
    if (b.summary) summary = b.summary;
  });
  host.runPending();
  return summary;
}

describe('live parameter edits through the worker API', () => {
  it('records the edit at the current simulated time; the recorded scenario replays the same run', () => {
    const host = createManualHost();
    const api = createSimWorkerApi(host);
    api.load(scenario());
    api.setSpeed(1);
    let live: MetricsBatch['summary'];
    api.start((b) => {
      if (b.summary) live = b.summary;
    });
    host.runPending(40);
    const result = api.edit({ node: 'api-1', set: { workers: 1 } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.edit.atMs).toBeGreaterThan(0);
    expect(result.edit).toMatchObject({ node: 'api-1', set: { workers: 1 } });
    api.setSpeed('max');
    host.runPending();

    const replayed = runToEnd({ ...scenario(), edits: [result.edit] });
    expect(replayed).toEqual(live);
    expect(runToEnd(scenario())).not.toEqual(live);
  });

  it("refuses a field that cannot change live, or a bad value, with the format's message", () => {
    const host = createManualHost();
    const api = createSimWorkerApi(host);
    api.load(scenario());
    api.start(() => undefined);
    host.runPending(5);
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
