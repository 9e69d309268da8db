/**
 * The one place where the public scenario format becomes the engine's internal
 * `ModelSpec`: defaults applied (every spec field explicit, `Infinity` for
 * "unlimited", `null` for "none"), ids resolved to indices, lognormal quantiles
 * turned into the (mu, sigma) the engine draws with.
 */
import type { EdgeSpec, FaultSpec, ModelSpec } from '../engine/index.ts';
import { compileChaos, compileRules } from './compileControl.ts';
import { compileDist } from './compileDist.ts';
import { compileEdits } from './compileEdits.ts';
import { compileNode } from './compileNodes.ts';
import { compilePolicy } from './compilePolicy.ts';
import { SCENARIO_DEFAULTS } from './defaults.ts';
import type { Fault, Scenario, ScenarioEdge } from './types.ts';

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
    faults: (s.faults ?? []).flatMap((fault) => compileFault(fault, index, s.edges)),
    traceSamplePerWindow: SCENARIO_DEFAULTS.traceSamplePerWindow,
    ...optional('rules', compileRules(s)),
    ...optional('chaos', compileChaos(s)),
    ...optional('edits', compileEdits(s)),
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
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

/** A fault for the engine; a node's partition becomes one per edge touching the node. */
function compileFault(
  fault: Fault,
  index: ReadonlyMap<string, number>,
  edges: readonly ScenarioEdge[],
): FaultSpec[] {
  const node = (id: string) => indexOf(index, id, `a ${fault.type} fault`);
  const edge = (from: string, to: string) => {
    const i = edges.findIndex((e) => e.from === from && e.to === to);
    if (i < 0)
      throw new Error(
        `compileScenario: a ${fault.type} fault names an unknown edge; validate first`,
      );
    return i;
  };
  const { atMs } = fault;
  switch (fault.type) {
    case 'crash':
      return [{ type: 'crash', node: node(fault.target), atMs, durationMs: fault.durationMs }];
    case 'slow':
      return [
        {
          type: 'slow',
          node: node(fault.target),
          atMs,
          durationMs: fault.durationMs,
          factor: fault.factor,
        },
      ];
    case 'errors':
      return [
        {
          type: 'errors',
          node: node(fault.target),
          atMs,
          durationMs: fault.durationMs,
          probability: fault.probability,
        },
      ];
    case 'latency':
      return [
        {
          type: 'latency',
          edge: edge(fault.from, fault.to),
          atMs,
          durationMs: fault.durationMs,
          addMs: fault.addMs,
        },
      ];
    case 'cache-flush':
      return [{ type: 'cache-flush', node: node(fault.target), atMs, durationMs: 0 }];
    case 'shard-down':
      // A shard down is its database down: the router's calls to it fail.
      return [{ type: 'crash', node: node(fault.target), atMs, durationMs: fault.durationMs }];
    case 'replica-lag':
    case 'traffic-spike':
      return [
        {
          type: fault.type,
          node: node(fault.target),
          atMs,
          durationMs: fault.durationMs,
          factor: fault.factor,
        },
      ];
    case 'hot-key':
      return [
        {
          type: 'hot-key',
          node: node(fault.target),
          atMs,
          durationMs: fault.durationMs,
          hotKeys: fault.hotKeys ?? 1,
          hotShare: fault.hotShare,
        },
      ];
    case 'partition': {
      const { durationMs } = fault;
      if (!('target' in fault))
        return [{ type: 'partition', edge: edge(fault.from, fault.to), atMs, durationMs }];
      const cut: FaultSpec[] = [];
      edges.forEach((e, i) => {
        if (e.from === fault.target || e.to === fault.target)
          cut.push({ type: 'partition', edge: i, atMs, durationMs });
      });
      return cut;
    }
  }
}
