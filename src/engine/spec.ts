import type { AlertRule } from './control/alertRules.ts';
import type { EditSpec } from './edits/editSpec.ts';
import type { AutoscalerOptions } from './control/autoscaler.ts';
import type { OutlierDetectionOptions } from './control/outlierDetector.ts';
import type { EdgePolicySpec } from './policySpec.ts';
import type { FaultSpec } from './faultSpec.ts';

/**
 * The engine's input model. This is an internal type, compiled from the public
 * scenario format by `src/scenario/compile.ts`; it is never serialized or shared.
 * All times are milliseconds of simulated time; rates are per second. Every field
 * is explicit here: defaults are the scenario layer's business.
 */

/** A sampling distribution, already normalized to the parameters the engine draws with. */
export type DistSpec =
  | { readonly type: 'constant'; readonly value: number }
  | { readonly type: 'exponential'; readonly mean: number }
  | { readonly type: 'uniform'; readonly min: number; readonly max: number }
  /** ln X ~ Normal(mu, sigma). */
  | { readonly type: 'lognormal'; readonly mu: number; readonly sigma: number }
  /** Normal(mean, sd) truncated at 0 (redrawn until non-negative). */
  | { readonly type: 'normal'; readonly mean: number; readonly sd: number }
  /** Pareto type I: P(X > x) = (scale / x)^shape for x >= scale. */
  | { readonly type: 'pareto'; readonly scale: number; readonly shape: number };

/**
 * How a client sends requests. `poisson`, `steps`, `ramp` and `spike` are Poisson
 * processes (time-varying for the last three); `constant` is evenly spaced;
 * `users` is a closed loop.
 */
export type ArrivalSpec =
  | { readonly type: 'poisson'; readonly ratePerSec: number }
  | { readonly type: 'constant'; readonly ratePerSec: number }
  /** Piecewise-constant rate: from `atMs` on, `ratePerSec` (first step at 0). Sorted by atMs. */
  | {
      readonly type: 'steps';
      readonly steps: readonly { readonly atMs: number; readonly ratePerSec: number }[];
    }
  /** `fromPerSec` until `startMs`, then linearly to `toPerSec` over `durationMs`, then `toPerSec`. */
  | {
      readonly type: 'ramp';
      readonly fromPerSec: number;
      readonly toPerSec: number;
      readonly startMs: number;
      readonly durationMs: number;
    }
  /** `ratePerSec`, except `spikeRatePerSec` during [atMs, atMs + durationMs). */
  | {
      readonly type: 'spike';
      readonly ratePerSec: number;
      readonly spikeRatePerSec: number;
      readonly atMs: number;
      readonly durationMs: number;
    }
  /** Closed loop: `users` each send, wait for the answer, think, send again. */
  | { readonly type: 'users'; readonly users: number; readonly thinkTimeMs: DistSpec };

/** How keys are drawn from [0, keyCount). Key 0 is the hottest under zipf and hot-key. */
export type KeyDistSpec =
  | { readonly type: 'uniform' }
  | { readonly type: 'zipf'; readonly exponent: number }
  /** With probability `hotShare`, one of the first `hotKeys` keys; else uniform over the rest. */
  | { readonly type: 'hot-key'; readonly hotKeys: number; readonly hotShare: number };

export interface WorkloadSpec {
  /** Share of requests that are reads, 0..1. */
  readonly readRatio: number;
  readonly keyCount: number;
  readonly keys: KeyDistSpec;
  /** Keys per request (1 = single-key). Shard routers group a batch by shard. */
  readonly batchSize: number;
  /** Share of reads that are cross-shard queries (scatter-gather at shard routers), 0..1. */
  readonly crossShardRatio: number;
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

/** Active health checking by a load balancer. */
export interface HealthCheckSpec {
  readonly intervalMs: number;
  /** A probe not answered within this time fails. */
  readonly timeoutMs: number;
  /** Consecutive failed probes before a healthy target is marked unhealthy. */
  readonly unhealthyThreshold: number;
  /** Consecutive successful probes before an unhealthy target is healthy again. */
  readonly healthyThreshold: number;
}

export interface ClientSpec {
  readonly kind: 'client';
  readonly id: string;
  readonly arrival: ArrivalSpec;
  readonly workload: WorkloadSpec;
}

export interface LoadBalancerSpec {
  readonly kind: 'load-balancer';
  readonly id: string;
  readonly strategy: LoadBalancerStrategy;
  /** Virtual nodes per target for `consistent-hash`. */
  readonly virtualNodes: number;
  /** Lookup table size for `maglev` (a prime). */
  readonly maglevTableSize: number;
  /** Time constant of the peak-EWMA latency estimate for `least-response-time`. */
  readonly ewmaDecayMs: number;
  readonly healthCheck: HealthCheckSpec | null;
  /** Calls outstanding at one target at most (Infinity = no limit). */
  readonly maxConnectionsPerTarget: number;
  /** Calls waiting at the balancer for a free connection (0 = reject at once). */
  readonly maxPending: number;
  /** Passive outlier ejection (Envoy/Istio): targets that fail in a row leave the rotation for a while. */
  readonly outlierDetection?: OutlierDetectionOptions;
}

/** How a node calls its downstream edges for one request. */
export type CallMode = 'sequential' | 'parallel';

export interface ServiceSpec {
  readonly kind: 'service';
  readonly id: string;
  /** Concurrency of one instance. */
  readonly workers: number;
  /** Waiting room of one instance beyond its busy workers; `Infinity` means unbounded. */
  readonly queueCapacity: number;
  readonly serviceTimeMs: DistSpec;
  /** Identical replicas, each with its own workers and queue; calls spread at random. */
  readonly instances: number;
  /** Relative capacity for weighted load balancing. */
  readonly weight: number;
  /** Probability that a request fails with `injected-error` after its service time. */
  readonly errorRate: number;
  /** Downstream edges are called one after another, or all at once (waiting for all). */
  readonly callMode: CallMode;
  /** Thread-per-request: the worker stays busy while downstream calls are out. */
  readonly holdWorkerDuringCalls: boolean;
  /** Target-tracking autoscaling of `instances` (HPA-like); absent = a fixed number of instances. */
  readonly autoscaling?: AutoscalerOptions;
}

export type EvictionPolicy = 'lru' | 'lfu' | 'fifo' | 'random';
export type WritePolicy = 'cache-aside' | 'write-through' | 'write-behind';

export interface WriteBehindSpec {
  /** Writes waiting to be flushed at most; a write finding the queue full is rejected. */
  readonly queueCapacity: number;
  readonly flushIntervalMs: number;
  /** Writes per flush call to the backing store. */
  readonly batchSize: number;
  /** Further attempts of a failed flush before its writes are dropped (counted as lost). */
  readonly maxRetries: number;
}

export interface CacheSpec {
  readonly kind: 'cache';
  readonly id: string;
  readonly capacity: number;
  readonly eviction: EvictionPolicy;
  /** Infinity = entries never expire. */
  readonly ttlMs: number;
  /** Time to answer a hit (and to update an entry). */
  readonly hitTimeMs: DistSpec;
  readonly writePolicy: WritePolicy;
  readonly writeBehind: WriteBehindSpec;
  /** Start filled with the hottest keys (0 … capacity − 1). */
  readonly warm: boolean;
}

export type ShardStrategy = 'range' | 'hash-mod' | 'consistent-hash' | 'jump' | 'rendezvous';

export interface ShardRouterSpec {
  readonly kind: 'shard-router';
  readonly id: string;
  readonly strategy: ShardStrategy;
  /** Virtual nodes per shard for `consistent-hash`. */
  readonly virtualNodes: number;
  /** For `range`: exclusive upper key bound of each shard but the last, ascending; null = even split. */
  readonly rangeBoundaries: readonly number[] | null;
}

export interface DatabaseSpec {
  readonly kind: 'database';
  readonly id: string;
  readonly workers: number;
  readonly queueCapacity: number;
  readonly readTimeMs: DistSpec;
  readonly writeTimeMs: DistSpec;
  /** Read replicas (same workers and queue as the primary); reads go to them when > 0. */
  readonly replicas: number;
  /** Delay before a committed write is visible on the replicas. */
  readonly replicationLagMs: DistSpec;
}

export interface QueueSpec {
  readonly kind: 'queue';
  readonly id: string;
  readonly partitions: number;
  /** A producer batch is sent when it holds `batchSize` messages or after `lingerMs`. */
  readonly lingerMs: number;
  readonly batchSize: number;
  /** Time for the broker to append one batch (the producer's ack waits for it). */
  readonly appendTimeMs: DistSpec;
  /** Further deliveries of a message whose processing failed, before it is dead-lettered. */
  readonly maxRetries: number;
  /** Pause before a failed message is delivered again. */
  readonly retryDelayMs: number;
}

export type NodeSpec =
  | ClientSpec
  | LoadBalancerSpec
  | ServiceSpec
  | CacheSpec
  | ShardRouterSpec
  | DatabaseSpec
  | QueueSpec;
export type NodeKind = NodeSpec['kind'];

/** Which requests travel an edge. */
export type EdgeCondition = 'always' | 'reads' | 'writes';

export interface EdgeSpec {
  /** Index into `ModelSpec.nodes`. */
  readonly from: number;
  /** Index into `ModelSpec.nodes`. */
  readonly to: number;
  /** One-way network delay, drawn independently for the request and for the response; null = none. */
  readonly latencyMs: DistSpec | null;
  /** Services call this edge only for reads or only for writes; other callers ignore it. */
  readonly when: EdgeCondition;
  /** The caller's resilience policy for calls over this edge; absent = none. */
  readonly policy?: EdgePolicySpec;
}

/** What one chaos fault does to a node (the fault's node and times come from the schedule). */
export type ChaosFaultTemplate =
  | { readonly type: 'crash' }
  | { readonly type: 'slow'; readonly factor: number }
  | { readonly type: 'errors'; readonly probability: number }
  /** Every edge to or from the node loses its messages. */
  | { readonly type: 'partition' }
  /** A cache drops its entries when the fault starts. */
  | { readonly type: 'cache-flush' };

/**
 * Seeded random faults (`control/chaos.ts`): every target node alternates
 * between up (a draw of `timeBetweenFailures`) and one fault (a draw of
 * `timeToRepair`), the fault's type drawn by weight from the node's own mix.
 */
export interface ChaosSpec {
  /** Seed of the chaos streams (`node:<id>/chaos`). */
  readonly seed: number;
  readonly timeBetweenFailures: DistSpec;
  readonly timeToRepair: DistSpec;
  /** No fault starts before this. */
  readonly startMs: number;
  /** Each target node with the fault types that apply to its kind (weights > 0). */
  readonly targets: readonly {
    readonly node: number;
    readonly mix: readonly { readonly weight: number; readonly fault: ChaosFaultTemplate }[];
  }[];
}

export interface ModelSpec {
  readonly seed: number;
  readonly durationMs: number;
  readonly warmupMs: number;
  /** Width of a metrics window (1000 ms by default). */
  readonly windowMs: number;
  readonly nodes: readonly NodeSpec[];
  readonly edges: readonly EdgeSpec[];
  readonly faults: readonly FaultSpec[];
  /** Root requests traced hop by hop per window, for the animated dots (0 = none). */
  readonly traceSamplePerWindow: number;
  /** Alert rules evaluated at every window's close (scopes and actions name nodes by id); absent = none. */
  readonly rules?: readonly AlertRule[];
  /** Seeded random faults; absent = none. */
  readonly chaos?: ChaosSpec;
  /** Parameter changes during the run (recorded live edits), any order; absent = none. */
  readonly edits?: readonly EditSpec[];
}

export type {
  CircuitBreakerSpec,
  EdgePolicySpec,
  FallbackSpec,
  JitterKind,
  RateLimitSpec,
  RetrySpec,
} from './policySpec.ts';

export type { FaultSpec } from './faultSpec.ts';
