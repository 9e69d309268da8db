import * as Comlink from 'comlink';
import { readFileSync } from 'node:fs';
import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { METRIC, METRIC_COUNT, createSimulation } from '../engine/index.ts';
import { compileScenario, validateScenario } from '../scenario/index.ts';
import { createSimRunnerFromEndpoint } from './client.ts';
import { createBrowserHost } from './host.ts';
import type { MetricsBatch } from './protocol.ts';
import { createSimWorkerApi } from './runner.ts';
import { createManualHost } from './testHost.ts';

const fixture = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../scenario/fixtures/${name}`, import.meta.url), 'utf8'),
  ) as Record<string, unknown>;

describe('simulation runner', () => {
  it('rejects an invalid scenario with path-qualified messages', () => {
    const api = createSimWorkerApi(createManualHost());
    const result = api.load({ ...fixture('default.json'), durationMs: -5 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.some((e) => e.startsWith('durationMs:'))).toBe(true);
    expect(() => api.start(() => undefined)).toThrow(/load/);
  });

  it('paces simulated time to the chosen speed', () => {
    const host = createManualHost(0);
    const api = createSimWorkerApi(host);
    expect(api.load(fixture('default.json')).ok).toBe(true);
    api.setSpeed(10);
    const batches: MetricsBatch[] = [];
    api.start((b) => batches.push(b));
    for (let i = 0; i < 60; i++) {
      host.advance(16);
      host.runPending(1);
    }
    const last = batches.at(-1)!;
    // ~60 × 16 ms of wall time at ×10 ≈ 9.6 s of simulated time
    expect(last.simTimeMs).toBeGreaterThan(8000);
    expect(last.simTimeMs).toBeLessThan(11000);
    expect(last.status).toBe('running');
  });

  it('pause, step by one window, resume, and finish with a summary', () => {
    const host = createManualHost();
    const api = createSimWorkerApi(host);
    api.load({ ...fixture('default.json'), durationMs: 5000, warmupMs: 0 });
    api.setSpeed(1);
    const batches: MetricsBatch[] = [];
    api.start((b) => batches.push(b));
    host.runPending(3);
    api.pause();
    const paused = batches.at(-1)!;
    expect(paused.status).toBe('paused');
    api.step();
    const stepped = batches.at(-1)!;
    expect(stepped.simTimeMs).toBe(Math.floor(paused.simTimeMs / 1000 + 1) * 1000);
    expect(stepped.frameCount).toBeGreaterThanOrEqual(1);
    api.setSpeed('max');
    api.resume();
    host.runPending();
    const last = batches.at(-1)!;
    expect(last.status).toBe('finished');
    expect(last.summary?.totals.requests).toBeGreaterThan(2000);
    const windows = batches.reduce((n, b) => n + b.frameCount, 0);
    expect(windows).toBe(5);
    expect(batches.map((b) => b.firstWindow)).toEqual(
      batches.map((_, i) => batches.slice(0, i).reduce((n, b) => n + b.frameCount, 0)),
    );
  });

  it('streams the same numbers as a direct run, over a real MessageChannel with comlink', async () => {
    const { port1, port2 } = new MessageChannel();
    Comlink.expose(createSimWorkerApi(createBrowserHost()), port1 as unknown as Comlink.Endpoint);
    const runner = createSimRunnerFromEndpoint(port2 as unknown as Comlink.Endpoint, () =>
      port2.close(),
    );
    const scenario = { ...fixture('default.json'), durationMs: 20_000 };
    const loaded = await runner.load(scenario);
    expect(loaded.ok).toBe(true);
    await runner.setSpeed('max');
    const done = new Promise<MetricsBatch[]>((resolve) => {
      const got: MetricsBatch[] = [];
      void runner.start((b) => {
        got.push(b);
        if (b.status === 'finished') resolve(got);
      });
    });
    const batches = await done;
    runner.terminate();
    port1.close();
    const rows = loaded.ok ? loaded.layout.rows : 0;
    const totalsCompleted = batches.reduce((n, b) => {
      for (let f = 0; f < b.frameCount; f++)
        n += b.frames[(f * rows + rows - 1) * METRIC_COUNT + METRIC.completed]!;
      return n;
    }, 0);
    const summary = batches.at(-1)!.summary!;
    const validated = validateScenario(scenario);
    if (!validated.ok) throw new Error('fixture invalid');
    const direct = createSimulation(compileScenario(validated.scenario));
    direct.runToEnd();
    expect(summary).toEqual(direct.summary());
    expect(summary.totals.requests).toBeGreaterThan(5_000);
    expect(totalsCompleted).toBeGreaterThanOrEqual(summary.totals.succeeded);
    expect(batches.some((b) => b.traces.count > 0)).toBe(true);
  });
});
