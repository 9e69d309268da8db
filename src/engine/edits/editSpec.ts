import type { DistSpec, LoadBalancerStrategy, RetrySpec } from '../spec.ts';

/**
 * Parameters a live edit may change on a node, each with the meaning of the
 * node's own field (compiled: distributions normalized, `Infinity` = unbounded).
 * Which ones apply to which kind is the scenario layer's rule
 * (`scenario/liveEditFields.ts`); the engine ignores a field a kind lacks.
 */
export interface NodeEditParams {
  /** Client: the open-loop rate (`poisson` or `constant`), requests per second. */
  readonly ratePerSec?: number;
  /** Client: share of reads, 0..1. */
  readonly readRatio?: number;
  /** Service (per instance) or database (per station). */
  readonly workers?: number;
  /** Service: instances taking new calls. */
  readonly instances?: number;
  /** Service (per instance) or database (per station). */
  readonly queueCapacity?: number;
  readonly serviceTimeMs?: DistSpec;
  readonly errorRate?: number;
  /** Load balancer: routing from the next call on. */
  readonly strategy?: LoadBalancerStrategy;
  /** Database. */
  readonly readTimeMs?: DistSpec;
  readonly writeTimeMs?: DistSpec;
}

/** Parameters a live edit may change on an edge. */
export interface EdgeEditParams {
  /** One-way latency; null = none. */
  readonly latencyMs?: DistSpec | null;
  /** The policy's fixed timeout per attempt (Infinity = none); only on an edge with a policy. */
  readonly timeoutMs?: number;
  /** The policy's retries (null = none); only on an edge with a policy. */
  readonly retry?: RetrySpec | null;
}

/**
 * A parameter change at `atMs` during a run: a node's (index into
 * `ModelSpec.nodes`) or an edge's (index into `ModelSpec.edges`).
 */
export type EditSpec =
  | { readonly atMs: number; readonly node: number; readonly set: NodeEditParams }
  | { readonly atMs: number; readonly edge: number; readonly set: EdgeEditParams };
