/**
 * The A/B comparison's premise, at the worker level: the same scenario run twice
 * on the same seed, differing only in the load balancer's strategy. On a
 * heterogeneous pool, least-connections must beat round-robin (which overloads
 * the small server), and common random numbers must make an unchanged variant
 * give exactly the baseline's numbers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../engine/index.ts';
import type { MetricsBatch } from './protocol.ts';
import { createSimWorkerApi } from './runner.ts';
import { createManualHost } from './testHost.ts';

type Json = Record<string, unknown> & { nodes: Record<string, unknown>[] };

const weightedPool = (): Json =>
  JSON.parse(
    readFileSync(new URL('../scenario/fixtures/weighted-pool.json', import.meta.url), 'utf8'),
  ) as Json;

function withStrategy(strategy: string): Json {
  const scenario = weightedPool();
  scenario.durationMs = 30_000;
  scenario.nodes = scenario.nodes.map((n) => (n.id === 'lb' ? { ...n, strategy } : n));
  return scenario;
}

/** Run through the worker API (as the app does) to the end and return the summary. */
function runThroughWorker(scenario: unknown): RunSummary {
  const host = createManualHost();
  const api = createSimWorkerApi(host);
  const loaded = api.load(scenario);
  if (!loaded.ok) throw new Error(loaded.errors.join('; '));
  api.setSpeed('max');
  let summary: RunSummary | undefined;
  api.start((b: MetricsBatch) => (summary = b.summary ?? summary));
  host.runPending();
  if (!summary) throw new Error('the run did not finish');
  return summary;
}

describe('A/B on one seed', () => {
  it('least-connections beats round-robin on a heterogeneous pool (p99 and mean)', () => {
    const rr = runThroughWorker(withStrategy('round-robin'));
    const lc = runThroughWorker(withStrategy('least-connections'));
    expect(lc.totals.latencyMs.p99).toBeLessThan(rr.totals.latencyMs.p99 / 2);
    expect(lc.totals.latencyMs.mean).toBeLessThan(rr.totals.latencyMs.mean);
    // Round robin sends a third of 1800/s to a 2-worker server that can take 500/s.
    expect(rr.nodes['server-small']?.utilization).toBeGreaterThan(0.99);
    expect(lc.totals.failed).toBeLessThan(rr.totals.failed);
  });

  it('the same arrivals feed both sides (common random numbers)', () => {
    const rr = runThroughWorker(withStrategy('round-robin'));
    const lc = runThroughWorker(withStrategy('least-connections'));
    expect(lc.totals.requests).toBe(rr.totals.requests);
    expect(lc.nodes.users?.arrivals).toBe(rr.nodes.users?.arrivals);
    expect(runThroughWorker(withStrategy('round-robin'))).toEqual(rr);
  });
});
