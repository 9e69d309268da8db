/**
 * `--json` passes the engine's kind-specific node fields through untouched.
 * The engine is replaced by a stub here, so this holds whatever it simulates.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { main } from './main.ts';

const latencyMs = { mean: 1, p50: 1, p95: 1, p99: 1, p999: 1, max: 1 };
const cacheSummary = {
  kind: 'cache',
  arrivals: 10,
  completed: 10,
  failed: 0,
  degraded: 0,
  failures: {},
  utilization: 0,
  meanQueueLength: 0,
  meanInFlight: 0,
  meanTimeInNodeMs: 1,
  arrivalRatePerSec: 1,
  latencyMs,
  hits: 7,
  misses: 3,
  hitRatio: 0.7,
  evictions: 1,
  staleReads: 0,
  lostWrites: 2,
};

vi.mock('../engine/index.ts', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  createSimulation: () => ({
    runToEnd: () => undefined,
    summary: () => ({
      simulatedMs: 60_000,
      events: 5,
      totals: {
        requests: 10,
        succeeded: 10,
        failed: 0,
        throughputPerSec: 1,
        latencyMs,
        degraded: 0,
        goodputPerSec: 1,
      },
      nodes: {
        cache: cacheSummary,
        router: {
          ...cacheSummary,
          kind: 'shard-router',
          targets: { 'db-0': { requests: 3, share: 0.5, keyShare: 0.5 } },
          imbalance: 0,
        },
      },
    }),
  }),
}));

describe('--json', () => {
  it('prints the kind-specific fields the engine reports', async () => {
    const file = fileURLToPath(new URL('../scenario/fixtures/full-stack.json', import.meta.url));
    let out = '';
    const code = await main(
      [file, '--json'],
      (t) => (out += t),
      () => undefined,
    );
    expect(code).toBe(0);
    const json = JSON.parse(out) as { nodes: Record<string, Record<string, unknown>> };
    expect(json.nodes.cache).toEqual(cacheSummary);
    expect(json.nodes.router).toMatchObject({
      targets: { 'db-0': { requests: 3, share: 0.5, keyShare: 0.5 } },
      imbalance: 0,
    });
  });
});
