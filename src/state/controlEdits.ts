/**
 * Pure edits of a scenario's alert rules and chaos settings, as the Rules and
 * Chaos editors make them. Each returns a candidate document (plain JSON, not
 * yet trusted) for `documentEdits.applyCandidate`. New rules get a unique id
 * at once, so deleting another rule never renames them.
 */
import type {
  AlertRuleSpec,
  ParamEdit,
  RuleAction,
  Scenario,
  ScenarioRule,
} from './scenarioAccess.ts';
import { getGuideRules, SCENARIO_DEFAULTS } from './scenarioAccess.ts';

/** Chaos mode as it is switched on: a failure per node every minute on average, 10 s to repair. */
export const NEW_CHAOS = { meanTimeBetweenFailuresMs: 60_000, meanTimeToRepairMs: 10_000 } as const;

/** The ids the rules run under (`rule-<n>` for a rule without one; the guide's when included). */
export function getTakenRuleIds(scenario: Scenario): Set<string> {
  const taken = new Set<string>();
  (scenario.rules ?? []).forEach((rule, i) => {
    if ('guide' in rule) for (const g of getGuideRules(scenario)) taken.add(g.id ?? '');
    else taken.add(rule.id ?? `rule-${i + 1}`);
  });
  return taken;
}

/** The guide's rules bound to the current nodes, minus those already there. */
export function addGuideRules(scenario: Scenario): { candidate: unknown; added: number } {
  const taken = getTakenRuleIds(scenario);
  const fresh = getGuideRules(scenario).filter((r) => !taken.has(r.id ?? ''));
  const rules = [...(scenario.rules ?? []), ...fresh];
  return { candidate: { ...scenario, rules }, added: fresh.length };
}

/** A new rule: error rate above 10 % on the first service (else what the clients saw). */
export function addRule(scenario: Scenario): unknown {
  const taken = getTakenRuleIds(scenario);
  let n = (scenario.rules?.length ?? 0) + 1;
  while (taken.has(`rule-${n}`)) n++;
  const service = scenario.nodes.find((node) => node.kind === 'service');
  const rule: AlertRuleSpec = {
    id: `rule-${n}`,
    metric: 'errorRate',
    ...(service === undefined ? {} : { node: service.id }),
    comparator: '>',
    threshold: 0.1,
    forMs: 0,
    severity: 'warning',
  };
  return { ...scenario, rules: [...(scenario.rules ?? []), rule] };
}

/** Remove rule `index` (and the `rules` list when it was the last). */
export function removeRule(scenario: Scenario, index: number): unknown {
  const rules = (scenario.rules ?? []).filter((_, i) => i !== index);
  return withRules(scenario, rules);
}

/**
 * A new action for rule `index`: scale its node (or the first service) by 1.5,
 * or open the breaker of an edge into its node (or of any edge that has one).
 * Null when there is nothing such an action could name.
 */
export function createAction(
  scenario: Scenario,
  index: number,
  type: RuleAction['type'],
): RuleAction | null {
  const rule = scenario.rules?.[index];
  const node = rule !== undefined && !('guide' in rule) ? rule.node : undefined;
  if (type === 'scale') {
    const own = scenario.nodes.find((n) => n.id === node && n.kind === 'service');
    const target = own ?? scenario.nodes.find((n) => n.kind === 'service');
    return target === undefined ? null : { type, node: target.id, factor: 1.5 };
  }
  const guarded = scenario.edges.filter((e) => e.policy?.circuitBreaker !== undefined);
  const edge = guarded.find((e) => e.to === node) ?? guarded[0];
  return edge === undefined ? null : { type, from: edge.from, to: edge.to };
}

/** Remove action `action` of rule `index`. */
export function removeAction(scenario: Scenario, index: number, action: number): unknown {
  const rules = (scenario.rules ?? []).map((rule, i) => {
    if (i !== index || 'guide' in rule) return rule;
    const actions = (rule.actions ?? []).filter((_, j) => j !== action);
    const { actions: _old, ...rest } = rule;
    return actions.length === 0 ? rest : { ...rest, actions };
  });
  return withRules(scenario, rules);
}

/**
 * What deleting node `id` or the edge `from → to` leaves of the rules and chaos:
 * rules on the node go, actions naming it (or the edge) go, chaos forgets it as
 * a target (and switches off when no target is left).
 */
export function withoutReferences(
  scenario: Scenario,
  gone: { readonly node: string } | { readonly from: string; readonly to: string },
): Pick<Scenario, 'rules' | 'chaos' | 'edits'> {
  const names = (a: RuleAction): boolean =>
    'node' in gone
      ? a.type === 'scale'
        ? a.node === gone.node
        : a.from === gone.node || a.to === gone.node
      : a.type === 'open-breaker' && a.from === gone.from && a.to === gone.to;
  const rules = (scenario.rules ?? []).flatMap((rule): ScenarioRule[] => {
    if ('guide' in rule) return [rule];
    if ('node' in gone && rule.node === gone.node) return [];
    const actions = (rule.actions ?? []).filter((a) => !names(a));
    const { actions: _old, ...rest } = rule;
    return [actions.length === 0 ? rest : { ...rest, actions }];
  });
  const chaos = 'node' in gone ? withoutTarget(scenario, gone.node) : scenario.chaos;
  const edits = (scenario.edits ?? []).filter((e) => !editNames(e, gone));
  return {
    ...(rules.length === 0 ? {} : { rules }),
    ...(chaos === undefined ? {} : { chaos }),
    ...(edits.length === 0 ? {} : { edits }),
  };
}

/** Whether a recorded live edit is aimed at what is `gone` (a node: also its edges). */
function editNames(
  edit: ParamEdit,
  gone: { readonly node: string } | { readonly from: string; readonly to: string },
): boolean {
  if ('node' in gone)
    return 'node' in edit
      ? edit.node === gone.node
      : edit.edge.from === gone.node || edit.edge.to === gone.node;
  return 'edge' in edit && edit.edge.from === gone.from && edit.edge.to === gone.to;
}

/** Chaos without node `id` among its targets: names that match no remaining node go; none left = off. */
function withoutTarget(scenario: Scenario, id: string): Scenario['chaos'] {
  const chaos = scenario.chaos;
  if (chaos === undefined) return undefined;
  const remaining = scenario.nodes.filter((n) => n.id !== id);
  const named = chaos.targets ?? SCENARIO_DEFAULTS.chaos.targets;
  const targets = named.filter((t) => remaining.some((n) => n.id === t || n.kind === t));
  if (targets.length === 0) return undefined;
  return targets.length === named.length ? chaos : { ...chaos, targets };
}

function withRules(scenario: Scenario, rules: readonly ScenarioRule[]): unknown {
  const { rules: _old, ...rest } = scenario;
  return rules.length === 0 ? rest : { ...rest, rules };
}
