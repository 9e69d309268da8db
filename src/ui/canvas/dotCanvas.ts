/**
 * The request dots' own layer: a 2D canvas laid over the topology's SVG,
 * transparent to the pointer. Dots move every frame; drawn as SVG circles
 * each frame cost style, layout and paint of the whole drawing, while here a
 * frame is one clear and ten filled paths (one per outcome and direction),
 * and the SVG changes only when the live readings do. The canvas follows the
 * pan and zoom, so a dot is as large (relative to the nodes) at every zoom.
 */
import type { DotHop } from './topologyTypes.ts';
import { DOT_RADIUS, DOT_STYLES, OUTBOUND_FILL, PRESENTER_RING } from './dotStyles.ts';

/** A dot to paint, in canvas units. */
export interface PaintedDot {
  readonly x: number;
  readonly y: number;
  readonly outcome: DotHop['outcome'];
  readonly returning: boolean;
}

/** Pan and zoom: screen = canvas × k + (x, y). */
export interface ViewTransform {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

export interface DotCanvas {
  readonly element: HTMLCanvasElement;
  /** Clear the layer and paint `dots` under `view`. */
  paint(dots: readonly PaintedDot[], view: ViewTransform): void;
  /** The layer's size in CSS pixels changed (a resize of the canvas area). */
  resize(width: number, height: number): void;
  remove(): void;
}

const OUTCOMES = Object.keys(DOT_STYLES) as DotHop['outcome'][];

/** Mount the dot layer as the last child of `container` (above the SVG). */
export function createDotCanvas(container: HTMLElement): DotCanvas {
  const element = document.createElement('canvas');
  element.className = 'topology-dots';
  element.setAttribute('aria-hidden', 'true');
  element.dataset['count'] = '0';
  container.append(element);
  const ctx = element.getContext('2d');
  let ratio = 1;
  const resize = (width: number, height: number): void => {
    ratio = window.devicePixelRatio || 1;
    element.width = Math.max(1, Math.round(width * ratio));
    element.height = Math.max(1, Math.round(height * ratio));
  };
  resize(container.clientWidth, container.clientHeight);
  return {
    element,
    paint(dots, view) {
      if (ctx === null) return;
      // Browser zoom or another screen: match the new pixel density.
      if ((window.devicePixelRatio || 1) !== ratio)
        resize(element.clientWidth, element.clientHeight);
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, element.width, element.height);
      if (dots.length === 0) return;
      ctx.setTransform(ratio * view.k, 0, 0, ratio * view.k, ratio * view.x, ratio * view.y);
      const presenting = element.closest('.is-presenting') !== null;
      for (const outcome of OUTCOMES) {
        paintGroup(ctx, dots, outcome, false, presenting);
        paintGroup(ctx, dots, outcome, true, presenting);
      }
    },
    resize,
    remove: () => element.remove(),
  };
}

/** One path for every dot of one outcome and direction: filled, then ringed. */
function paintGroup(
  ctx: CanvasRenderingContext2D,
  dots: readonly PaintedDot[],
  outcome: DotHop['outcome'],
  returning: boolean,
  presenting: boolean,
): void {
  let any = false;
  ctx.beginPath();
  for (const d of dots) {
    if (d.outcome !== outcome || d.returning !== returning) continue;
    ctx.moveTo(d.x + DOT_RADIUS, d.y);
    ctx.arc(d.x, d.y, DOT_RADIUS, 0, 2 * Math.PI);
    any = true;
  }
  if (!any) return;
  const style = DOT_STYLES[outcome];
  ctx.fillStyle = returning ? style.color : OUTBOUND_FILL;
  ctx.fill();
  ctx.lineWidth = presenting ? Math.max(style.ringWidth, PRESENTER_RING) : style.ringWidth;
  ctx.setLineDash(style.dash);
  ctx.strokeStyle = style.ring;
  ctx.stroke();
}
