/**
 * Validation of `chaos`: the mean times, the fault mix (each type with its
 * parameter and weight), the targets (node ids or kinds; each target node
 * must have a fault in the mix that applies to its kind), and a bound on the
 * faults a run can expect, so a tiny MTBF cannot hang the tab.
 */
import {
  at,
  checkOneOf,
  checkString,
  expectObj,
  optionalNumber,
  report,
  requireNumber,
  withOptional,
  type Collector,
} from './checks.ts';
import { LIMITS } from './limits.ts';
import { CHAOS_FAULT_TYPES, resolveChaosTargets } from './chaosTargets.ts';
import type { Chaos, ChaosFaultEntry } from './types.ts';
import type { GraphNode } from './validateGraph.ts';

const MEAN = { above: 0, max: LIMITS.maxDurationMs } as const;

/** Validate `chaos` (absent = none) for a run of `runMs` over `nodes`. */
export function validateChaos(
  c: Collector,
  value: unknown,
  nodes: readonly GraphNode[] | undefined,
  runMs: number | undefined,
): { value: Chaos | undefined } | undefined {
  if (value === undefined) return { value: undefined };
  const obj = expectObj(c, value, 'chaos');
  if (obj === undefined) return undefined;
  const mtbf = requireNumber(c, obj, 'meanTimeBetweenFailuresMs', 'chaos', MEAN);
  const mttr = requireNumber(c, obj, 'meanTimeToRepairMs', 'chaos', MEAN);
  const startMs = optionalNumber(c, obj, 'startMs', 'chaos', { min: 0, max: LIMITS.maxDurationMs });
  const seed = optionalNumber(c, obj, 'seed', 'chaos', {
    integer: true,
    min: 0,
    max: LIMITS.maxSeed,
  });
  const faults = validateMix(c, obj.faults);
  const targets = validateTargetList(c, obj.targets);
  if (mtbf === undefined || mttr === undefined || startMs === undefined || seed === undefined)
    return undefined;
  if (faults === undefined || targets === undefined) return undefined;
  const chaos: Chaos = {
    meanTimeBetweenFailuresMs: mtbf,
    meanTimeToRepairMs: mttr,
    ...withOptional('faults', faults.value),
    ...withOptional('targets', targets.value),
    ...withOptional('startMs', startMs.value),
    ...withOptional('seed', seed.value),
  };
  if (nodes === undefined) return { value: chaos };
  const resolved = resolveChaosTargets(chaos, nodes, (path, message) => report(c, path, message));
  if (resolved === undefined) return undefined;
  if (runMs !== undefined && !checkExpected(c, chaos, resolved.length, runMs)) return undefined;
  return { value: chaos };
}

function validateMix(
  c: Collector,
  value: unknown,
): { value: ChaosFaultEntry[] | undefined } | undefined {
  if (value === undefined) return { value: undefined };
  if (!Array.isArray(value) || value.length === 0)
    return report(c, 'chaos.faults', 'must be a non-empty array');
  if (value.length > CHAOS_FAULT_TYPES.length * 4)
    return report(
      c,
      'chaos.faults',
      `has ${value.length} entries; at most ${CHAOS_FAULT_TYPES.length * 4}`,
    );
  const entries = value.map((item: unknown, i) => validateEntry(c, item, `chaos.faults[${i}]`));
  return entries.some((e) => e === undefined)
    ? undefined
    : { value: entries.filter((e) => e !== undefined) };
}

function validateEntry(c: Collector, value: unknown, path: string): ChaosFaultEntry | undefined {
  const obj = expectObj(c, value, path);
  if (obj === undefined) return undefined;
  const type = checkOneOf(c, obj.type, at(path, 'type'), CHAOS_FAULT_TYPES);
  const weight = optionalNumber(c, obj, 'weight', path, { above: 0, max: 1e6 });
  if (type === undefined || weight === undefined) return undefined;
  const w = withOptional('weight', weight.value);
  switch (type) {
    case 'slow': {
      const factor = requireNumber(c, obj, 'factor', path, { above: 1, max: 1000 });
      return factor === undefined ? undefined : { type, factor, ...w };
    }
    case 'errors': {
      const probability = requireNumber(c, obj, 'probability', path, { above: 0, max: 1 });
      return probability === undefined ? undefined : { type, probability, ...w };
    }
    case 'crash':
    case 'partition':
    case 'cache-flush':
      return { type, ...w };
  }
}

function validateTargetList(
  c: Collector,
  value: unknown,
): { value: string[] | undefined } | undefined {
  if (value === undefined) return { value: undefined };
  if (!Array.isArray(value) || value.length === 0)
    return report(c, 'chaos.targets', 'must be a non-empty array of node ids or kinds');
  if (value.length > LIMITS.maxNodes)
    return report(c, 'chaos.targets', `has ${value.length} entries; at most ${LIMITS.maxNodes}`);
  const ids = value.map((v: unknown, i) =>
    checkString(c, v, `chaos.targets[${i}]`, LIMITS.maxIdLength),
  );
  return ids.some((id) => id === undefined)
    ? undefined
    : { value: ids.filter((id) => id !== undefined) };
}

/** targets × (run − start) / (MTBF + MTTR) faults expected: at most `LIMITS.maxChaosFaults`. */
function checkExpected(c: Collector, chaos: Chaos, targets: number, runMs: number): boolean {
  const span = Math.max(0, runMs - (chaos.startMs ?? 0));
  const expected = (targets * span) / (chaos.meanTimeBetweenFailuresMs + chaos.meanTimeToRepairMs);
  if (expected <= LIMITS.maxChaosFaults) return true;
  report(
    c,
    'chaos.meanTimeBetweenFailuresMs',
    `is too short: about ${Math.round(expected)} faults would be drawn; at most ${LIMITS.maxChaosFaults}`,
  );
  return false;
}
