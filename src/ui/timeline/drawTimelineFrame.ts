/**
 * The frame of the fault timeline around the bars: a striped lane per target
 * with its name, the time axis (its ticks drawn as grid lines across the
 * lanes) and the playhead.
 */
import type { ScaleLinear, Selection } from 'd3';
import { axisBottom, select } from 'd3';
import type { FaultLane } from '../../state/faultTimeline.ts';
import { formatTimelineTick } from './timelineMath.ts';
import { TIMELINE_GEOMETRY as G } from './timelineTypes.ts';

type Layer = Selection<SVGGElement, unknown, null, undefined>;

const shorten = (label: string): string => (label.length > 16 ? `${label.slice(0, 15)}…` : label);

/** One striped row per lane, its name right-aligned in the left margin. */
export function drawLanes(layer: Layer, lanes: readonly FaultLane[], width: number): void {
  layer
    .selectAll<SVGGElement, FaultLane>('g.timeline-lane')
    .data(lanes, (l) => l.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'timeline-lane');
      g.append('rect');
      g.append('text').attr('class', 'timeline-lane-label');
      g.append('title');
      return g;
    })
    .attr('transform', (_, i) => `translate(0,${G.top + i * G.laneHeight})`)
    .classed('is-odd', (_, i) => i % 2 === 1)
    .each(function (lane) {
      const g = select(this);
      g.select('rect').attr('width', width).attr('height', G.laneHeight);
      g.select('text')
        .attr('x', G.labelWidth - 10)
        .attr('y', G.laneHeight / 2)
        .text(shorten(lane.label));
      g.select('title').text(lane.label);
    });
}

/** The time axis under the lanes, ms or s by the run's length, ticks extended up as grid lines. */
export function drawAxis(
  layer: Layer,
  x: ScaleLinear<number, number>,
  runMs: number,
  lanesHeight: number,
): void {
  const [left, right] = x.range() as [number, number];
  layer.attr('transform', `translate(0,${G.top + lanesHeight})`).call(
    axisBottom(x)
      .ticks(Math.max(2, Math.floor((right - left) / 90)))
      .tickSizeInner(-lanesHeight)
      .tickSizeOuter(0)
      .tickPadding(7)
      .tickFormat((ms) => formatTimelineTick(Number(ms), runMs)),
  );
}

/** The simulated clock as a vertical line across the lanes; hidden when `ms` is null. */
export function drawPlayhead(
  layer: Layer,
  x: ScaleLinear<number, number>,
  ms: number | null,
  runMs: number,
  lanesHeight: number,
): void {
  layer.attr('display', ms === null ? 'none' : null);
  if (ms === null) return;
  const px = x(Math.min(Math.max(ms, 0), runMs));
  layer.attr('transform', `translate(${px},0)`).attr('data-ms', ms);
  layer
    .select('line')
    .attr('y1', 0)
    .attr('y2', G.top + lanesHeight + 4);
}
