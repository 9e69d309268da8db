import { describe, expect, it } from 'vitest';
import defaultJson from './fixtures/default.json' with { type: 'json' };
import { compileScenario } from './compile.ts';
import { formatScenarioError, validateScenario } from './validate.ts';

const withSlos = (slos: unknown) => ({ ...defaultJson, slos });
const errorsOf = (input: unknown): string[] => {
  const r = validateScenario(input);
  return r.ok ? [] : r.errors.map(formatScenarioError);
};

describe('slos (service-level objectives)', () => {
  it('accepts latency, error-rate, availability and goodput objectives, with optional names', () => {
    const slos = [
      { metric: 'p99', threshold: 50, name: 'checkout p99' },
      { metric: 'errorRate', threshold: 0.01 },
      { metric: 'availability', threshold: 0.999 },
      { metric: 'goodput', threshold: 500 },
    ];
    const r = validateScenario(withSlos(slos));
    expect(r.ok && r.scenario.slos).toEqual(slos);
  });

  it('is optional: absent or empty changes nothing, in the document or the compiled model', () => {
    const plain = validateScenario(defaultJson);
    const empty = validateScenario(withSlos([]));
    const some = validateScenario(withSlos([{ metric: 'p99', threshold: 5 }]));
    if (!plain.ok || !empty.ok || !some.ok) throw new Error('fixture invalid');
    expect(empty.scenario).toEqual(plain.scenario);
    expect('slos' in plain.scenario).toBe(false);
    expect(compileScenario(some.scenario)).toEqual(compileScenario(plain.scenario));
  });

  it('names the field of every problem', () => {
    expect(errorsOf(withSlos({}))).toEqual(['slos: must be an array']);
    expect(
      errorsOf(
        withSlos([
          { metric: 'p98', threshold: 1 },
          { metric: 'availability', threshold: 99.9 },
          { metric: 'goodput' },
          { metric: 'mean', threshold: -1, name: 7 },
        ]),
      ),
    ).toEqual([
      expect.stringMatching(/^slos\[0\]\.metric: must be one of "p50", .* \(got "p98"\)$/),
      'slos[1].threshold: must be at most 1 (got 99.9)',
      'slos[2].threshold: is required',
      'slos[3].threshold: must be at least 0 (got -1)',
      expect.stringMatching(/^slos\[3\]\.name: must be a string/),
    ]);
    expect(
      errorsOf(withSlos(Array.from({ length: 51 }, () => ({ metric: 'p99', threshold: 1 })))),
    ).toEqual(['slos: has 51 objectives; at most 50']);
  });
});
