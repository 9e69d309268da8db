/**
 * Which parts of a scenario the resilience dashboards are about: edges with a
 * retry policy or a circuit breaker, balancers that take targets out of
 * rotation (health checks, outlier ejection), caches that can lose writes
 * (write-behind). A panel is shown only when its subject exists.
 */
import type { NodeOfKind, Scenario } from './scenarioAccess.ts';

/** `from→to`, the key edge series use. */
const edgeKey = (e: { readonly from: string; readonly to: string }): string => `${e.from}→${e.to}`;

/** Keys of the edges with a retry policy. */
export function getRetryEdgeKeys(scenario: Scenario): ReadonlySet<string> {
  return new Set(scenario.edges.filter((e) => e.policy?.retry !== undefined).map(edgeKey));
}

/** Keys of the edges with a circuit breaker. */
export function getBreakerEdgeKeys(scenario: Scenario): ReadonlySet<string> {
  return new Set(scenario.edges.filter((e) => e.policy?.circuitBreaker !== undefined).map(edgeKey));
}

const isBalancer = (n: Scenario['nodes'][number]): n is NodeOfKind<'load-balancer'> =>
  n.kind === 'load-balancer';

/** Ids of the load balancers with health checks or outlier ejection (whose targets can leave rotation). */
export function getCheckedBalancerIds(scenario: Scenario): string[] {
  return scenario.nodes
    .filter(isBalancer)
    .filter((n) => n.healthCheck !== undefined || n.outlierDetection !== undefined)
    .map((n) => n.id);
}

/** Ids of the write-behind caches (whose queued writes a crash can lose). */
export function getWriteBehindCacheIds(scenario: Scenario): string[] {
  return scenario.nodes
    .filter((n): n is NodeOfKind<'cache'> => n.kind === 'cache')
    .filter((n) => n.writePolicy === 'write-behind')
    .map((n) => n.id);
}
