/**
 * The engine's input model. This is an internal type, compiled from the public
 * scenario format by `src/scenario/compile.ts`; it is never serialized or shared.
 * All times are milliseconds of simulated time; rates are per second.
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

export type ArrivalSpec =
  | { readonly type: 'poisson'; readonly ratePerSec: number }
  | { readonly type: 'constant'; readonly ratePerSec: number }
  /** Closed loop: `users` each send, wait for the answer, think, send again. */
  | { readonly type: 'users'; readonly users: number; readonly thinkTimeMs: DistSpec };

export interface WorkloadSpec {
  readonly readRatio: number;
  readonly keyCount: number;
}

export type LoadBalancerStrategy =
  'round-robin' | 'random' | 'least-connections' | 'power-of-two-choices';

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
}

export interface ServiceSpec {
  readonly kind: 'service';
  readonly id: string;
  readonly workers: number;
  /** Waiting room beyond the busy workers; `Infinity` means unbounded. */
  readonly queueCapacity: number;
  readonly serviceTimeMs: DistSpec;
}

export type NodeSpec = ClientSpec | LoadBalancerSpec | ServiceSpec;
export type NodeKind = NodeSpec['kind'];

export interface EdgeSpec {
  /** Index into `ModelSpec.nodes`. */
  readonly from: number;
  /** Index into `ModelSpec.nodes`. */
  readonly to: number;
  /** One-way network delay, drawn independently for the request and for the response; null = none. */
  readonly latencyMs: DistSpec | null;
}

export interface ModelSpec {
  readonly seed: number;
  readonly durationMs: number;
  readonly warmupMs: number;
  /** Width of a metrics window (1000 ms by default). */
  readonly windowMs: number;
  readonly nodes: readonly NodeSpec[];
  readonly edges: readonly EdgeSpec[];
  /** Root requests traced hop by hop per window, for the animated dots (0 = none). */
  readonly traceSamplePerWindow: number;
}
