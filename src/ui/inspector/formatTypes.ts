/**
 * The scenario format's unions the inspector offers as selects, named once.
 * Type-only: the UI may not import the scenario layer at runtime.
 */
import type { NodeOfKind, ScenarioEdge } from '../../state/scenarioAccess.ts';

type Client = NodeOfKind<'client'>;

export type Arrival = Client['arrival'];
export type Workload = NonNullable<Client['workload']>;
export type KeyDistribution = Workload['keys']['distribution'];
export type LoadBalancerStrategy = NodeOfKind<'load-balancer'>['strategy'];
export type ShardStrategy = NodeOfKind<'shard-router'>['strategy'];
export type EvictionPolicy = NonNullable<NodeOfKind<'cache'>['eviction']>;
export type WritePolicy = NonNullable<NodeOfKind<'cache'>['writePolicy']>;
export type CallMode = NonNullable<NodeOfKind<'service'>['callMode']>;
export type EdgeCondition = NonNullable<ScenarioEdge['when']>;
export type BreakerMode = NonNullable<
  NonNullable<NonNullable<ScenarioEdge['policy']>['circuitBreaker']>['mode']
>;
export type JitterKind = NonNullable<
  NonNullable<NonNullable<ScenarioEdge['policy']>['retry']>['jitter']
>;
export type FallbackType = NonNullable<NonNullable<ScenarioEdge['policy']>['fallback']>['type'];
export type { Dist } from '../../state/scenarioAccess.ts';
