/**
 * Defaults of optional scenario fields. They are applied when a scenario is
 * compiled for the engine, never written back into the document, so a saved or
 * shared scenario stays as its author wrote it. Listed in `CONTEXT.md` too.
 */
import type { ScenarioNode, Workload } from './types.ts';

/** The documented default of every optional field. */
export const SCENARIO_DEFAULTS = {
  /** Metrics window width. */
  windowMs: 1000,
  /** No warm-up: the summary covers the whole run. */
  warmupMs: 0,
  /** All reads over 1000 uniformly drawn keys. */
  workload: { readRatio: 1, keys: { count: 1000, distribution: 'uniform' } },
  /** Zipf exponent when `keys.distribution` is `zipf` and none is given. */
  zipfExponent: 0.99,
  /** A service without `queueCapacity` has an unbounded queue. */
  queueCapacity: Number.POSITIVE_INFINITY,
  /** An edge without `latencyMs` adds no network delay. */
  edgeLatencyMs: null,
  /** Root requests traced hop by hop per window for the animated dots. */
  traceSamplePerWindow: 20,
} as const satisfies {
  windowMs: number;
  warmupMs: number;
  workload: Workload;
  zipfExponent: number;
  queueCapacity: number;
  edgeLatencyMs: null;
  traceSamplePerWindow: number;
};

/** A client's workload, or the default one. */
export function getWorkload(node: Extract<ScenarioNode, { kind: 'client' }>): Workload {
  return node.workload ?? SCENARIO_DEFAULTS.workload;
}

/** A service's queue capacity; `Infinity` when unbounded. */
export function getQueueCapacity(node: Extract<ScenarioNode, { kind: 'service' }>): number {
  return node.queueCapacity ?? SCENARIO_DEFAULTS.queueCapacity;
}
