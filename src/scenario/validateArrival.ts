/** Validation of a client's arrival process (`client.arrival`). */
import {
  at,
  checkOneOf,
  expectObj,
  optionalNumber,
  report,
  requireField,
  requireNumber,
  type Collector,
  type Obj,
} from './checks.ts';
import { LIMITS } from './limits.ts';
import type { Arrival, RateStep } from './types.ts';
import { validateDist } from './validateDist.ts';

const ARRIVAL_TYPES = ['poisson', 'constant', 'steps', 'ramp', 'spike', 'users'] as const;
/** A steady rate: above 0 (a client that never sends is a mistake). */
const RATE = { above: 0, max: LIMITS.maxRatePerSec } as const;
/** A rate that changes over time may be 0 for a while (a pause, an outage). */
const VARYING_RATE = { min: 0, max: LIMITS.maxRatePerSec } as const;
const TIME = { min: 0, max: LIMITS.maxDurationMs } as const;
const SPAN = { above: 0, max: LIMITS.maxDurationMs } as const;

/** Validate `client.arrival` at `path`. */
export function validateArrival(c: Collector, value: unknown, path: string): Arrival | undefined {
  const obj = expectObj(c, value, path);
  if (obj === undefined) return undefined;
  const type = checkOneOf(c, obj.type, at(path, 'type'), ARRIVAL_TYPES);
  switch (type) {
    case undefined:
      return undefined;
    case 'poisson':
    case 'constant': {
      const ratePerSec = requireNumber(c, obj, 'ratePerSec', path, RATE);
      return ratePerSec === undefined ? undefined : { type, ratePerSec };
    }
    case 'steps': {
      const steps = requireField(c, obj, 'steps', path, validateSteps);
      return steps === undefined ? undefined : { type, steps };
    }
    case 'ramp':
      return validateRamp(c, obj, path);
    case 'spike': {
      const ratePerSec = requireNumber(c, obj, 'ratePerSec', path, VARYING_RATE);
      const spikeRatePerSec = requireNumber(c, obj, 'spikeRatePerSec', path, VARYING_RATE);
      const atMs = requireNumber(c, obj, 'atMs', path, TIME);
      const durationMs = requireNumber(c, obj, 'durationMs', path, SPAN);
      if (ratePerSec === undefined || spikeRatePerSec === undefined) return undefined;
      if (atMs === undefined || durationMs === undefined) return undefined;
      return { type, ratePerSec, spikeRatePerSec, atMs, durationMs };
    }
    case 'users': {
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
  }
}

function validateRamp(c: Collector, obj: Obj, path: string): Arrival | undefined {
  const fromPerSec = requireNumber(c, obj, 'fromPerSec', path, VARYING_RATE);
  const toPerSec = requireNumber(c, obj, 'toPerSec', path, VARYING_RATE);
  const startMs = optionalNumber(c, obj, 'startMs', path, TIME);
  const durationMs = requireNumber(c, obj, 'durationMs', path, SPAN);
  if (fromPerSec === undefined || toPerSec === undefined) return undefined;
  if (startMs === undefined || durationMs === undefined) return undefined;
  const start = startMs.value === undefined ? {} : { startMs: startMs.value };
  return { type: 'ramp', fromPerSec, toPerSec, ...start, durationMs };
}

/** `[{ atMs, ratePerSec }, …]`: 1..1000 steps, the first at 0, `atMs` strictly ascending. */
function validateSteps(c: Collector, value: unknown, path: string): RateStep[] | undefined {
  if (!Array.isArray(value)) return report(c, path, 'must be an array of { atMs, ratePerSec }');
  if (value.length === 0) return report(c, path, 'must hold at least one step (at 0 ms)');
  if (value.length > LIMITS.maxSteps) {
    return report(c, path, `has ${value.length} steps; at most ${LIMITS.maxSteps}`);
  }
  const steps: RateStep[] = [];
  let ok = true;
  value.forEach((item: unknown, i) => {
    const p = at(path, i);
    const step = expectObj(c, item, p);
    const atMs = step && requireNumber(c, step, 'atMs', p, TIME);
    const ratePerSec = step && requireNumber(c, step, 'ratePerSec', p, VARYING_RATE);
    if (atMs === undefined || ratePerSec === undefined) {
      ok = false;
      return;
    }
    const previous = steps[steps.length - 1];
    if (i === 0 && atMs !== 0) {
      ok = false;
      report(c, at(p, 'atMs'), `the first step must be at 0 (got ${atMs})`);
    } else if (previous !== undefined && atMs <= previous.atMs) {
      ok = false;
      report(c, at(p, 'atMs'), `must be greater than the previous step's (${previous.atMs})`);
    }
    steps.push({ atMs, ratePerSec });
  });
  return ok ? steps : undefined;
}
