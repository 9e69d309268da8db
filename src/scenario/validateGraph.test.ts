import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseDoc } from './testing/baseScenario.ts';
import { formatScenarioError, validateScenario } from './validate.ts';

function problems(doc: unknown): string[] {
  const result = validateScenario(doc);
  return result.ok ? [] : result.errors.map(formatScenarioError);
}

const withEdges = (...edges: unknown[]): Record<string, unknown> => ({ ...baseDoc(), edges });
const base = baseDoc().edges as unknown[];

describe('validateScenario: edges and graph shape', () => {
  it('requires edges to name existing nodes', () => {
    expect(problems(withEdges(...base, { from: 'lb', to: 'c' }))).toEqual([
      'edges[3].to: no node has id "c"',
    ]);
    expect(problems(withEdges(...base, { from: 7, to: 'a' }))).toEqual([
      'edges[3].from: must be a string (got 7)',
    ]);
  });

  it('does not misreport edges to a node that is itself invalid', () => {
    const doc = withEdges(...base);
    (doc.nodes as Record<string, unknown>[])[3] = { id: 'b', kind: 'service', workers: 0 };
    expect(problems(doc)).toEqual([
      'nodes[3].workers: must be at least 1 (got 0)',
      'nodes[3].serviceTimeMs: is required',
    ]);
  });

  it('rejects self-loops, duplicates and edges into a client', () => {
    expect(problems(withEdges(...base, { from: 'lb', to: 'lb' }))).toEqual([
      'edges[3].to: an edge may not lead back to its own node',
    ]);
    expect(problems(withEdges(...base, { from: 'lb', to: 'a' }))).toEqual([
      'edges[3]: duplicates edges[1] (same from and to)',
    ]);
    expect(problems(withEdges(...base, { from: 'lb', to: 'users' }))).toEqual([
      'edges[3].to: "users" is a client; clients only send requests',
    ]);
  });

  it('requires exactly one outgoing edge from a client', () => {
    expect(problems(withEdges(base[1], base[2]))).toEqual([
      'nodes[0]: client "users" has no outgoing edge; connect it to the node it calls',
    ]);
    expect(problems(withEdges(...base, { from: 'users', to: 'a' }))).toEqual([
      'edges[3].from: a client has exactly one entry edge ("users" already uses edges[0])',
    ]);
  });

  it('requires targets for a load balancer; lets services call downstream', () => {
    expect(problems(withEdges(base[0]))).toEqual([
      'nodes[1]: load balancer "lb" has no targets; add an edge from it to each target',
    ]);
    expect(problems(withEdges(...base, { from: 'a', to: 'b' }))).toEqual([]);
  });

  it('rejects a cycle through services', () => {
    expect(problems(withEdges(...base, { from: 'a', to: 'b' }, { from: 'b', to: 'a' }))).toEqual([
      'edges[4]: closes a cycle (a → b → a); requests would loop forever',
    ]);
  });

  it('rejects cycles between load balancers', () => {
    const doc = withEdges(...base, { from: 'lb', to: 'lb2' }, { from: 'lb2', to: 'lb' });
    (doc.nodes as unknown[]).push({ id: 'lb2', kind: 'load-balancer', strategy: 'random' });
    expect(problems(doc)).toEqual([
      'edges[4]: closes a cycle (lb → lb2 → lb); requests would loop forever',
    ]);
  });

  it('accepts timeouts and retries in an edge policy; refuses what is not simulated yet, by name', () => {
    const edge = (policy: unknown) =>
      problems(withEdges(...base.slice(0, 2), { from: 'lb', to: 'b', policy }));
    expect(
      edge({
        timeoutMs: 200,
        retry: { maxAttempts: 3, baseMs: 100, maxMs: 10000, jitter: 'full' },
      }),
    ).toEqual([]);
    expect(edge({ retry: {} })).toEqual([]);
    expect(edge({ timeoutMs: 0 })).toEqual([
      'edges[2].policy.timeoutMs: must be greater than 0 (got 0)',
    ]);
    expect(edge({ retry: { jitter: 'lots' } })).toEqual([
      'edges[2].policy.retry.jitter: must be one of "none", "full", "equal", "decorrelated" (got "lots")',
    ]);
    expect(edge({ retry: { baseMs: 500, maxMs: 100 } })).toEqual([
      'edges[2].policy.retry.maxMs: must be at least baseMs (500) (got 100)',
    ]);
    expect(
      edge({ circuitBreaker: { failureThreshold: 5, openMs: 60000, successThreshold: 3 } }),
    ).toEqual([]);
    expect(
      edge({
        circuitBreaker: { mode: 'sliding-window', windowSize: 50, failureRateThreshold: 50 },
      }),
    ).toEqual([]);
    expect(edge({ circuitBreaker: { windowSize: 50 } })).toEqual([
      'edges[2].policy.circuitBreaker.windowSize: only applies to mode "sliding-window"',
    ]);
    expect(edge({ circuitBreaker: { failureThreshold: 0 } })).toEqual([
      'edges[2].policy.circuitBreaker.failureThreshold: must be at least 1 (got 0)',
    ]);
    expect(edge({ retryBudget: { percentCanRetry: 0.1 } })).toEqual([]);
    expect(edge({ bulkhead: { maxConcurrent: 5 } })).toEqual([]);
    expect(edge({ bulkhead: {} })).toEqual([]);
    expect(edge({ bulkhead: { maxConcurrent: 0 } })).toEqual([
      'edges[2].policy.bulkhead.maxConcurrent: must be at least 1 (got 0)',
    ]);
    expect(edge({ adaptiveTimeout: { multiplier: 2 } })).toEqual([]);
    expect(edge({ timeoutMs: 100, adaptiveTimeout: {} })).toEqual([
      'edges[2].policy.adaptiveTimeout: use either timeoutMs or adaptiveTimeout, not both',
    ]);
    expect(edge({ rateLimit: { ratePerSec: 5 } })).toEqual([]);
    expect(edge({ fallback: { type: 'default' } })).toEqual([]);
    expect(edge({ timeout: { ms: 5 } })).toEqual([
      'edges[2].policy.timeout: is not supported by this version yet',
    ]);
    expect(edge({ timeotMs: 5 })).toEqual([
      'edges[2].policy.timeotMs: is not a policy field (known: timeoutMs, retry, retryBudget, circuitBreaker, adaptiveTimeout, bulkhead, rateLimit, fallback)',
    ]);
  });

  it('requires at least one client', () => {
    const doc = baseDoc();
    (doc.nodes as unknown[]).shift();
    expect(problems({ ...doc, edges: base.slice(1) })).toEqual([
      'nodes: needs at least one client (nothing would send requests)',
    ]);
  });
});

describe('validateScenario: size limits', () => {
  it('refuses a million nodes by their count alone, with one clear message', () => {
    const nodes: unknown[] = Array.from({ length: 1_000_000 }, (_, i) => ({
      id: `n${i}`,
      kind: 'service',
    }));
    // Broken nodes are never looked at: the count is refused before any node is read.
    nodes[0] = { id: 5, kind: 'nonsense' };
    nodes[999_999] = null;
    expect(problems({ ...baseDoc(), nodes, edges: [] })).toEqual([
      'nodes: has 1000000 nodes; this version supports at most 500',
    ]);
  });

  it('refuses more than 5000 edges', () => {
    const edges = Array.from({ length: 5001 }, () => ({ from: 'lb', to: 'a' }));
    expect(problems({ ...baseDoc(), edges })).toEqual([
      'edges: has 5001 edges; this version supports at most 5000',
    ]);
  });

  it('accepts 500 nodes', () => {
    const services = Array.from({ length: 497 }, (_, i) => ({
      id: `s${i}`,
      kind: 'service',
      workers: 1,
      serviceTimeMs: { type: 'constant', value: 1 },
    }));
    const doc = baseDoc();
    const nodes = [...(doc.nodes as unknown[]).slice(0, 3), ...services];
    const edges = [...base.slice(0, 2), ...services.map((s) => ({ from: 'lb', to: s.id }))];
    expect(nodes).toHaveLength(500);
    expect(problems({ ...doc, nodes, edges })).toEqual([]);
  });
});

describe('validateScenario: fuzz', () => {
  it('never throws, and always answers ok or with at least one problem', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateScenario(value);
        expect(result.ok || result.errors.length > 0).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on the base document with one field replaced by anything', () => {
    const paths = [
      'seed',
      'durationMs',
      'nodes',
      'edges',
      'warmupMs',
      'windowMs',
      'faults',
      'name',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (key, value) => {
        const result = validateScenario({ ...baseDoc(), [key]: value });
        expect(result.ok || result.errors.every((e) => e.path !== '' && e.message !== '')).toBe(
          true,
        );
      }),
      { numRuns: 500 },
    );
  });
});
