/**
 * SVG → PNG: the drawn SVG is cloned with the styles the page's CSS gave it
 * written inline (a serialized SVG loses its stylesheet), drawn on a canvas
 * through an <img>, and read back as a PNG. Several SVGs stack top to bottom.
 */

/** Properties copied inline: what the canvas and the charts are painted with. */
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'paint-order',
  'stroke-linejoin',
  'stroke-linecap',
  'display',
] as const;

function inlineStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  const style = STYLE_PROPS.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
  target.setAttribute('style', style);
  const from = source.children;
  const to = target.children;
  for (let i = 0; i < from.length && i < to.length; i++) inlineStyles(from[i]!, to[i]!);
}

function loadImage(svg: SVGSVGElement, width: number, height: number): Promise<HTMLImageElement> {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const text = new XMLSerializer().serializeToString(clone);
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('the drawing could not be rendered as an image'));
    img.src = url;
  });
}

/** A drawing to export, with an optional title printed above it (e.g. a chart's caption). */
export interface PngPart {
  readonly svg: SVGSVGElement;
  readonly title?: string;
}

const TITLE_H = 28;

/** Render `parts` stacked vertically on white, at `scale` × their on-screen size, as a PNG blob. */
export async function svgsToPng(parts: readonly PngPart[], scale = 2): Promise<Blob> {
  const boxes = parts.map((p) => p.svg.getBoundingClientRect());
  const heightOf = (i: number): number =>
    Math.ceil(boxes[i]!.height) + (parts[i]!.title ? TITLE_H : 0);
  const width = Math.max(1, ...boxes.map((b) => Math.ceil(b.width)));
  const height = Math.max(
    1,
    parts.reduce((h, _, i) => h + heightOf(i), 0),
  );
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const ctx = canvas.getContext('2d');
  if (ctx === null) throw new Error('no 2D canvas available');
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  let y = 0;
  for (const [i, part] of parts.entries()) {
    const box = boxes[i]!;
    if (part.title) {
      ctx.fillStyle = '#1b2430';
      ctx.font = '600 15px system-ui, sans-serif';
      ctx.fillText(part.title, 8, y + 19);
    }
    const top = y + (part.title ? TITLE_H : 0);
    const img = await loadImage(part.svg, Math.ceil(box.width), Math.ceil(box.height));
    ctx.drawImage(img, 0, top, Math.ceil(box.width), Math.ceil(box.height));
    y += heightOf(i);
  }
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
      'image/png',
    );
  });
}
