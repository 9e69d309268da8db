/**
 * The topology canvas: an SVG with pan/zoom, edges with arrowheads, nodes
 * coloured by utilization, and the editing gestures (drag to move, drag from a
 * handle to connect, shift-drag to box-select, keyboard connect). Framework-
 * free: React mounts it once and feeds it props; it owns everything inside
 * `container` and reports edits through `options`.
 */
import { select } from 'd3';
import { createBoxSelect } from './boxSelect.ts';
import { getBadgeScale, paintBadges } from './drawBadges.ts';
import { createCanvasViewport } from './canvasViewport.ts';
import { createConnectGesture } from './connectGesture.ts';
import { createDragController } from './createDragController.ts';
import { appendMarkers, drawEdges, paintEdges } from './drawEdges.ts';
import { createDotAnimator, exposeDots } from './dotAnimator.ts';
import { createDotCanvas } from './dotCanvas.ts';
import { attachDotPicker } from './dotPicker.ts';
import { drawNodes, paintNodes, placeNodes } from './drawNodes.ts';
import { frameScheduler } from './frameScheduler.ts';
import { createNodeKeyHandler } from './nodeKeyHandler.ts';
import type {
  TopologyController,
  TopologyNode,
  TopologyOptions,
  TopologyProps,
} from './topologyTypes.ts';

/** Fit on the first drawing, and when a different topology (no node in common) is loaded. */
export function shouldAutoFit(
  previous: ReadonlySet<string> | null,
  next: readonly TopologyNode[],
): boolean {
  if (next.length === 0) return false;
  if (previous === null) return true;
  return previous.size > 0 && !next.some((n) => previous.has(n.id));
}

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
  /**
   * The drawing's size in pixels, not `100%`: a percentage-sized SVG is
   * relaid out whole (every text and group) whenever anything around it is,
   * which during a run is every refresh.
   */
  const sizeToContainer = (): void =>
    void svg.attr('width', container.clientWidth).attr('height', container.clientHeight);
  sizeToContainer();
  appendMarkers(svg.append('defs'));
  const viewport = svg.append('g').attr('class', 'topology-viewport');
  const edgeLayer = viewport.append('g').attr('class', 'topology-edges');
  const nodeLayer = viewport.append('g').attr('class', 'topology-nodes');
  const overlay = viewport.append('g').attr('class', 'topology-overlay');
  let badgeScale = 1;
  const onZoom = (k: number): void => {
    const next = getBadgeScale(k);
    if (next === badgeScale || current === null) return;
    badgeScale = next;
    paintBadges(nodeLayer, current.readings, next);
  };
  const view = createCanvasViewport(svg, viewport, (k) => onZoom(k));
  svg.on('click', () => options.onSelect(null, false));

  let current: TopologyProps | null = null;
  let drawnIds: ReadonlySet<string> | null = null;
  /** Nodes as drawn during a drag (the dots follow them). */
  let previewNodes: readonly TopologyNode[] | null = null;
  const getNodes = (): readonly TopologyNode[] => current?.nodes ?? [];
  const selectEdge = (e: { from: string; to: string }) => options.onSelectEdge(e);
  const redrawEdges = (nodes: readonly TopologyNode[]): void =>
    drawEdges(edgeLayer, nodes, current?.edges ?? [], selectEdge);

  const fit = (): void => {
    const { width, height } = container.getBoundingClientRect();
    view.fit(getNodes(), width, height);
  };
  const reveal = (added: readonly TopologyNode[], all: readonly TopologyNode[]): void => {
    const { width, height } = container.getBoundingClientRect();
    view.reveal(added, all, width, height);
  };
  const dragger = createDragController({
    container: () => viewport.node() as SVGGElement,
    getNodes,
    getSelectedIds: () => [...(current?.selectedIds ?? [])],
    isSnapping: () => current?.snap ?? false,
    onPreview: (positions) => {
      placeNodes(nodeLayer, positions);
      previewNodes = getNodes().map((n) => ({ ...n, ...positions.get(n.id) }));
      redrawEdges(previewNodes);
    },
    onMove: (positions) => {
      previewNodes = null;
      options.onMoveNodes(positions);
    },
  });
  const connector = createConnectGesture(overlay, {
    container: () => viewport.node() as SVGGElement,
    getNodes,
    getRefusals: (from) => options.getConnectRefusals(from),
    onConnect: (from, to) => options.onConnect(from, to),
    onRefused: (from, to, reason) => options.onConnectRefused(from, to, reason),
  });
  createBoxSelect(svg, {
    toCanvas: view.toCanvas,
    getNodes,
    onSelect: (ids) => options.onSelectNodes(ids),
  });
  const onKey = createNodeKeyHandler(options, () => current);
  const dotCanvas = options.dots === undefined ? null : createDotCanvas(container);
  dotCanvas?.element.setAttribute('data-testid', 'request-dots');
  const dots =
    options.dots === undefined || dotCanvas === null
      ? null
      : createDotAnimator(dotCanvas, {
          source: options.dots,
          getNodes: () => previewNodes ?? getNodes(),
          isEnabled: () => current?.reducedMotion === false,
          scheduler: frameScheduler,
          getView: view.getTransform,
        });
  if (dots !== null && dotCanvas !== null) exposeDots(dotCanvas.element, dots, view.getTransform);
  const detachPicker =
    dots === null || options.onOpenTrace === undefined
      ? () => undefined
      : attachDotPicker(svg.node() as SVGSVGElement, {
          toCanvas: view.toCanvas,
          getScale: view.getScale,
          findDot: (p, r) => dots.findDot(p, r),
          onOpenTrace: (id) => options.onOpenTrace?.(id),
        });

  const draw = (props: TopologyProps): void => {
    redrawEdges(props.nodes);
    const groups = drawNodes(nodeLayer, props.nodes, {
      onSelect: (id, additive) => options.onSelect(id, additive),
      onKey,
      onMenu: (id, x, y) => options.onNodeMenu?.(id, x, y),
    });
    dragger.attach(groups);
    connector.attach(groups.select('circle.topology-node-handle'));
    if (props.nodes.length === 0) view.reset();
    else if (shouldAutoFit(drawnIds, props.nodes)) fit();
    else
      reveal(
        props.nodes.filter((n) => drawnIds?.has(n.id) === false),
        props.nodes,
      );
    drawnIds = new Set(props.nodes.map((n) => n.id));
  };

  const resizeObserver =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver(() => {
          sizeToContainer();
          dotCanvas?.resize(container.clientWidth, container.clientHeight);
          fit();
        });
  resizeObserver?.observe(container);

  return {
    update(props) {
      const structureChanged = current?.nodes !== props.nodes || current.edges !== props.edges;
      current = props;
      if (structureChanged) draw(props);
      paintNodes(nodeLayer, props.readings, props.selectedIds);
      paintBadges(nodeLayer, props.readings, getBadgeScale(view.getScale()));
      paintEdges(edgeLayer, props.selectedEdgeKey, props.edgeReadings, props.reducedMotion);
    },
    fit,
    toCanvasPoint(clientX, clientY) {
      const box = container.getBoundingClientRect();
      return view.toCanvas({ x: clientX - box.left, y: clientY - box.top });
    },
    destroy() {
      resizeObserver?.disconnect();
      detachPicker();
      dots?.stop();
      view.destroy();
      svg.on('click', null);
      svg.remove();
    },
  };
}
