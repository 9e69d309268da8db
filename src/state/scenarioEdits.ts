/**
 * Pure edits of a scenario, as the palette and the inspector make them. Each
 * returns a *candidate* document (plain JSON, not yet trusted) that
 * `documentEdits.applyCandidate` validates before it replaces the document.
 */
import type { ScenarioNodeKind as NodeKind } from './scenarioAccess.ts';
import type { JsonPath } from './jsonPath.ts';
import { withoutReferences } from './controlEdits.ts';
import { setIn } from './jsonPath.ts';
import { createNodeDraft, ID_STEMS } from './nodeDefaults.ts';
import type { Point } from './placement.ts';
import { findFreeSpot } from './placement.ts';
import type { Scenario, ScenarioEdge, ScenarioNode } from './scenarioAccess.ts';

/** An edge by its ends (a scenario has at most one edge per pair). */
export interface EdgeRef {
  readonly from: string;
  readonly to: string;
}

/** The first unused id `stem-1`, `stem-2` … */
export function createNodeId(scenario: Scenario, kind: NodeKind): string {
  const used = new Set(scenario.nodes.map((n) => n.id));
  let n = 1;
  while (used.has(`${ID_STEMS[kind]}-${n}`)) n++;
  return `${ID_STEMS[kind]}-${n}`;
}

/** Every node with its drawn position written in, so adding a node never moves the others. */
function pinPositions(
  nodes: readonly ScenarioNode[],
  positions: ReadonlyMap<string, Point>,
): unknown[] {
  return nodes.map((n) => {
    if (n.x !== undefined && n.y !== undefined) return n;
    const p = positions.get(n.id);
    return p === undefined ? n : { ...n, x: Math.round(p.x), y: Math.round(p.y) };
  });
}

/**
 * Add a node of `kind` with its defaults at a free spot near `nearId` (or right
 * of everything). `positions` are where the canvas draws the existing nodes.
 */
export function addNode(
  scenario: Scenario,
  kind: NodeKind,
  positions: ReadonlyMap<string, Point>,
  nearId: string | null,
): { readonly candidate: unknown; readonly id: string } {
  const id = createNodeId(scenario, kind);
  const occupied = [...positions.values()];
  const near = nearId === null ? null : (positions.get(nearId) ?? null);
  const spot = findFreeSpot(occupied, near);
  const node = { ...createNodeDraft(kind, id), x: spot.x, y: spot.y };
  const nodes = [...pinPositions(scenario.nodes, positions), node];
  return { candidate: { ...scenario, nodes }, id };
}

/** Remove a node, its edges, the faults and live edits aimed at it, and the rules and chaos targets naming it. */
export function removeNode(scenario: Scenario, id: string): unknown {
  const { faults, rules: _rules, chaos: _chaos, edits: _edits, ...rest } = scenario;
  return {
    ...rest,
    ...withoutReferences(scenario, { node: id }),
    nodes: scenario.nodes.filter((n) => n.id !== id),
    edges: scenario.edges.filter((e) => e.from !== id && e.to !== id),
    ...(faults === undefined
      ? {}
      : {
          faults: faults.filter((f) =>
            'target' in f ? f.target !== id : f.from !== id && f.to !== id,
          ),
        }),
  };
}

/** Add an edge `from → to` with no options (no latency, every request). */
export function addEdge(scenario: Scenario, ref: EdgeRef): unknown {
  return { ...scenario, edges: [...scenario.edges, { from: ref.from, to: ref.to }] };
}

/** Remove the edge `from → to` (and rule actions that open its breaker). */
export function removeEdge(scenario: Scenario, ref: EdgeRef): unknown {
  const { rules: _rules, chaos: _chaos, edits: _edits, ...rest } = scenario;
  return {
    ...rest,
    edges: scenario.edges.filter((e) => !isEdge(e, ref)),
    ...withoutReferences(scenario, ref),
  };
}

/** Whether `edge` is the one `ref` names. */
export const isEdge = (edge: ScenarioEdge, ref: EdgeRef): boolean =>
  edge.from === ref.from && edge.to === ref.to;

/** Set (or, with undefined, remove) a field of node `id`. */
export function setNodeField(
  scenario: Scenario,
  id: string,
  path: JsonPath,
  value: unknown,
): unknown {
  const index = scenario.nodes.findIndex((n) => n.id === id);
  return index < 0 ? scenario : setIn(scenario, ['nodes', index, ...path], value);
}

/** Set (or, with undefined, remove) a field of the edge `ref`. */
export function setEdgeField(
  scenario: Scenario,
  ref: EdgeRef,
  path: JsonPath,
  value: unknown,
): unknown {
  const index = scenario.edges.findIndex((e) => isEdge(e, ref));
  return index < 0 ? scenario : setIn(scenario, ['edges', index, ...path], value);
}

/** Validation path prefix of node `id` (`nodes[3]`), or null. */
export function getNodePath(scenario: Scenario, id: string): string | null {
  const index = scenario.nodes.findIndex((n) => n.id === id);
  return index < 0 ? null : `nodes[${index}]`;
}

/** Validation path prefix of the edge `ref` (`edges[2]`), or null. */
export function getEdgePath(scenario: Scenario, ref: EdgeRef): string | null {
  const index = scenario.edges.findIndex((e) => isEdge(e, ref));
  return index < 0 ? null : `edges[${index}]`;
}
