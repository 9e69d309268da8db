/** Joins nodes to SVG groups (shape, value text, label) and paints live readings (a node that is down is dashed and says so). */
import type { Selection } from 'd3';
import { getDrawnLabel, getShapePath, getTextPlacement } from './nodeShapes.ts';
import type { NodeReading, TopologyNode } from './topologyTypes.ts';
import { getUtilizationFill, getUtilizationInk } from './utilizationColor.ts';

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

/** Create or update one group per node; `onSelect` fires on click or Enter. */
export function drawNodes(
  layer: Layer,
  nodes: readonly TopologyNode[],
  onSelect: (id: string) => void,
  onMenu: (id: string, pageX: number, pageY: number) => void = () => undefined,
): void {
  layer
    .selectAll<SVGGElement, TopologyNode>('g.topology-node')
    .data(nodes, (d) => d.id)
    .join((enter) => {
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
        .attr('dy', '0.35em');
      g.append('text')
        .attr('class', 'topology-node-label')
        .attr('text-anchor', 'middle')
        .attr('dy', '0.35em');
      return g;
    })
    .attr('data-testid', (d) => `node-${d.id}`)
    .attr('data-kind', (d) => d.kind)
    .attr('transform', (d) => `translate(${d.x},${d.y})`)
    .on('click', (event: MouseEvent, d) => {
      event.stopPropagation();
      onSelect(d.id);
    })
    .on('keydown', (event: KeyboardEvent, d) => {
      if (event.key === 'Enter' || event.key === ' ') onSelect(d.id);
    })
    .on('contextmenu', (event: MouseEvent, d) => {
      event.preventDefault();
      event.stopPropagation();
      onMenu(d.id, event.clientX, event.clientY);
    })
    .call((g) => g.select('title').text((d) => d.label))
    .call((g) => g.select('path').attr('d', (d) => getShapePath(d.kind)))
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

/** Paint readings and the selection onto the already-joined node groups. */
export function paintNodes(
  layer: Layer,
  readings: ReadonlyMap<string, NodeReading>,
  selectedId: string | null,
): void {
  const nodes = layer.selectAll<SVGGElement, TopologyNode>('g.topology-node');
  nodes
    .classed('is-selected', (d) => d.id === selectedId)
    .classed('is-down', (d) => readings.get(d.id)?.down ?? false)
    .attr('aria-pressed', (d) => String(d.id === selectedId))
    .attr('aria-label', (d) => {
      const reading = readings.get(d.id);
      const text = reading?.down === true ? 'down' : (reading?.text ?? 'no data');
      return `${KIND_NAMES[d.kind] ?? d.kind} ${d.label}: ${text}`;
    });
  nodes
    .select('path')
    .attr('fill', (d) => getUtilizationFill(readings.get(d.id)?.utilization ?? null));
  nodes
    .selectAll<SVGTextElement, TopologyNode>(
      'text.topology-node-value, text.topology-node-label.is-inside',
    )
    .style('fill', (d) => getUtilizationInk(readings.get(d.id)?.utilization ?? null));
  nodes.select('text.topology-node-value').text((d) => {
    const reading = readings.get(d.id);
    return reading?.down === true ? 'DOWN' : (reading?.text ?? '–');
  });
}
