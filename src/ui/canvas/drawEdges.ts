/**
 * Joins edges to SVG groups: a visible line with an arrowhead, trimmed to the
 * node outlines, and a wide transparent line on top that makes it easy to click.
 */
import { writeAttr, writeClass, writeStyle, writeText } from './domWrites.ts';
import type { Selection } from 'd3';
import { getBoundaryPoint } from './nodeShapes.ts';
import { getTrafficWidth } from './liveBadges.ts';
import type { EdgeReading, TopologyEdge, TopologyNode } from './topologyTypes.ts';
import { toEdgeKey } from './topologyTypes.ts';

/** Id of the arrowhead marker in the controller's `<defs>`. */
export const ARROW_MARKER_ID = 'distsim-arrow';

type Layer = Selection<SVGGElement, unknown, null, undefined>;
type Defs = Selection<SVGDefsElement, unknown, null, undefined>;

/** The arrowhead every edge ends in. */
export function appendMarkers(defs: Defs): void {
  defs
    .append('marker')
    .attr('id', ARROW_MARKER_ID)
    .attr('viewBox', '0 0 10 10')
    .attr('refX', 9)
    .attr('refY', 5)
    .attr('markerUnits', 'userSpaceOnUse') // the same size whatever the line's width
    .attr('markerWidth', 14)
    .attr('markerHeight', 14)
    .attr('orient', 'auto-start-reverse')
    .append('path')
    .attr('class', 'topology-arrow')
    .attr('d', 'M 0 0 L 10 5 L 0 10 z');
}

interface DrawnEdge {
  readonly key: string;
  readonly edge: TopologyEdge;
  readonly a: { x: number; y: number };
  readonly b: { x: number; y: number };
}

/** Draw `edges` between `nodes` into `layer`; `onSelect` fires on click. */
export function drawEdges(
  layer: Layer,
  nodes: readonly TopologyNode[],
  edges: readonly TopologyEdge[],
  onSelect: (edge: TopologyEdge) => void,
): void {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const drawable: DrawnEdge[] = edges.flatMap((e) => {
    const from = byId.get(e.from);
    const to = byId.get(e.to);
    if (!from || !to) return [];
    const a = getBoundaryPoint(from.kind, from, to);
    const b = getBoundaryPoint(to.kind, to, from);
    return [{ key: toEdgeKey(e), edge: e, a, b }];
  });
  layer
    .selectAll<SVGGElement, DrawnEdge>('g.topology-edge-group')
    .data(drawable, (d) => d.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'topology-edge-group');
      g.append('line')
        .attr('class', 'topology-edge')
        .attr('marker-end', `url(#${ARROW_MARKER_ID})`);
      g.append('line').attr('class', 'topology-edge-hit');
      const breaker = g.append('g').attr('class', 'edge-breaker');
      breaker
        .append('rect')
        .attr('x', -24)
        .attr('y', -9)
        .attr('width', 48)
        .attr('height', 18)
        .attr('rx', 4);
      breaker.append('text').attr('text-anchor', 'middle').attr('dominant-baseline', 'central');
      return g;
    })
    .attr('data-testid', (d) => `edge-${d.edge.from}-${d.edge.to}`)
    .on('click', (event: MouseEvent, d) => {
      event.stopPropagation();
      onSelect(d.edge);
    })
    // `select` (not `selectAll`) hands the group's new datum down to each line.
    .call((g) => placeLine(g.select('line.topology-edge')))
    .call((g) => placeLine(g.select('line.topology-edge-hit')))
    .call((g) =>
      g
        .select('g.edge-breaker')
        .attr('transform', (d) => `translate(${(d.a.x + d.b.x) / 2},${(d.a.y + d.b.y) / 2})`),
    );
}

function placeLine(line: Selection<SVGLineElement, DrawnEdge, SVGGElement, unknown>): void {
  line
    .attr('x1', (d) => d.a.x)
    .attr('y1', (d) => d.a.y)
    .attr('x2', (d) => d.b.x)
    .attr('y2', (d) => d.b.y);
}

/** Text of the breaker glyph at an edge's midpoint (empty: hidden). */
export function getBreakerLabel(breaker: EdgeReading['breaker'] | undefined): string {
  if (breaker === 'open') return '⊘ open';
  if (breaker === 'half-open') return '◐ half';
  return '';
}

/**
 * Mark the selected edge and paint live state: an open breaker is dashed red
 * with a `⊘ open` tag, a half-open one dotted with `◐ half`; under reduced
 * motion the line's width follows the call rate.
 */
export function paintEdges(
  layer: Layer,
  selectedKey: string | null,
  readings: ReadonlyMap<string, EdgeReading>,
  reducedMotion: boolean,
): void {
  layer.selectAll<SVGGElement, DrawnEdge>('g.topology-edge-group').each(function (d) {
    const reading = readings.get(d.key);
    const breaker = reading?.breaker ?? 'none';
    writeClass(this, 'is-selected', d.key === selectedKey);
    writeAttr(this, 'data-breaker', breaker);
    writeClass(this, 'is-breaker-open', breaker === 'open');
    writeClass(this, 'is-breaker-half-open', breaker === 'half-open');
    const line = this.querySelector<SVGLineElement>('line.topology-edge');
    const width = reducedMotion ? `${getTrafficWidth(reading?.callsPerSec ?? 0)}px` : '';
    if (line !== null) writeStyle(line, 'stroke-width', width);
    const tag = this.querySelector('g.edge-breaker text');
    if (tag !== null) writeText(tag, getBreakerLabel(reading?.breaker));
  });
}
