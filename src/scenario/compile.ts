/**
 * The one place where the public scenario format becomes the engine's internal
 * `ModelSpec`: defaults applied (every spec field explicit, `Infinity` for
 * "unlimited", `null` for "none"), ids resolved to indices, lognormal quantiles
 * turned into the (mu, sigma) the engine draws with.
 */
import type { EdgePolicySpec, EdgeSpec, FaultSpec, ModelSpec, RetrySpec } from '../engine/index.ts';
import { compileDist } from './compileDist.ts';
import { compileNode } from './compileNodes.ts';
import { SCENARIO_DEFAULTS } from './defaults.ts';
import type { EdgePolicy, Fault, Scenario, ScenarioEdge } from './types.ts';

export { Z_99, compileDist } from './compileDist.ts';

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
    faults: (s.faults ?? []).map((fault) => compileFault(fault, index)),
    traceSamplePerWindow: SCENARIO_DEFAULTS.traceSamplePerWindow,
  };
}

function indexOf(index: ReadonlyMap<string, number>, id: string, what: string): number {
  const i = index.get(id);
  if (i === undefined) {
    throw new Error(`compileScenario: ${what} names an unknown node ${id}; validate first`);
  }
  return i;
}

function compileEdge(edge: ScenarioEdge, index: ReadonlyMap<string, number>): EdgeSpec {
  const what = `edge ${edge.from} → ${edge.to}`;
  const latencyMs =
    edge.latencyMs === undefined ? SCENARIO_DEFAULTS.edgeLatencyMs : compileDist(edge.latencyMs);
  return {
    from: indexOf(index, edge.from, what),
    to: indexOf(index, edge.to, what),
    latencyMs,
    when: edge.when ?? SCENARIO_DEFAULTS.edgeWhen,
    ...(edge.policy === undefined ? {} : { policy: compilePolicy(edge.policy) }),
  };
}

function compileFault(fault: Fault, index: ReadonlyMap<string, number>): FaultSpec {
  const node = indexOf(index, fault.target, `a ${fault.type} fault`);
  const { atMs, durationMs } = fault;
  return fault.type === 'slow'
    ? { type: 'slow', node, atMs, durationMs, factor: fault.factor }
    : { type: 'crash', node, atMs, durationMs };
}

/** The guide's retry defaults: 3 attempts, 1 s base, ×2, 10 s cap, full jitter. */
function compilePolicy(policy: EdgePolicy): EdgePolicySpec {
  const r = policy.retry;
  const retry: RetrySpec | null =
    r === undefined
      ? null
      : {
          maxAttempts: r.maxAttempts ?? SCENARIO_DEFAULTS.retry.maxAttempts,
          baseMs: r.baseMs ?? SCENARIO_DEFAULTS.retry.baseMs,
          multiplier: r.multiplier ?? SCENARIO_DEFAULTS.retry.multiplier,
          maxMs: r.maxMs ?? SCENARIO_DEFAULTS.retry.maxMs,
          jitter: r.jitter ?? SCENARIO_DEFAULTS.retry.jitter,
        };
  return { timeoutMs: policy.timeoutMs ?? Infinity, retry };
}
