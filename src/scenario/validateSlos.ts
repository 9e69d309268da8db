/**
 * Validation of `slos`, the service-level objectives the debrief judges a run
 * against. Optional; they are read by the app only and change nothing in the run.
 */
import {
  checkNumber,
  checkOneOf,
  checkString,
  expectObj,
  optionalField,
  report,
  withOptional,
  type Collector,
} from './checks.ts';
import { LIMITS } from './limits.ts';
import type { Slo, SloMetric } from './types.ts';

export const SLO_METRICS = [
  'p50',
  'p95',
  'p99',
  'p999',
  'mean',
  'errorRate',
  'availability',
  'goodput',
] as const satisfies readonly SloMetric[];

const RATIO_METRICS: readonly SloMetric[] = ['errorRate', 'availability'];

function validateSlo(c: Collector, item: unknown, path: string): Slo | undefined {
  const obj = expectObj(c, item, path);
  if (obj === undefined) return undefined;
  const metric = checkOneOf(c, obj.metric, `${path}.metric`, SLO_METRICS);
  const ratio = metric !== undefined && RATIO_METRICS.includes(metric);
  const threshold =
    obj.threshold === undefined
      ? report(c, `${path}.threshold`, 'is required')
      : checkNumber(c, obj.threshold, `${path}.threshold`, ratio ? { min: 0, max: 1 } : { min: 0 });
  const name = optionalField(c, obj, 'name', path, (cc, v, p) =>
    checkString(cc, v, p, LIMITS.maxNameLength),
  );
  if (metric === undefined || threshold === undefined || name === undefined) return undefined;
  return { metric, threshold, ...withOptional('name', name.value) };
}

/** Validate `slos` (absent = none); an empty list comes back as `{ value: undefined }`. */
export function validateSlos(
  c: Collector,
  value: unknown,
): { value: Slo[] | undefined } | undefined {
  if (value === undefined) return { value: undefined };
  if (!Array.isArray(value)) return report(c, 'slos', 'must be an array');
  if (value.length > LIMITS.maxSlos)
    return report(c, 'slos', `has ${value.length} objectives; at most ${LIMITS.maxSlos}`);
  const slos = value.map((item: unknown, i) => validateSlo(c, item, `slos[${i}]`));
  if (slos.some((s) => s === undefined)) return undefined;
  const valid = slos.filter((s) => s !== undefined);
  return { value: valid.length > 0 ? valid : undefined };
}
