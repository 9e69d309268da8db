/** Validation of one edge's own fields (references and `when` by caller kind: `validateGraph.ts`). */
import {
  checkOneOf,
  checkString,
  expectObj,
  optionalField,
  requireField,
  withOptional,
  type Collector,
} from './checks.ts';
import { LIMITS } from './limits.ts';
import type { EdgeCondition, ScenarioEdge } from './types.ts';
import { validateDist } from './validateDist.ts';
import { validatePolicy } from './validatePolicy.ts';

const CONDITIONS: readonly EdgeCondition[] = ['always', 'reads', 'writes'];

const checkRef = (c: Collector, v: unknown, p: string): string | undefined =>
  checkString(c, v, p, LIMITS.maxIdLength);
const checkCondition = (c: Collector, v: unknown, p: string): EdgeCondition | undefined =>
  checkOneOf(c, v, p, CONDITIONS);

/** Validate `edges[i]` at `path`. */
export function validateEdge(c: Collector, value: unknown, path: string): ScenarioEdge | undefined {
  const obj = expectObj(c, value, path);
  if (obj === undefined) return undefined;
  const from = requireField(c, obj, 'from', path, checkRef);
  const to = requireField(c, obj, 'to', path, checkRef);
  const latencyMs = optionalField(c, obj, 'latencyMs', path, validateDist);
  const when = optionalField(c, obj, 'when', path, checkCondition);
  const policy = optionalField(c, obj, 'policy', path, validatePolicy);
  if (
    from === undefined ||
    to === undefined ||
    latencyMs === undefined ||
    when === undefined ||
    policy === undefined
  ) {
    return undefined;
  }
  return {
    from,
    to,
    ...withOptional('latencyMs', latencyMs.value),
    ...withOptional('when', when.value),
    ...withOptional('policy', policy.value),
  };
}
