import { describe, expect, it } from 'vitest';
import { compileScenario } from './compile.ts';
import { baseDoc } from './testing/baseScenario.ts';
import { problems } from './testing/problems.ts';
import type { Scenario } from './types.ts';
import { validateScenario } from './validate.ts';

const withEdits = (...edits: unknown[]): Record<string, unknown> => ({ ...baseDoc(), edits });
const valid = (doc: unknown): Scenario => {
  const r = validateScenario(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
};

describe('edits (parameter changes during a run)', () => {
  it('accepts live-editable fields of nodes and edges and keeps them as written', () => {
    const edits = [
      { atMs: 4000, node: 'a', set: { workers: 8, queueCapacity: 20 } },
      { atMs: 5000, node: 'users', set: { ratePerSec: 250, readRatio: 0.5 } },
      {
        atMs: 6000,
        edge: { from: 'lb', to: 'b' },
        set: { latencyMs: { type: 'constant', value: 2 } },
      },
      {
        atMs: 7000,
        node: 'a',
        set: { queueCapacity: null, serviceTimeMs: { type: 'exponential', mean: 2 } },
      },
    ];
    expect(valid(withEdits(...edits)).edits).toEqual(edits);
  });

  it('drops an empty list, and a scenario without edits compiles without any', () => {
    expect('edits' in valid(withEdits())).toBe(false);
    expect('edits' in compileScenario(valid(baseDoc()))).toBe(false);
  });

  it('checks new values with the rules of the field they replace, at edits[i].set.<field>', () => {
    expect(problems(withEdits({ atMs: 1, node: 'a', set: { workers: 0 } }))).toEqual([
      'edits[0].set.workers: must be at least 1 (got 0)',
    ]);
    expect(
      problems(
        withEdits({
          atMs: 1,
          node: 'a',
          set: { serviceTimeMs: { type: 'exponential', mean: -1 } },
        }),
      ),
    ).toEqual(['edits[0].set.serviceTimeMs.mean: must be greater than 0 (got -1)']);
    expect(problems(withEdits({ atMs: 1, node: 'users', set: { readRatio: 2 } }))).toEqual([
      'edits[0].set.readRatio: must be at most 1 (got 2)',
    ]);
  });

  it('names the target, the field that cannot change live, and the run bounds', () => {
    expect(problems(withEdits({ atMs: 1, node: 'nope', set: { workers: 2 } }))).toEqual([
      'edits[0].node: names no node (got "nope")',
    ]);
    expect(problems(withEdits({ atMs: 1, node: 'lb', set: { virtualNodes: 10 } }))).toEqual([
      'edits[0].set.virtualNodes: cannot change during a run on a load-balancer (live-editable: strategy)',
    ]);
    expect(problems(withEdits({ atMs: 1, node: 'lb', set: { strategy: 'maglev' } }))).toEqual([
      'edits[0].set.strategy: cannot switch live between "round-robin" and "maglev": key strategies (key-hash, consistent-hash, maglev) decide whether clients draw keys, so change them before the run',
    ]);
    expect(problems(withEdits({ atMs: 1, node: 'lb', set: { strategy: 'fastest' } }))).toEqual([
      'edits[0].set.strategy: must be one of "round-robin", "weighted-round-robin", "least-connections", "random", "power-of-two-choices", "least-response-time", "key-hash", "consistent-hash", "maglev" (got "fastest")',
    ]);
    expect(problems(withEdits({ atMs: 1, node: 'a', set: { weight: 2 } }))).toEqual([
      'edits[0].set.weight: cannot change during a run on a service (live-editable: workers, instances, queueCapacity, serviceTimeMs, errorRate)',
    ]);
    expect(problems(withEdits({ atMs: 10_000, node: 'a', set: { workers: 2 } }))).toEqual([
      'edits[0].atMs: must be less than durationMs (10000) (got 10000)',
    ]);
    expect(
      problems(withEdits({ atMs: 1, edge: { from: 'a', to: 'lb' }, set: { latencyMs: null } })),
    ).toEqual(['edits[0].edge: names no edge (got "a" → "lb")']);
    expect(problems(withEdits({ atMs: 1, node: 'a', set: {} }))).toEqual([
      'edits[0].set: changes nothing (give at least one field)',
    ]);
    expect(problems(withEdits({ atMs: 1, node: 'a', set: { workers: null } }))).toEqual([
      'edits[0].set.workers: may not be null (only queueCapacity and latencyMs may)',
    ]);
  });

  it('changes an edge policy’s timeout and retries, only on an edge that has a policy', () => {
    const doc = baseDoc();
    const edges = doc.edges as Record<string, unknown>[];
    edges[1] = { ...edges[1], policy: { timeoutMs: 100 } };
    const ok = [
      { atMs: 1, edge: { from: 'lb', to: 'a' }, set: { timeoutMs: 50, retry: { maxAttempts: 2 } } },
      { atMs: 2, edge: { from: 'lb', to: 'a' }, set: { timeoutMs: null, retry: null } },
    ];
    expect(valid({ ...doc, edits: ok }).edits).toEqual(ok);
    const spec = compileScenario(valid({ ...doc, edits: ok }));
    expect(spec.edits?.[0]).toMatchObject({
      edge: 1,
      set: { timeoutMs: 50, retry: { maxAttempts: 2, baseMs: 1000 } },
    });
    expect(spec.edits?.[1]).toEqual({
      atMs: 2,
      edge: 1,
      set: { timeoutMs: Infinity, retry: null },
    });
    expect(
      problems({
        ...doc,
        edits: [{ atMs: 1, edge: { from: 'lb', to: 'b' }, set: { timeoutMs: 5 } }],
      }),
    ).toEqual([
      'edits[0].set.timeoutMs: only applies to an edge that has a policy (give the edge its policy before the run)',
    ]);
    expect(
      problems({
        ...doc,
        edits: [{ atMs: 1, edge: { from: 'lb', to: 'a' }, set: { retry: { maxAttempts: 0 } } }],
      }),
    ).toEqual(['edits[0].set.retry.maxAttempts: must be at least 1 (got 0)']);
  });

  it('refuses instances on an autoscaled service and a rate on a shaped arrival', () => {
    const doc = baseDoc();
    const nodes = doc.nodes as Record<string, unknown>[];
    nodes[2] = { ...nodes[2], autoscaling: {} };
    nodes[0] = {
      ...nodes[0],
      arrival: { type: 'users', users: 10, thinkTimeMs: { type: 'constant', value: 1 } },
    };
    const edits = [
      { atMs: 1, node: 'a', set: { instances: 3 } },
      { atMs: 1, node: 'users', set: { ratePerSec: 3 } },
    ];
    expect(problems({ ...doc, edits })).toEqual([
      "edits[0].set.instances: cannot change here: the autoscaler or an alert rule drives this service's instances",
      'edits[1].set.ratePerSec: only applies to a poisson or constant arrival (this one is users)',
    ]);
  });

  it('compiles values as the fields compile: indices, Infinity for unbounded, normalized distributions', () => {
    const spec = compileScenario(
      valid(
        withEdits(
          { atMs: 2000, node: 'a', set: { queueCapacity: null, workers: 3 } },
          {
            atMs: 3000,
            edge: { from: 'lb', to: 'a' },
            set: { latencyMs: { type: 'lognormal', median: 1, p99: 1 } },
          },
        ),
      ),
    );
    expect(spec.edits).toEqual([
      { atMs: 2000, node: 2, set: { queueCapacity: Infinity, workers: 3 } },
      { atMs: 3000, edge: 1, set: { latencyMs: { type: 'lognormal', mu: 0, sigma: 0 } } },
    ]);
  });
});
