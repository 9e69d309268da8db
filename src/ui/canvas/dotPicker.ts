/**
 * Clicking a request dot opens that request's trace. Dots are small and
 * moving, so the circles take no pointer events; instead a click anywhere on
 * the canvas picks the nearest drawn dot within a generous radius (in screen
 * pixels, whatever the zoom). Over a node the radius shrinks to the dot
 * itself, so a click meant for the node still selects it. The cursor becomes
 * a pointer while a dot is under it.
 */
import type { Point } from './layout.ts';

/** Hit radius around a dot, screen px, on the background and on edges. */
export const DOT_HIT_PX = 14;
/** Hit radius over a node: about the drawn dot. */
export const DOT_HIT_ON_NODE_PX = 6;

export interface DotPickerOptions {
  /** A point relative to the canvas element's box, in canvas units. */
  toCanvas(p: Point): Point;
  /** The current zoom factor. */
  getScale(): number;
  /** The request of the nearest drawn dot within `radius` canvas units, or null. */
  findDot(p: Point, radius: number): number | null;
  onOpenTrace(requestId: number): void;
}

/** Listen on `svg` for clicks on dots; returns a function that stops listening. */
export function attachDotPicker(svg: SVGSVGElement, options: DotPickerOptions): () => void {
  const pick = (event: MouseEvent): number | null => {
    const box = svg.getBoundingClientRect();
    const p = options.toCanvas({ x: event.clientX - box.left, y: event.clientY - box.top });
    const onNode = event.target instanceof Element && event.target.closest('.topology-node');
    const px = onNode === null || onNode === false ? DOT_HIT_PX : DOT_HIT_ON_NODE_PX;
    return options.findDot(p, px / options.getScale());
  };
  const onClick = (event: MouseEvent): void => {
    const id = pick(event);
    if (id === null) return;
    event.stopPropagation(); // not a click on the background or a node
    options.onOpenTrace(id);
  };
  const onMove = (event: PointerEvent): void => {
    svg.classList.toggle('is-over-dot', pick(event) !== null);
  };
  svg.addEventListener('click', onClick, true);
  svg.addEventListener('pointermove', onMove);
  return () => {
    svg.removeEventListener('click', onClick, true);
    svg.removeEventListener('pointermove', onMove);
  };
}
