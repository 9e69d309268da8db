import { describe, expect, it } from 'vitest';
import { problems, stackDoc } from './testing/problems.ts';
import { validateScenario } from './validate.ts';

const crash = (target: string, atMs: number, durationMs: number): Record<string, unknown> => ({
  type: 'crash',
  target,
  atMs,
  durationMs,
});
const withFaults = (...faults: unknown[]): Record<string, unknown> => ({ ...stackDoc(), faults });

describe('faults', () => {
  it('accepts crashes of any node but a client, and keeps them as written', () => {
    const faults = [crash('cache', 1000, 500), crash('api', 0, 20_000), crash('cache', 1500, 1)];
    const result = validateScenario(withFaults(...faults));
    expect(result.ok && result.scenario.faults).toEqual(faults);
  });

  it('drops an empty list (no faults)', () => {
    const result = validateScenario(withFaults());
    expect(result.ok && 'faults' in result.scenario).toBe(false);
  });

  it('names every known fault type when the type is unknown', () => {
    expect(problems(withFaults({ type: 'meteor' }))).toEqual([
      'faults[0].type: must be one of "crash", "slow", "errors", "latency", "partition", "cache-flush", "shard-down", "replica-lag", "traffic-spike", "hot-key" (got "meteor")',
    ]);
  });

  it('checks the target, the start and the length', () => {
    expect(problems(withFaults(crash('nope', 0, 1)))).toEqual([
      'faults[0].target: no node has id "nope"',
    ]);
    expect(problems(withFaults(crash('users', 0, 1)))).toEqual([
      'faults[0].target: "users" is a client; clients cannot crash',
    ]);
    expect(problems(withFaults(crash('api', 10_000, 1)))).toEqual([
      'faults[0].atMs: must be less than durationMs (10000) (got 10000)',
    ]);
    expect(problems(withFaults(crash('api', -1, 0)))).toEqual([
      'faults[0].atMs: must be at least 0 (got -1)',
      'faults[0].durationMs: must be greater than 0 (got 0)',
    ]);
    expect(problems(withFaults({ type: 'crash' }))).toEqual([
      'faults[0].target: is required',
      'faults[0].atMs: is required',
      'faults[0].durationMs: is required',
    ]);
  });

  it('refuses overlapping crashes of one node', () => {
    expect(problems(withFaults(crash('api', 0, 100), crash('api', 100, 5)))).toEqual([]);
    expect(
      problems(withFaults(crash('api', 0, 1000), crash('api', 200, 5), crash('api', 900, 5))),
    ).toEqual([
      'faults[1]: overlaps faults[0] (both affect "api" at once)',
      'faults[2]: overlaps faults[0] (both affect "api" at once)',
    ]);
  });

  it('bounds the list', () => {
    expect(problems({ ...stackDoc(), faults: {} })).toEqual(['faults: must be an array']);
    const many = Array.from({ length: 1001 }, (_, i) => crash('api', i, 1));
    expect(problems(withFaults(...many))).toEqual(['faults: has 1001 faults; at most 1000']);
  });
});
