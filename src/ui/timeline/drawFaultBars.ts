/**
 * The bars of the fault timeline: one `g.fault-bar` per window (keyed by its
 * index in the scenario), with a body, a label and, unless the fault is
 * instant, a handle at each end. Positions come from `x` and the lane index.
 */
import type { ScaleLinear, Selection } from 'd3';
import { select } from 'd3';
import type { FaultTiming, FaultWindow } from '../../state/faultTimeline.ts';
import { TIMELINE_GEOMETRY as G } from './timelineTypes.ts';
import { formatWindowSpan } from './timelineMath.ts';

type Layer = Selection<SVGGElement, unknown, null, undefined>;
export type BarSelection = Selection<SVGGElement, FaultWindow, SVGGElement, unknown>;

/** Rough label width (no text measuring, so it works anywhere): 7 px per character. */
const labelWidth = (text: string): number => text.length * 7 + 10;

/** Join the bars to `windows`; new ones get their parts and the key/drag wiring via `setup`. */
export function joinFaultBars(
  layer: Layer,
  windows: readonly FaultWindow[],
  setup: (entered: BarSelection) => void,
): BarSelection {
  return layer
    .selectAll<SVGGElement, FaultWindow>('g.fault-bar')
    .data(windows, (w) => String(w.index))
    .join((enter) => {
      const g = enter
        .append('g')
        .attr('class', 'fault-bar')
        .attr('tabindex', 0)
        .attr('role', 'button');
      g.append('title');
      g.append('rect').attr('class', 'fault-bar-body').attr('rx', 4);
      g.append('text').attr('class', 'fault-bar-label');
      g.append('rect').attr('class', 'fault-handle fault-handle-start');
      g.append('rect').attr('class', 'fault-handle fault-handle-end');
      setup(g);
      return g;
    });
}

/** Place one bar at `timing` (a drag preview or the document's value). */
export function placeFaultBar(
  bar: Selection<SVGGElement, FaultWindow, null, undefined> | BarSelection,
  x: ScaleLinear<number, number>,
  laneOf: (w: FaultWindow) => number,
  runMs: number,
  timing: (w: FaultWindow) => FaultTiming,
): void {
  bar.each(function (w) {
    const t = timing(w);
    const width = Math.max(G.minBarWidth, x(t.atMs + t.durationMs) - x(t.atMs));
    const left = w.instant ? x(t.atMs) - G.minBarWidth / 2 : x(t.atMs);
    const y = G.top + laneOf(w) * G.laneHeight + (G.laneHeight - G.barHeight) / 2;
    const g = select<SVGGElement, FaultWindow>(this);
    const inside = labelWidth(w.label) <= width;
    const span = formatWindowSpan(t, runMs, w.instant);
    g.attr('transform', `translate(${left},${y})`)
      .attr('data-at-ms', t.atMs)
      .attr('data-duration-ms', t.durationMs)
      .attr('aria-label', `${w.label} on ${w.laneKey.replace('→', ' → ')}, ${span}`)
      .classed('is-instant', w.instant);
    g.select('title').text(`${w.label} — ${span}`);
    g.select('.fault-bar-body').attr('width', width).attr('height', G.barHeight);
    g.select('.fault-bar-label')
      .attr('x', inside ? 6 : width + 5)
      .attr('y', G.barHeight / 2)
      .classed('is-outside', !inside)
      .text(w.label);
    g.selectAll('.fault-handle')
      .attr('height', G.barHeight)
      .attr('width', G.handleWidth)
      .attr('display', w.instant ? 'none' : null);
    g.select('.fault-handle-start').attr('x', -G.handleWidth / 2);
    g.select('.fault-handle-end').attr('x', width - G.handleWidth / 2);
  });
}
