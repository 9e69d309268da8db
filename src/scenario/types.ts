/**
 * The public scenario format, version 1. This is a wire format: it lives in saved
 * files and shared URLs for years, so it is never the engine's internal `ModelSpec`
 * (see `compile.ts` for the one place where one becomes the other).
 *
 * Only the parts that this version simulates are typed here: nodes `client`,
 * `load-balancer` and `service`. DESIGN.md lists more kinds, policies and faults;
 * validation rejects them with a "not supported by this version yet" message.
 */

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

/** How a client sends requests: open loop at a rate, or closed loop with thinking users. */
export type Arrival =
  | { readonly type: 'poisson'; readonly ratePerSec: number }
  | { readonly type: 'constant'; readonly ratePerSec: number }
  | { readonly type: 'users'; readonly users: number; readonly thinkTimeMs: Dist };

/** How request keys are drawn from the key space. */
export type KeyDistribution = 'uniform' | 'zipf' | 'hot-key';

/** What a client's requests look like. Defaults: see `defaults.ts`. */
export interface Workload {
  /** Share of reads, 0..1 (the rest are writes). */
  readonly readRatio: number;
  readonly keys: {
    readonly count: number;
    readonly distribution: KeyDistribution;
    /** Zipf exponent s (only for `zipf`; default 0.99). */
    readonly exponent?: number;
  };
}

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
  'round-robin' | 'random' | 'least-connections' | 'power-of-two-choices';

/** Spreads calls over its targets (its outgoing edges). */
export interface LoadBalancerNode extends NodeBase {
  readonly kind: 'load-balancer';
  readonly strategy: LoadBalancerStrategy;
}

/** Workers serving a FIFO queue. */
export interface ServiceNode extends NodeBase {
  readonly kind: 'service';
  /** Concurrency: integer 1..10000. */
  readonly workers: number;
  /** Waiting room beyond the busy workers; absent = unbounded. */
  readonly queueCapacity?: number;
  readonly serviceTimeMs: Dist;
}

export type ScenarioNode = ClientNode | LoadBalancerNode | ServiceNode;
export type ScenarioNodeKind = ScenarioNode['kind'];

/** A call path from `from` to `to` (node ids). */
export interface ScenarioEdge {
  readonly from: string;
  readonly to: string;
  /** One-way network delay, drawn for the request and again for the answer; absent = none. */
  readonly latencyMs?: Dist;
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
  /** Timed faults. Not simulated yet: must be absent or empty. */
  readonly faults?: readonly never[];
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
