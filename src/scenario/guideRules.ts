/**
 * The guide's alert rules (`GUIDE_RULES` in the engine, with their line
 * numbers) bound to a topology and written in the public format: one rule per
 * watched node, with the guide's automatic actions. A breaker is opened only on
 * edges whose policy has one (the others have nothing to open). Used to expand
 * `{ "guide": true }` and by the editor's "Add the guide's rules".
 */
import { GUIDE_RULES, instantiateRules, type AlertRule } from '../engine/index.ts';
import type { AlertRuleSpec, RuleAction, RuleMetric, ScenarioEdge } from './types.ts';

/** The nodes and edges the rules are bound to (ids and kinds are enough). */
export interface RuleTopology {
  readonly nodes: readonly { readonly id: string; readonly kind: string }[];
  readonly edges: readonly ScenarioEdge[];
}

/** The guide's rules for `topology`, in the guide's order, ids `<rule>@<node>`. */
export function getGuideRules(topology: RuleTopology): AlertRuleSpec[] {
  // `totals` is the engine's name for the clients' row: a node called so is not watched.
  const nodes = topology.nodes.filter((n) => n.id !== 'totals');
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const edges = topology.edges.flatMap((e): (readonly [number, number])[] => {
    const from = index.get(e.from);
    const to = index.get(e.to);
    return from === undefined || to === undefined ? [] : [[from, to]];
  });
  const layout = { nodeIds: nodes.map((n) => n.id), nodeKinds: nodes.map((n) => n.kind), edges };
  const guarded = new Set(
    topology.edges.filter((e) => e.policy?.circuitBreaker !== undefined).map(edgeKey),
  );
  return instantiateRules(GUIDE_RULES, layout).map((rule) => toSpec(rule, guarded));
}

function toSpec(rule: AlertRule, guarded: ReadonlySet<string>): AlertRuleSpec {
  const actions = (rule.actions ?? []).flatMap((a): RuleAction[] => {
    if (a.type === 'scale') return [{ type: 'scale', node: a.node, factor: a.factor }];
    const { from, to } = a.edge;
    return guarded.has(edgeKey({ from, to })) ? [{ type: 'open-breaker', from, to }] : [];
  });
  return {
    id: rule.id,
    // The guide's metrics (errorRate, healthyShare, imbalance, latencyP99) are all rule metrics.
    metric: rule.metric as RuleMetric,
    ...(rule.scope === 'totals' ? {} : { node: rule.scope }),
    comparator: rule.comparator,
    threshold: rule.threshold,
    forMs: rule.forMs,
    severity: rule.severity,
    ...(rule.summary === undefined ? {} : { summary: rule.summary }),
    ...(actions.length === 0 ? {} : { actions }),
  };
}

const edgeKey = (e: { readonly from: string; readonly to: string }): string =>
  `${e.from}\u0000${e.to}`;
