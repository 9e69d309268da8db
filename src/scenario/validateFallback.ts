/**
 * Validation of an edge policy's `rateLimit` (a token bucket) and `fallback`
 * (what the caller answers when a call has finally failed). Fields that only
 * mean something for one fallback type are refused on the others.
 */
import {
  at,
  checkOneOf,
  expectObj,
  onlyWhen,
  optionalNumber,
  requireNumber,
  withOptional,
  type Collector,
} from './checks.ts';
import { LIMITS } from './limits.ts';
import type { FallbackPolicy, FallbackType, RateLimitPolicy } from './types.ts';

const FALLBACK_TYPES: readonly FallbackType[] = ['error', 'default', 'stale', 'pending'];
const STALE_ONLY = ['capacity', 'maxAgeMs'];
const PENDING_ONLY = ['reconcileAfterMs', 'maxReconcileAttempts'];
const DAY_MS = 86_400_000;

/** `policy.rateLimit`: `ratePerSec` > 0 (required), `burst` ≥ 1. */
export function validateRateLimit(
  c: Collector,
  value: unknown,
  path: string,
): RateLimitPolicy | undefined {
  const obj = expectObj(c, value, path);
  if (obj === undefined) return undefined;
  const ratePerSec = requireNumber(c, obj, 'ratePerSec', path, {
    above: 0,
    max: LIMITS.maxRatePerSec,
  });
  const burst = optionalNumber(c, obj, 'burst', path, { min: 1, max: LIMITS.maxRatePerSec });
  if (ratePerSec === undefined || burst === undefined) return undefined;
  return { ratePerSec, ...withOptional('burst', burst.value) };
}

/** `policy.fallback`: `{ type }` plus the fields of that type. */
export function validateFallback(
  c: Collector,
  value: unknown,
  path: string,
): FallbackPolicy | undefined {
  const obj = expectObj(c, value, path);
  if (obj === undefined) return undefined;
  const type = checkOneOf(c, obj.type, at(path, 'type'), FALLBACK_TYPES);
  if (type === undefined) return undefined;
  const placed = [
    ...STALE_ONLY.map((k) => onlyWhen(c, obj, k, path, type === 'stale', 'type "stale"')),
    ...PENDING_ONLY.map((k) => onlyWhen(c, obj, k, path, type === 'pending', 'type "pending"')),
  ];
  if (placed.includes(false)) return undefined;
  switch (type) {
    case 'error':
    case 'default':
      return { type };
    case 'stale': {
      const capacity = requireNumber(c, obj, 'capacity', path, {
        integer: true,
        min: 1,
        max: LIMITS.maxCacheCapacity,
      });
      const maxAgeMs = optionalNumber(c, obj, 'maxAgeMs', path, {
        above: 0,
        max: LIMITS.maxDurationMs,
      });
      if (capacity === undefined || maxAgeMs === undefined) return undefined;
      return { type, capacity, ...withOptional('maxAgeMs', maxAgeMs.value) };
    }
    case 'pending': {
      const after = optionalNumber(c, obj, 'reconcileAfterMs', path, { min: 1, max: DAY_MS });
      const attempts = optionalNumber(c, obj, 'maxReconcileAttempts', path, {
        integer: true,
        min: 1,
        max: LIMITS.maxRetries,
      });
      if (after === undefined || attempts === undefined) return undefined;
      return {
        type,
        ...withOptional('reconcileAfterMs', after.value),
        ...withOptional('maxReconcileAttempts', attempts.value),
      };
    }
  }
}
