/** Validation of a client's arrival process and workload. */
import {
  at,
  checkOneOf,
  expectObj,
  optionalNumber,
  report,
  requireField,
  requireNumber,
  withOptional,
  type Collector,
} from './checks.ts';
import { LIMITS } from './limits.ts';
import type { Arrival, KeyDistribution, Workload } from './types.ts';
import { validateDist } from './validateDist.ts';

const ARRIVAL_TYPES = ['poisson', 'constant', 'users'] as const;
/** Arrival processes DESIGN.md names that later versions will simulate. */
const LATER_ARRIVAL_TYPES = ['steps', 'ramp', 'spike'];
const KEY_DISTRIBUTIONS: readonly KeyDistribution[] = ['uniform', 'zipf', 'hot-key'];
const RATE = { above: 0, max: LIMITS.maxRatePerSec } as const;

/** Validate `client.arrival` at `path`. */
export function validateArrival(c: Collector, value: unknown, path: string): Arrival | undefined {
  const obj = expectObj(c, value, path);
  if (obj === undefined) return undefined;
  const type = checkOneOf(c, obj.type, at(path, 'type'), ARRIVAL_TYPES, LATER_ARRIVAL_TYPES);
  if (type === undefined) return undefined;
  if (type === 'users') {
    const users = requireNumber(c, obj, 'users', path, {
      integer: true,
      min: 1,
      max: LIMITS.maxUsers,
    });
    const thinkTimeMs = requireField(c, obj, 'thinkTimeMs', path, validateDist);
    return users === undefined || thinkTimeMs === undefined
      ? undefined
      : { type, users, thinkTimeMs };
  }
  const ratePerSec = requireNumber(c, obj, 'ratePerSec', path, RATE);
  return ratePerSec === undefined ? undefined : { type, ratePerSec };
}

/** Validate `client.workload` at `path` (the field itself is optional). */
export function validateWorkload(c: Collector, value: unknown, path: string): Workload | undefined {
  const obj = expectObj(c, value, path);
  if (obj === undefined) return undefined;
  const readRatio = requireNumber(c, obj, 'readRatio', path, { min: 0, max: 1 });
  const keysPath = at(path, 'keys');
  const keys = requireField(c, obj, 'keys', path, expectObj);
  if (keys === undefined) return undefined;
  const count = requireNumber(c, keys, 'count', keysPath, {
    integer: true,
    min: 1,
    max: LIMITS.maxKeyCount,
  });
  const distribution = checkOneOf(
    c,
    keys.distribution,
    at(keysPath, 'distribution'),
    KEY_DISTRIBUTIONS,
  );
  const exponent = optionalNumber(c, keys, 'exponent', keysPath, { above: 0, max: 10 });
  if (exponent?.value !== undefined && distribution !== undefined && distribution !== 'zipf') {
    return report(c, at(keysPath, 'exponent'), 'only applies to "zipf" keys');
  }
  if (readRatio === undefined || count === undefined || distribution === undefined)
    return undefined;
  if (exponent === undefined) return undefined;
  return {
    readRatio,
    keys: { count, distribution, ...withOptional('exponent', exponent.value) },
  };
}
