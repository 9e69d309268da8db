// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FaultTiming, FaultWindow } from '../../state/faultTimeline.ts';
import { createFaultTimelineController } from './createFaultTimelineController.ts';
import type { FaultTimelineController, FaultTimelineProps } from './timelineTypes.ts';

const RUN = 120_000;
const slow: FaultWindow = {
  index: 0,
  type: 'slow',
  laneKey: 'api',
  atMs: 30_000,
  durationMs: 3_000,
  label: 'slow ×3',
  instant: false,
};
const crash: FaultWindow = {
  ...slow,
  index: 1,
  type: 'crash',
  laneKey: 'db',
  atMs: 60_000,
  label: 'crash',
};
const props: FaultTimelineProps = {
  windows: [slow, crash],
  lanes: [
    { key: 'api', label: 'api' },
    { key: 'db', label: 'db' },
  ],
  durationMs: RUN,
  playheadMs: null,
  selectedIndex: null,
};

let host: HTMLDivElement;
let controller: FaultTimelineController;
let onChange: ReturnType<typeof vi.fn<(index: number, timing: FaultTiming) => boolean>>;
let onSelect: ReturnType<typeof vi.fn<(index: number | null) => void>>;
let onDelete: ReturnType<typeof vi.fn<(index: number) => void>>;

const bar = (index: number): SVGGElement => {
  const el = host.querySelector<SVGGElement>(`g.fault-bar:nth-child(${index + 1})`);
  if (el === null) throw new Error(`no bar ${index}`);
  return el;
};
const barX = (el: Element): number =>
  Number(/translate\(([-\d.]+),/.exec(el.getAttribute('transform') ?? '')?.[1]);
/** Pixels per ms, from the drawn bar itself (no assumption about the width). */
const pxPerMs = (): number =>
  Number(bar(0).querySelector('.fault-bar-body')?.getAttribute('width')) /
  Number(bar(0).getAttribute('data-duration-ms'));

function mouse(target: EventTarget, type: string, clientX: number): void {
  target.dispatchEvent(new MouseEvent(type, { clientX, clientY: 10, bubbles: true, view: window }));
}
/** Press on `part` of bar 0, move by `ms` worth of pixels, release. */
function dragBy(part: string, ms: number): void {
  const el = bar(0).querySelector(part);
  if (el === null) throw new Error(part);
  const x0 = barX(bar(0));
  const dx = ms * pxPerMs(); // measured before the bar changes under the drag
  mouse(el, 'mousedown', x0);
  mouse(window, 'mousemove', x0 + dx / 2);
  mouse(window, 'mousemove', x0 + dx);
  mouse(window, 'mouseup', x0 + dx);
}

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  onChange = vi.fn<(index: number, timing: FaultTiming) => boolean>(() => true);
  onSelect = vi.fn<(index: number | null) => void>();
  onDelete = vi.fn<(index: number) => void>();
  controller = createFaultTimelineController(host, { onChange, onSelect, onDelete });
  controller.update(props);
});
afterEach(() => {
  controller.destroy();
  host.remove();
});

describe('createFaultTimelineController', () => {
  it('draws one bar per fault in its lane, labelled, with a seconds axis', () => {
    expect(host.querySelectorAll('g.fault-bar')).toHaveLength(2);
    expect(bar(0).textContent).toContain('slow ×3');
    expect(bar(1).getAttribute('aria-label')).toBe('crash on db, 60 s → 63 s');
    const laneLabels = [...host.querySelectorAll('.timeline-lane-label')].map((t) => t.textContent);
    expect(laneLabels).toEqual(['api', 'db']);
    expect(barX(bar(1)) - barX(bar(0))).toBeCloseTo(30_000 * pxPerMs(), 6);
    const ticks = [...host.querySelectorAll('.timeline-axis .tick text')].map((t) => t.textContent);
    expect(ticks).toContain('60 s');
  });

  it('moves a dragged window by the dragged time, on release only, snapped to whole seconds on a 2-minute run', () => {
    dragBy('.fault-bar-body', 12_340);
    expect(onSelect).toHaveBeenCalledWith(0);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith(0, { atMs: 42_000, durationMs: 3_000 });
  });

  it('snaps to 100 ms on a short run', () => {
    const short = { ...slow, atMs: 500, durationMs: 300 };
    controller.update({ ...props, windows: [short], lanes: [props.lanes[0]!], durationMs: 2_000 });
    dragBy('.fault-bar-body', 640);
    expect(onChange).toHaveBeenCalledWith(0, { atMs: 1_100, durationMs: 300 });
  });

  it('resizes from the end handle and from the start handle', () => {
    dragBy('.fault-handle-end', 2_000);
    expect(onChange).toHaveBeenLastCalledWith(0, { atMs: 30_000, durationMs: 5_000 });
    // The document took it: the new timing comes back as props.
    controller.update({ ...props, windows: [{ ...slow, durationMs: 5_000 }, crash] });
    dragBy('.fault-handle-start', -5_000);
    expect(onChange).toHaveBeenLastCalledWith(0, { atMs: 25_000, durationMs: 10_000 });
  });

  it('stops at the run bounds', () => {
    dragBy('.fault-bar-body', -200_000);
    expect(onChange).toHaveBeenLastCalledWith(0, { atMs: 0, durationMs: 3_000 });
    dragBy('.fault-handle-end', 500_000);
    expect(onChange).toHaveBeenLastCalledWith(0, { atMs: 30_000, durationMs: 90_000 });
  });

  it('snaps the bar back when the change is refused, and reports nothing for a click', () => {
    onChange.mockReturnValue(false);
    const before = bar(0).getAttribute('transform');
    dragBy('.fault-bar-body', 10_000);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(bar(0).getAttribute('transform')).toBe(before);
    dragBy('.fault-bar-body', 0);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('moves, resizes and deletes with the keyboard', () => {
    const key = (k: string, init: KeyboardEventInit = {}) =>
      bar(0).dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, ...init }));
    key('ArrowRight');
    expect(onChange).toHaveBeenLastCalledWith(0, { atMs: 31_000, durationMs: 3_000 });
    key('ArrowLeft', { altKey: true });
    expect(onChange).toHaveBeenLastCalledWith(0, { atMs: 29_900, durationMs: 3_000 });
    key('ArrowRight', { shiftKey: true });
    expect(onChange).toHaveBeenLastCalledWith(0, { atMs: 30_000, durationMs: 4_000 });
    key('Delete');
    expect(onDelete).toHaveBeenCalledWith(0);
  });

  it('marks the selection, shows the playhead during a run, and clears on a background click', async () => {
    // d3-drag swallows the click that follows a drag until the next tick.
    await new Promise((resolve) => setTimeout(resolve, 0));
    controller.update({ ...props, selectedIndex: 1, playheadMs: 45_000 });
    expect(bar(1).classList.contains('is-selected')).toBe(true);
    expect(bar(0).classList.contains('is-selected')).toBe(false);
    const head = host.querySelector('.timeline-playhead');
    expect(head?.getAttribute('display')).toBeNull();
    const headX = Number(/translate\(([-\d.]+),/.exec(head?.getAttribute('transform') ?? '')?.[1]);
    expect(headX - barX(bar(0))).toBeCloseTo(15_000 * pxPerMs(), 6);
    // The clock's ticks move the playhead alone; the bars stay as they were drawn.
    const drawnBar = bar(0);
    controller.setPlayhead(50_000);
    expect(head?.getAttribute('data-ms')).toBe('50000');
    const movedX = Number(/translate\(([-\d.]+),/.exec(head?.getAttribute('transform') ?? '')?.[1]);
    expect(movedX - headX).toBeCloseTo(5_000 * pxPerMs(), 6);
    expect(bar(0)).toBe(drawnBar);
    expect(bar(1).classList.contains('is-selected')).toBe(true);
    host.querySelector('svg')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onSelect).toHaveBeenLastCalledWith(null);
    controller.update(props);
    expect(head?.getAttribute('display')).toBe('none');
  });

  it('follows new props (a moved window, a removed one) and cleans up on destroy', () => {
    controller.update({ ...props, windows: [{ ...slow, atMs: 90_000 }] });
    expect(host.querySelectorAll('g.fault-bar')).toHaveLength(1);
    expect(bar(0).getAttribute('data-at-ms')).toBe('90000');
    controller.destroy();
    expect(host.querySelector('svg')).toBeNull();
    controller = createFaultTimelineController(host, { onChange, onSelect, onDelete });
  });
});
