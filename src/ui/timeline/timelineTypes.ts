/** What the fault timeline controller draws and reports. Plain data from the state layer. */
import type { FaultLane, FaultTiming, FaultWindow } from '../../state/faultTimeline.ts';

export interface FaultTimelineProps {
  readonly windows: readonly FaultWindow[];
  readonly lanes: readonly FaultLane[];
  /** The run's length: the axis spans [0, durationMs]. */
  readonly durationMs: number;
  /** The simulated clock during a run, or null when there is none. */
  readonly playheadMs: number | null;
  /** The selected window's `index`, or null. */
  readonly selectedIndex: number | null;
}

export interface FaultTimelineOptions {
  /**
   * A window was dragged or moved with the keys to `timing`. Return whether the
   * change was taken: a refused one snaps the bar back.
   */
  onChange(index: number, timing: FaultTiming): boolean;
  /** A window was selected (click, focus, drag start), or the background clicked (null). */
  onSelect(index: number | null): void;
  /** Delete or Backspace on a selected window. */
  onDelete(index: number): void;
  /** The finest drag snap (coarser 1-2-5 steps on long runs, ≥ 3 px each); Alt+arrow step; default 100 ms. */
  readonly snapMs?: number;
  /** What an arrow key moves; default 1000 ms (Alt+arrow: `snapMs`). */
  readonly keyStepMs?: number;
}

/** The framework-free controller behind the fault timeline. */
export interface FaultTimelineController {
  update(props: FaultTimelineProps): void;
  /** Move only the playhead (null hides it): the clock's ~5 Hz ticks redraw nothing else. */
  setPlayhead(ms: number | null): void;
  destroy(): void;
}

/** Geometry of the drawing, in px. */
export const TIMELINE_GEOMETRY = {
  labelWidth: 118,
  right: 28,
  top: 6,
  laneHeight: 32,
  barHeight: 24,
  axisHeight: 26,
  handleWidth: 8,
  minBarWidth: 6,
  fallbackWidth: 640,
} as const;
