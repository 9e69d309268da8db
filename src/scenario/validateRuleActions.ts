/**
 * Validation of a rule's `actions`: `open-breaker` names an edge whose policy
 * has a circuit breaker (there is nothing else to open); `scale` names a
 * service and a factor in (0, 10].
 */
import {
  at,
  checkOneOf,
  checkString,
  expectObj,
  report,
  requireField,
  requireNumber,
  type Collector,
} from './checks.ts';
import { LIMITS } from './limits.ts';
import type { RuleAction, ScenarioEdge } from './types.ts';
import type { GraphNode } from './validateGraph.ts';

const ACTION_TYPES = ['open-breaker', 'scale'] as const;

const checkId = (c: Collector, v: unknown, p: string): string | undefined =>
  checkString(c, v, p, LIMITS.maxIdLength);

/** Validate `actions` at `path` (absent = none). */
export function validateRuleActions(
  c: Collector,
  value: unknown,
  path: string,
  nodes: readonly GraphNode[] | undefined,
  edges: readonly ScenarioEdge[] | undefined,
): { value: RuleAction[] | undefined } | undefined {
  if (value === undefined) return { value: undefined };
  if (!Array.isArray(value)) return report(c, path, 'must be an array');
  if (value.length > LIMITS.maxRuleActions)
    return report(c, path, `has ${value.length} actions; at most ${LIMITS.maxRuleActions}`);
  const actions = value.map((item: unknown, i) =>
    validateAction(c, item, at(path, i), nodes, edges),
  );
  if (actions.some((a) => a === undefined)) return undefined;
  const valid = actions.filter((a) => a !== undefined);
  return { value: valid.length === 0 ? undefined : valid };
}

function validateAction(
  c: Collector,
  value: unknown,
  path: string,
  nodes: readonly GraphNode[] | undefined,
  edges: readonly ScenarioEdge[] | undefined,
): RuleAction | undefined {
  const obj = expectObj(c, value, path);
  if (obj === undefined) return undefined;
  const type = checkOneOf(c, obj.type, at(path, 'type'), ACTION_TYPES);
  if (type === 'open-breaker') {
    const from = requireField(c, obj, 'from', path, checkId);
    const to = requireField(c, obj, 'to', path, checkId);
    if (from === undefined || to === undefined) return undefined;
    return checkBreakerEdge(c, path, from, to, edges) ? { type, from, to } : undefined;
  }
  if (type === 'scale') {
    const node = requireField(c, obj, 'node', path, checkId);
    const factor = requireNumber(c, obj, 'factor', path, {
      above: 0,
      max: LIMITS.maxScaleFactor,
    });
    if (node === undefined || factor === undefined) return undefined;
    return checkService(c, at(path, 'node'), node, nodes) ? { type, node, factor } : undefined;
  }
  return undefined;
}

function checkBreakerEdge(
  c: Collector,
  path: string,
  from: string,
  to: string,
  edges: readonly ScenarioEdge[] | undefined,
): boolean {
  if (edges === undefined) return true;
  const edge = edges.find((e) => e.from === from && e.to === to);
  if (edge === undefined) {
    report(c, path, `there is no edge ${from} → ${to}`);
    return false;
  }
  if (edge.policy?.circuitBreaker !== undefined) return true;
  report(c, path, `the edge ${from} → ${to} has no circuit breaker; give its policy one first`);
  return false;
}

function checkService(
  c: Collector,
  path: string,
  id: string,
  nodes: readonly GraphNode[] | undefined,
): boolean {
  const node = nodes?.find((n) => n.id === id);
  if (nodes === undefined || node?.kind === 'service') return true;
  if (node === undefined) report(c, path, `no node has id ${JSON.stringify(id)}`);
  else if (node.kind !== undefined)
    report(c, path, `${JSON.stringify(id)} is a ${node.kind}; only services scale`);
  return node?.kind === undefined && node !== undefined;
}
