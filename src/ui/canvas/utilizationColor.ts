/**
 * The utilization colour scale: ColorBrewer YlOrRd (sequential, colour-blind
 * safe because lightness changes monotonically). Colour is never the only
 * carrier: every node also prints its value as text.
 */
import { color, interpolateYlOrRd, scaleSequential } from 'd3';

const scale = scaleSequential(interpolateYlOrRd).domain([0, 1]).clamp(true);

/** Fill for nodes that have no reading yet (or no utilization, such as clients). */
export const NO_DATA_FILL = '#eef1f5';

/** Fill colour for a utilization in 0..1. */
export function getUtilizationFill(utilization: number | null): string {
  return utilization === null || Number.isNaN(utilization) ? NO_DATA_FILL : scale(utilization);
}

/** The inks a node's text may take, in order of preference. */
const INKS = ['#1b2430', '#ffffff', '#000000'] as const;
/** WCAG AA for normal text. */
export const MIN_CONTRAST = 4.5;

/**
 * Text colour that stays readable on `getUtilizationFill(utilization)`: the
 * usual dark ink where it reaches 4.5:1 against the fill, else white, else
 * black — one of them always does (white up to a fill luminance of 0.18,
 * black from 0.175). Chosen by measured contrast, not by a utilization
 * threshold, so a change of palette cannot make a value unreadable.
 */
export function getUtilizationInk(utilization: number | null): string {
  const fill = getUtilizationFill(utilization);
  return INKS.find((ink) => getContrastRatio(ink, fill) >= MIN_CONTRAST) ?? '#000000';
}

/** WCAG 2 relative luminance of a CSS colour (`#rrggbb` or `rgb(r, g, b)`). */
function getLuminance(css: string): number {
  const c = color(css)?.rgb() ?? { r: 0, g: 0, b: 0 };
  const lin = (v: number) => {
    const x = v / 255;
    return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
}

/** WCAG 2 contrast ratio of two CSS colours (1 … 21). */
export function getContrastRatio(a: string, b: string): number {
  const [hi, lo] = [getLuminance(a), getLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Colour stops for a legend gradient, 0 % … 100 %. */
export function getUtilizationStops(count = 11): { offset: number; color: string }[] {
  return Array.from({ length: count }, (_, i) => {
    const offset = i / (count - 1);
    return { offset, color: scale(offset) };
  });
}
