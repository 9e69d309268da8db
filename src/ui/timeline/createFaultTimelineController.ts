/**
 * The fault timeline: x = simulated time over the run, one lane per target,
 * each fault a bar. Drag a bar to move it, drag its ends to resize it (snapped,
 * kept inside the run); with the keyboard, arrows move, Shift+arrows resize,
 * Delete removes. During a run a playhead shows the simulated clock.
 * Framework-free: React mounts it once and feeds it props; it owns everything
 * inside `container` and reports changes through `options`.
 */
import type { D3DragEvent } from 'd3';
import { drag, scaleLinear, select } from 'd3';
import type { FaultTiming, FaultWindow } from '../../state/faultTimeline.ts';
import type { BarSelection } from './drawFaultBars.ts';
import { joinFaultBars, placeFaultBar } from './drawFaultBars.ts';
import type { DragMode } from './timelineMath.ts';
import { drawAxis, drawLanes, drawPlayhead } from './drawTimelineFrame.ts';
import { getDraggedTiming, getDragSnapMs, getKeyedTiming } from './timelineMath.ts';
import type {
  FaultTimelineController,
  FaultTimelineOptions,
  FaultTimelineProps,
} from './timelineTypes.ts';
import { TIMELINE_GEOMETRY as G } from './timelineTypes.ts';

interface DragState {
  readonly index: number;
  readonly origin: FaultTiming;
  readonly mode: DragMode;
  readonly startX: number;
  preview: FaultTiming;
}

type BarDragEvent = D3DragEvent<SVGGElement, FaultWindow, { x: number; y: number }>;

const modeOf = (target: EventTarget | null): DragMode => {
  const list = target instanceof Element ? target.classList : null;
  if (list?.contains('fault-handle-start')) return 'start';
  return list?.contains('fault-handle-end') ? 'end' : 'move';
};

/** Mount a fault timeline into `container`. */
export function createFaultTimelineController(
  container: HTMLElement,
  options: FaultTimelineOptions,
): FaultTimelineController {
  const snapMs = options.snapMs ?? 100;
  const keyStepMs = options.keyStepMs ?? 1000;
  const svg = select(container)
    .append('svg')
    .attr('class', 'fault-timeline-svg')
    .attr('role', 'group')
    .attr(
      'aria-label',
      'Fault timeline: drag a window to move it or its ends to resize it; arrow keys move the selected window, Shift+arrows resize it, Delete removes it',
    );
  const laneLayer = svg.append('g').attr('class', 'timeline-lanes');
  const axisLayer = svg.append('g').attr('class', 'timeline-axis');
  const barLayer = svg.append('g').attr('class', 'timeline-bars');
  const playhead = svg.append('g').attr('class', 'timeline-playhead').attr('display', 'none');
  playhead.append('line');

  let current: FaultTimelineProps | null = null;
  let x = scaleLinear();
  let dragging: DragState | null = null;
  let laneIndex = new Map<string, number>();
  const laneOf = (w: FaultWindow): number => laneIndex.get(w.laneKey) ?? 0;
  const timingOf = (w: FaultWindow): FaultTiming =>
    dragging?.index === w.index ? dragging.preview : w;
  const place = (bar: BarSelection | ReturnType<typeof select<SVGGElement, FaultWindow>>) =>
    placeFaultBar(bar, x, laneOf, current?.durationMs ?? 0, timingOf);

  const dragBehavior = drag<SVGGElement, FaultWindow>()
    .container(() => container)
    .subject((event: BarDragEvent) => ({ x: event.x, y: event.y }))
    .on('start', function (event: BarDragEvent, w) {
      const origin = { atMs: w.atMs, durationMs: w.durationMs };
      const mode = modeOf((event.sourceEvent as Event).target);
      dragging = { index: w.index, origin, mode, startX: event.x, preview: origin };
      select(this).classed('is-dragging', true);
      options.onSelect(w.index);
    })
    .on('drag', function (event: BarDragEvent, w) {
      if (dragging === null || current === null) return;
      const deltaMs = x.invert(event.x) - x.invert(dragging.startX);
      const { origin, mode } = dragging;
      const [left, right] = x.range() as [number, number];
      const snap = getDragSnapMs(current.durationMs / Math.max(1, right - left), snapMs);
      dragging.preview = getDraggedTiming(
        origin,
        mode,
        deltaMs,
        current.durationMs,
        snap,
        w.instant,
      );
      place(select<SVGGElement, FaultWindow>(this));
    })
    .on('end', function (_event: BarDragEvent, w) {
      const done = dragging;
      dragging = null;
      select(this).classed('is-dragging', false);
      if (done === null) return;
      const { preview, origin } = done;
      const moved = preview.atMs !== origin.atMs || preview.durationMs !== origin.durationMs;
      if (!moved || !options.onChange(w.index, preview))
        place(select<SVGGElement, FaultWindow>(this));
    });

  function onKey(this: SVGGElement, event: KeyboardEvent, w: FaultWindow): void {
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      options.onDelete(w.index);
    } else if (event.key === 'Escape') {
      options.onSelect(null);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      options.onSelect(w.index);
    } else {
      const proposal = getKeyedTiming(w, event, keyStepMs, snapMs, w.instant);
      if (proposal === null) return;
      event.preventDefault();
      options.onSelect(w.index);
      options.onChange(w.index, proposal);
    }
  }

  const setupBars = (entered: BarSelection): void => {
    entered
      .call(dragBehavior)
      .on('keydown', onKey)
      .on('focus', (_e: FocusEvent, w: FaultWindow) => options.onSelect(w.index));
  };

  function render(props: FaultTimelineProps): void {
    const width = container.clientWidth || G.fallbackWidth;
    const lanesHeight = Math.max(1, props.lanes.length) * G.laneHeight;
    svg.attr('width', width).attr('height', G.top + lanesHeight + G.axisHeight);
    x = scaleLinear()
      .domain([0, Math.max(1, props.durationMs)])
      .range([G.labelWidth, Math.max(G.labelWidth + 10, width - G.right)]);
    laneIndex = new Map(props.lanes.map((l, i) => [l.key, i]));
    drawLanes(laneLayer, props.lanes, width);
    drawAxis(axisLayer, x, props.durationMs, lanesHeight);
    const bars = joinFaultBars(barLayer, props.windows, setupBars);
    place(bars);
    bars.classed('is-selected', (w) => w.index === props.selectedIndex);
    drawPlayhead(playhead, x, props.playheadMs, props.durationMs, lanesHeight);
  }

  function movePlayhead(ms: number | null): void {
    if (current === null || current.playheadMs === ms) return;
    current = { ...current, playheadMs: ms };
    const lanesHeight = Math.max(1, current.lanes.length) * G.laneHeight;
    drawPlayhead(playhead, x, ms, current.durationMs, lanesHeight);
  }

  svg.on('click', (event: MouseEvent) => {
    if (!(event.target instanceof Element) || event.target.closest('.fault-bar') === null)
      options.onSelect(null);
  });
  const resizeObserver =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver(() => {
          if (current !== null) render(current);
        });
  resizeObserver?.observe(container);

  return {
    update(props) {
      current = props;
      render(props);
    },
    setPlayhead: movePlayhead,
    destroy() {
      resizeObserver?.disconnect();
      barLayer.selectAll('g.fault-bar').on('.drag', null).on('keydown', null).on('focus', null);
      svg.on('click', null);
      svg.remove();
    },
  };
}
