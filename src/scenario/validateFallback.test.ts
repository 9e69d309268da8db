import { describe, expect, it } from 'vitest';
import { compileScenario } from './compile.ts';
import { defaultScenario } from './presets.ts';
import { problems } from './testing/problems.ts';
import { validateScenario } from './validate.ts';

/** The default scenario with `policy` on its second edge (lb → api-1). */
function withPolicy(policy: unknown): unknown {
  const doc = structuredClone(defaultScenario) as unknown as { edges: { policy?: unknown }[] };
  doc.edges[1]!.policy = policy;
  return doc;
}
const check = (policy: unknown) => problems(withPolicy(policy));

function compiledPolicy(policy: unknown) {
  const v = validateScenario(withPolicy(policy));
  if (!v.ok) throw new Error(v.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
  return compileScenario(v.scenario).edges[1]!.policy;
}

describe('edge policy: rate limit', () => {
  it('accepts a rate, with or without a burst', () => {
    expect(check({ rateLimit: { ratePerSec: 50 } })).toEqual([]);
    expect(check({ rateLimit: { ratePerSec: 0.5, burst: 1 } })).toEqual([]);
  });

  it('refuses a missing or non-positive rate and a burst under 1, naming the field', () => {
    expect(check({ rateLimit: {} })).toEqual(['edges[1].policy.rateLimit.ratePerSec: is required']);
    expect(check({ rateLimit: { ratePerSec: -5 } })).toEqual([
      'edges[1].policy.rateLimit.ratePerSec: must be greater than 0 (got -5)',
    ]);
    expect(check({ rateLimit: { ratePerSec: 0 } })).toEqual([
      'edges[1].policy.rateLimit.ratePerSec: must be greater than 0 (got 0)',
    ]);
    expect(check({ rateLimit: { ratePerSec: 10, burst: 0.5 } })).toEqual([
      'edges[1].policy.rateLimit.burst: must be at least 1 (got 0.5)',
    ]);
    expect(check({ rateLimit: 10 })).toEqual([
      'edges[1].policy.rateLimit: must be an object (got 10)',
    ]);
  });

  it('compiles the burst to one second of tokens (at least 1) unless given', () => {
    expect(compiledPolicy({ rateLimit: { ratePerSec: 50 } })?.rateLimit).toEqual({
      ratePerSec: 50,
      burst: 50,
    });
    expect(compiledPolicy({ rateLimit: { ratePerSec: 0.2 } })?.rateLimit).toEqual({
      ratePerSec: 0.2,
      burst: 1,
    });
    expect(compiledPolicy({ rateLimit: { ratePerSec: 50, burst: 5 } })?.rateLimit).toEqual({
      ratePerSec: 50,
      burst: 5,
    });
  });
});

describe('edge policy: fallback', () => {
  it('accepts each type with its own fields', () => {
    expect(check({ fallback: { type: 'error' } })).toEqual([]);
    expect(check({ fallback: { type: 'default' } })).toEqual([]);
    expect(check({ fallback: { type: 'stale', capacity: 1000, maxAgeMs: 60_000 } })).toEqual([]);
    expect(check({ fallback: { type: 'pending' } })).toEqual([]);
    expect(
      check({ fallback: { type: 'pending', reconcileAfterMs: 5000, maxReconcileAttempts: 5 } }),
    ).toEqual([]);
  });

  it('refuses an unknown or missing type', () => {
    expect(check({ fallback: { type: 'cached' } })).toEqual([
      'edges[1].policy.fallback.type: must be one of "error", "default", "stale", "pending" (got "cached")',
    ]);
    expect(check({ fallback: {} })).toEqual(['edges[1].policy.fallback.type: is required']);
    expect(check({ fallback: 'default' })).toEqual([
      'edges[1].policy.fallback: must be an object (got "default")',
    ]);
  });

  it('needs a capacity for stale copies, and refuses fields of another type', () => {
    expect(check({ fallback: { type: 'stale' } })).toEqual([
      'edges[1].policy.fallback.capacity: is required',
    ]);
    expect(check({ fallback: { type: 'stale', capacity: 0 } })).toEqual([
      'edges[1].policy.fallback.capacity: must be at least 1 (got 0)',
    ]);
    expect(check({ fallback: { type: 'stale', capacity: 10, maxAgeMs: 0 } })).toEqual([
      'edges[1].policy.fallback.maxAgeMs: must be greater than 0 (got 0)',
    ]);
    expect(check({ fallback: { type: 'default', capacity: 10 } })).toEqual([
      'edges[1].policy.fallback.capacity: only applies to type "stale"',
    ]);
    expect(check({ fallback: { type: 'stale', capacity: 10, reconcileAfterMs: 10 } })).toEqual([
      'edges[1].policy.fallback.reconcileAfterMs: only applies to type "pending"',
    ]);
    expect(check({ fallback: { type: 'pending', maxReconcileAttempts: 1.5 } })).toEqual([
      'edges[1].policy.fallback.maxReconcileAttempts: must be a whole number (got 1.5)',
    ]);
  });

  it('compiles with the documented defaults', () => {
    expect(compiledPolicy({ fallback: { type: 'stale', capacity: 100 } })?.fallback).toEqual({
      type: 'stale',
      capacity: 100,
      maxAgeMs: Infinity,
    });
    expect(compiledPolicy({ fallback: { type: 'pending' } })?.fallback).toEqual({
      type: 'pending',
      reconcileAfterMs: 30_000,
      maxReconcileAttempts: 3,
    });
    expect(compiledPolicy({ fallback: { type: 'default' } })?.fallback).toEqual({
      type: 'default',
    });
  });

  it('keeps a validated policy as written (defaults are not written back)', () => {
    const v = validateScenario(
      withPolicy({ fallback: { type: 'pending' }, rateLimit: { ratePerSec: 5 } }),
    );
    expect(v.ok && v.scenario.edges[1]!.policy).toEqual({
      fallback: { type: 'pending' },
      rateLimit: { ratePerSec: 5 },
    });
  });
});
