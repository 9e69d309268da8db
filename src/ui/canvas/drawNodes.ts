/** Joins nodes to SVG groups (shape, value text, label) and paints live readings (a node that is down is dashed and says so). */
import type { EnterElement, Selection } from 'd3';
import { getDrawnLabel, getShapeExtent, getShapePath, getTextPlacement } from './nodeShapes.ts';
import { getNodeBadges } from './liveBadges.ts';
import type { NodeReading, TopologyNode } from './topologyTypes.ts';
import { getUtilizationFill, getUtilizationInk } from './utilizationColor.ts';
import { writeAttr, writeClass, writeStyle, writeText } from './domWrites.ts';

type Layer = Selection<SVGGElement, unknown, null, undefined>;

const KIND_NAMES: Readonly<Record<string, string>> = {
  client: 'Client',
  'load-balancer': 'Load balancer',
  service: 'Service',
  cache: 'Cache',
  'shard-router': 'Shard router',
  database: 'Database',
  queue: 'Queue',
};

/** What a node group reports back. */
export interface NodeHandlers {
  /** Click (shift-click: `additive`, toggles the node in the selection). */
  onSelect(id: string, additive: boolean): void;
  /** A key pressed while the node has focus. */
  onKey(id: string, event: KeyboardEvent): void;
  /** Right-click, at viewport coordinates. */
  onMenu(id: string, pageX: number, pageY: number): void;
}

/** Where the connect handle sits: on the right edge of the shape. */
export const getHandleX = (kind: string): number => getShapeExtent(kind).hw;

type NodeGroups = Selection<SVGGElement, TopologyNode, SVGGElement, unknown>;

function appendNode(enter: Selection<EnterElement, TopologyNode, SVGGElement, unknown>) {
  const g = enter
    .append('g')
    .attr('class', 'topology-node')
    .attr('tabindex', 0)
    .attr('role', 'button');
  g.append('title');
  g.append('path').attr('class', 'topology-node-shape');
  g.append('text')
    .attr('class', 'topology-node-value')
    .attr('text-anchor', 'middle')
    .attr('dominant-baseline', 'central');
  g.append('text')
    .attr('class', 'topology-node-label')
    .attr('text-anchor', 'middle')
    .attr('dominant-baseline', 'central');
  g.append('g').attr('class', 'topology-node-badges');
  g.append('circle').attr('class', 'topology-node-handle').attr('r', 7);
  return g;
}

/** Create or update one group per node; returns the joined groups (for gestures). */
export function drawNodes(
  layer: Layer,
  nodes: readonly TopologyNode[],
  handlers: NodeHandlers,
): NodeGroups {
  return layer
    .selectAll<SVGGElement, TopologyNode>('g.topology-node')
    .data(nodes, (d) => d.id)
    .join(appendNode)
    .attr('data-testid', (d) => `node-${d.id}`)
    .attr('data-kind', (d) => d.kind)
    .attr('transform', (d) => `translate(${d.x},${d.y})`)
    .on('click', (event: MouseEvent, d) => {
      event.stopPropagation();
      handlers.onSelect(d.id, event.shiftKey);
    })
    .on('keydown', (event: KeyboardEvent, d) => handlers.onKey(d.id, event))
    .on('contextmenu', (event: MouseEvent, d) => {
      event.preventDefault();
      event.stopPropagation();
      handlers.onMenu(d.id, event.clientX, event.clientY);
    })
    .call((g) => g.select('title').text((d) => d.label))
    .call((g) => g.select('path').attr('d', (d) => getShapePath(d.kind)))
    .call((g) =>
      g
        .select('circle.topology-node-handle')
        .attr('cx', (d) => getHandleX(d.kind))
        .attr('data-testid', (d) => `handle-${d.id}`),
    )
    .call((g) =>
      g.select('text.topology-node-value').attr('y', (d) => getTextPlacement(d.kind).valueY),
    )
    .call((g) =>
      g
        .select('text.topology-node-label')
        .classed('is-inside', (d) => getTextPlacement(d.kind).labelInside)
        .attr('y', (d) => getTextPlacement(d.kind).labelY)
        .text((d) => getDrawnLabel(d.kind, d.label)),
    );
}

/** Move already-joined groups to `positions` (a drag preview). */
export function placeNodes(
  layer: Layer,
  positions: ReadonlyMap<string, { x: number; y: number }>,
): void {
  layer
    .selectAll<SVGGElement, TopologyNode>('g.topology-node')
    .filter((d) => positions.has(d.id))
    .attr('transform', (d) => {
      const p = positions.get(d.id) ?? d;
      return `translate(${p.x},${p.y})`;
    });
}

/** Paint readings and the selection onto the already-joined node groups (unchanged values are not written). */
export function paintNodes(
  layer: Layer,
  readings: ReadonlyMap<string, NodeReading>,
  selectedIds: ReadonlySet<string>,
): void {
  layer.selectAll<SVGGElement, TopologyNode>('g.topology-node').each(function (d) {
    const reading = readings.get(d.id);
    const selected = selectedIds.has(d.id);
    writeClass(this, 'is-selected', selected);
    writeClass(this, 'is-down', reading?.down ?? false);
    writeAttr(this, 'aria-pressed', String(selected));
    writeAttr(this, 'aria-label', getNodeLabel(d, reading));
    const utilization = reading?.utilization ?? null;
    const shape = this.querySelector('path.topology-node-shape');
    if (shape !== null) writeAttr(shape, 'fill', getUtilizationFill(utilization));
    const ink = getUtilizationInk(utilization);
    for (const text of this.querySelectorAll<SVGTextElement>(INKED_TEXT))
      writeStyle(text, 'fill', ink);
    const value = this.querySelector('text.topology-node-value');
    if (value !== null) writeText(value, reading?.down === true ? 'DOWN' : (reading?.text ?? '–'));
  });
}

/** The texts drawn over the node's fill, inked for contrast with it. */
const INKED_TEXT = 'text.topology-node-value, text.topology-node-label.is-inside';

/** What a screen reader hears for a node: kind, name, reading and badges. */
function getNodeLabel(d: TopologyNode, reading: NodeReading | undefined): string {
  const badges = getNodeBadges(reading?.live).map((b) => `, ${b.spoken}`);
  const text = reading?.down === true ? 'down' : `${reading?.text ?? 'no data'}${badges.join('')}`;
  return `${KIND_NAMES[d.kind] ?? d.kind} ${d.label}: ${text}`;
}
