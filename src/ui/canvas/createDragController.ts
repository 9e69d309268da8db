/**
 * Moving nodes with the mouse (d3-drag on the node groups). The grabbed node
 * and, if it is selected, every other selected node follow the pointer; the
 * grabbed one snaps to the grid when snapping is on. While dragging only the
 * drawing moves (`onPreview`); the document changes once, on release
 * (`onMove`), so a whole drag is one undo step.
 */
import type { Selection } from 'd3';
import { drag } from 'd3';
import type { Point } from './layout.ts';
import { getDraggedPositions, isRealMove } from './gestures.ts';
import type { TopologyNode } from './topologyTypes.ts';

export interface NodeDragOptions {
  /** The element drag coordinates are measured in (the zoomed viewport). */
  readonly container: () => SVGGElement;
  readonly getNodes: () => readonly TopologyNode[];
  readonly getSelectedIds: () => readonly string[];
  readonly isSnapping: () => boolean;
  /** Draw nodes at these positions (during the drag). */
  readonly onPreview: (positions: ReadonlyMap<string, Point>) => void;
  /** The drag ended with nodes moved: commit. */
  readonly onMove: (positions: ReadonlyMap<string, Point>) => void;
}

type NodeGroups = Selection<SVGGElement, TopologyNode, SVGGElement, unknown>;

/** Create the behaviour; `attach` it to the node groups after every join. */
export function createDragController(options: NodeDragOptions): {
  attach(groups: NodeGroups): void;
} {
  let start = new Map<string, Point>();
  let last = new Map<string, Point>();
  let anchor = '';

  const onStart = (d: TopologyNode): void => {
    const selected = options.getSelectedIds();
    const ids = new Set(selected.includes(d.id) ? selected : [d.id]);
    start = new Map(
      options
        .getNodes()
        .filter((n) => ids.has(n.id))
        .map((n) => [n.id, { x: n.x, y: n.y }]),
    );
    last = start;
    anchor = d.id;
  };

  const onDrag = (event: { x: number; y: number }, d: TopologyNode): void => {
    const delta = { x: event.x - d.x, y: event.y - d.y };
    last = getDraggedPositions(start, anchor, delta, options.isSnapping());
    options.onPreview(last);
  };

  const onEnd = (): void => {
    if (isRealMove(start, last)) options.onMove(last);
    start = new Map();
    last = start;
  };

  const behaviour = drag<SVGGElement, TopologyNode>()
    .container(options.container)
    .on('start', (_event, d) => onStart(d))
    .on('drag', (event: { x: number; y: number }, d) => onDrag(event, d))
    .on('end', onEnd);

  return { attach: (groups) => void groups.call(behaviour) };
}
