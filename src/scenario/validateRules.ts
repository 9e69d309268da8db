/**
 * Validation of `rules`: alert rules (metric, node, comparator, threshold,
 * `forMs`, severity, actions) and `{ "guide": true }` entries. Metrics that
 * only mean something on some kinds are refused elsewhere; shares are 0..1;
 * actions must name an edge with a breaker or a service; ids are unique,
 * including those the guide's rules get when they are bound to the nodes.
 */
import {
  at,
  checkOneOf,
  checkString,
  expectObj,
  optionalField,
  optionalNumber,
  report,
  requireNumber,
  withOptional,
  type Collector,
  type Obj,
} from './checks.ts';
import { getGuideRules } from './guideRules.ts';
import { LIMITS } from './limits.ts';
import type { AlertRuleSpec, RuleMetric, ScenarioEdge, ScenarioRule } from './types.ts';
import { checkRuleNode, RULE_METRICS, SHARE_METRICS } from './ruleMetrics.ts';
import { validateRuleActions } from './validateRuleActions.ts';
import type { GraphNode } from './validateGraph.ts';

const SEVERITIES = ['info', 'warning', 'critical'] as const;
const COMPARATORS = ['>', '<'] as const;
const RULE_ID = /^[A-Za-z0-9_.:@-]+$/;
const MAX_RULE_ID = 128;

/** Validate `rules` (absent = none); an empty list comes back as `{ value: undefined }`. */
export function validateRules(
  c: Collector,
  value: unknown,
  nodes: readonly GraphNode[] | undefined,
  edges: readonly ScenarioEdge[] | undefined,
): { value: ScenarioRule[] | undefined } | undefined {
  if (value === undefined) return { value: undefined };
  if (!Array.isArray(value)) return report(c, 'rules', 'must be an array');
  if (value.length > LIMITS.maxRules)
    return report(c, 'rules', `has ${value.length} rules; at most ${LIMITS.maxRules}`);
  const rules = value.map((item: unknown, i) => validateRule(c, item, `rules[${i}]`, nodes, edges));
  if (rules.some((r) => r === undefined)) return undefined;
  const valid = rules.filter((r) => r !== undefined);
  if (nodes !== undefined && edges !== undefined && !checkIds(c, valid, nodes, edges))
    return undefined;
  return { value: valid.length === 0 ? undefined : valid };
}

function validateRule(
  c: Collector,
  value: unknown,
  path: string,
  nodes: readonly GraphNode[] | undefined,
  edges: readonly ScenarioEdge[] | undefined,
): ScenarioRule | undefined {
  const obj = expectObj(c, value, path);
  if (obj === undefined) return undefined;
  if ('guide' in obj) return validateGuideEntry(c, obj, path);
  const id = optionalField(c, obj, 'id', path, checkRuleId);
  const metric = checkOneOf(c, obj.metric, at(path, 'metric'), RULE_METRICS);
  const node = optionalField(c, obj, 'node', path, (cc, v, p) =>
    checkString(cc, v, p, LIMITS.maxIdLength),
  );
  const comparator = optionalField(c, obj, 'comparator', path, (cc, v, p) =>
    checkOneOf(cc, v, p, COMPARATORS),
  );
  const threshold = metric === undefined ? undefined : checkThreshold(c, obj, path, metric);
  const forMs = optionalNumber(c, obj, 'forMs', path, { min: 0, max: LIMITS.maxDurationMs });
  const severity = optionalField(c, obj, 'severity', path, (cc, v, p) =>
    checkOneOf(cc, v, p, SEVERITIES),
  );
  const summary = optionalField(c, obj, 'summary', path, (cc, v, p) =>
    checkString(cc, v, p, LIMITS.maxLabelLength),
  );
  const actions = validateRuleActions(c, obj.actions, at(path, 'actions'), nodes, edges);
  if (id === undefined || metric === undefined || node === undefined) return undefined;
  if (comparator === undefined || threshold === undefined || forMs === undefined) return undefined;
  if (severity === undefined || summary === undefined || actions === undefined) return undefined;
  if (!checkRuleNode(c, path, metric, node.value, nodes)) return undefined;
  const rule: AlertRuleSpec = {
    ...withOptional('id', id.value),
    metric,
    ...withOptional('node', node.value),
    ...withOptional('comparator', comparator.value),
    threshold,
    ...withOptional('forMs', forMs.value),
    ...withOptional('severity', severity.value),
    ...withOptional('summary', summary.value),
    ...withOptional('actions', actions.value),
  };
  return rule;
}

function validateGuideEntry(c: Collector, obj: Obj, path: string): ScenarioRule | undefined {
  if (obj.guide !== true) return report(c, at(path, 'guide'), 'must be true');
  const extra = Object.keys(obj).filter((k) => k !== 'guide');
  if (extra.length > 0) {
    return report(c, path, `{ "guide": true } takes no other fields (got ${extra.join(', ')})`);
  }
  return { guide: true };
}

function checkRuleId(c: Collector, value: unknown, path: string): string | undefined {
  const id = checkString(c, value, path, MAX_RULE_ID);
  if (id === undefined) return undefined;
  if (!RULE_ID.test(id))
    return report(c, path, `${JSON.stringify(id)} may only contain letters, digits and _ . : @ -`);
  return id;
}

function checkThreshold(
  c: Collector,
  obj: Obj,
  path: string,
  metric: RuleMetric,
): number | undefined {
  const threshold = requireNumber(c, obj, 'threshold', path, { min: 0, max: 1e12 });
  if (threshold === undefined || !SHARE_METRICS.has(metric) || threshold <= 1) return threshold;
  return report(
    c,
    at(path, 'threshold'),
    `${metric} is a share from 0 to 1 (0.1 = 10 %) (got ${threshold})`,
  );
}

/** The id each rule runs under: its own, `rule-<n>`, or the guide's `<rule>@<node>`. */
export function getRuleIds(
  rules: readonly ScenarioRule[],
  topology: Parameters<typeof getGuideRules>[0],
): string[][] {
  return rules.map((rule, i) =>
    'guide' in rule ? getGuideRules(topology).map((g) => g.id ?? '') : [rule.id ?? `rule-${i + 1}`],
  );
}

/** Every rule id (guide rules included) once; no more rules than the limit. */
function checkIds(
  c: Collector,
  rules: readonly ScenarioRule[],
  nodes: readonly GraphNode[],
  edges: readonly ScenarioEdge[],
): boolean {
  const topology = {
    nodes: nodes.flatMap((n) =>
      n.id === undefined || n.kind === undefined ? [] : [{ id: n.id, kind: n.kind }],
    ),
    edges,
  };
  const ids = getRuleIds(rules, topology);
  const seen = new Map<string, number>();
  let ok = true;
  ids.forEach((list, i) => {
    for (const id of list) {
      const first = seen.get(id);
      if (first === undefined) seen.set(id, i);
      else {
        ok = false;
        report(c, `rules[${i}]`, `rule id ${JSON.stringify(id)} is used by rules[${first}] too`);
      }
    }
  });
  const count = ids.reduce((sum, list) => sum + list.length, 0);
  if (count > LIMITS.maxRules) {
    ok = false;
    report(c, 'rules', `bind to ${count} rules; at most ${LIMITS.maxRules}`);
  }
  return ok;
}
