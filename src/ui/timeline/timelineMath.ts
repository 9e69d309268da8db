/**
 * The arithmetic of the fault timeline, apart from the DOM: snapping, what a
 * drag of a window's body or edges does (kept inside the run), what the arrow
 * keys propose, and the axis labels. Pure, so it is tested on its own.
 */
import type { FaultTiming } from '../../state/faultTimeline.ts';

/** Which part of a window is dragged: its body (move) or one of its edges (resize). */
export type DragMode = 'move' | 'start' | 'end';

/** `ms` to the nearest multiple of `step`. */
export const snapTo = (ms: number, step: number): number =>
  step > 0 ? Math.round(ms / step) * step : ms;

const clamp = (v: number, lo: number, hi: number): number => Math.min(Math.max(v, lo), hi);

/**
 * The timing after dragging `mode` by `deltaMs` from `origin`: positions snap to
 * `snapMs`, a window keeps at least `snapMs` of duration, and it stays inside
 * [0, runMs] (an instant fault: before `runMs`). No movement leaves it as it was.
 */
export function getDraggedTiming(
  origin: FaultTiming,
  mode: DragMode,
  deltaMs: number,
  runMs: number,
  snapMs: number,
  instant: boolean,
): FaultTiming {
  if (deltaMs === 0) return origin;
  const minDuration = Math.min(snapMs, runMs);
  if (instant) {
    const atMs = clamp(snapTo(origin.atMs + deltaMs, snapMs), 0, Math.max(0, runMs - minDuration));
    return { atMs, durationMs: 0 };
  }
  const durationMs = Math.min(origin.durationMs, runMs);
  const end = origin.atMs + origin.durationMs;
  switch (mode) {
    case 'move': {
      const atMs = clamp(snapTo(origin.atMs + deltaMs, snapMs), 0, runMs - durationMs);
      return { atMs, durationMs };
    }
    case 'start': {
      const atMs = clamp(snapTo(origin.atMs + deltaMs, snapMs), 0, Math.max(0, end - minDuration));
      return { atMs, durationMs: end - atMs };
    }
    case 'end': {
      const newEnd = clamp(snapTo(end + deltaMs, snapMs), origin.atMs + minDuration, runMs);
      return { atMs: origin.atMs, durationMs: newEnd - origin.atMs };
    }
  }
}

const NICE_STEPS = [1, 2, 5] as const;

/**
 * The snapping step of a drag: `baseMs` (100 ms) or the first 1-2-5 step above
 * it that is at least `minPx` pixels wide at `msPerPx`, so a 2-minute run snaps
 * to whole seconds and a 2-second run to 100 ms.
 */
export function getDragSnapMs(msPerPx: number, baseMs: number, minPx = 3): number {
  const wanted = Math.max(baseMs, msPerPx * minPx);
  for (let decade = baseMs; ; decade *= 10) {
    for (const k of NICE_STEPS) if (decade * k >= wanted) return decade * k;
  }
}

/** The keys the timeline understands on a selected window. */
export interface TimelineKey {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/**
 * What an arrow key proposes for a window: ←/→ move it by `stepMs` (with Alt by
 * `fineMs`); with Shift they shorten/lengthen it instead. Not clamped: a
 * proposal outside the run is refused by the document with a message. Null for
 * other keys.
 */
export function getKeyedTiming(
  origin: FaultTiming,
  key: TimelineKey,
  stepMs: number,
  fineMs: number,
  instant: boolean,
): FaultTiming | null {
  const sign = key.key === 'ArrowRight' ? 1 : key.key === 'ArrowLeft' ? -1 : 0;
  if (sign === 0) return null;
  const step = sign * (key.altKey ? fineMs : stepMs);
  if (key.shiftKey && !instant) return { atMs: origin.atMs, durationMs: origin.durationMs + step };
  return { atMs: origin.atMs + step, durationMs: origin.durationMs };
}

/** An axis label: ms for runs of 5 s or less, else seconds (`30 s`, `1.5 s`). */
export function formatTimelineTick(ms: number, runMs: number): string {
  if (runMs <= 5000) return `${Math.round(ms)} ms`;
  return `${Number((ms / 1000).toPrecision(4))} s`;
}

/** A window's span for people: `30 s → 33 s` (an instant: `at 30 s`). */
export function formatWindowSpan(timing: FaultTiming, runMs: number, instant: boolean): string {
  const start = formatTimelineTick(timing.atMs, runMs);
  return instant
    ? `at ${start}`
    : `${start} → ${formatTimelineTick(timing.atMs + timing.durationMs, runMs)}`;
}
