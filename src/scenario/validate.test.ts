import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenarioArb } from './testing/arbitraries.ts';
import { baseDoc } from './testing/baseScenario.ts';
import { formatScenarioError, validateScenario } from './validate.ts';

/** Validate `doc` and return its problems as `path: message` lines. */
function problems(doc: unknown): string[] {
  const result = validateScenario(doc);
  return result.ok ? [] : result.errors.map(formatScenarioError);
}

/** The base document with `patch` applied to `nodes[i]`. */
function withNode(i: number, patch: Record<string, unknown>): Record<string, unknown> {
  const doc = baseDoc();
  const nodes = doc.nodes as Record<string, unknown>[];
  nodes[i] = { ...nodes[i], ...patch };
  return doc;
}

describe('validateScenario: top level', () => {
  it('accepts the base document', () => {
    expect(problems(baseDoc())).toEqual([]);
  });

  it('rejects non-objects at path "scenario"', () => {
    expect(problems(null)).toEqual(['scenario: must be a JSON object (got null)']);
    expect(problems([1])).toEqual(['scenario: must be a JSON object (got an array)']);
  });

  it('requires name, seed, durationMs, nodes and edges', () => {
    expect(problems({ version: 1 })).toEqual([
      'name: is required',
      'seed: is required',
      'durationMs: is required',
      'nodes: is required',
      'edges: is required',
    ]);
  });

  it('checks the seed is an unsigned 32-bit integer', () => {
    for (const seed of [-1, 1.5, 2 ** 32]) {
      expect(problems({ ...baseDoc(), seed })).toEqual([
        `seed: must be an unsigned 32-bit integer, 0 to 4294967295 (got ${seed})`,
      ]);
    }
    expect(problems({ ...baseDoc(), seed: 0xffff_ffff })).toEqual([]);
    expect(problems({ ...baseDoc(), seed: '1' })).toEqual(['seed: must be a number (got "1")']);
  });

  it('checks durations: finite, positive, at most 7 days, warm-up shorter than the run', () => {
    expect(problems({ ...baseDoc(), durationMs: 0 })).toEqual([
      'durationMs: must be greater than 0 (got 0)',
    ]);
    expect(problems({ ...baseDoc(), durationMs: Number.NaN })).toEqual([
      'durationMs: must be a finite number',
    ]);
    expect(problems({ ...baseDoc(), durationMs: 8 * 86_400_000 })).toEqual([
      'durationMs: must be at most 604800000 (got 691200000)',
    ]);
    expect(problems({ ...baseDoc(), warmupMs: -1 })).toEqual([
      'warmupMs: must be at least 0 (got -1)',
    ]);
    expect(problems({ ...baseDoc(), warmupMs: 10_000 })).toEqual([
      'warmupMs: must be less than durationMs (10000) (got 10000)',
    ]);
  });

  it('bounds windowMs and the number of windows', () => {
    expect(problems({ ...baseDoc(), windowMs: 5 })).toEqual([
      'windowMs: must be at least 10 (got 5)',
    ]);
    expect(problems({ ...baseDoc(), durationMs: 604_800_000, windowMs: 100 })).toEqual([
      'windowMs: is too small: durationMs / windowMs may be at most 1000000 windows',
    ]);
  });

  it('accepts crash and slow faults, and names the known types for an unknown one', () => {
    expect(problems({ ...baseDoc(), faults: [] })).toEqual([]);
    const crash = { type: 'crash', target: 'a', atMs: 1000, durationMs: 500 };
    expect(problems({ ...baseDoc(), faults: [crash] })).toEqual([]);
    expect(problems({ ...baseDoc(), faults: [{ ...crash, type: 'slow', factor: 3 }] })).toEqual([]);
    expect(problems({ ...baseDoc(), faults: [{ ...crash, type: 'slow' }] })).toEqual([
      'faults[0].factor: is required',
    ]);
    expect(problems({ ...baseDoc(), faults: [{ ...crash, type: 'meteor' }] })[0]).toMatch(
      /^faults\[0\]\.type: must be one of "crash", .*"hot-key" \(got "meteor"\)$/,
    );
  });

  it('drops unknown fields from the result', () => {
    const result = validateScenario({ ...baseDoc(), colour: 'red' });
    expect(result.ok && 'colour' in result.scenario).toBe(false);
  });

  it('returns the document unchanged otherwise', () => {
    const result = validateScenario(baseDoc());
    expect(result.ok && result.scenario).toEqual(baseDoc());
  });
});

describe('validateScenario: nodes', () => {
  it('checks ids: non-empty, at most 64 characters, a safe alphabet, unique', () => {
    expect(problems(withNode(2, { id: '' }))).toContain('nodes[2].id: must not be empty');
    expect(problems(withNode(2, { id: 'x'.repeat(65) }))).toContain(
      'nodes[2].id: must be at most 64 characters (got 65)',
    );
    expect(problems(withNode(2, { id: 'a b' }))).toContain(
      'nodes[2].id: "a b" may only contain letters, digits and _ . : -',
    );
    expect(problems(withNode(3, { id: 'a' }))).toContain(
      'nodes[3].id: duplicate id "a" (also used by nodes[2])',
    );
  });

  it('lists the kinds it knows when a kind is unknown', () => {
    expect(problems(withNode(3, { kind: 'blob' }))).toContain(
      'nodes[3].kind: must be one of "client", "load-balancer", "service", "cache", "shard-router", "database", "queue" (got "blob")',
    );
  });

  it('checks service fields', () => {
    expect(problems(withNode(2, { workers: 0 }))).toEqual([
      'nodes[2].workers: must be at least 1 (got 0)',
    ]);
    expect(problems(withNode(2, { workers: 1.5 }))).toEqual([
      'nodes[2].workers: must be a whole number (got 1.5)',
    ]);
    expect(problems(withNode(2, { workers: 10_001 }))).toEqual([
      'nodes[2].workers: must be at most 10000 (got 10001)',
    ]);
    expect(problems(withNode(2, { queueCapacity: -1 }))).toEqual([
      'nodes[2].queueCapacity: must be at least 0 (got -1)',
    ]);
    expect(problems(withNode(2, { queueCapacity: 0 }))).toEqual([]);
    expect(problems(withNode(2, { serviceTimeMs: undefined }))).toEqual([
      'nodes[2].serviceTimeMs: is required',
    ]);
  });

  it('checks client arrival and workload', () => {
    expect(problems(withNode(0, { arrival: { type: 'poisson', ratePerSec: 0 } }))).toEqual([
      'nodes[0].arrival.ratePerSec: must be greater than 0 (got 0)',
    ]);
    expect(problems(withNode(0, { arrival: { type: 'ramp' } }))).toEqual([
      'nodes[0].arrival.fromPerSec: is required',
      'nodes[0].arrival.toPerSec: is required',
      'nodes[0].arrival.durationMs: is required',
    ]);
    expect(problems(withNode(0, { arrival: { type: 'users', users: 0 } }))).toEqual([
      'nodes[0].arrival.users: must be at least 1 (got 0)',
      'nodes[0].arrival.thinkTimeMs: is required',
    ]);
    const keys = { count: 10, distribution: 'uniform', exponent: 1 };
    expect(problems(withNode(0, { workload: { readRatio: 1.5, keys } }))).toEqual([
      'nodes[0].workload.readRatio: must be at most 1 (got 1.5)',
      'nodes[0].workload.keys.exponent: only applies to "zipf" keys',
    ]);
  });

  it('checks load balancer strategies', () => {
    expect(problems(withNode(1, { strategy: 'maglev' }))).toEqual([]);
    expect(problems(withNode(1, { strategy: 'fastest' }))).toEqual([
      'nodes[1].strategy: must be one of "round-robin", "weighted-round-robin", "least-connections", "random", "power-of-two-choices", "least-response-time", "key-hash", "consistent-hash", "maglev" (got "fastest")',
    ]);
  });

  it('checks optional layout fields', () => {
    expect(problems(withNode(1, { x: 'left', label: 3 }))).toEqual([
      'nodes[1].label: must be a string (got 3)',
      'nodes[1].x: must be a number (got "left")',
    ]);
  });
});

describe('validateScenario: distributions', () => {
  const dist = (serviceTimeMs: unknown): string[] => problems(withNode(2, { serviceTimeMs }));

  it('checks each type’s parameters at their own path', () => {
    expect(dist({ type: 'exponential', mean: 0 })).toEqual([
      'nodes[2].serviceTimeMs.mean: must be greater than 0 (got 0)',
    ]);
    expect(dist({ type: 'uniform', min: 5, max: 1 })).toEqual([
      'nodes[2].serviceTimeMs.max: must be at least min (5) (got 1)',
    ]);
    expect(dist({ type: 'normal', mean: -1, sd: 1 })).toEqual([
      'nodes[2].serviceTimeMs.mean: must be at least 0 (got -1)',
    ]);
    expect(dist({ type: 'pareto', scale: 1, shape: 0 })).toEqual([
      'nodes[2].serviceTimeMs.shape: must be greater than 0 (got 0)',
    ]);
    expect(dist({ type: 'gamma' })).toEqual([
      'nodes[2].serviceTimeMs.type: must be one of "constant", "exponential", "uniform", "lognormal", "normal", "pareto" (got "gamma")',
    ]);
  });

  it('accepts lognormal by median/p99 or by mu/sigma, not a mix', () => {
    expect(dist({ type: 'lognormal', median: 2, p99: 10 })).toEqual([]);
    expect(dist({ type: 'lognormal', mu: 0.5, sigma: 1 })).toEqual([]);
    expect(dist({ type: 'lognormal', median: 2, p99: 1 })).toEqual([
      'nodes[2].serviceTimeMs.p99: must be at least median (2) (got 1)',
    ]);
    expect(dist({ type: 'lognormal', median: 2, sigma: 1 })).toEqual([
      'nodes[2].serviceTimeMs: give either median and p99, or mu and sigma, not both',
    ]);
  });
});

describe('validateScenario: many problems at once', () => {
  it('collects every problem instead of stopping at the first', () => {
    const doc = withNode(2, { workers: 0, serviceTimeMs: { type: 'exponential', mean: -1 } });
    const errors = problems({ ...doc, seed: -1, durationMs: 'long' });
    expect(errors).toEqual([
      'seed: must be an unsigned 32-bit integer, 0 to 4294967295 (got -1)',
      'durationMs: must be a number (got "long")',
      'nodes[2].workers: must be at least 1 (got 0)',
      'nodes[2].serviceTimeMs.mean: must be greater than 0 (got -1)',
    ]);
  });
});

describe('validateScenario: valid input', () => {
  it('returns every generated valid scenario exactly as given', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        expect(validateScenario(scenario)).toEqual({ ok: true, scenario });
      }),
      { numRuns: 300 },
    );
  });
});
