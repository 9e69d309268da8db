/** Validation of distributions (`Dist`), used for service, think and latency times. */
import {
  at,
  checkOneOf,
  expectObj,
  requireNumber,
  report,
  type Collector,
  type Obj,
} from './checks.ts';
import { LIMITS } from './limits.ts';
import type { Dist } from './types.ts';

const DIST_TYPES = ['constant', 'exponential', 'uniform', 'lognormal', 'normal', 'pareto'] as const;

/** Any duration parameter: 0 ≤ x ≤ 7 days. */
const DURATION = { min: 0, max: LIMITS.maxDurationMs } as const;
/** A strictly positive duration parameter. */
const POSITIVE_DURATION = { above: 0, max: LIMITS.maxDurationMs } as const;

/** Validate a distribution of a duration in ms at `path`. */
export function validateDist(c: Collector, value: unknown, path: string): Dist | undefined {
  const obj = expectObj(c, value, path);
  if (obj === undefined) return undefined;
  const type = checkOneOf(c, obj.type, at(path, 'type'), DIST_TYPES);
  switch (type) {
    case undefined:
      return undefined;
    case 'constant': {
      const v = requireNumber(c, obj, 'value', path, DURATION);
      return v === undefined ? undefined : { type, value: v };
    }
    case 'exponential': {
      const mean = requireNumber(c, obj, 'mean', path, POSITIVE_DURATION);
      return mean === undefined ? undefined : { type, mean };
    }
    case 'uniform':
      return validateUniform(c, obj, path);
    case 'lognormal':
      return validateLognormal(c, obj, path);
    case 'normal': {
      // A negative mean would make "redraw while negative" spin for a long time.
      const mean = requireNumber(c, obj, 'mean', path, DURATION);
      const sd = requireNumber(c, obj, 'sd', path, DURATION);
      return mean === undefined || sd === undefined ? undefined : { type, mean, sd };
    }
    case 'pareto': {
      const scale = requireNumber(c, obj, 'scale', path, POSITIVE_DURATION);
      const shape = requireNumber(c, obj, 'shape', path, { above: 0, max: 100 });
      return scale === undefined || shape === undefined ? undefined : { type, scale, shape };
    }
  }
}

function validateUniform(c: Collector, obj: Obj, path: string): Dist | undefined {
  const min = requireNumber(c, obj, 'min', path, DURATION);
  const max = requireNumber(c, obj, 'max', path, DURATION);
  if (min === undefined || max === undefined) return undefined;
  if (max < min) return report(c, at(path, 'max'), `must be at least min (${min}) (got ${max})`);
  return { type: 'uniform', min, max };
}

/** Either `{ median, p99 }` of X, or `{ mu, sigma }` of ln X — not both, not neither. */
function validateLognormal(c: Collector, obj: Obj, path: string): Dist | undefined {
  const byQuantiles = 'median' in obj || 'p99' in obj;
  const byMoments = 'mu' in obj || 'sigma' in obj;
  if (byQuantiles && byMoments) {
    return report(c, path, 'give either median and p99, or mu and sigma, not both');
  }
  if (byMoments) {
    // e^mu is the median: keep it within the duration limit.
    const mu = requireNumber(c, obj, 'mu', path, { min: -50, max: Math.log(LIMITS.maxDurationMs) });
    const sigma = requireNumber(c, obj, 'sigma', path, { min: 0, max: 10 });
    return mu === undefined || sigma === undefined ? undefined : { type: 'lognormal', mu, sigma };
  }
  const median = requireNumber(c, obj, 'median', path, POSITIVE_DURATION);
  const p99 = requireNumber(c, obj, 'p99', path, POSITIVE_DURATION);
  if (median === undefined || p99 === undefined) return undefined;
  if (p99 < median)
    return report(c, at(path, 'p99'), `must be at least median (${median}) (got ${p99})`);
  return { type: 'lognormal', median, p99 };
}
