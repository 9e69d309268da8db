/**
 * The topology canvas: an SVG with pan/zoom (d3-zoom), edges with arrowheads
 * and nodes coloured by utilization. Framework-free: React mounts it once and
 * feeds it props; it owns everything inside `container`.
 */
import type { ZoomBehavior } from 'd3';
import { select, zoom, zoomIdentity } from 'd3';
import { ARROW_MARKER_ID, drawEdges, paintEdges } from './drawEdges.ts';
import { drawNodes, paintNodes } from './drawNodes.ts';
import { getShapeExtent } from './nodeShapes.ts';
import type { TopologyController, TopologyOptions, TopologyProps } from './topologyTypes.ts';

const FIT_PADDING = 36;
const MAX_FIT_SCALE = 1.6;

/** Mount a topology view into `container`. */
export function createTopologyController(
  container: HTMLElement,
  options: TopologyOptions,
): TopologyController {
  const svg = select(container)
    .append('svg')
    .attr('class', 'topology-svg')
    .attr('role', 'group')
    .attr(
      'aria-label',
      'Topology: clients, load balancers, services, caches, shard routers, databases and queues',
    );
  svg
    .append('defs')
    .append('marker')
    .attr('id', ARROW_MARKER_ID)
    .attr('viewBox', '0 0 10 10')
    .attr('refX', 9)
    .attr('refY', 5)
    .attr('markerWidth', 8)
    .attr('markerHeight', 8)
    .attr('orient', 'auto-start-reverse')
    .append('path')
    .attr('class', 'topology-arrow')
    .attr('d', 'M 0 0 L 10 5 L 0 10 z');
  const viewport = svg.append('g').attr('class', 'topology-viewport');
  const edgeLayer = viewport.append('g').attr('class', 'topology-edges');
  const nodeLayer = viewport.append('g').attr('class', 'topology-nodes');

  const zoomBehavior: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.2, 4])
    .on('zoom', (event: { transform: { toString(): string } }) => {
      viewport.attr('transform', event.transform.toString());
    });
  svg.call(zoomBehavior).on('dblclick.zoom', null);
  svg.on('click', () => options.onSelect(null));

  let current: TopologyProps | null = null;

  const fit = (): void => {
    const nodes = current?.nodes ?? [];
    const { width, height } = container.getBoundingClientRect();
    if (nodes.length === 0 || width === 0 || height === 0) return;
    const x0 = Math.min(...nodes.map((n) => n.x - getShapeExtent(n.kind).hw));
    const x1 = Math.max(...nodes.map((n) => n.x + getShapeExtent(n.kind).hw));
    const y0 = Math.min(...nodes.map((n) => n.y - getShapeExtent(n.kind).hh));
    const y1 = Math.max(...nodes.map((n) => n.y + getShapeExtent(n.kind).hh)) + 28; // labels below
    const scale = Math.min(
      MAX_FIT_SCALE,
      (width - 2 * FIT_PADDING) / Math.max(1, x1 - x0),
      (height - 2 * FIT_PADDING) / Math.max(1, y1 - y0),
    );
    const transform = zoomIdentity
      .translate(width / 2, height / 2)
      .scale(scale)
      .translate(-(x0 + x1) / 2, -(y0 + y1) / 2);
    zoomBehavior.transform(svg, transform);
  };

  const resizeObserver =
    typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => fit());
  resizeObserver?.observe(container);

  return {
    update(props) {
      const structureChanged = current?.nodes !== props.nodes || current.edges !== props.edges;
      current = props;
      if (structureChanged) {
        drawEdges(edgeLayer, props.nodes, props.edges, (edge) => options.onSelectEdge(edge));
        drawNodes(
          nodeLayer,
          props.nodes,
          (id) => options.onSelect(id),
          (id, x, y) => options.onNodeMenu?.(id, x, y),
        );
        fit();
      }
      paintNodes(nodeLayer, props.readings, props.selectedId);
      paintEdges(edgeLayer, props.selectedEdgeKey);
    },
    fit,
    destroy() {
      resizeObserver?.disconnect();
      svg.on('.zoom', null).on('click', null);
      svg.remove();
    },
  };
}
