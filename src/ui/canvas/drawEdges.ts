/** Joins edges to SVG lines with arrowheads, trimmed to the node outlines. */
import type { Selection } from 'd3';
import { getBoundaryPoint } from './nodeShapes.ts';
import type { TopologyEdge, TopologyNode } from './topologyTypes.ts';

/** Id of the arrowhead marker in the controller's `<defs>`. */
export const ARROW_MARKER_ID = 'distsim-arrow';

/** Draw `edges` between `nodes` into `layer`. */
export function drawEdges(
  layer: Selection<SVGGElement, unknown, null, undefined>,
  nodes: readonly TopologyNode[],
  edges: readonly TopologyEdge[],
): void {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const drawable = edges.flatMap((e) => {
    const from = byId.get(e.from);
    const to = byId.get(e.to);
    if (!from || !to) return [];
    const a = getBoundaryPoint(from.kind, from, to);
    const b = getBoundaryPoint(to.kind, to, from);
    return [{ key: `${e.from}→${e.to}`, a, b }];
  });
  layer
    .selectAll<SVGLineElement, (typeof drawable)[number]>('line')
    .data(drawable, (d) => d.key)
    .join('line')
    .attr('class', 'topology-edge')
    .attr('x1', (d) => d.a.x)
    .attr('y1', (d) => d.a.y)
    .attr('x2', (d) => d.b.x)
    .attr('y2', (d) => d.b.y)
    .attr('marker-end', `url(#${ARROW_MARKER_ID})`);
}
