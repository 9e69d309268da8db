import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../scenario/index.ts';
import { formatReport } from './format.ts';
import { applyOverrides, loadScenarioFile, runCli } from './run.ts';

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../scenario/fixtures/${name}`, import.meta.url));

describe('loadScenarioFile', () => {
  it('reports an unreadable file at its name', async () => {
    expect(await loadScenarioFile({ file: 'no/such.json', json: true })).toEqual({
      ok: false,
      errors: [{ path: 'no/such.json', message: 'cannot read file (ENOENT)' }],
    });
  });

  it('reports a file that is not JSON at its name', async () => {
    const file = fileURLToPath(import.meta.url); // TypeScript, not JSON
    const result = await loadScenarioFile({ file, json: true });
    expect(result.ok ? undefined : result.errors[0]?.path).toBe(file);
  });

  it('applies --seed and --duration-ms', async () => {
    const result = await loadScenarioFile({
      file: fixture('default.json'),
      json: true,
      seed: 9,
      durationMs: 20_000,
    });
    expect(result.ok && [result.scenario.seed, result.scenario.durationMs]).toEqual([9, 20_000]);
  });
});

describe('applyOverrides', () => {
  it('refuses a duration not longer than the warm-up, naming the flag', () => {
    expect(applyOverrides(defaultScenario, { file: 'x', json: true, durationMs: 2000 })).toEqual({
      ok: false,
      errors: [
        {
          path: '--duration-ms',
          message: "must be greater than the scenario's warmupMs (10000) (got 2000)",
        },
      ],
    });
  });

  it('reports re-validation problems at the flag', () => {
    const result = applyOverrides(defaultScenario, { file: 'x', json: true, durationMs: 1e12 });
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['--duration-ms']);
  });
});

describe('runCli', () => {
  it('runs a fixture and returns the contract’s keys in order, deterministically', async () => {
    const options = { file: fixture('closed-loop.json'), json: true, durationMs: 3000 };
    const first = await runCli(options);
    const second = await runCli(options);
    if (!first.ok || !second.ok) throw new Error('run failed');
    expect(Object.keys(first.report)).toEqual([
      'name',
      'seed',
      'simulatedMs',
      'events',
      'wallMs',
      'totals',
      'nodes',
    ]);
    expect(first.report).toMatchObject({
      name: 'Closed loop: 50 users thinking 100 ms',
      seed: 3,
      simulatedMs: 3000,
    });
    expect(Object.keys(first.report.nodes)).toEqual(['users', 'lb', 'api-1', 'api-2']);
    expect(first.report.totals.requests).toBeGreaterThan(0);
    expect({ ...first.report, wallMs: 0 }).toEqual({ ...second.report, wallMs: 0 });
  });
});

describe('control fields', { timeout: 30_000 }, () => {
  it('adds alerts, scaling and faults after the contract’s keys, only when the scenario has them', async () => {
    const spike = await runCli({ file: fixture('autoscaling-spike.json'), json: true });
    if (!spike.ok) throw new Error('the preset is valid');
    expect(Object.keys(spike.report)).toEqual([
      'name',
      'seed',
      'simulatedMs',
      'events',
      'wallMs',
      'totals',
      'nodes',
      'alerts',
      'scaling',
    ]);
    expect(spike.report.scaling?.scaleOuts).toBeGreaterThan(0);
    const plain = await runCli({ file: fixture('default.json'), json: true, durationMs: 20_000 });
    expect(plain.ok && Object.keys(plain.report)).not.toContain('alerts');
    const chaos = await runCli({ file: fixture('chaos-pool.json'), json: true });
    if (!chaos.ok) throw new Error('the preset is valid');
    expect(chaos.report.faultCount).toBe(chaos.report.faults?.length);
    expect(chaos.report.faults?.[0]).toHaveProperty('timeToRecoverMs');
    expect(formatReport(chaos.report)).toMatch(/faults: \d+; time to recover = goodput and p99/);
    expect(formatReport(spike.report)).toMatch(/scaling: \d+ scale-outs, \d+ scale-ins/);
  });
});
