/**
 * Validation of an edge's `policy`: the caller's resilience settings for calls
 * over that edge — timeout (fixed or adaptive), retry, retry budget, circuit
 * breaker, bulkhead, rate limit and fallback (the last two in
 * `validateFallback.ts`). An unknown field is refused rather than ignored:
 * silently dropping a setting would give wrong results.
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
import type {
  CircuitBreakerPolicy,
  EdgePolicy,
  JitterKind,
  RetryBudgetPolicy,
  RetryPolicy,
} from './types.ts';
import { validateFallback, validateRateLimit } from './validateFallback.ts';

const JITTERS: readonly JitterKind[] = ['none', 'full', 'equal', 'decorrelated'];
const KNOWN = [
  'timeoutMs',
  'retry',
  'retryBudget',
  'circuitBreaker',
  'adaptiveTimeout',
  'bulkhead',
  'rateLimit',
  'fallback',
];
const LATER = ['timeout'];

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
  const retryBudget = optionalField(c, obj, 'retryBudget', path, validateBudget);
  const circuitBreaker = optionalField(c, obj, 'circuitBreaker', path, validateBreaker);
  const adaptiveTimeout = optionalField(c, obj, 'adaptiveTimeout', path, validateAdaptive);
  const bulkhead = optionalField(c, obj, 'bulkhead', path, validateBulkhead);
  const rateLimit = optionalField(c, obj, 'rateLimit', path, validateRateLimit);
  const fallback = optionalField(c, obj, 'fallback', path, validateFallback);
  if (obj.timeoutMs !== undefined && obj.adaptiveTimeout !== undefined) {
    ok =
      report(c, at(path, 'adaptiveTimeout'), 'use either timeoutMs or adaptiveTimeout, not both') ??
      false;
  }
  if (
    !ok ||
    timeoutMs === undefined ||
    retry === undefined ||
    retryBudget === undefined ||
    circuitBreaker === undefined ||
    adaptiveTimeout === undefined ||
    bulkhead === undefined ||
    rateLimit === undefined ||
    fallback === undefined
  ) {
    return undefined;
  }
  return {
    ...withOptional('timeoutMs', timeoutMs.value),
    ...withOptional('retry', retry.value),
    ...withOptional('retryBudget', retryBudget.value),
    ...withOptional('circuitBreaker', circuitBreaker.value),
    ...withOptional('adaptiveTimeout', adaptiveTimeout.value),
    ...withOptional('bulkhead', bulkhead.value),
    ...withOptional('rateLimit', rateLimit.value),
    ...withOptional('fallback', fallback.value),
  };
}

function validateAdaptive(
  c: Collector,
  value: unknown,
  path: string,
): NonNullable<EdgePolicy['adaptiveTimeout']> | undefined {
  const obj = expectObj(c, value, path);
  if (obj === undefined) return undefined;
  const multiplier = optionalNumber(c, obj, 'multiplier', path, { above: 0, max: 100 });
  const minMs = optionalNumber(c, obj, 'minMs', path, { above: 0, max: 3_600_000 });
  const maxMs = optionalNumber(c, obj, 'maxMs', path, { above: 0, max: 3_600_000 });
  if (multiplier === undefined || minMs === undefined || maxMs === undefined) return undefined;
  if (minMs.value !== undefined && maxMs.value !== undefined && maxMs.value < minMs.value) {
    return report(
      c,
      at(path, 'maxMs'),
      `must be at least minMs (${minMs.value}) (got ${maxMs.value})`,
    );
  }
  return {
    ...withOptional('multiplier', multiplier.value),
    ...withOptional('minMs', minMs.value),
    ...withOptional('maxMs', maxMs.value),
  };
}

function validateBulkhead(
  c: Collector,
  value: unknown,
  path: string,
): NonNullable<EdgePolicy['bulkhead']> | undefined {
  const obj = expectObj(c, value, path);
  if (obj === undefined) return undefined;
  const rule = { integer: true, max: 1_000_000 } as const;
  const maxConcurrent = optionalNumber(c, obj, 'maxConcurrent', path, { ...rule, min: 1 });
  const maxWaiting = optionalNumber(c, obj, 'maxWaiting', path, { ...rule, min: 0 });
  if (maxConcurrent === undefined || maxWaiting === undefined) return undefined;
  return {
    ...withOptional('maxConcurrent', maxConcurrent.value),
    ...withOptional('maxWaiting', maxWaiting.value),
  };
}

function validateBudget(c: Collector, value: unknown, path: string): RetryBudgetPolicy | undefined {
  const obj = expectObj(c, value, path);
  if (obj === undefined) return undefined;
  const percent = optionalNumber(c, obj, 'percentCanRetry', path, { min: 0, max: 1000 });
  const reserve = optionalNumber(c, obj, 'minRetriesPerSec', path, { min: 0, max: 1_000_000 });
  const ttl = optionalNumber(c, obj, 'ttlMs', path, { min: 1000, max: 3_600_000 });
  if (percent === undefined || reserve === undefined || ttl === undefined) return undefined;
  return {
    ...withOptional('percentCanRetry', percent.value),
    ...withOptional('minRetriesPerSec', reserve.value),
    ...withOptional('ttlMs', ttl.value),
  };
}

const MODES = ['consecutive', 'sliding-window'] as const;
const WINDOW_TYPES = ['count', 'time'] as const;
const CONSECUTIVE_ONLY = ['failureThreshold', 'successThreshold'];
const WINDOW_ONLY = [
  'windowType',
  'windowSize',
  'minimumCalls',
  'failureRateThreshold',
  'slowCallDurationMs',
  'slowCallRateThreshold',
  'permittedCallsInHalfOpen',
];

function validateBreaker(
  c: Collector,
  value: unknown,
  path: string,
): CircuitBreakerPolicy | undefined {
  const obj = expectObj(c, value, path);
  if (obj === undefined) return undefined;
  const mode =
    obj.mode === undefined ? 'consecutive' : checkOneOf(c, obj.mode, at(path, 'mode'), MODES);
  if (mode === undefined) return undefined;
  const other = mode === 'consecutive' ? 'sliding-window' : 'consecutive';
  const misplaced = (mode === 'consecutive' ? WINDOW_ONLY : CONSECUTIVE_ONLY).filter(
    (k) => obj[k] !== undefined,
  );
  for (const k of misplaced) report(c, at(path, k), `only applies to mode "${other}"`);
  const int = { integer: true, min: 1, max: 1_000_000 } as const;
  const fields = {
    openMs: optionalNumber(c, obj, 'openMs', path, { min: 1, max: 86_400_000 }),
    failureThreshold: optionalNumber(c, obj, 'failureThreshold', path, int),
    successThreshold: optionalNumber(c, obj, 'successThreshold', path, int),
    windowSize: optionalNumber(c, obj, 'windowSize', path, int),
    minimumCalls: optionalNumber(c, obj, 'minimumCalls', path, int),
    failureRateThreshold: optionalNumber(c, obj, 'failureRateThreshold', path, {
      above: 0,
      max: 100,
    }),
    slowCallDurationMs: optionalNumber(c, obj, 'slowCallDurationMs', path, {
      above: 0,
      max: 3_600_000,
    }),
    slowCallRateThreshold: optionalNumber(c, obj, 'slowCallRateThreshold', path, {
      above: 0,
      max: 100,
    }),
    permittedCallsInHalfOpen: optionalNumber(c, obj, 'permittedCallsInHalfOpen', path, int),
  };
  const windowType =
    obj.windowType === undefined
      ? { value: undefined }
      : optionalField(c, obj, 'windowType', path, (cc, v, p) => checkOneOf(cc, v, p, WINDOW_TYPES));
  if (misplaced.length > 0 || windowType === undefined) return undefined;
  const out: Record<string, unknown> = obj.mode === undefined ? {} : { mode };
  for (const [key, f] of Object.entries(fields)) {
    if (f === undefined) return undefined;
    if (f.value !== undefined) out[key] = f.value;
  }
  if (windowType.value !== undefined) out['windowType'] = windowType.value;
  return out;
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
