/**
 * The one place where the public scenario format becomes the engine's internal
 * `ModelSpec`: defaults applied, ids resolved to indices, lognormal quantiles
 * turned into the (mu, sigma) the engine draws with.
 */
import type { ArrivalSpec, DistSpec, EdgeSpec, ModelSpec, NodeSpec } from '../engine/index.ts';
import { SCENARIO_DEFAULTS, getQueueCapacity, getWorkload } from './defaults.ts';
import type { Arrival, Dist, Scenario, ScenarioEdge, ScenarioNode } from './types.ts';

/** z such that P(Z ≤ z) = 0.99 for a standard normal Z. */
export const Z_99 = 2.3263478740408408;

/** Compile a validated scenario for the engine. The scenario must come from `validateScenario`. */
export function compileScenario(s: Scenario): ModelSpec {
  const index = new Map(s.nodes.map((node, i) => [node.id, i]));
  return {
    seed: s.seed,
    durationMs: s.durationMs,
    warmupMs: s.warmupMs ?? SCENARIO_DEFAULTS.warmupMs,
    windowMs: s.windowMs ?? SCENARIO_DEFAULTS.windowMs,
    nodes: s.nodes.map(compileNode),
    edges: s.edges.map((edge) => compileEdge(edge, index)),
    traceSamplePerWindow: SCENARIO_DEFAULTS.traceSamplePerWindow,
  };
}

/** A distribution in the engine's parameters; lognormal `{ median, p99 }` → `{ mu, sigma }`. */
export function compileDist(d: Dist): DistSpec {
  if (d.type !== 'lognormal') return d;
  if ('mu' in d) return { type: 'lognormal', mu: d.mu, sigma: d.sigma };
  return { type: 'lognormal', mu: Math.log(d.median), sigma: Math.log(d.p99 / d.median) / Z_99 };
}

function compileArrival(a: Arrival): ArrivalSpec {
  if (a.type !== 'users') return { type: a.type, ratePerSec: a.ratePerSec };
  return { type: 'users', users: a.users, thinkTimeMs: compileDist(a.thinkTimeMs) };
}

function compileNode(node: ScenarioNode): NodeSpec {
  switch (node.kind) {
    case 'client': {
      const workload = getWorkload(node);
      return {
        kind: 'client',
        id: node.id,
        arrival: compileArrival(node.arrival),
        workload: { readRatio: workload.readRatio, keyCount: workload.keys.count },
      };
    }
    case 'load-balancer':
      return { kind: 'load-balancer', id: node.id, strategy: node.strategy };
    case 'service':
      return {
        kind: 'service',
        id: node.id,
        workers: node.workers,
        queueCapacity: getQueueCapacity(node),
        serviceTimeMs: compileDist(node.serviceTimeMs),
      };
  }
}

function compileEdge(edge: ScenarioEdge, index: ReadonlyMap<string, number>): EdgeSpec {
  const from = index.get(edge.from);
  const to = index.get(edge.to);
  if (from === undefined || to === undefined) {
    throw new Error(
      `compileScenario: edge ${edge.from} → ${edge.to} names an unknown node; validate first`,
    );
  }
  const latencyMs =
    edge.latencyMs === undefined ? SCENARIO_DEFAULTS.edgeLatencyMs : compileDist(edge.latencyMs);
  return { from, to, latencyMs };
}
