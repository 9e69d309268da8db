/**
 * The Rules editor's fields of one alert rule, as inspector field specs (so
 * the same inputs, drafts and path-qualified messages are used). The node
 * select lists only nodes that report the chosen metric, plus the clients'
 * end-to-end row.
 */
import type { RuleMetric, ScenarioNode } from '../../state/scenarioAccess.ts';
import { RULE_METRIC_KINDS, RULE_METRICS, SHARE_METRICS } from '../../state/scenarioAccess.ts';
import type { FieldSpec, Subject } from '../inspector/fieldTypes.ts';

/** The node select's option for "no node": the totals row, what the clients saw. */
export const TOTALS_OPTION = '(clients, end to end)';

/** One sentence per metric: what a rule on it watches. */
export const METRIC_EXPLANATIONS: Readonly<Record<RuleMetric, string>> = {
  errorRate: 'Failed ÷ answered calls in the window, 0–1 (0.1 = 10 %). No answered call = no data.',
  latencyP99: '99th percentile of successful calls’ latency in the window, ms.',
  latencyP95: '95th percentile of successful calls’ latency in the window, ms.',
  latencyP50: 'Median latency of successful calls in the window, ms.',
  latencyP999: '99.9th percentile of successful calls’ latency in the window, ms.',
  latencyMean: 'Mean latency of successful calls in the window, ms.',
  latencyMax: 'Slowest successful call in the window, ms.',
  utilization: 'Share of busy workers over the window, 0–1 (services and databases).',
  meanQueueLength: 'Time-averaged number of calls waiting in the queue.',
  meanInFlight: 'Time-averaged number of calls inside the node.',
  inFlight: 'Calls inside the node when the window closes.',
  arrivals: 'Calls that arrived in the window.',
  completed: 'Calls answered successfully in the window.',
  failed: 'Calls answered with a failure in the window.',
  instances: 'Instances serving when the window closes (0 while the node is down).',
  healthyShare: 'Targets in rotation ÷ all targets of a load balancer, 0–1.',
  healthyTargets: 'Targets in rotation when the window closes (load balancers).',
  imbalance: 'max ÷ mean − 1 of the calls sent to each target (0.3 = 30 %).',
  cacheHits: 'Cache lookups that hit in the window.',
  cacheMisses: 'Cache lookups that missed in the window.',
  staleReads: 'Reads that returned a value older than the latest write.',
  writeQueueDepth: 'Writes waiting in a write-behind queue at the window’s close.',
  lostWrites: 'Write-behind writes lost in the window.',
  queueLag: 'Messages appended but not consumed yet (queues).',
  deadLetters: 'Messages dead-lettered in the window (queues).',
};

const SEVERITY_EXPLANATIONS = {
  info: 'For the record: nothing to do.',
  warning: 'Someone should look soon.',
  critical: 'Page someone: users are affected now.',
};

/** The fields of `rule` (its node options depend on its metric and on the scenario's nodes). */
export function getRuleFields(rule: Subject, nodes: readonly ScenarioNode[]): FieldSpec[] {
  const metric = (rule['metric'] as RuleMetric | undefined) ?? 'errorRate';
  const kinds = RULE_METRIC_KINDS[metric];
  const where = nodes.filter((n) => kinds === undefined || kinds.includes(n.kind)).map((n) => n.id);
  return [
    { type: 'text', path: ['id'], label: 'Name', optional: 'rule-<position>' },
    {
      type: 'select',
      path: ['metric'],
      label: 'Metric',
      options: RULE_METRICS,
      explanations: METRIC_EXPLANATIONS,
      template: (option, subject) => withMetric(subject, option as RuleMetric, nodes),
    },
    {
      type: 'select',
      path: ['node'],
      label: 'Where',
      options: kinds === undefined ? [TOTALS_OPTION, ...where] : where,
      defaultValue: TOTALS_OPTION,
      template: (option, subject) => withNode(subject, option),
    },
    {
      type: 'select',
      path: ['comparator'],
      label: 'Fires when the value is',
      options: ['>', '<'],
      defaultValue: '>',
    },
    {
      type: 'number',
      path: ['threshold'],
      label: SHARE_METRICS.has(metric) ? 'Threshold (0–1)' : 'Threshold',
      min: 0,
      ...(SHARE_METRICS.has(metric) ? { max: 1, step: 0.01 } : { step: 1 }),
    },
    {
      type: 'number',
      path: ['forMs'],
      label: 'For at least (ms, whole windows)',
      min: 0,
      step: 1000,
      optional: 'default 0: at once',
    },
    {
      type: 'select',
      path: ['severity'],
      label: 'Severity',
      options: ['info', 'warning', 'critical'],
      defaultValue: 'warning',
      explanations: SEVERITY_EXPLANATIONS,
    },
    { type: 'text', path: ['summary'], label: 'Summary', optional: 'what it means' },
  ];
}

/** The rule with `node` set to the chosen option, or removed for the clients' row. */
function withNode(rule: Subject, option: string): unknown {
  const { node: _old, ...rest } = rule;
  return option === TOTALS_OPTION ? rest : { ...rest, node: option };
}

/**
 * The rule watching `metric`: kept on its node when that node reports the
 * metric, else moved to the first node that does; a share's threshold above 1
 * becomes 0.1 (a latency threshold would be meaningless as a share).
 */
function withMetric(rule: Subject, metric: RuleMetric, nodes: readonly ScenarioNode[]): unknown {
  const kinds = RULE_METRIC_KINDS[metric];
  const current = nodes.find((n) => n.id === rule['node']);
  const fits = kinds === undefined || (current !== undefined && kinds.includes(current.kind));
  const moved = fits ? undefined : nodes.find((n) => kinds?.includes(n.kind) === true);
  const threshold = rule['threshold'];
  const tooBig = SHARE_METRICS.has(metric) && typeof threshold === 'number' && threshold > 1;
  return {
    ...rule,
    metric,
    ...(moved === undefined ? {} : { node: moved.id }),
    ...(tooBig ? { threshold: 0.1 } : {}),
  };
}
