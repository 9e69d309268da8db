/**
 * The node kinds of the public scenario format, version 1 (see `types.ts` for
 * the document around them). Optional fields have the defaults listed in
 * `defaults.ts` and `CONTEXT.md`; they are applied at compile time only.
 */
import type { Arrival, Dist, Workload } from './types.ts';

/** Fields every node has. Nodes without `x`/`y` are placed by the auto-layout. */
interface NodeBase {
  /** Unique, 1–64 characters of `[A-Za-z0-9_.:-]`. */
  readonly id: string;
  readonly label?: string;
  readonly x?: number;
  readonly y?: number;
}

/** Sends requests into the system through its one outgoing edge. */
export interface ClientNode extends NodeBase {
  readonly kind: 'client';
  readonly arrival: Arrival;
  readonly workload?: Workload;
}

export type LoadBalancerStrategy =
  | 'round-robin'
  | 'weighted-round-robin'
  | 'least-connections'
  | 'random'
  | 'power-of-two-choices'
  | 'least-response-time'
  | 'key-hash'
  | 'consistent-hash'
  | 'maglev';

/** Active health checks: absent on a balancer = none (every target is always routable). */
export interface HealthCheck {
  /** Between probes of one target; default 30000. */
  readonly intervalMs?: number;
  /** A probe unanswered this long fails; default 5000; below `intervalMs`. */
  readonly timeoutMs?: number;
  /** Consecutive failed probes before a target is taken out; default 3. */
  readonly unhealthyThreshold?: number;
  /** Consecutive good probes before it is taken back; default 2. */
  readonly healthyThreshold?: number;
}

/** Spreads calls over its targets (its outgoing edges, any kind but client). */
export interface LoadBalancerNode extends NodeBase {
  readonly kind: 'load-balancer';
  readonly strategy: LoadBalancerStrategy;
  /** `consistent-hash` only: ring points per target; default 150. */
  readonly virtualNodes?: number;
  /** `maglev` only: lookup table size, a prime ≥ the number of targets; default 65537. */
  readonly maglevTableSize?: number;
  /** `least-response-time` only: peak-EWMA time constant; default 10000. */
  readonly ewmaDecayMs?: number;
  readonly healthCheck?: HealthCheck;
  /**
   * Passive outlier ejection (Envoy/Istio, the guide's service-mesh settings):
   * `consecutiveErrors` failures in a row eject a target for `baseEjectionTimeMs`
   * × times ejected (capped at `maxEjectionTimeMs`), at most `maxEjectionPercent`
   * of targets at once. Defaults: 5, 30 s, 300 s, 10 %.
   */
  readonly outlierDetection?: {
    readonly consecutiveErrors?: number;
    readonly baseEjectionTimeMs?: number;
    readonly maxEjectionTimeMs?: number;
    readonly maxEjectionPercent?: number;
  };
  /** Calls outstanding at one target at most; absent = unlimited. */
  readonly maxConnectionsPerTarget?: number;
  /** With `maxConnectionsPerTarget`: calls that may wait for a connection; default 0 (reject). */
  readonly maxPending?: number;
}

/** How a service calls its outgoing edges for one request. */
export type CallMode = 'sequential' | 'parallel';

/** Workers serving a FIFO queue; may call downstream nodes. */
export interface ServiceNode extends NodeBase {
  readonly kind: 'service';
  /** Concurrency of one instance: integer 1..10000. */
  readonly workers: number;
  /** Waiting room of one instance beyond its busy workers; absent = unbounded. */
  readonly queueCapacity?: number;
  readonly serviceTimeMs: Dist;
  /** Identical replicas (each with `workers` and `queueCapacity`); default 1, at most 1000. */
  readonly instances?: number;
  /** Relative capacity for `weighted-round-robin`; default 1, > 0. */
  readonly weight?: number;
  /** Probability a request fails with `injected-error`; default 0. */
  readonly errorRate?: number;
  /** Downstream calls one after another or all at once; default `sequential`. */
  readonly callMode?: CallMode;
  /** The worker stays busy while downstream calls are out (thread per request); default true. */
  readonly holdWorkerDuringCalls?: boolean;
  /** Change `instances` with the load (Kubernetes HPA-like); absent = fixed. */
  readonly autoscaling?: Autoscaling;
}

/**
 * Target-tracking autoscaling: every `evaluationIntervalMs`, desired =
 * ⌈ready × utilization / targetUtilization⌉ within [minInstances, maxInstances],
 * unless within ± `tolerance` of the target. New instances serve after
 * `startupDelayMs`; a scale-out waits `scaleOutCooldownMs` after the last one,
 * a scale-in `scaleInCooldownMs` after any change. Defaults: 1, 10, 0.7, 0.1,
 * 15 s, 60 s, 300 s, 30 s. `instances` must lie within [min, max].
 */
export interface Autoscaling {
  readonly minInstances?: number;
  readonly maxInstances?: number;
  /** Share of busy workers to steer toward, in (0, 1]. */
  readonly targetUtilization?: number;
  /** No change while utilization / target is within 1 ± this, in [0, 1). */
  readonly tolerance?: number;
  readonly evaluationIntervalMs?: number;
  readonly scaleOutCooldownMs?: number;
  readonly scaleInCooldownMs?: number;
  readonly startupDelayMs?: number;
}

export type EvictionPolicy = 'lru' | 'lfu' | 'fifo' | 'random';
export type WritePolicy = 'cache-aside' | 'write-through' | 'write-behind';

/** Tuning of `write-behind`; every field optional. */
export interface WriteBehind {
  /** Writes waiting to be flushed at most; default 10000. */
  readonly queueCapacity?: number;
  /** Default 100. */
  readonly flushIntervalMs?: number;
  /** Writes per flush; default 100. */
  readonly batchSize?: number;
  /** Further attempts of a failed flush before its writes are lost; default 3. */
  readonly maxRetries?: number;
}

/** A key-value cache in front of its backing store (its one outgoing edge). */
export interface CacheNode extends NodeBase {
  readonly kind: 'cache';
  /** Entries, integer 1..2^28. */
  readonly capacity: number;
  /** Default `lru`. */
  readonly eviction?: EvictionPolicy;
  /** Entry lifetime; absent = entries never expire. */
  readonly ttlMs?: number;
  /** Time to answer a hit; default constant 0.5 ms. */
  readonly hitTimeMs?: Dist;
  /** Default `cache-aside`. */
  readonly writePolicy?: WritePolicy;
  /** Only with `writePolicy: "write-behind"`. */
  readonly writeBehind?: WriteBehind;
  /** Start filled with the hottest keys; default false. */
  readonly warm?: boolean;
}

export type ShardStrategy = 'range' | 'hash-mod' | 'consistent-hash' | 'jump' | 'rendezvous';

/** Routes each key to one of its shards (its outgoing edges, in edge order). */
export interface ShardRouterNode extends NodeBase {
  readonly kind: 'shard-router';
  readonly strategy: ShardStrategy;
  /** `consistent-hash` only: ring points per shard; default 150. */
  readonly virtualNodes?: number;
  /** `range` only: exclusive upper key of every shard but the last; absent = even split. */
  readonly rangeBoundaries?: readonly number[];
}

/** A database shard (a leaf): workers, a queue, read and write times, optional replicas. */
export interface DatabaseNode extends NodeBase {
  readonly kind: 'database';
  /** Default 8. */
  readonly workers?: number;
  /** Absent = unbounded. */
  readonly queueCapacity?: number;
  readonly readTimeMs: Dist;
  /** Default: the same as `readTimeMs`. */
  readonly writeTimeMs?: Dist;
  /** Read replicas, 0..16; default 0. */
  readonly replicas?: number;
  /** Only with replicas: delay before a write is visible there; default constant 0. */
  readonly replicationLagMs?: Dist;
}

/** A Kafka-like message broker; its one outgoing edge is the consumer service. */
export interface QueueNode extends NodeBase {
  readonly kind: 'queue';
  /** Default 8, at most 1024. */
  readonly partitions?: number;
  /** Default 5. */
  readonly lingerMs?: number;
  /** Messages per producer batch; default 100. */
  readonly batchSize?: number;
  /** Default constant 1 ms. */
  readonly appendTimeMs?: Dist;
  /** Default 3. */
  readonly maxRetries?: number;
  /** Default 100. */
  readonly retryDelayMs?: number;
}

export type ScenarioNode =
  | ClientNode
  | LoadBalancerNode
  | ServiceNode
  | CacheNode
  | ShardRouterNode
  | DatabaseNode
  | QueueNode;
export type ScenarioNodeKind = ScenarioNode['kind'];

/** A node without its common fields (`id`, `label`, `x`, `y`), per kind. */
export type NodeBody<N extends ScenarioNode = ScenarioNode> = N extends ScenarioNode
  ? Omit<N, 'id' | 'label' | 'x' | 'y'>
  : never;
