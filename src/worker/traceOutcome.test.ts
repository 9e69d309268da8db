/**
 * The sampled request hops behind the animated dots tell retries, timeouts
 * and rejections apart, and agree with the edge metrics of the same run.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TRACE_OUTCOMES } from '../engine/index.ts';
import type { MetricsBatch } from './protocol.ts';
import { createSimWorkerApi } from './runner.ts';
import { createManualHost } from './testHost.ts';

function runFixture(name: string, durationMs: number): MetricsBatch[] {
  const host = createManualHost();
  const api = createSimWorkerApi(host);
  const json = JSON.parse(readFileSync(`src/scenario/fixtures/${name}.json`, 'utf8')) as object;
  expect(api.load({ ...json, durationMs, warmupMs: 0 }).ok).toBe(true);
  api.setSpeed('max');
  const batches: MetricsBatch[] = [];
  api.start((b) => batches.push(b));
  host.runPending();
  return batches;
}

const countOutcomes = (batches: readonly MetricsBatch[]): Map<string, number> => {
  const counts = new Map<string, number>(TRACE_OUTCOMES.map((o) => [o, 0]));
  for (const { traces } of batches)
    for (let i = 0; i < traces.count; i++) {
      const name = TRACE_OUTCOMES[traces.outcome[i] ?? 0] ?? 'ok';
      counts.set(name, (counts.get(name) ?? 0) + 1);
      // The old column stays consistent: ok and successful retries are 1.
      expect(traces.ok[i]).toBe(name === 'ok' || name === 'retry' ? 1 : 0);
    }
  return counts;
};

describe('trace outcomes', () => {
  it('a retry storm shows timeouts and successful retries; a healthy run only successes', () => {
    const storm = countOutcomes(runFixture('retry-storm', 60_000));
    expect(storm.get('timeout')).toBeGreaterThan(0);
    expect(storm.get('retry')).toBeGreaterThan(0);
    const calm = countOutcomes(runFixture('mm1-rho-0.9', 30_000));
    expect(calm.get('ok')).toBeGreaterThan(0);
    expect((calm.get('timeout') ?? 0) + (calm.get('retry') ?? 0) + (calm.get('failed') ?? 0)).toBe(
      0,
    );
  });
});
