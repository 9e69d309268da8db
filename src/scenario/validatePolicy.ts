/**
 * Validation of an edge's `policy`: the caller's resilience settings for calls
 * over that edge. This version simulates `timeoutMs` and `retry`; the other
 * parts DESIGN.md names (circuit breaker, bulkhead, rate limit, fallback,
 * adaptive timeouts) are refused as not supported yet — silently ignoring them
 * would give wrong results.
 */
import {
  at,
  checkOneOf,
  expectObj,
  optionalField,
  optionalNumber,
  report,
  withOptional,
  type Collector,
} from './checks.ts';
import type { EdgePolicy, JitterKind, RetryPolicy } from './types.ts';

const JITTERS: readonly JitterKind[] = ['none', 'full', 'equal', 'decorrelated'];
const KNOWN = ['timeoutMs', 'retry'];
const LATER = [
  'circuitBreaker',
  'bulkhead',
  'rateLimit',
  'fallback',
  'timeout',
  'adaptiveTimeout',
  'retryBudget',
];

/** Validate `edges[i].policy` at `path`. */
export function validatePolicy(c: Collector, value: unknown, path: string): EdgePolicy | undefined {
  const obj = expectObj(c, value, path);
  if (obj === undefined) return undefined;
  let ok = true;
  for (const key of Object.keys(obj)) {
    if (LATER.includes(key))
      ok = report(c, at(path, key), 'is not supported by this version yet') ?? false;
    else if (!KNOWN.includes(key))
      ok = report(c, at(path, key), `is not a policy field (known: ${KNOWN.join(', ')})`) ?? false;
  }
  const timeoutMs = optionalNumber(c, obj, 'timeoutMs', path, { above: 0, max: 3_600_000 });
  const retry = optionalField(c, obj, 'retry', path, validateRetry);
  if (!ok || timeoutMs === undefined || retry === undefined) return undefined;
  return { ...withOptional('timeoutMs', timeoutMs.value), ...withOptional('retry', retry.value) };
}

function validateRetry(c: Collector, value: unknown, path: string): RetryPolicy | undefined {
  const obj = expectObj(c, value, path);
  if (obj === undefined) return undefined;
  const maxAttempts = optionalNumber(c, obj, 'maxAttempts', path, {
    integer: true,
    min: 1,
    max: 20,
  });
  const baseMs = optionalNumber(c, obj, 'baseMs', path, { min: 0, max: 3_600_000 });
  const multiplier = optionalNumber(c, obj, 'multiplier', path, { min: 1, max: 100 });
  const maxMs = optionalNumber(c, obj, 'maxMs', path, { min: 0, max: 3_600_000 });
  const jitter =
    obj.jitter === undefined
      ? { value: undefined }
      : optionalField(c, obj, 'jitter', path, (cc, v, p) => checkOneOf(cc, v, p, JITTERS));
  if (
    maxAttempts === undefined ||
    baseMs === undefined ||
    multiplier === undefined ||
    maxMs === undefined ||
    jitter === undefined
  ) {
    return undefined;
  }
  const base = baseMs.value;
  const cap = maxMs.value;
  if (base !== undefined && cap !== undefined && cap < base) {
    return report(c, at(path, 'maxMs'), `must be at least baseMs (${base}) (got ${cap})`);
  }
  return {
    ...withOptional('maxAttempts', maxAttempts.value),
    ...withOptional('baseMs', base),
    ...withOptional('multiplier', multiplier.value),
    ...withOptional('maxMs', cap),
    ...withOptional('jitter', jitter.value),
  };
}
