/**
 * The utilization colour scale: ColorBrewer YlOrRd (sequential, colour-blind
 * safe because lightness changes monotonically). Colour is never the only
 * carrier: every node also prints its value as text.
 */
import { interpolateYlOrRd, scaleSequential } from 'd3';

const scale = scaleSequential(interpolateYlOrRd).domain([0, 1]).clamp(true);

/** Fill for nodes that have no reading yet (or no utilization, such as clients). */
export const NO_DATA_FILL = '#eef1f5';

/** Fill colour for a utilization in 0..1. */
export function getUtilizationFill(utilization: number | null): string {
  return utilization === null || Number.isNaN(utilization) ? NO_DATA_FILL : scale(utilization);
}

/** Text colour that stays readable on `getUtilizationFill(utilization)`. */
export function getUtilizationInk(utilization: number | null): string {
  return utilization !== null && utilization > 0.62 ? '#ffffff' : '#1b2430';
}

/** Colour stops for a legend gradient, 0 % … 100 %. */
export function getUtilizationStops(count = 11): { offset: number; color: string }[] {
  return Array.from({ length: count }, (_, i) => {
    const offset = i / (count - 1);
    return { offset, color: scale(offset) };
  });
}
