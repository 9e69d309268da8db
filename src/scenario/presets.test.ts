import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultScenario, presets } from './presets.ts';
import { validateScenario } from './validate.ts';

const FIXTURES = new URL('./fixtures/', import.meta.url);

describe('presets', () => {
  it('includes every fixture file, each valid', () => {
    const files = readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.json'))
      .sort();
    expect(presets.map((p) => `${p.id}.json`).sort()).toEqual(files);
    for (const file of files) {
      const result = validateScenario(JSON.parse(readFileSync(new URL(file, FIXTURES), 'utf8')));
      expect(result.ok ? [] : result.errors, file).toEqual([]);
    }
  });

  it('has unique ids, a title, a description and a position for every node', () => {
    expect(new Set(presets.map((p) => p.id)).size).toBe(presets.length);
    for (const p of presets) {
      expect(p.title).not.toBe('');
      expect(p.description).not.toBe('');
      for (const node of p.scenario.nodes) {
        expect(node.x, `${p.id}/${node.id}`).toBeTypeOf('number');
        expect(node.y, `${p.id}/${node.id}`).toBeTypeOf('number');
      }
    }
  });

  it('starts a new document as "Round robin over three services"', () => {
    expect(defaultScenario.name).toBe('Round robin over three services');
    expect(defaultScenario.nodes.map((n) => n.id)).toEqual([
      'users',
      'lb',
      'api-1',
      'api-2',
      'api-3',
    ]);
    expect(defaultScenario).toMatchObject({ seed: 42, durationMs: 120_000, warmupMs: 10_000 });
  });

  it('sets the M/M/1 preset at ρ = 0.9', () => {
    const mm1 = presets.find((p) => p.id === 'mm1-rho-0.9')?.scenario;
    const [client, server] = mm1?.nodes ?? [];
    const rate =
      client?.kind === 'client' && client.arrival.type === 'poisson'
        ? client.arrival.ratePerSec
        : 0;
    const mean =
      server?.kind === 'service' && server.serviceTimeMs.type === 'exponential'
        ? server.serviceTimeMs.mean
        : 0;
    expect((rate * mean) / 1000).toBeCloseTo(0.9, 12);
  });
});
