/**
 * The public scenario format, version 1. This is a wire format: it lives in saved
 * files and shared URLs for years, so it is never the engine's internal `ModelSpec`
 * (see `compile.ts` for the one place where one becomes the other).
 *
 * Only the parts that this version simulates are typed here (node kinds in
 * `nodeTypes.ts`, edge policies in `policyTypes.ts`, faults in `faultTypes.ts`); anything else DESIGN.md may list later is rejected by
 * validation with a "not supported by this version yet" message.
 */
import type { Fault } from './faultTypes.ts';
import type { LoadBalancerStrategy, ScenarioNode } from './nodeTypes.ts';

export type {
  CircuitBreakerPolicy,
  EdgePolicy,
  FallbackPolicy,
  FallbackType,
  JitterKind,
  RateLimitPolicy,
  RetryBudgetPolicy,
  RetryPolicy,
} from './policyTypes.ts';

export type {
  CacheFlushFault,
  CrashFault,
  ErrorsFault,
  Fault,
  HotKeyFault,
  LatencyFault,
  PartitionFault,
  ReplicaLagFault,
  ShardDownFault,
  SlowFault,
  TrafficSpikeFault,
} from './faultTypes.ts';
import type { EdgePolicy, RetryPolicy } from './policyTypes.ts';

/**
 * A sampling distribution of a duration in ms.
 *
 * - `constant`: always `value`.
 * - `exponential`: mean `mean` (> 0).
 * - `uniform`: between `min` and `max`.
 * - `lognormal`: either by `median` and `p99` of X itself, or by `mu` and `sigma`,
 *   the mean and standard deviation of ln X (so the median is e^mu).
 * - `normal`: `mean` and standard deviation `sd`, truncated at 0 (redrawn while negative).
 * - `pareto`: type I, P(X > x) = (scale / x)^shape for x ≥ scale.
 */
export type Dist =
  | { readonly type: 'constant'; readonly value: number }
  | { readonly type: 'exponential'; readonly mean: number }
  | { readonly type: 'uniform'; readonly min: number; readonly max: number }
  | { readonly type: 'lognormal'; readonly median: number; readonly p99: number }
  | { readonly type: 'lognormal'; readonly mu: number; readonly sigma: number }
  | { readonly type: 'normal'; readonly mean: number; readonly sd: number }
  | { readonly type: 'pareto'; readonly scale: number; readonly shape: number };

/** A change of a client's rate, from `atMs` on. */
export interface RateStep {
  readonly atMs: number;
  readonly ratePerSec: number;
}

/**
 * How a client sends requests: open loop at a rate (`poisson`, `constant`, or a
 * Poisson rate that changes over time: `steps`, `ramp`, `spike`), or closed loop
 * with thinking users.
 */
export type Arrival =
  | { readonly type: 'poisson'; readonly ratePerSec: number }
  | { readonly type: 'constant'; readonly ratePerSec: number }
  /** Piecewise-constant rate; the first step is at 0, `atMs` strictly ascending, ≤ 1000 steps. */
  | { readonly type: 'steps'; readonly steps: readonly RateStep[] }
  /** `fromPerSec` until `startMs` (default 0), then linearly to `toPerSec` over `durationMs`. */
  | {
      readonly type: 'ramp';
      readonly fromPerSec: number;
      readonly toPerSec: number;
      readonly startMs?: number;
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
  | { readonly type: 'users'; readonly users: number; readonly thinkTimeMs: Dist };

/** How request keys are drawn from the key space (key 0 is the hottest). */
export type KeyDistribution = 'uniform' | 'zipf' | 'hot-key';

/** What a client's requests look like. Defaults: see `defaults.ts`. */
export interface Workload {
  /** Share of reads, 0..1 (the rest are writes). */
  readonly readRatio: number;
  readonly keys: {
    /** Size of the key space, 1..1e9. */
    readonly count: number;
    readonly distribution: KeyDistribution;
    /** Zipf exponent s > 0 (only for `zipf`; default 0.99). */
    readonly exponent?: number;
    /** Number of hot keys, below `count` (only for `hot-key`; default 1). */
    readonly hotKeys?: number;
    /** Share of requests that go to the hot keys, 0..1 (only for `hot-key`; default 0.5). */
    readonly hotShare?: number;
  };
  /** Keys per request, 1..64; default 1. */
  readonly batchSize?: number;
  /** Share of reads that are cross-shard (scatter-gather) queries, 0..1; default 0. */
  readonly crossShardRatio?: number;
}

export type {
  Autoscaling,
  CacheNode,
  CallMode,
  ClientNode,
  DatabaseNode,
  EvictionPolicy,
  HealthCheck,
  LoadBalancerNode,
  LoadBalancerStrategy,
  QueueNode,
  ScenarioNode,
  ScenarioNodeKind,
  ServiceNode,
  ShardRouterNode,
  ShardStrategy,
  WriteBehind,
  WritePolicy,
} from './nodeTypes.ts';

/** Which requests a service sends along an edge. */
export type EdgeCondition = 'always' | 'reads' | 'writes';

/** A call path from `from` to `to` (node ids). */
export interface ScenarioEdge {
  readonly from: string;
  readonly to: string;
  /** One-way network delay, drawn for the request and again for the answer; absent = none. */
  readonly latencyMs?: Dist;
  /** From services only: which requests take this edge; default `always`. */
  readonly when?: EdgeCondition;
  /** The caller's resilience policy for calls over this edge; absent = none. */
  readonly policy?: EdgePolicy;
}

/** What a rule watches: a column of the metrics window, or a derived share. */
export type RuleMetric =
  | 'errorRate'
  | 'healthyShare'
  | 'imbalance'
  | 'arrivals'
  | 'completed'
  | 'failed'
  | 'latencyMean'
  | 'latencyP50'
  | 'latencyP95'
  | 'latencyP99'
  | 'latencyP999'
  | 'latencyMax'
  | 'meanInFlight'
  | 'meanQueueLength'
  | 'utilization'
  | 'inFlight'
  | 'instances'
  | 'healthyTargets'
  | 'cacheHits'
  | 'cacheMisses'
  | 'staleReads'
  | 'writeQueueDepth'
  | 'lostWrites'
  | 'queueLag'
  | 'deadLetters';

export type RuleSeverity = 'info' | 'warning' | 'critical';

/** Done once each time the rule starts firing, in order. */
export type RuleAction =
  /** Force the breaker of the edge `from → to` open (the edge's policy must have a breaker). */
  | { readonly type: 'open-breaker'; readonly from: string; readonly to: string }
  /** Scale a service's instances by `factor` (rounded up; new ones serve after the start-up delay). */
  | { readonly type: 'scale'; readonly node: string; readonly factor: number };

/**
 * An alert rule, after Prometheus alerting rules: `metric comparator threshold`
 * on the node `node` (absent = the totals row, what the clients saw), checked at
 * every window's close; it fires once it has held for `forMs`, and resolves at
 * the first window where it does not hold.
 */
export interface AlertRuleSpec {
  /** Unique among the rules; default `rule-<n>` (n = position, from 1). */
  readonly id?: string;
  readonly metric: RuleMetric;
  readonly node?: string;
  /** Default `>`. */
  readonly comparator?: '>' | '<';
  /** ≥ 0; shares (errorRate, healthyShare, utilization) are 0..1. */
  readonly threshold: number;
  /** Default 0: fire at the first window where it holds. */
  readonly forMs?: number;
  /** Default `warning`. */
  readonly severity?: RuleSeverity;
  readonly summary?: string;
  readonly actions?: readonly RuleAction[];
}

/** The guide's rules, bound to every node of the kind each watches, when the scenario runs. */
export interface GuideRulesEntry {
  readonly guide: true;
}

export type ScenarioRule = AlertRuleSpec | GuideRulesEntry;

/** A fault chaos mode may draw, with its relative weight (default 1). */
export type ChaosFaultEntry =
  | { readonly type: 'crash'; readonly weight?: number }
  | { readonly type: 'slow'; readonly factor: number; readonly weight?: number }
  | { readonly type: 'errors'; readonly probability: number; readonly weight?: number }
  | { readonly type: 'partition'; readonly weight?: number }
  | { readonly type: 'cache-flush'; readonly weight?: number };

/**
 * Seeded random faults: each target node is up for an exponential time of mean
 * `meanTimeBetweenFailuresMs`, then has one fault (drawn by weight among those
 * that apply to its kind) for an exponential time of mean `meanTimeToRepairMs`.
 */
export interface Chaos {
  readonly meanTimeBetweenFailuresMs: number;
  readonly meanTimeToRepairMs: number;
  /** Default `[{ "type": "crash" }]`. */
  readonly faults?: readonly ChaosFaultEntry[];
  /** Node ids or node kinds; default `["service"]`. */
  readonly targets?: readonly string[];
  /** No chaos fault starts before this; default 0. */
  readonly startMs?: number;
  /** Seed of the chaos draws; default the scenario's seed. */
  readonly seed?: number;
}

/** A whole scenario document, version 1. */
export interface Scenario {
  readonly version: 1;
  readonly name: string;
  readonly description?: string;
  /** Unsigned 32-bit integer; same seed ⇒ same run. */
  readonly seed: number;
  /** Simulated length of the run, ms (at most 7 days). */
  readonly durationMs: number;
  /** Leading time excluded from summaries, ms; default 0; must be below `durationMs`. */
  readonly warmupMs?: number;
  /** Width of a metrics window, ms; default 1000. */
  readonly windowMs?: number;
  readonly nodes: readonly ScenarioNode[];
  readonly edges: readonly ScenarioEdge[];
  /** Timed faults; absent = none. */
  readonly faults?: readonly Fault[];
  /** Alert rules with automatic actions; absent = none. */
  readonly rules?: readonly ScenarioRule[];
  /** Seeded random faults; absent = none. */
  readonly chaos?: Chaos;
  /** Service-level objectives the debrief judges the run against; absent = none. They change nothing in the run. */
  readonly slos?: readonly Slo[];
  /** Parameter changes during the run (recorded live edits); absent = none. See `liveEditFields.ts`. */
  readonly edits?: readonly ParamEdit[];
}

/**
 * New values of live-editable fields (`LIVE_EDIT_FIELDS`), each checked with
 * the rules of the field it replaces. `ratePerSec` and `readRatio` are a
 * client's `arrival.ratePerSec` and `workload.readRatio`; `null` puts
 * `queueCapacity` back to unbounded and `latencyMs` back to none.
 */
export interface ParamEditValues {
  readonly ratePerSec?: number;
  readonly readRatio?: number;
  readonly workers?: number;
  readonly instances?: number;
  readonly queueCapacity?: number | null;
  readonly serviceTimeMs?: Dist;
  readonly errorRate?: number;
  /** A load balancer's, between strategies that do not hash keys. */
  readonly strategy?: LoadBalancerStrategy;
  readonly readTimeMs?: Dist;
  readonly writeTimeMs?: Dist;
  readonly latencyMs?: Dist | null;
  /** An edge's `policy.timeoutMs` (null: no timeout); only on an edge that has a policy. */
  readonly timeoutMs?: number | null;
  /** An edge's `policy.retry` (null: no retries); only on an edge that has a policy. */
  readonly retry?: RetryPolicy | null;
}

/**
 * A parameter change at `atMs` (0 ≤ atMs < durationMs), on a node or an edge.
 * The scenario's own fields stay the values at 0 s; edits say what changed when.
 */
export type ParamEdit =
  | { readonly atMs: number; readonly node: string; readonly set: ParamEditValues }
  | {
      readonly atMs: number;
      readonly edge: { readonly from: string; readonly to: string };
      readonly set: ParamEditValues;
    };

/** What an SLO measures, over the whole run after warm-up, as the clients saw it. */
export type SloMetric =
  'p50' | 'p95' | 'p99' | 'p999' | 'mean' | 'errorRate' | 'availability' | 'goodput';

/**
 * A service-level objective. Latencies (`p50` … `mean`, ms) and `errorRate`
 * (failed / finished, 0..1) must stay at or below `threshold`; `availability`
 * (succeeded / finished, 0..1) and `goodput` (successful requests per second)
 * at or above it.
 */
export interface Slo {
  readonly metric: SloMetric;
  readonly threshold: number;
  /** A name for the debrief, e.g. "checkout p99"; default: made from metric and threshold. */
  readonly name?: string;
}

/** A problem in a scenario, at a path such as `nodes[2].serviceTimeMs.mean`. */
export interface ScenarioError {
  readonly path: string;
  readonly message: string;
}

/** The outcome of reading untrusted input as a scenario. */
export type ValidationResult =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly errors: readonly ScenarioError[] };
