/**
 * Same scenario + seed ⇒ the same numbers in the CLI (a separate Node process)
 * and through the worker API. The CLI is spawned, not imported: layers stay apart.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../engine/index.ts';
import { createSimWorkerApi } from './runner.ts';
import { createManualHost } from './testHost.ts';

const DEFAULT = 'src/scenario/fixtures/default.json';

/** Run the fixture through the worker API at "max" speed and return the final summary. */
function viaWorkerApi(durationMs: number, seed: number, fixture = DEFAULT): RunSummary | undefined {
  const host = createManualHost();
  const api = createSimWorkerApi(host);
  const scenario = { ...(JSON.parse(readFileSync(fixture, 'utf8')) as object), durationMs, seed };
  expect(api.load(scenario).ok).toBe(true);
  api.setSpeed('max');
  let summary: RunSummary | undefined;
  api.start((b) => {
    if (b.summary) summary = b.summary;
  });
  host.runPending();
  return summary;
}

function viaCli(durationMs: number, seed: number, fixture = DEFAULT): Record<string, unknown> {
  const args = [
    'src/cli/main.ts',
    fixture,
    '--duration-ms',
    String(durationMs),
    '--seed',
    String(seed),
    '--json',
  ];
  return JSON.parse(execFileSync('node_modules/.bin/tsx', args, { encoding: 'utf8' })) as Record<
    string,
    unknown
  >;
}

describe('determinism across the CLI and the worker', { timeout: 60_000 }, () => {
  it('gives identical summaries for the same scenario and seed, and different ones for another seed', () => {
    const cli = viaCli(30_000, 7);
    const worker = viaWorkerApi(30_000, 7);
    expect(worker).toBeDefined();
    const { simulatedMs, events, totals, nodes } = cli;
    expect({ simulatedMs, events, totals, nodes }).toEqual(JSON.parse(JSON.stringify(worker)));
    expect(viaWorkerApi(30_000, 8)?.totals).not.toEqual(worker?.totals);
  });

  it('also with a breaker, a pending fallback and its reconciliations', () => {
    const fixture = 'src/scenario/fixtures/cascade-breaker.json';
    const cli = viaCli(100_000, 21, fixture);
    const worker = viaWorkerApi(100_000, 21, fixture);
    // The CLI adds only name, seed and wall time; everything simulated is the same, the fault book included.
    const { name: _name, seed: _seed, wallMs: _wallMs, ...simulated } = cli;
    expect(simulated).toEqual(JSON.parse(JSON.stringify(worker)));
    expect(worker?.faults?.[0]?.target).toBe('payments');
    expect(worker?.nodes['orders']?.['reconciled']).toBeGreaterThan(1000);
  });
});

describe(
  'determinism of recorded live edits across the CLI and the worker',
  { timeout: 60_000 },
  () => {
    it('gives identical summaries for a scenario with edits', () => {
      const doc = JSON.parse(readFileSync(DEFAULT, 'utf8')) as Record<string, unknown>;
      const edits = [
        { atMs: 12_345.5, node: 'api-1', set: { workers: 1 } },
        { atMs: 15_000, node: 'users', set: { ratePerSec: 900 } },
        { atMs: 20_000, node: 'lb', set: { strategy: 'least-connections' } },
      ];
      const file = join(mkdtempSync(join(tmpdir(), 'distsim-edits-')), 'edits.json');
      writeFileSync(file, JSON.stringify({ ...doc, edits }));
      const cli = viaCli(30_000, 7, file);
      const worker = viaWorkerApi(30_000, 7, file);
      const { simulatedMs, events, totals, nodes } = cli;
      expect({ simulatedMs, events, totals, nodes }).toEqual(JSON.parse(JSON.stringify(worker)));
      expect(viaWorkerApi(30_000, 7)?.totals).not.toEqual(worker?.totals);
    });
  },
);
