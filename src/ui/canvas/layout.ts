/**
 * Positions for the topology canvas. Nodes that carry `x`/`y` keep them; the
 * rest are placed by a left-to-right layered layout: a node's layer is the
 * length of the longest path reaching it from a node nobody calls (cycles are
 * cut), and nodes within a layer are stacked in document order.
 */

/** The minimum a node needs to be placed. */
export interface LayoutNodeInput {
  readonly id: string;
  readonly x?: number;
  readonly y?: number;
}

export interface LayoutEdgeInput {
  readonly from: string;
  readonly to: string;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Spacing of the auto-layout, in canvas units. */
export const LAYER_GAP = 220;
export const ROW_GAP = 120;
const ORIGIN: Point = { x: 80, y: 80 };

/** Layer (column) of every node: longest path from a source, ignoring back edges. */
export function getLayers(
  nodes: readonly LayoutNodeInput[],
  edges: readonly LayoutEdgeInput[],
): Map<string, number> {
  const ids = new Set(nodes.map((n) => n.id));
  const outgoing = new Map<string, string[]>();
  for (const { from, to } of edges) {
    if (!ids.has(from) || !ids.has(to) || from === to) continue;
    outgoing.set(from, [...(outgoing.get(from) ?? []), to]);
  }
  const layers = new Map<string, number>(nodes.map((n) => [n.id, 0]));
  const onPath = new Set<string>();
  const visit = (id: string, depth: number): void => {
    if (onPath.has(id) || (layers.get(id) ?? 0) > depth) return;
    layers.set(id, depth);
    onPath.add(id);
    for (const next of outgoing.get(id) ?? []) visit(next, depth + 1);
    onPath.delete(id);
  };
  const called = new Set(edges.map((e) => e.to));
  const sources = nodes.filter((n) => !called.has(n.id));
  for (const n of sources.length > 0 ? sources : nodes.slice(0, 1)) visit(n.id, 0);
  return layers;
}

/** Position of every node: given ones as is, missing ones from the layered layout. */
export function getNodePositions(
  nodes: readonly LayoutNodeInput[],
  edges: readonly LayoutEdgeInput[],
): Map<string, Point> {
  const layers = getLayers(nodes, edges);
  const byLayer = new Map<number, string[]>();
  for (const n of nodes) {
    const layer = layers.get(n.id) ?? 0;
    byLayer.set(layer, [...(byLayer.get(layer) ?? []), n.id]);
  }
  const tallest = Math.max(1, ...[...byLayer.values()].map((ids) => ids.length));
  const positions = new Map<string, Point>();
  for (const n of nodes) {
    if (n.x !== undefined && n.y !== undefined) {
      positions.set(n.id, { x: n.x, y: n.y });
      continue;
    }
    const layer = layers.get(n.id) ?? 0;
    const column = byLayer.get(layer) ?? [n.id];
    const row = column.indexOf(n.id);
    const offset = ((tallest - column.length) * ROW_GAP) / 2;
    positions.set(n.id, { x: ORIGIN.x + layer * LAYER_GAP, y: ORIGIN.y + offset + row * ROW_GAP });
  }
  return positions;
}
