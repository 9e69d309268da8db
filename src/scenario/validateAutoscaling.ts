/**
 * Validation of a service's `autoscaling`: every field optional (defaults in
 * `defaults.ts`), and the service's `instances` within [minInstances,
 * maxInstances] — an autoscaler never starts outside its own bounds.
 */
import {
  at,
  expectObj,
  optionalNumber,
  report,
  withOptional,
  type Collector,
  type NumberRule,
} from './checks.ts';
import { SCENARIO_DEFAULTS } from './defaults.ts';
import { LIMITS } from './limits.ts';
import type { Autoscaling } from './nodeTypes.ts';

const COUNT: NumberRule = { integer: true, min: 1, max: LIMITS.maxInstances };
const DURATION: NumberRule = { min: 0, max: LIMITS.maxDurationMs };

/** Validate `autoscaling` at `path` for a service with `instances` (its own or the default). */
export function validateAutoscaling(
  c: Collector,
  value: unknown,
  path: string,
  instances: number | undefined,
): Autoscaling | undefined {
  const obj = expectObj(c, value, path);
  if (obj === undefined) return undefined;
  const min = optionalNumber(c, obj, 'minInstances', path, COUNT);
  const max = optionalNumber(c, obj, 'maxInstances', path, COUNT);
  const target = optionalNumber(c, obj, 'targetUtilization', path, { above: 0, max: 1 });
  const tolerance = optionalNumber(c, obj, 'tolerance', path, { min: 0, max: 0.99 });
  const interval = optionalNumber(c, obj, 'evaluationIntervalMs', path, {
    min: LIMITS.minPeriodMs,
    max: LIMITS.maxDurationMs,
  });
  const outCooldown = optionalNumber(c, obj, 'scaleOutCooldownMs', path, DURATION);
  const inCooldown = optionalNumber(c, obj, 'scaleInCooldownMs', path, DURATION);
  const startup = optionalNumber(c, obj, 'startupDelayMs', path, DURATION);
  if (min === undefined || max === undefined || target === undefined) return undefined;
  if (tolerance === undefined || interval === undefined || outCooldown === undefined)
    return undefined;
  if (inCooldown === undefined || startup === undefined) return undefined;
  if (!checkBounds(c, path, min.value, max.value, instances)) return undefined;
  return {
    ...withOptional('minInstances', min.value),
    ...withOptional('maxInstances', max.value),
    ...withOptional('targetUtilization', target.value),
    ...withOptional('tolerance', tolerance.value),
    ...withOptional('evaluationIntervalMs', interval.value),
    ...withOptional('scaleOutCooldownMs', outCooldown.value),
    ...withOptional('scaleInCooldownMs', inCooldown.value),
    ...withOptional('startupDelayMs', startup.value),
  };
}

/** min ≤ instances ≤ max, naming the defaults when they are what conflicts. */
function checkBounds(
  c: Collector,
  path: string,
  ownMin: number | undefined,
  ownMax: number | undefined,
  ownInstances: number | undefined,
): boolean {
  const D = SCENARIO_DEFAULTS.autoscaling;
  const min = ownMin ?? D.minInstances;
  const max = ownMax ?? D.maxInstances;
  const instances = ownInstances ?? SCENARIO_DEFAULTS.service.instances;
  const named = (v: number, own: number | undefined) =>
    own === undefined ? `${v}, the default` : `${v}`;
  if (max < min) {
    report(
      c,
      at(path, 'maxInstances'),
      `must be at least minInstances (${min}) (got ${named(max, ownMax)})`,
    );
    return false;
  }
  if (instances < min || instances > max) {
    const low = instances < min;
    const bound = low ? named(min, ownMin) : named(max, ownMax);
    report(
      c,
      at(path, low ? 'minInstances' : 'maxInstances'),
      `must be at ${low ? 'most' : 'least'} the service's instances (${instances}) (got ${bound})`,
    );
    return false;
  }
  return true;
}
