/**
 * The guide's monitoring rules as data (distributed-systems-performance-guide.ko.md,
 * sections 로드 밸런싱 / 샤딩 모니터링 / 자동 복구 액션 / 문제 해결 가이드), and
 * their binding to the nodes of a model.
 */
import type { AlertAction, AlertRule } from './alertRules.ts';

/** What a guide rule watches: every node of a kind, or the totals row. */
export type GuideRuleTarget = 'load-balancer' | 'shard-router' | 'service' | 'totals';

/** A rule of the guide before it is bound to nodes. */
export interface GuideRule extends Omit<AlertRule, 'id' | 'scope' | 'actions'> {
  readonly id: string;
  readonly appliesTo: GuideRuleTarget;
  /** Scale the watched node by this factor when the rule fires. */
  readonly scaleBy?: number;
  /** Open the breakers on every edge into the watched node when the rule fires. */
  readonly openBreakers?: boolean;
  /** Where the numbers come from. */
  readonly source: string;
}

const GUIDE = 'distributed-systems-performance-guide.ko.md';

/** The guide's default rules. `forMs` is 0 unless the guide gives a duration. */
export const GUIDE_RULES: readonly GuideRule[] = [
  {
    id: 'lb-healthy-targets',
    appliesTo: 'load-balancer',
    metric: 'healthyShare',
    comparator: '<',
    threshold: 0.5,
    forMs: 0,
    severity: 'critical',
    summary: 'Less than 50% of targets healthy',
    source: `${GUIDE}:160`,
  },
  {
    id: 'shard-imbalance',
    appliesTo: 'shard-router',
    metric: 'imbalance',
    comparator: '>',
    threshold: 0.3,
    forMs: 60_000,
    severity: 'warning',
    summary: 'Shard imbalance above 30% (checked every 60 s)',
    source: `${GUIDE}:306,309`,
  },
  {
    id: 'error-rate',
    appliesTo: 'service',
    metric: 'errorRate',
    comparator: '>',
    threshold: 0.1,
    forMs: 0,
    severity: 'critical',
    openBreakers: true,
    summary: 'Error rate above 10%',
    source: `${GUIDE}:1352-1358`,
  },
  {
    id: 'error-rate-scale-up',
    appliesTo: 'service',
    metric: 'errorRate',
    comparator: '>',
    threshold: 0.2,
    forMs: 0,
    severity: 'warning',
    scaleBy: 1.5,
    summary: 'Error rate above 20%: scale up 1.5×',
    source: `${GUIDE}:1038-1040`,
  },
  {
    id: 'error-rate-severe',
    appliesTo: 'service',
    metric: 'errorRate',
    comparator: '>',
    threshold: 0.5,
    forMs: 0,
    severity: 'critical',
    openBreakers: true,
    scaleBy: 2,
    summary: 'Error rate above 50%: cut traffic, scale up 2×',
    source: `${GUIDE}:1033-1036`,
  },
  {
    id: 'slow-responses',
    appliesTo: 'totals',
    metric: 'latencyP99',
    comparator: '>',
    threshold: 5_000,
    forMs: 0,
    severity: 'warning',
    summary: 'p99 response time above 5 s',
    source: `${GUIDE}:1255`,
  },
];

/** The parts of a `MetricsLayout` that rules are bound against. */
export interface RuleLayout {
  readonly nodeIds: readonly string[];
  readonly nodeKinds: readonly string[];
  readonly edges: readonly (readonly [number, number])[];
}

/**
 * Bind guide rules to a model: one rule per node of the kind a rule applies to
 * (id `<rule>@<node>`), or one on the totals row (id `<rule>@totals`).
 */
export function instantiateRules(rules: readonly GuideRule[], layout: RuleLayout): AlertRule[] {
  const out: AlertRule[] = [];
  for (const rule of rules) {
    if (rule.appliesTo === 'totals') {
      out.push(bind(rule, 'totals', []));
      continue;
    }
    layout.nodeKinds.forEach((kind, node) => {
      const id = layout.nodeIds[node];
      if (kind !== rule.appliesTo || id === undefined) return;
      const callers = layout.edges
        .filter(([, to]) => to === node)
        .map(([from]) => layout.nodeIds[from] ?? '');
      out.push(bind(rule, id, callers));
    });
  }
  return out;
}

function bind(rule: GuideRule, scope: string, callers: readonly string[]): AlertRule {
  const { appliesTo: _a, scaleBy, openBreakers, source: _s, id, ...rest } = rule;
  const actions: AlertAction[] = [];
  if (openBreakers === true)
    for (const from of callers) actions.push({ type: 'open-breaker', edge: { from, to: scope } });
  if (scaleBy !== undefined && scope !== 'totals')
    actions.push({ type: 'scale', node: scope, factor: scaleBy });
  const bound: AlertRule = { ...rest, id: `${id}@${scope}`, scope };
  return actions.length > 0 ? { ...bound, actions } : bound;
}
