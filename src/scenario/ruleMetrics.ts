/**
 * What an alert rule may watch, and where: the metrics window's columns plus
 * three derived shares (`errorRate`, `healthyShare`, `imbalance`). Metrics
 * that only some kinds report need a node of such a kind.
 */
import { at, report, type Collector } from './checks.ts';
import type { RuleMetric } from './types.ts';
import type { GraphNode } from './validateGraph.ts';

/** Every metric a rule may watch, in the editor's order. */
export const RULE_METRICS: readonly RuleMetric[] = [
  'errorRate',
  'latencyP99',
  'latencyP95',
  'latencyP50',
  'latencyP999',
  'latencyMean',
  'latencyMax',
  'utilization',
  'meanQueueLength',
  'meanInFlight',
  'inFlight',
  'arrivals',
  'completed',
  'failed',
  'instances',
  'healthyShare',
  'healthyTargets',
  'imbalance',
  'cacheHits',
  'cacheMisses',
  'staleReads',
  'writeQueueDepth',
  'lostWrites',
  'queueLag',
  'deadLetters',
];

/** Metrics that are shares (0..1): thresholds above 1 are refused. */
export const SHARE_METRICS: ReadonlySet<RuleMetric> = new Set([
  'errorRate',
  'healthyShare',
  'utilization',
]);

/** The kinds that report a metric; absent = every node and the totals row. */
export const RULE_METRIC_KINDS: Readonly<Partial<Record<RuleMetric, readonly string[]>>> = {
  healthyShare: ['load-balancer'],
  healthyTargets: ['load-balancer'],
  imbalance: ['load-balancer', 'shard-router'],
  utilization: ['service', 'database'],
  instances: ['load-balancer', 'service', 'cache', 'shard-router', 'database', 'queue'],
  cacheHits: ['cache'],
  cacheMisses: ['cache'],
  staleReads: ['cache', 'database'],
  writeQueueDepth: ['cache'],
  lostWrites: ['cache'],
  queueLag: ['queue'],
  deadLetters: ['queue'],
};

/** The rule's `node` exists and reports `metric` (a kind-specific metric needs a node). */
export function checkRuleNode(
  c: Collector,
  path: string,
  metric: RuleMetric,
  node: string | undefined,
  nodes: readonly GraphNode[] | undefined,
): boolean {
  const kinds = RULE_METRIC_KINDS[metric];
  const list = kinds?.join(', ');
  if (node === undefined) {
    if (kinds === undefined) return true;
    report(c, at(path, 'node'), `is required: ${metric} is reported by nodes (${list}) only`);
    return false;
  }
  if (node === 'totals') {
    // The engine's name for the clients' row: a node called so cannot be told apart.
    report(c, at(path, 'node'), 'a node named "totals" cannot be watched by a rule; rename it');
    return false;
  }
  if (nodes === undefined) return true;
  const found = nodes.find((n) => n.id === node);
  if (found === undefined) {
    report(c, at(path, 'node'), `no node has id ${JSON.stringify(node)}`);
    return false;
  }
  if (kinds === undefined || found.kind === undefined || kinds.includes(found.kind)) return true;
  report(
    c,
    at(path, 'metric'),
    `${metric} is reported by ${list} only (${JSON.stringify(node)} is a ${found.kind})`,
  );
  return false;
}
