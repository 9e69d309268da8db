/**
 * Shift-drag on the empty canvas draws a selection box; on release the nodes
 * whose centres it holds become the selection. Plain drags keep panning.
 */
import type { Selection } from 'd3';
import { drag } from 'd3';
import type { Point } from './layout.ts';
import { getNodesInBox, toBox } from './gestures.ts';
import type { TopologyNode } from './topologyTypes.ts';

export interface BoxSelectOptions {
  /** Screen (svg) coordinates → canvas coordinates under the current zoom. */
  readonly toCanvas: (p: Point) => Point;
  readonly getNodes: () => readonly TopologyNode[];
  readonly onSelect: (ids: readonly string[]) => void;
}

type Svg = Selection<SVGSVGElement, unknown, null, undefined>;

/** Install the gesture on `svg`; the box is drawn in `svg` coordinates. */
export function createBoxSelect(svg: Svg, options: BoxSelectOptions): void {
  const rect = svg
    .append('rect')
    .attr('class', 'selection-box')
    .attr('data-testid', 'selection-box')
    .attr('visibility', 'hidden');
  let origin: Point = { x: 0, y: 0 };
  const place = (p: Point): void => {
    const b = toBox(origin, p);
    rect
      .attr('x', b.x0)
      .attr('y', b.y0)
      .attr('width', b.x1 - b.x0)
      .attr('height', b.y1 - b.y0);
  };
  const behaviour = drag<SVGSVGElement, unknown>()
    .filter((event: MouseEvent) => event.shiftKey && event.button === 0)
    .subject((event: { x: number; y: number }) => ({ x: event.x, y: event.y }))
    .on('start', (event: { x: number; y: number }) => {
      origin = { x: event.x, y: event.y };
      place(origin);
      rect.attr('visibility', 'visible');
    })
    .on('drag', (event: { x: number; y: number }) => place(event))
    .on('end', (event: { x: number; y: number }) => {
      rect.attr('visibility', 'hidden');
      const box = toBox(options.toCanvas(origin), options.toCanvas(event));
      options.onSelect(getNodesInBox(options.getNodes(), box));
    });
  svg.call(behaviour);
}
