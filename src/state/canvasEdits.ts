/**
 * Pure edits the canvas makes to a scenario: move nodes (a drag, or the
 * auto-layout), remove several nodes at once, place a new node at a drop point.
 * Like `scenarioEdits`, each returns a candidate for `applyCandidate`.
 */
import { createNodeDraft } from './nodeDefaults.ts';
import type { Point } from './placement.ts';
import { DROP_GRID, findFreeSpotNear } from './placement.ts';
import type { Scenario, ScenarioNodeKind } from './scenarioAccess.ts';
import { createNodeId, removeNode } from './scenarioEdits.ts';

/** Whole canvas units: positions are stored rounded so links stay short. */
const round = (p: Point): Point => ({ x: Math.round(p.x), y: Math.round(p.y) });

/**
 * Write `moves` (node id → new position) into the scenario, and pin every other
 * node at its drawn position (`drawn`) so nothing else jumps.
 */
export function moveNodes(
  scenario: Scenario,
  moves: ReadonlyMap<string, Point>,
  drawn: ReadonlyMap<string, Point>,
): unknown {
  const nodes = scenario.nodes.map((n) => {
    const p = moves.get(n.id) ?? (n.x === undefined || n.y === undefined ? drawn.get(n.id) : n);
    if (p === undefined) return n;
    const { x, y } = round({ x: p.x ?? 0, y: p.y ?? 0 });
    return n.x === x && n.y === y ? n : { ...n, x, y };
  });
  return { ...scenario, nodes };
}

/** Remove several nodes with their edges and the faults aimed at them. */
export function removeNodes(scenario: Scenario, ids: readonly string[]): unknown {
  let out: Scenario = scenario;
  // removeNode keeps the Scenario shape: it only filters arrays.
  for (const id of ids) out = removeNode(out, id) as Scenario;
  return out;
}

/**
 * Add a node of `kind` with its defaults at `point` (a drop on the canvas), or
 * at the nearest spot that does not overlap another node.
 */
export function addNodeAt(
  scenario: Scenario,
  kind: ScenarioNodeKind,
  point: Point,
  drawn: ReadonlyMap<string, Point>,
): { readonly candidate: unknown; readonly id: string } {
  const id = createNodeId(scenario, kind);
  const spot = round(findFreeSpotNear(point, [...drawn.values()], DROP_GRID));
  const pinned = moveNodes(scenario, new Map(), drawn) as Scenario;
  const node = { ...createNodeDraft(kind, id), x: spot.x, y: spot.y };
  return { candidate: { ...pinned, nodes: [...pinned.nodes, node] }, id };
}

/** An empty scenario with the same settings (seed, duration, windows): a blank canvas. */
export function clearNodes(scenario: Scenario): unknown {
  const { faults: _faults, edits: _edits, ...rest } = scenario;
  return { ...rest, name: 'New topology', nodes: [], edges: [] };
}
