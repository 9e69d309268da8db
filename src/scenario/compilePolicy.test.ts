import { describe, expect, it } from 'vitest';
import { compileScenario } from './compile.ts';
import { defaultScenario } from './presets.ts';
import { validateScenario } from './validate.ts';

function compiled(doc: unknown) {
  const v = validateScenario(doc);
  if (!v.ok) throw new Error(v.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
  return compileScenario(v.scenario);
}

describe('compiling edge policies and slow faults', () => {
  it('fills retry defaults from the guide and leaves edges without a policy untouched', () => {
    const doc = structuredClone(defaultScenario) as unknown as { edges: { policy?: unknown }[] };
    doc.edges[0]!.policy = { timeoutMs: 250, retry: { maxAttempts: 4 } };
    const spec = compiled(doc);
    expect(spec.edges[0]!.policy).toEqual({
      timeoutMs: 250,
      retry: { maxAttempts: 4, baseMs: 1000, multiplier: 2, maxMs: 10_000, jitter: 'full' },
    });
    expect(spec.edges[1]).not.toHaveProperty('policy');
  });

  it('a policy with only a timeout has no retries; one with only retries has no timeout', () => {
    const doc = structuredClone(defaultScenario) as unknown as { edges: { policy?: unknown }[] };
    doc.edges[0]!.policy = { timeoutMs: 100 };
    doc.edges[1]!.policy = { retry: {} };
    const spec = compiled(doc);
    expect(spec.edges[0]!.policy).toEqual({ timeoutMs: 100, retry: null });
    expect(spec.edges[1]!.policy?.timeoutMs).toBe(Infinity);
  });

  it('compiles the guide breaker by default, a sliding window on request, and a retry budget', () => {
    const doc = structuredClone(defaultScenario) as unknown as { edges: { policy?: unknown }[] };
    doc.edges[0]!.policy = { circuitBreaker: {}, retryBudget: { percentCanRetry: 0.1 } };
    doc.edges[1]!.policy = {
      circuitBreaker: { mode: 'sliding-window', windowType: 'time', windowSize: 10 },
    };
    const spec = compiled(doc);
    expect(spec.edges[0]!.policy?.circuitBreaker).toEqual({
      mode: 'consecutive',
      openMs: 60_000,
      failureThreshold: 5,
      successThreshold: 3,
    });
    expect(spec.edges[0]!.policy?.retryBudget).toEqual({
      percentCanRetry: 0.1,
      minRetriesPerSec: 10,
      ttlMs: 10_000,
    });
    expect(spec.edges[1]!.policy?.circuitBreaker).toEqual({
      mode: 'sliding-window',
      openMs: 60_000,
      windowType: 'time',
      windowSize: 10,
      minimumCalls: 100,
      failureRateThreshold: 50,
      slowCallDurationMs: 60_000,
      slowCallRateThreshold: 100,
      permittedCallsInHalfOpen: 10,
    });
  });

  it('compiles a slow fault with its factor and node index', () => {
    const doc = {
      ...structuredClone(defaultScenario),
      faults: [{ type: 'slow', target: 'api-2', atMs: 5000, durationMs: 2000, factor: 3 }],
    };
    expect(compiled(doc).faults).toEqual([
      { type: 'slow', node: 3, atMs: 5000, durationMs: 2000, factor: 3 },
    ]);
  });

  it('compiles outlier ejection on a load balancer with the guide defaults filled in', () => {
    const doc = structuredClone(defaultScenario) as unknown as { nodes: Record<string, unknown>[] };
    doc.nodes[1]!['outlierDetection'] = { consecutiveErrors: 3 };
    const lb = compiled(doc).nodes[1];
    expect(lb?.kind === 'load-balancer' ? lb.outlierDetection : null).toEqual({
      consecutiveErrors: 3,
      intervalMs: 30_000,
      baseEjectionTimeMs: 30_000,
      maxEjectionTimeMs: 300_000,
      maxEjectionPercent: 10,
    });
  });
});
