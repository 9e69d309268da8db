import { describe, expect, it } from 'vitest';
import { compileScenario } from './compile.ts';
import { defaultScenario } from './presets.ts';
import { formatScenarioError, validateScenario } from './validate.ts';

const withFaults = (...faults: unknown[]) => ({ ...structuredClone(defaultScenario), faults });
const problems = (doc: unknown) => {
  const r = validateScenario(doc);
  return r.ok ? [] : r.errors.map(formatScenarioError);
};

describe('fault types', () => {
  it('accept errors, latency, partition (edge or node) and cache-flush with their own fields', () => {
    expect(
      problems(
        withFaults({
          type: 'errors',
          target: 'api-1',
          atMs: 1000,
          durationMs: 500,
          probability: 0.3,
        }),
      ),
    ).toEqual([]);
    expect(
      problems(
        withFaults({
          type: 'latency',
          from: 'lb',
          to: 'api-1',
          atMs: 1000,
          durationMs: 500,
          addMs: 80,
        }),
      ),
    ).toEqual([]);
    expect(
      problems(
        withFaults({ type: 'partition', from: 'users', to: 'lb', atMs: 1000, durationMs: 500 }),
      ),
    ).toEqual([]);
    expect(
      problems(withFaults({ type: 'partition', target: 'api-2', atMs: 1000, durationMs: 500 })),
    ).toEqual([]);
  });

  it('name the field that is wrong', () => {
    expect(
      problems(
        withFaults({ type: 'errors', target: 'lb', atMs: 0, durationMs: 1, probability: 2 }),
      ),
    ).toEqual([
      'faults[0].target: "lb" is a load-balancer; only services and databases fail requests',
      'faults[0].probability: must be at most 1 (got 2)',
    ]);
    expect(
      problems(
        withFaults({ type: 'latency', from: 'api-1', to: 'lb', atMs: 0, durationMs: 1, addMs: 5 }),
      ),
    ).toEqual(['faults[0]: there is no edge api-1 → lb']);
    expect(problems(withFaults({ type: 'cache-flush', target: 'api-1', atMs: 0 }))).toEqual([
      'faults[0].target: "api-1" is a service; only caches can be flushed',
    ]);
    expect(
      problems(
        withFaults({
          type: 'partition',
          target: 'lb',
          from: 'users',
          to: 'lb',
          atMs: 0,
          durationMs: 1,
        }),
      ),
    ).toEqual(['faults[0]: name either a node (target) or an edge (from, to), not both']);
  });

  it('compile to the engine: a node partition cuts every edge touching the node', () => {
    const v = validateScenario(
      withFaults(
        { type: 'partition', target: 'lb', atMs: 1000, durationMs: 500 },
        { type: 'latency', from: 'lb', to: 'api-3', atMs: 2000, durationMs: 100, addMs: 40 },
      ),
    );
    if (!v.ok) throw new Error(v.errors.map(formatScenarioError).join('; '));
    const faults = compileScenario(v.scenario).faults;
    // lb has 4 edges (users → lb, lb → api-1/2/3): edges 0, 1, 2, 3.
    expect(
      faults.filter((f) => f.type === 'partition').map((f) => ('edge' in f ? f.edge : -1)),
    ).toEqual([0, 1, 2, 3]);
    expect(faults.at(-1)).toEqual({
      type: 'latency',
      edge: 3,
      atMs: 2000,
      durationMs: 100,
      addMs: 40,
    });
  });

  it('shard-down, replica-lag, traffic-spike and hot-key name their targets and compile for the engine', () => {
    const doc = {
      ...structuredClone(defaultScenario),
      faults: [
        { type: 'traffic-spike', target: 'users', atMs: 1000, durationMs: 500, factor: 3 },
        { type: 'hot-key', target: 'users', atMs: 5000, durationMs: 500, hotShare: 0.5 },
      ],
    };
    const v = validateScenario(doc);
    if (!v.ok) throw new Error(v.errors.map(formatScenarioError).join('; '));
    expect(compileScenario(v.scenario).faults).toEqual([
      { type: 'traffic-spike', node: 0, atMs: 1000, durationMs: 500, factor: 3 },
      { type: 'hot-key', node: 0, atMs: 5000, durationMs: 500, hotKeys: 1, hotShare: 0.5 },
    ]);
    expect(
      problems(withFaults({ type: 'shard-down', target: 'api-1', atMs: 0, durationMs: 1 })),
    ).toEqual(['faults[0].target: "api-1" is a service; only databases are shards']);
    expect(
      problems(
        withFaults({ type: 'traffic-spike', target: 'lb', atMs: 0, durationMs: 1, factor: 2 }),
      ),
    ).toEqual(['faults[0].target: "lb" is a load-balancer; only clients send requests']);
  });
});
