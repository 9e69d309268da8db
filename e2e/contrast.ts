/**
 * WCAG 2 contrast of the text on screen, measured in the page: each text's
 * colour against what is actually behind it. HTML text: the first ancestor
 * with a background colour (semi-transparent ones composited). SVG text: its
 * own halo when it has one (a stroke painted under the fill), else the
 * topmost painted SVG shape under its centre that comes before it in paint
 * order (a node's fill, a badge's box), else the canvas's background.
 */
import type { Locator } from '@playwright/test';

export interface ContrastReading {
  readonly text: string;
  readonly where: string;
  readonly color: string;
  readonly background: string;
  readonly ratio: number;
}

/** The page-side measurement (runs in the browser: no imports, no helpers from outside). */
function measureIn(root: Element): ContrastReading[] {
  type Rgba = [number, number, number, number];
  const parse = (c: string): Rgba | null => {
    const m = /rgba?\(([^)]+)\)/.exec(c);
    if (m === null || m[1] === undefined) return null;
    const [r = 0, g = 0, b = 0, a = 1] = m[1]
      .split(/[ ,/]+/)
      .filter(Boolean)
      .map(Number);
    return [r, g, b, a];
  };
  const over = (top: Rgba, under: Rgba): Rgba => {
    const a = top[3];
    return [0, 1, 2].map((i) => (top[i] ?? 0) * a + (under[i] ?? 0) * (1 - a)).concat(1) as Rgba;
  };
  const luminance = (c: Rgba): number => {
    const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
  };
  const ratio = (a: Rgba, b: Rgba): number => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (hi + 0.05) / (lo + 0.05);
  };
  const htmlBackground = (el: Element | null): Rgba => {
    const layers: Rgba[] = [];
    for (let e = el; e !== null; e = e.parentElement) {
      const bg = parse(getComputedStyle(e).backgroundColor);
      if (bg !== null && bg[3] > 0) layers.push(bg);
      if (bg !== null && bg[3] >= 1) break;
    }
    return layers.reduceRight<Rgba>((under, top) => over(top, under), [255, 255, 255, 1]);
  };
  const paintOf = (el: Element): Rgba | null => {
    const s = getComputedStyle(el);
    const fill = parse(s.fill);
    if (fill === null || fill[3] === 0) return null;
    fill[3] *= Number(s.fillOpacity) * Number(s.opacity);
    return fill;
  };
  const svgBackdrop = (text: SVGTextElement): { color: Rgba; what: string } => {
    const s = getComputedStyle(text);
    const halo = parse(s.stroke);
    if (
      halo !== null &&
      halo[3] > 0 &&
      s.paintOrder.startsWith('stroke') &&
      parseFloat(s.strokeWidth) >= 3
    )
      return { color: halo, what: 'its halo' };
    const box = text.getBoundingClientRect();
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const svg = text.ownerSVGElement;
    const shapes =
      svg === null ? [] : [...svg.querySelectorAll('rect, path, circle, ellipse, polygon')];
    const behind = shapes.filter((g): g is SVGGeometryElement => {
      if (!(g instanceof SVGGeometryElement) || g.classList.contains('dot')) return false;
      if (!(text.compareDocumentPosition(g) & Node.DOCUMENT_POSITION_PRECEDING)) return false;
      if (!g.checkVisibility({ visibilityProperty: true }) || paintOf(g) === null) return false;
      const m = g.getScreenCTM();
      if (m === null) return false;
      const p = new DOMPoint(cx, cy).matrixTransform(m.inverse());
      return g.isPointInFill(p);
    });
    const base = htmlBackground(svg?.parentElement ?? null);
    const top = behind.at(-1);
    if (top === undefined) return { color: base, what: 'the canvas' };
    return {
      color: over(paintOf(top)!, base),
      what: top.getAttribute('class') ?? top.parentElement?.getAttribute('class') ?? top.tagName,
    };
  };
  const fmt = (c: Rgba) => `rgb(${c.slice(0, 3).map(Math.round).join(',')})`;
  const out: ContrastReading[] = [];
  const visible = (el: Element) =>
    el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) &&
    el.getBoundingClientRect().width > 0;
  for (const text of root.querySelectorAll('svg text')) {
    if (!(text instanceof SVGTextElement) || !visible(text) || text.textContent?.trim() === '')
      continue;
    const { color: bg, what } = svgBackdrop(text);
    const fill = parse(getComputedStyle(text).fill) ?? [0, 0, 0, 1];
    const fg = over(fill, bg);
    out.push({
      text: text.textContent ?? '',
      where: `svg text on ${what}`,
      color: fmt(fg),
      background: fmt(bg),
      ratio: ratio(fg, bg),
    });
  }
  for (const el of root.querySelectorAll('*')) {
    if (el instanceof SVGElement || !visible(el)) continue;
    const own = [...el.childNodes].some(
      (n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim(),
    );
    if (!own) continue;
    const bg = htmlBackground(el);
    const fg = over(parse(getComputedStyle(el).color) ?? [0, 0, 0, 1], bg);
    out.push({
      text: el.textContent?.trim().slice(0, 40) ?? '',
      where:
        el.tagName.toLowerCase() + (el.className ? `.${String(el.className).split(' ')[0]}` : ''),
      color: fmt(fg),
      background: fmt(bg),
      ratio: ratio(fg, bg),
    });
  }
  return out;
}

/** Every visible text inside `root`, with its contrast ratio against its background. */
export function measureContrast(root: Locator): Promise<ContrastReading[]> {
  return root.evaluate(measureIn);
}
